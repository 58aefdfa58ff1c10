#include "VCardReader.h"
#include "VCardWriter.h"

#include <QBuffer>
#include <QTest>

// vCard 3.0 and 4.0 as VCardWriter writes them: the exact bytes of a card, folding, and cards read back by
// VCardReader unchanged (Chinese names, commas, semicolons, backslashes and line breaks in values).
class TestVCardWriter : public QObject
{
    Q_OBJECT

    static ContactCard sample()
    {
        ContactCard c;
        c.uid = QStringLiteral("0190c2f6-8d1e-7c3a-9f00-123456789abc");
        c.fullName = QStringLiteral("张伟");
        c.familyName = QStringLiteral("张");
        c.givenName = QStringLiteral("伟");
        c.organization = QStringLiteral("北京华信科技有限公司");
        c.department = QStringLiteral("销售部");
        c.title = QStringLiteral("Director, Sales; North");
        c.phones << ContactCard::Value{{QStringLiteral("work"), QStringLiteral("voice")},
                                       QStringLiteral("+861062588888"),
                                       true}
                 << ContactCard::Value{{QStringLiteral("cell")}, QStringLiteral("138 0013 8000"), false};
        c.emails << ContactCard::Value{{QStringLiteral("work")}, QStringLiteral("zhangwei@huaxin.example.cn"), false};
        c.note = QStringLiteral("Line one\nC:\\path, with; marks");
        c.revision = QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC);
        return c;
    }

    static QList<VCardReader::Entry> readBack(const QByteArray& bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        VCardReader reader(&buffer);
        QList<VCardReader::Entry> entries;
        VCardReader::Entry entry;
        while (reader.next(&entry))
            entries << entry;
        return entries;
    }

private slots:
    void exactBytes30()
    {
        const QByteArray expected = QStringLiteral("BEGIN:VCARD\r\n"
                                                   "VERSION:3.0\r\n"
                                                   "PRODID:-//DeskCRM//DeskCRM//EN\r\n"
                                                   "UID:0190c2f6-8d1e-7c3a-9f00-123456789abc\r\n"
                                                   "FN:张伟\r\n"
                                                   "N:张;伟;;;\r\n"
                                                   "ORG:北京华信科技有限公司;销售部\r\n"
                                                   "TITLE:Director\\, Sales\\; North\r\n"
                                                   "TEL;TYPE=work,voice,pref:+861062588888\r\n"
                                                   "TEL;TYPE=cell:138 0013 8000\r\n"
                                                   "EMAIL;TYPE=work:zhangwei@huaxin.example.cn\r\n"
                                                   "NOTE:Line one\\nC:\\\\path\\, with\\; marks\r\n"
                                                   "REV:2024-05-01T10:20:30Z\r\n"
                                                   "END:VCARD\r\n")
                                        .toUtf8();
        QCOMPARE(VCardWriter::toBytes(sample(), VCardWriter::Version::V3_0), expected);
    }

    void exactBytes40()
    {
        const QByteArray bytes = VCardWriter::toBytes(sample(), VCardWriter::Version::V4_0);
        const QList<QByteArray> lines = bytes.split('\n');
        QVERIFY(bytes.contains("VERSION:4.0\r\n"));
        QVERIFY(bytes.contains("UID:urn:uuid:0190c2f6-8d1e-7c3a-9f00-123456789abc\r\n"));
        QVERIFY(bytes.contains("TEL;VALUE=uri;TYPE=\"work,voice\";PREF=1:tel:+861062588888\r\n"));
        QVERIFY(bytes.contains("TEL;VALUE=text;TYPE=cell:138 0013 8000\r\n"));
        QVERIFY(bytes.contains("REV:20240501T102030Z\r\n"));
        QVERIFY(bytes.endsWith("END:VCARD\r\n"));
        for (const QByteArray& line : lines)
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
    }

    void folding()
    {
        ContactCard c;
        c.fullName = QStringLiteral("Fold");
        for (int i = 0; i < 80; ++i)
            c.note += QStringLiteral("长备注😀,;");
        for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
            const QByteArray bytes = VCardWriter::toBytes(c, version);
            int continuations = 0;
            for (const QByteArray& line : bytes.split('\n')) {
                if (line.isEmpty())
                    continue;
                QVERIFY(line.endsWith('\r'));
                const QByteArray content = line.chopped(1);
                QVERIFY2(content.size() <= 75, content.constData());
                if (content.startsWith(' ')) {
                    ++continuations;
                    // A continuation never starts inside a UTF-8 sequence: it decodes on its own.
                    QStringDecoder utf8(QStringConverter::Utf8);
                    const QString text = utf8(content);
                    QVERIFY2(!utf8.hasError(), content.constData());
                    QVERIFY(!text.isEmpty());
                }
            }
            QVERIFY(continuations > 10);
            const auto entries = readBack(bytes);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries[0].card.note, c.note);
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("3.0") << int(VCardWriter::Version::V3_0);
        QTest::newRow("4.0") << int(VCardWriter::Version::V4_0);
    }
    void roundTrip()
    {
        QFETCH(int, version);
        QList<ContactCard> cards;
        cards << sample();
        ContactCard western;
        western.uid = QStringLiteral("ext-42");
        western.fullName = QStringLiteral("Anna-Lena O'Brien, Jr.");
        western.familyName = QStringLiteral("O'Brien");
        western.givenName = QStringLiteral("Anna-Lena");
        western.suffixes = QStringLiteral("Jr.");
        western.organization = QStringLiteral("Smith; Wesson & Co, Ltd.");
        western.title = QStringLiteral("Buyer\\Planner");
        western.role = QStringLiteral("Decision maker");
        western.phones << ContactCard::Value{{QStringLiteral("home")}, QStringLiteral("+44 20 7946 0999"), false};
        western.emails << ContactCard::Value{{QStringLiteral("work")}, QStringLiteral("anna@swc.example"), true}
                       << ContactCard::Value{{}, QStringLiteral("a.obrien@mail.example"), false};
        ContactCard::Address address;
        address.types = {QStringLiteral("work")};
        address.street = QStringLiteral("1 High St\nUnit 4, Floor 2");
        address.locality = QStringLiteral("London");
        address.postalCode = QStringLiteral("EC1A 1BB");
        address.country = QStringLiteral("UK");
        western.addresses << address;
        western.urls << QStringLiteral("https://swc.example/a,b;c");
        western.birthday = QDate(1980, 2, 29);
        western.note = QStringLiteral("First line\r\nsecond line\n\nthird; with, marks \\n literal");
        cards << western;
        ContactCard bare; // a name only
        bare.fullName = QStringLiteral("欧阳娜娜");
        bare.familyName = QStringLiteral("欧阳娜娜");
        cards << bare;

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        VCardWriter writer(&buffer, VCardWriter::Version(version));
        for (const ContactCard& card : cards)
            QVERIFY(writer.write(card));
        const auto entries = readBack(buffer.data());
        QCOMPARE(entries.size(), cards.size());
        // Written line breaks come back as \n.
        cards[1].note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (int i = 0; i < cards.size(); ++i) {
            QCOMPARE(entries[i].problem, QString());
            QCOMPARE(entries[i].card.fullName, cards[i].fullName);
            QCOMPARE(entries[i].card.organization, cards[i].organization);
            QCOMPARE(entries[i].card.note, cards[i].note);
            QCOMPARE(entries[i].card.phones, cards[i].phones);
            QCOMPARE(entries[i].card.emails, cards[i].emails);
            QCOMPARE(entries[i].card.addresses, cards[i].addresses);
            QVERIFY(entries[i].card == cards[i]);
        }
    }

    void westernNameSplitForN()
    {
        ContactCard c;
        c.fullName = QStringLiteral("Mary Ann Smith");
        const QByteArray bytes = VCardWriter::toBytes(c, VCardWriter::Version::V3_0);
        QVERIFY(bytes.contains("\r\nN:Smith;Mary Ann;;;\r\n"));
        c.fullName = QStringLiteral("王小明");
        QVERIFY(VCardWriter::toBytes(c, VCardWriter::Version::V3_0).contains("\r\nN:王小明;;;;\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "TestVCardWriter.moc"
