#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RowSecurityBenchData.h"
#include "UserAdministration.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench rls --customers N --database URL`: the cost of server-enforced visibility. A team database of 50
// teams and 500 users (RowSecurityBenchData) on PostgreSQL; a rep signs in as their own login role and opens the
// customer list (RecordListModel, as the page does: first 50 rows painted). Beside it, the same rows without row-level
// security: the server's superuser (who bypasses it) opening the list filtered to that rep as owner, and the whole
// unfiltered list (its time includes counting every row). overhead_pct compares the rep's list with the filtered one.
namespace {
const QString bench = QStringLiteral("rls");

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The list opening: refresh() (the page's first query and, with no background connection here, its row count on the
// same connection, so both sides pay the same) until the first 50 rows are painted. Median of `runs`.
double firstRows(Database& db, const QString& ownerFilter, int runs)
{
    RecordListModel model(db, ListSpec::customers());
    model.setBackgroundEnabled(false);
    if (!ownerFilter.isEmpty())
        model.setFilter(QStringLiteral("owner"), ownerFilter);
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        model.refresh();
        const int last = std::min(model.rowCount(), 50);
        for (int r = 0; r < last; ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                model.data(model.index(r, c));
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("100000")).toLongLong();
    const int runs = BenchScenario::option(args, QStringLiteral("--runs"), QStringLiteral("21")).toInt();
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(BenchScenario::option(args, QStringLiteral("--database")), &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    auto admin = Database::open(settings, &error);
    if (!admin) {
        err() << error << Qt::endl;
        return 1;
    }
    UserAdministration users(*admin);
    if (!users.isAvailable()) {
        err() << "deskcrm-bench rls needs a PostgreSQL database (--database postgresql://…)" << Qt::endl;
        return 2;
    }
    RowSecurityBenchData data(*admin);
    qint64 owned = 0;
    QString rep = data.sampleRep(&owned, &error);
    if (rep.isEmpty()) {
        err() << "generating " << customers << " customers over 50 teams and 500 users" << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (!data.generate({customers, 1}, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"),
                             {{QStringLiteral("customers"), QString::number(customers)}});
        rep = data.sampleRep(&owned, &error);
    }
    const QString password = QStringLiteral("bench-password-1");
    const WriteResult login = users.enableLogin(rep, password);
    if (!login.ok()) {
        err() << login.message << Qt::endl;
        return 1;
    }
    const QString repId = users.userId(rep);
    ConnectionSettings repSettings = settings;
    repSettings.user = rep;
    repSettings.password = password;
    auto asRep = Database::open(repSettings, &error);
    if (!asRep) {
        err() << error << Qt::endl;
        return 1;
    }
    const QMap<QString, QString> tag{
        {QStringLiteral("customers"), QString::number(BenchScenario::customerCount(*admin))},
        {QStringLiteral("rep_rows"), QString::number(owned)}};
    // Warm both connections' caches alike before measuring.
    firstRows(*asRep, QString(), 3);
    firstRows(*admin, repId, 3);
    const double on = firstRows(*asRep, QString(), runs);
    const double off = firstRows(*admin, repId, runs);
    const double unfiltered = firstRows(*admin, QString(), runs);
    BenchScenario::print(bench, QStringLiteral("rep_first_rows_rls_on"), on, QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("rep_first_rows_rls_off"), off, QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("all_first_rows_rls_off"), unfiltered, QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("overhead_pct"), off > 0 ? (on / off - 1.0) * 100.0 : 0.0,
                         QStringLiteral("%"), tag);
    BenchScenario::print(bench, QStringLiteral("rep_visible_rows"), BenchScenario::customerCount(*asRep),
                         QStringLiteral("rows"), tag);

    // A team lead: their team's ten people's customers (reach 'team'), through the same list.
    const QString lead = data.sampleLead(&error);
    if (lead.isEmpty())
        return 0;
    const WriteResult leadLogin = users.enableLogin(lead, password);
    if (!leadLogin.ok()) {
        err() << leadLogin.message << Qt::endl;
        return 1;
    }
    ConnectionSettings leadSettings = settings;
    leadSettings.user = lead;
    leadSettings.password = password;
    auto asLead = Database::open(leadSettings, &error);
    if (!asLead) {
        err() << error << Qt::endl;
        return 1;
    }
    firstRows(*asLead, QString(), 3);
    BenchScenario::print(bench, QStringLiteral("lead_first_rows_rls_on"), firstRows(*asLead, QString(), runs),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("lead_visible_rows"), BenchScenario::customerCount(*asLead),
                         QStringLiteral("rows"), tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("rls", run, "rls --customers 100000 --database postgresql://SUPERUSER@HOST/DB [--runs 21]")
