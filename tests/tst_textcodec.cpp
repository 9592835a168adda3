#include "LineEndings.h"
#include "TextCodec.h"
#include "TestSupport.h"

using namespace frontleaf;

class TestTextCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUtf8_data();
    void invalidUtf8();
};

void TestTextCodec::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("ascii") << QByteArray("hello") << qsizetype(-1);
    QTest::newRow("ukrainian") << QByteArray("Привіт") << qsizetype(-1);
    QTest::newRow("latin1 byte") << QByteArray("caf\xe9!") << qsizetype(3);
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << qsizetype(1);
    QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << qsizetype(2);
    QTest::newRow("truncated") << QByteArray("abc\xe2\x82") << qsizetype(3);
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
}

void TestTextCodec::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(TextCodec::firstInvalidUtf8(bytes), offset);
}

QTEST_GUILESS_MAIN(TestTextCodec)
#include "tst_textcodec.moc"
