#include "LineEndings.h"

#include <QVector>

namespace frontleaf {

namespace {

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar::ParagraphSeparator;
}

// Length of the line break starting at original[i] (2 for CRLF), 0 when there is none.
int breakLength(const QString &s, int i)
{
    if (s.at(i) == QLatin1Char('\r') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n'))
        return 2;
    return isBreak(s.at(i)) ? 1 : 0;
}

} // namespace

QString LineEndings::normalize(const QString &original)
{
    QString out;
    out.reserve(original.size());
    for (int i = 0; i < original.size();) {
        const int n = breakLength(original, i);
        if (n) {
            out += QLatin1Char('\n');
            i += n;
        } else {
            out += original.at(i++);
        }
    }
    return out;
}

QString LineEndings::dominant(const QString &original)
{
    int crlf = 0, other = 0;
    for (int i = 0; i < original.size(); ++i) {
        const int n = breakLength(original, i);
        if (n == 2) {
            ++crlf;
            ++i;
        } else if (n == 1) {
            ++other;
        }
    }
    return crlf > other ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString LineEndings::restore(const QString &original, const QString &edited)
{
    // Map every normalized offset back to its offset in the original, so the common prefix and
    // suffix of (normalized original, edited) can be copied from the original verbatim.
    QVector<int> origAt; // origAt[k] = offset in `original` of normalized character k
    origAt.reserve(original.size() + 1);
    QString norm;
    norm.reserve(original.size());
    for (int i = 0; i < original.size();) {
        const int n = breakLength(original, i);
        origAt.append(i);
        norm += n ? QLatin1Char('\n') : original.at(i);
        i += n ? n : 1;
    }
    origAt.append(original.size());

    if (norm == edited)
        return original;

    int prefix = 0;
    const int maxPrefix = qMin(norm.size(), edited.size());
    while (prefix < maxPrefix && norm.at(prefix) == edited.at(prefix))
        ++prefix;
    int suffix = 0;
    const int maxSuffix = maxPrefix - prefix;
    while (suffix < maxSuffix
           && norm.at(norm.size() - 1 - suffix) == edited.at(edited.size() - 1 - suffix))
        ++suffix;

    const QString eol = dominant(original);
    QString middle = edited.mid(prefix, edited.size() - prefix - suffix);
    if (eol != QLatin1String("\n"))
        middle.replace(QLatin1Char('\n'), eol);

    const int origPrefixEnd = origAt.at(prefix);
    const int origSuffixStart = origAt.at(norm.size() - suffix);
    return original.left(origPrefixEnd) + middle + original.mid(origSuffixStart);
}

} // namespace frontleaf
