#include "TextFolding.h"

#include <QTest>
#include <QThread>

#include <atomic>

// What search and duplicate detection compare: folded text (width, case, accents) and the pinyin of Chinese
// characters, as ICU gives them.
class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << QStringLiteral("Acme Trading LTD") << QStringLiteral("acme trading ltd");
        QTest::newRow("full width letters") << QString::fromUtf8("ＡＢＣ ａｂｃ") << QStringLiteral("abc abc");
        QTest::newRow("full width digits")
            << QString::fromUtf8("１３６２８２２９５４９") << QStringLiteral("13628229549");
        QTest::newRow("full width punctuation") << QString::fromUtf8("（北京）") << QString::fromUtf8("(北京)");
        QTest::newRow("accents") << QString::fromUtf8("Café Lumière Ångström")
                                 << QStringLiteral("cafe lumiere angstrom");
        QTest::newRow("combining accent") << QString::fromUtf8("Cafe\u0301") << QStringLiteral("cafe");
        QTest::newRow("german sharp s") << QString::fromUtf8("Straße") << QStringLiteral("strasse");
        QTest::newRow("ligature") << QString::fromUtf8("ﬁnance") << QStringLiteral("finance");
        QTest::newRow("greek") << QString::fromUtf8("ΣΟΦΊΑ") << QString::fromUtf8("σοφια");
        QTest::newRow("chinese unchanged")
            << QString::fromUtf8("张伟 北京科技有限公司") << QString::fromUtf8("张伟 北京科技有限公司");
        QTest::newRow("japanese voicing kept") << QString::fromUtf8("ガ") << QString::fromUtf8("ガ");
        QTest::newRow("zero width removed") << QString::fromUtf8("ab\u200Bc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolding::fold(text), folded);
        // Folding is idempotent: a folded query folds to itself.
        QCOMPARE(TextFolding::fold(TextFolding::fold(text)), folded);
    }

    void pinyin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::newRow("name") << QString::fromUtf8("张伟") << QStringLiteral("zhangwei") << QStringLiteral("zw");
        QTest::newRow("one character") << QString::fromUtf8("王") << QStringLiteral("wang") << QStringLiteral("w");
        // ICU reads by context: 重 in 重庆 is chong.
        QTest::newRow("context") << QString::fromUtf8("重庆") << QStringLiteral("chongqing") << QStringLiteral("cq");
        QTest::newRow("umlaut u") << QString::fromUtf8("吕") << QStringLiteral("lu") << QStringLiteral("l");
        QTest::newRow("company") << QString::fromUtf8("北京科技有限公司") << QStringLiteral("beijingkejiyouxiangongsi")
                                 << QStringLiteral("bjkjyxgs");
        QTest::newRow("runs") << QString::fromUtf8("张伟 and 王芳") << QStringLiteral("zhangwei wangfang")
                              << QStringLiteral("zw wf");
        // 座张伟 is one run of Han characters.
        QTest::newRow("mixed run") << QString::fromUtf8("A座张伟2号") << QStringLiteral("zuozhangwei hao")
                                   << QStringLiteral("zzw h");
        QTest::newRow("no chinese") << QStringLiteral("Zhang Wei") << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void pinyin()
    {
        QFETCH(QString, text);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        const TextFolding::Pinyin p = TextFolding::pinyin(text);
        QCOMPARE(p.full, full);
        QCOMPARE(p.initials, initials);
        // The same again (now from the per-thread cache).
        QCOMPARE(TextFolding::pinyin(text).full, full);
        QCOMPARE(TextFolding::hasHan(text), !full.isEmpty());
    }

    // A character outside the Basic Multilingual Plane (CJK Extension B) is Han too, and survives folding.
    void supplementaryHan()
    {
        const QString text = QString::fromUtf8("\xF0\xA0\x80\x80"); // U+20000
        QVERIFY(TextFolding::hasHan(text));
        QCOMPARE(TextFolding::fold(text), text);
    }

    // Search runs on several threads (the window and background connections): each has its own ICU objects.
    void threads()
    {
        std::atomic<int> wrong{0};
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&wrong] {
                for (int i = 0; i < 200; ++i) {
                    if (TextFolding::pinyin(QString::fromUtf8("张伟%1王芳").arg(i)).initials != QStringLiteral("zw wf"))
                        ++wrong;
                    if (TextFolding::fold(QString::fromUtf8("ＡＢＣ%1").arg(i)) != QStringLiteral("abc%1").arg(i))
                        ++wrong;
                }
            });
            threads.last()->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "TestTextFolding.moc"
