#pragma once

#include <QString>
#include <QVector>

namespace frontleaf {

// A problem found in a post, positioned for both the editor (offset) and humans (line:col).
// Models return these instead of opening dialogs; the UI and the command line decide how to show
// them (the command line prints `file:line:col: message`).
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;    // 1-based, in the whole file (front matter included); 0 when unknown
    int column = 0;  // 1-based, in characters
    int offset = -1; // UTF-16 offset into the whole text, -1 when unknown
    int length = 0;  // extent to underline in the editor
    QString message; // translated, for authors

    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QVector<Diagnostic>;

} // namespace frontleaf
