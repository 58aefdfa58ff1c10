#include "VCardReader.h"
#include "VCardRowSource.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// vCard files shaped as the address books that write them (tests/fixtures/vcard/: Outlook, Gmail, Apple, Android,
// iPhone, Evolution, Thunderbird, Lotus Notes, BlackBerry, Windows), read into ContactCards and into import rows.
class TestVCardReader : public QObject
{
    Q_OBJECT

    static QString fixture(const QString& name)
    {
        return qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/vcard/") + name;
    }

    static QList<VCardReader::Entry> readFile(const QString& name, QString* error = nullptr)
    {
        QFile file(fixture(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(file.fileName()));
        VCardReader reader(&file);
        QList<VCardReader::Entry> entries;
        VCardReader::Entry entry;
        while (reader.next(&entry))
            entries << entry;
        if (error)
            *error = reader.error();
        return entries;
    }

    static QList<VCardReader::Entry> readBytes(const QByteArray& bytes)
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

    static ContactCard::Value value(const QStringList& types, const QString& text, bool preferred = false)
    {
        return ContactCard::Value{types, text, preferred};
    }

private slots:
    void outlookChineseQuotedPrintable()
    {
        const auto entries = readFile(QStringLiteral("outlook-2.1-gb2312.vcf"));
        QCOMPARE(entries.size(), 1);
        const ContactCard& c = entries[0].card;
        QCOMPARE(entries[0].problem, QString());
        QCOMPARE(entries[0].line, 1);
        QCOMPARE(c.fullName, QStringLiteral("张伟"));
        QCOMPARE(c.familyName, QStringLiteral("张"));
        QCOMPARE(c.givenName, QStringLiteral("伟"));
        QCOMPARE(c.organization, QStringLiteral("北京华信科技有限公司"));
        QCOMPARE(c.department, QStringLiteral("销售部"));
        QCOMPARE(c.title, QStringLiteral("销售总监"));
        // Soft line breaks joined, =0D=0A read as line breaks.
        QCOMPARE(
            c.note,
            QStringLiteral(
                "老客户，2019年起合作。\n年度框架合同每年三月续签。\n联系前请先确认预算负责人，避免重复报价，谢谢！"));
        QCOMPARE(c.phones, (QList<ContactCard::Value>{value({"work", "voice"}, "(010) 6258-8888"),
                                                      value({"cell", "voice"}, "138 0013 8000"),
                                                      value({"work", "fax"}, "(010) 6258-8889")}));
        QCOMPARE(c.emails, (QList<ContactCard::Value>{value({"internet"}, "zhangwei@huaxin.example.cn", true),
                                                      value({"internet"}, "wei.zhang@163.example.com")}));
        QCOMPARE(c.addresses.size(), 1);
        QCOMPARE(c.addresses[0].street, QStringLiteral("中关村大街1号"));
        QCOMPARE(c.addresses[0].locality, QStringLiteral("北京"));
        QCOMPARE(c.addresses[0].postalCode, QStringLiteral("100080"));
        QVERIFY(c.addresses[0].preferred);
        QCOMPARE(c.urls, QStringList{QStringLiteral("http://www.huaxin.example.cn")});
        QCOMPARE(c.revision, QDateTime(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC));

        // As an import row: the work line is the phone, the fax and the second e-mail go to the note.
        const QVariantList row = VCardRowSource::cells(c);
        QCOMPARE(row[VCardRowSource::Name].toString(), QStringLiteral("张伟"));
        QCOMPARE(row[VCardRowSource::Company].toString(), QStringLiteral("北京华信科技有限公司"));
        QCOMPARE(row[VCardRowSource::WorkPhone].toString(), QStringLiteral("(010) 6258-8888"));
        QCOMPARE(row[VCardRowSource::Mobile].toString(), QStringLiteral("138 0013 8000"));
        QCOMPARE(row[VCardRowSource::Email].toString(), QStringLiteral("zhangwei@huaxin.example.cn"));
        const QString note = row[VCardRowSource::Note].toString();
        QVERIFY2(note.startsWith(c.note + QStringLiteral("\n\n")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Department: 销售部")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Phone (work, fax): (010) 6258-8889")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("E-mail (internet): wei.zhang@163.example.com")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Address (work): 中关村大街1号, 北京, 100080, 中国")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Web site: http://www.huaxin.example.cn")), qPrintable(note));
    }

    void gmail()
    {
        const auto entries = readFile(QStringLiteral("gmail-3.0.vcf"));
        QCOMPARE(entries.size(), 2);
        const ContactCard& jane = entries[0].card;
        QCOMPARE(jane.fullName, QStringLiteral("Jane Doe"));
        QCOMPARE(jane.emails[0], value({"internet", "home"}, "jane@example.com"));
        QCOMPARE(jane.emails[1], value({"internet", "work"}, "jane.doe@acme.example"));
        QCOMPARE(jane.phones,
                 (QList<ContactCard::Value>{value({"cell"}, "+1 415-555-0100"), value({"work"}, "+1 415-555-0199")}));
        QCOMPARE(jane.addresses[0].street, QStringLiteral("1 Market St\nSuite 400"));
        QCOMPARE(jane.urls, QStringList{QStringLiteral("https://acme.example/team/jane")});
        QCOMPARE(jane.note, QStringLiteral("Met at Web Summit, Lisbon 2023\nFollow up in Q2."));
        QCOMPARE(jane.title, QStringLiteral("VP Sales"));
        // No FN: the name is built from N, a Chinese one without a space.
        QCOMPARE(entries[1].card.fullName, QString());
        QCOMPARE(entries[1].card.displayName(), QStringLiteral("王小明"));
        QCOMPARE(entries[1].line, 17);
        const QVariantList row = VCardRowSource::cells(entries[1].card);
        QCOMPARE(row[VCardRowSource::Name].toString(), QStringLiteral("王小明"));
        QCOMPARE(row[VCardRowSource::Mobile].toString(), QStringLiteral("13912345678"));
        QVERIFY(row[VCardRowSource::WorkPhone].isNull());
        QVERIFY(row[VCardRowSource::Note].isNull());
    }

    void appleGroupsAndLabels()
    {
        const auto entries = readFile(QStringLiteral("apple-3.0.vcf"));
        QCOMPARE(entries.size(), 1);
        const ContactCard& c = entries[0].card;
        QCOMPARE(c.organization, QStringLiteral("Huawei Technologies"));
        QCOMPARE(c.department, QStringLiteral("Enterprise BG"));
        QCOMPARE(c.emails, (QList<ContactCard::Value>{value({"internet", "other"}, "li.chen@huawei.example", true)}));
        QCOMPARE(c.phones, (QList<ContactCard::Value>{value({"office"}, "+86 755 2878 0000", true),
                                                      value({"cell", "voice"}, "+86 138 0013 8001"),
                                                      value({"iphone", "cell", "voice"}, "+86 139 0013 8002")}));
        QCOMPARE(c.addresses[0].street, QStringLiteral("Bantian, Longgang"));
        QCOMPARE(c.birthday, QDate(1985, 4, 12));
        const QVariantList row = VCardRowSource::cells(c);
        QCOMPARE(row[VCardRowSource::WorkPhone].toString(), QStringLiteral("+86 755 2878 0000"));
        QCOMPARE(row[VCardRowSource::Mobile].toString(), QStringLiteral("+86 138 0013 8001"));
        const QString note = row[VCardRowSource::Note].toString();
        QVERIFY2(note.contains(QStringLiteral("Phone (iphone, cell, voice): +86 139 0013 8002")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Birthday: 1985-04-12")), qPrintable(note));
    }

    void androidPhotoSkipped()
    {
        const auto entries = readFile(QStringLiteral("android-2.1-photo.vcf"));
        QCOMPARE(entries.size(), 2);
        const ContactCard& c = entries[0].card;
        QCOMPARE(entries[0].problem, QString());
        QCOMPARE(c.fullName, QStringLiteral("李娜"));
        QCOMPARE(c.displayName(), QStringLiteral("李娜"));
        QCOMPARE(c.organization, QStringLiteral("杭州青山茶业有限公司"));
        QCOMPARE(c.title, QStringLiteral("采购经理"));
        QString longNote;
        for (int i = 0; i < 6; ++i)
            longNote += QStringLiteral("周三下午拜访，带样品。");
        QCOMPARE(c.note, longNote);
        QCOMPARE(c.phones.size(), 2);
        QCOMPARE(c.emails, (QList<ContactCard::Value>{value({"home"}, "lina@example.cn")}));
        // The second card's photo continues on lines that are not indented, up to a blank line.
        QCOMPARE(entries[1].problem, QString());
        QCOMPARE(entries[1].card.fullName, QStringLiteral("Bob Lee"));
        QCOMPARE(entries[1].card.emails, (QList<ContactCard::Value>{value({"work"}, "bob@lee-hardware.example")}));
    }

    void iphoneBigPhotoQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const auto entries = readFile(QStringLiteral("iphone-3.0-photo.vcf"));
        QVERIFY2(timer.elapsed() < 5000, "a 400 KB photo is stepped over, not parsed");
        QCOMPARE(entries.size(), 1);
        const ContactCard& c = entries[0].card;
        QCOMPARE(entries[0].problem, QString());
        QCOMPARE(c.fullName, QStringLiteral("Anna Kowalski"));
        QCOMPARE(c.organization, QStringLiteral("Nordic Freight AB"));
        QCOMPARE(c.department, QString());
        QCOMPARE(c.phones[0], value({"cell", "voice"}, "+46 70 123 45 67", true));
        QCOMPARE(c.emails[0], value({"internet", "work"}, "anna.kowalski@nordicfreight.example", true));

        // Megabytes of photo: still one card, fast.
        QByteArray big = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
        const QByteArray line = QByteArray(74, 'A');
        for (int i = 0; i < 120000; ++i)
            big += line + "\r\n ";
        big += "AAAA\r\nEMAIL:big@example.com\r\nEND:VCARD\r\n";
        QVERIFY(big.size() > 8 * 1024 * 1024);
        timer.restart();
        const auto bigEntries = readBytes(big);
        QVERIFY2(timer.elapsed() < 10000,
                 qPrintable(QString::number(timer.elapsed()))); // generous: the machine may be shared
        QCOMPARE(bigEntries.size(), 1);
        QCOMPARE(bigEntries[0].card.emails[0].value, QStringLiteral("big@example.com"));
    }

    void evolution()
    {
        const auto entries = readFile(QStringLiteral("evolution-3.0.vcf"));
        QCOMPARE(entries.size(), 1);
        const ContactCard& c = entries[0].card;
        QCOMPARE(c.fullName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(c.prefixes, QStringLiteral("Dr."));
        QCOMPARE(c.organization, QStringLiteral("Schäfer GmbH"));
        QCOMPARE(c.department, QStringLiteral("Einkauf, Zentrale"));
        QCOMPARE(c.role, QStringLiteral("Entscheider"));
        QCOMPARE(c.uid, QStringLiteral("pas-id-5F1A2B3C00000001"));
        QCOMPARE(c.phones[0], value({"work", "voice"}, "+49 89 1234567"));
        QCOMPARE(c.note, QStringLiteral("Bevorzugt Termine vormittags.\nSpricht Englisch; Rechnung per Post."));
        QCOMPARE(c.revision, QDateTime(QDate(2024, 3, 1), QTime(8, 15, 30), Qt::UTC));
        const QVariantList row = VCardRowSource::cells(c);
        QCOMPARE(row[VCardRowSource::Uid].toString(), QStringLiteral("pas-id-5F1A2B3C00000001"));
        QCOMPARE(row[VCardRowSource::Email].toString(), QStringLiteral("j.mueller@schaefer.example"));
        QVERIFY(row[VCardRowSource::Note].toString().contains(QStringLiteral("Role: Entscheider")));
    }

    void thunderbird()
    {
        const auto entries = readFile(QStringLiteral("thunderbird-4.0.vcf"));
        QCOMPARE(entries.size(), 2);
        const ContactCard& sarah = entries[0].card;
        QCOMPARE(sarah.emails[0], value({}, "sarah@oconnor.example", true));
        QCOMPARE(sarah.phones[1], value({"cell"}, "+353 87 555 0102"));
        QCOMPARE(sarah.note, QStringLiteral("Prefers e-mail; call only if urgent."));
        QCOMPARE(sarah.birthday, QDate(1982, 3, 17));
        QCOMPARE(sarah.uid, QStringLiteral("2b0cd2a8-3f4e-4d9a-9b1c-6f1f1e2d3c4b"));
        const ContactCard& mark = entries[1].card;
        QCOMPARE(mark.phones, (QList<ContactCard::Value>{value({"voice", "work"}, "+1-555-555-5555", true),
                                                         value({"cell", "voice"}, "+1-555-555-0123")}));
        QCOMPARE(mark.organization, QStringLiteral("Rivera & Sons"));
        QCOMPARE(mark.uid, QStringLiteral("0190c2f6-8d1e-7c3a-9f00-123456789abc"));
        QCOMPARE(mark.revision, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC));
        QCOMPARE(entries[1].line, 16);
    }

    void lotusNotesShiftJis()
    {
        const auto entries = readFile(QStringLiteral("lotus-notes-2.1-sjis.vcf"));
        QCOMPARE(entries.size(), 1);
        const ContactCard& c = entries[0].card;
        QCOMPARE(c.fullName, QStringLiteral("田中 浩"));
        QCOMPARE(c.familyName, QStringLiteral("田中"));
        // 表 is 0x95 0x5C in Shift_JIS: its second byte is no escape.
        QCOMPARE(c.organization, QStringLiteral("表示技研株式会社"));
        QCOMPARE(c.department, QStringLiteral("営業部"));
        QCOMPARE(c.title, QStringLiteral("課長"));
        QCOMPARE(c.emails[0], value({"internet"}, "h.tanaka@hyoji.example", true));
    }

    void blackberryAndBig5()
    {
        const auto entries = readFile(QStringLiteral("blackberry-2.1.vcf"));
        QCOMPARE(entries.size(), 2);
        const ContactCard& rob = entries[0].card;
        QCOMPARE(rob.note, QStringLiteral("PIN: 2100000A, BBM since 2009"));
        QCOMPARE(rob.phones.size(), 4);
        const QVariantList row = VCardRowSource::cells(rob);
        QCOMPARE(row[VCardRowSource::WorkPhone].toString(), QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(row[VCardRowSource::Mobile].toString(), QStringLiteral("+44 7700 900123"));
        QVERIFY(row[VCardRowSource::Note].toString().contains(QStringLiteral("Phone (home): +44 20 7946 0999")));
        QVERIFY(row[VCardRowSource::Note].toString().contains(QStringLiteral("Phone (pager): +44 7623 000111")));
        QCOMPARE(entries[1].card.fullName, QStringLiteral("林志明"));
        QCOMPARE(entries[1].card.organization, QStringLiteral("台灣精密工業股份有限公司"));
    }

    void windowsUtf16()
    {
        const auto entries = readFile(QStringLiteral("windows-utf16.vcf"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].card.fullName, QStringLiteral("Claire Dubois"));
        QCOMPARE(entries[0].card.organization, QStringLiteral("Société Générale Équipements"));
        QVERIFY(VCardRowSource::isVCardFile(fixture(QStringLiteral("windows-utf16.vcf"))));
    }

    void foldedLines()
    {
        const auto entries = readFile(QStringLiteral("folded-3.0.vcf"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].card.fullName, QStringLiteral("FoldedName"));
        // Folded inside UTF-8 sequences, with a space and with a tab.
        QCOMPARE(entries[0].card.note, QStringLiteral("这是一段很长的备注，用来检查折行是否正确处理。"));
        QCOMPARE(entries[0].card.title, QStringLiteral("Head of Sales"));
    }

    void brokenCardsReportedOthersRead()
    {
        const QString kNoEnd =
            QStringLiteral("This card has no END:VCARD: it is cut short, or the next card begins inside it.");
        QString error;
        const auto entries = readFile(QStringLiteral("several-broken.vcf"), &error);
        QCOMPARE(error, QString());
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries[0].card.fullName, QStringLiteral("First Good"));
        QCOMPARE(entries[0].problem, QString());
        QCOMPARE(entries[1].card.fullName, QStringLiteral("No End"));
        QCOMPARE(entries[1].line, 6);
        QCOMPARE(entries[1].problem, kNoEnd);
        QCOMPARE(entries[2].card.fullName, QStringLiteral("Has Garbage"));
        QCOMPARE(entries[2].problem,
                 QStringLiteral("Line 13 of this card is not a vCard property: “this line has no colon”."));
        QCOMPARE(entries[3].line, 17);
        QCOMPARE(entries[3].problem, QStringLiteral("Text outside any vCard: “Some text that is not a card”."));
        QCOMPARE(entries[4].card.fullName, QStringLiteral("Second Good"));
        QCOMPARE(entries[4].problem, QString());
        QCOMPARE(entries[5].card.fullName, QStringLiteral("Cut Short"));
        QCOMPARE(entries[5].problem, kNoEnd);
    }

    void rowSourceReadsTwice()
    {
        VCardRowSource source(fixture(QStringLiteral("several-broken.vcf")));
        QCOMPARE(source.headers(),
                 (QStringList{"Name", "Company", "Title", "Work phone", "Mobile", "E-mail", "Note", "UID"}));
        for (int pass = 0; pass < 2; ++pass) {
            QList<SourceRow> rows;
            SourceRow row;
            while (source.next(&row))
                rows << row;
            QCOMPARE(source.error(), QString());
            QCOMPARE(rows.size(), 6);
            QCOMPARE(rows[4].cells[VCardRowSource::Name].toString(), QStringLiteral("Second Good"));
            QCOMPARE(rows[4].cells[VCardRowSource::Mobile].toString(), QStringLiteral("+1 555 0199"));
            QCOMPARE(rows[4].line, 19);
            QVERIFY(!rows[1].problem.isEmpty());
            QCOMPARE(source.position(), source.size());
            QVERIFY(source.rewind());
        }
        VCardRowSource missing(QStringLiteral("/nonexistent/contacts.vcf"));
        SourceRow row;
        QVERIFY(!missing.next(&row));
        QVERIFY(missing.error().contains(QStringLiteral("contacts.vcf")));
    }

    void encodingsWithoutCharset()
    {
        // Raw GBK without a CHARSET parameter (Chinese Windows): guessed as GB18030, not shown as mojibake.
        QStringEncoder gbk("GB18030");
        QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:" + QByteArray(gbk(QStringLiteral("刘;洋"))) +
                           "\r\nORG:" + QByteArray(gbk(QStringLiteral("深圳市南山贸易公司"))) + "\r\nEND:VCARD\r\n";
        auto entries = readBytes(bytes);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].card.displayName(), QStringLiteral("刘洋"));
        QCOMPARE(entries[0].card.organization, QStringLiteral("深圳市南山贸易公司"));
        // Big5 without CHARSET (Outlook on Traditional Chinese Windows).
        QStringEncoder big5("Big5");
        bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\nORG:" + QByteArray(big5(QStringLiteral("台灣精密工業股份有限公司"))) +
                "\r\nFN:" + QByteArray(big5(QStringLiteral("林志明"))) + "\r\nEND:VCARD\r\n";
        entries = readBytes(bytes);
        QCOMPARE(entries[0].card.organization, QStringLiteral("台灣精密工業股份有限公司"));
        QCOMPARE(entries[0].card.fullName, QStringLiteral("林志明"));
        // Latin-1 text without CHARSET: Windows-1252.
        entries = readBytes("BEGIN:VCARD\nVERSION:2.1\nFN:Ren\xe9 Fran\xe7ois\nEND:VCARD\n");
        QCOMPARE(entries[0].card.fullName, QStringLiteral("René François"));
        // UTF-8 with a BOM, LF only, a base64 text value, escaped backslash, an unknown escape kept.
        entries = readBytes("\xEF\xBB\xBF"
                            "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nNOTE;ENCODING=b:" +
                            QStringLiteral("备注").toUtf8().toBase64() + "\nTITLE:C:\\temp \\\\ x\nEND:VCARD\n");
        QCOMPARE(entries[0].card.note, QStringLiteral("备注"));
        QCOMPARE(entries[0].card.title, QStringLiteral("C:\\temp \\ x"));
        // An empty file and a file of junk.
        QCOMPARE(readBytes(QByteArray()).size(), 0);
        entries = readBytes(QByteArray("\x00\x01\x02garbage\xff\xfe", 12));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].line, 1);
        QVERIFY(entries[0].problem.startsWith(QStringLiteral("Text outside any vCard")));
    }

    void agentCardSkipped()
    {
        const auto entries =
            readBytes("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Boss\r\nAGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"
                      "FN:Assistant\r\nEND:VCARD\r\nTEL;WORK:+1 555 0100\r\nEND:VCARD\r\n");
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].problem, QString());
        QCOMPARE(entries[0].card.fullName, QStringLiteral("Boss"));
        QCOMPARE(entries[0].card.phones.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVCardReader)
#include "TestVCardReader.moc"
