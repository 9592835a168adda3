#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace frontleaf::test {

// ../shared as configured at build time, or an empty string when this checkout has none
// (a user's fresh clone). Tests that need it call QSKIP through FRONTLEAF_REQUIRE_SHARED.
QString sharedDir();
QString seedPostPath(); // shared/corpus/seed/istio-at-kubecon-eu/index.md
QString istioBlogDir(); // shared/corpus/istio-en/content/en/blog
QStringList istioPosts(); // every .md under istioBlogDir(), sorted
QString fixturesDir();    // tests/fixtures in the source tree
QString sourceDir();      // the project's source root
QString frontleafBinary(); // the built `frontleaf` executable

QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);
// Decodes the `\\ \n \r \t \uXXXX` escapes used by shared/hugo/shortcode-cases.tsv.
QString unescapeCase(const QString &field);

struct HugoCase
{
    QString group, name, input, outcome, expect, source;
};
// Rows of shortcode-cases.tsv whose group starts with `groupPrefix`.
QVector<HugoCase> hugoCases(const QString &groupPrefix);

} // namespace frontleaf::test

#define FRONTLEAF_REQUIRE_SHARED()                                                                 \
    do {                                                                                           \
        if (frontleaf::test::sharedDir().isEmpty())                                                \
            QSKIP("../shared is absent (a fresh clone): corpus and Hugo-case tests are skipped");  \
    } while (false)
