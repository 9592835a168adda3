#pragma once

#include <QString>

namespace frontleaf {

// The editor works on '\n'-separated text, because QTextDocument turns "\r\n", "\r" and U+2029
// into block separators. These functions keep the author's bytes anyway: the parts of the text
// the author did not touch are taken back from the original, with their own line endings, and
// only the edited middle uses the file's dominant ending. An untouched post saves identically
// even when its line endings are mixed.
class LineEndings
{
public:
    // What QTextDocument will hold for `original`.
    static QString normalize(const QString &original);
    // "\r\n" when most line breaks in `original` are CRLF, else "\n".
    static QString dominant(const QString &original);
    // The text to write for the editor's `edited` text, given the file's `original` text.
    static QString restore(const QString &original, const QString &edited);
};

} // namespace frontleaf
