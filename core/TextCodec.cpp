#include "TextCodec.h"

namespace frontleaf {

namespace {

int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

} // namespace

qsizetype TextCodec::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800)
                              || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

std::optional<TextCodec::Decoded> TextCodec::decode(const QByteArray &bytes, QString *error)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        if (error)
            *error = tr("The file is not valid UTF-8 (byte offset %1, line %2). Frontleaf opens "
                        "UTF-8 posts only, as Hugo does, and has not changed the file.")
                         .arg(bad)
                         .arg(lineOfOffset(bytes, bad));
        return std::nullopt;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        if (error)
            *error = tr("The file contains a NUL byte at byte offset %1 (line %2), so it is not a "
                        "text file. Frontleaf has not changed it.")
                         .arg(nul)
                         .arg(lineOfOffset(bytes, nul));
        return std::nullopt;
    }
    Decoded d;
    d.bom = bytes.startsWith("\xEF\xBB\xBF");
    d.text = QString::fromUtf8(d.bom ? bytes.mid(3) : bytes);
    return d;
}

QByteArray TextCodec::encode(const QString &text, bool bom)
{
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += text.toUtf8();
    return out;
}

} // namespace frontleaf
