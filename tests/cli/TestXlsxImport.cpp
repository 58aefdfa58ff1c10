#include "CliRunner.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "RecordTestHelpers.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace RecordTestHelpers;

// `deskcrm-cli import --entity ENTITY FILE.xlsx [--sheet NAME|NUMBER]`: a workbook's sheet through XlsxReader and the
// import engine, typed cells (numbers, dates) as they are, a missing sheet refused.
class TestXlsxImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int cli(const QStringList& arguments, QString* err = nullptr) const
    {
        const CliRunner::Run run = CliRunner::run(arguments, m_dir.path(), 120000);
        if (err)
            *err = run.err;
        return run.exitCode;
    }

private slots:
    void importSheet()
    {
        const QString file = m_dir.filePath(QStringLiteral("客户.xlsx"));
        lxw_workbook* wb = workbook_new(QFile::encodeName(file).constData());
        lxw_worksheet* notes = workbook_add_worksheet(wb, "说明");
        worksheet_write_string(notes, 0, 0, "请勿修改表头", nullptr);
        lxw_worksheet* sheet = workbook_add_worksheet(wb, "客户");
        const char* headers[] = {"客户名称", "城市", "员工数", "成立年份"};
        for (int c = 0; c < 4; ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
        worksheet_write_string(sheet, 1, 0, "北京华信科技有限公司", nullptr);
        worksheet_write_string(sheet, 1, 1, "北京", nullptr);
        worksheet_write_number(sheet, 1, 2, 1200, nullptr);
        worksheet_write_number(sheet, 1, 3, 2003, nullptr);
        worksheet_write_string(sheet, 2, 0, "Acme, Inc.", nullptr);
        worksheet_write_number(sheet, 2, 2, 35, nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        const QString database = m_dir.filePath(QStringLiteral("crm.sqlite"));
        QString err;
        QCOMPARE(cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                      QStringLiteral("customers"), QStringLiteral("--sheet"), QStringLiteral("Deals"), file},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("no sheet “Deals”")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("--database"), database, QStringLiteral("import"), QStringLiteral("--entity"),
                      QStringLiteral("customers"), QStringLiteral("--sheet"), QStringLiteral("2"), file},
                     &err),
                 0);
        QVERIFY2(err.contains(QStringLiteral("客户.xlsx: sheet “客户”")), qPrintable(err));

        ConnectionSettings settings;
        QString error;
        QVERIFY2(ConnectionSettings::parse(database, &settings, &error), qPrintable(error));
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT company_size FROM customers WHERE city = ?"), {QStringLiteral("北京")})
                .toInt(),
            1200);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT year_established FROM customers WHERE city = ?"),
                        {QStringLiteral("北京")})
                     .toInt(),
                 2003);
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "TestXlsxImport.moc"
