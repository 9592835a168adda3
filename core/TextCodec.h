#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace frontleaf {

// Hugo reads posts as UTF-8, so Frontleaf does too. Decoding is strict: a file that is not valid
// UTF-8, or holds NUL bytes, is refused with the byte offset instead of being "repaired", because
// a repaired file saved back would silently change the author's bytes.
class TextCodec
{
    Q_DECLARE_TR_FUNCTIONS(frontleaf::TextCodec)

public:
    struct Decoded
    {
        QString text; // without the BOM, line endings as in the file
        bool bom = false;
    };

    static std::optional<Decoded> decode(const QByteArray &bytes, QString *error);
    static QByteArray encode(const QString &text, bool bom);

    // Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points past
    // U+10FFFF included), or -1 when `bytes` is valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};

} // namespace frontleaf
