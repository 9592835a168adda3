#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace frontleaf::test {

QString sharedDir()
{
    const QString dir = QStringLiteral(FRONTLEAF_SHARED_DIR);
    return QFileInfo(dir + QStringLiteral("/hugo/shortcode-cases.tsv")).exists()
               ? QDir(dir).canonicalPath()
               : QString();
}

QString seedPostPath()
{
    return sharedDir() + QStringLiteral("/corpus/seed/istio-at-kubecon-eu/index.md");
}

QString istioBlogDir()
{
    return sharedDir() + QStringLiteral("/corpus/istio-en/content/en/blog");
}

QStringList istioPosts()
{
    QStringList posts;
    if (sharedDir().isEmpty())
        return posts;
    QDirIterator it(istioBlogDir(), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        posts << it.next();
    posts.sort();
    return posts;
}

QString fixturesDir()
{
    return QStringLiteral(FRONTLEAF_FIXTURES_DIR);
}

QString sourceDir()
{
    return QStringLiteral(FRONTLEAF_SOURCE_DIR);
}

QString frontleafBinary()
{
    return QStringLiteral(FRONTLEAF_BIN);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString unescapeCase(const QString &field)
{
    QString out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= field.size()) {
            out += c;
            continue;
        }
        const QChar n = field.at(++i);
        if (n == QLatin1Char('n'))
            out += QLatin1Char('\n');
        else if (n == QLatin1Char('r'))
            out += QLatin1Char('\r');
        else if (n == QLatin1Char('t'))
            out += QLatin1Char('\t');
        else if (n == QLatin1Char('u') && i + 4 < field.size()) {
            out += QChar(field.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
        } else
            out += n; // `\\` and anything else stands for itself
    }
    return out;
}

QVector<HugoCase> hugoCases(const QString &groupPrefix)
{
    QVector<HugoCase> cases;
    QFile f(sharedDir() + QStringLiteral("/hugo/shortcode-cases.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return cases;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) { // row 0 is the header
        const QStringList cols = QString::fromUtf8(lines.at(i)).split(QLatin1Char('\t'));
        if (cols.size() < 6 || !cols.at(0).startsWith(groupPrefix))
            continue;
        cases.append({cols.at(0), cols.at(1), unescapeCase(cols.at(2)), cols.at(3), cols.at(4),
                      cols.at(5)});
    }
    return cases;
}

} // namespace frontleaf::test
