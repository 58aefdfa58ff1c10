// Server-enforced visibility (issue 16), checked the way an attacker with psql would: the team database is set up
// as the server's superuser through the program (UserAdministration), then every check logs in as one of the
// created roles with a plain QPSQL connection and runs raw SQL — never the program's own queries, except the
// report query, which runs through ReportQueries on a Database opened as that role.
#include "CampaignReport.h"
#include "Database.h"
#include "ListQuery.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordWriter.h"
#include "ReportQueries.h"
#include "RowSecurity.h"
#include "TestDatabase.h"
#include "UserAdministration.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
const QString kStage = QStringLiteral("00000000-0000-7000-8000-000000000001");
const QString kPassword = QStringLiteral("correct horse 'battery\" staple");

struct Person
{
    QString key;      // alice, bob…
    QString username; // alice_1a2b3c (roles are per server: the suffix keeps parallel tests apart)
    QString id;
    QString customerId;
    QStringList rowIds; // every row the person's customer brought (customer, contact, deal, follow-up, task…)
};
} // namespace

class TestRowSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sqliteHasNoServerRoles();
    void everyTableIsCoveredOrMarked();
    void rolesAreNotPrivileged();
    void repSeesTouchesOnlyOwnRows();
    void leadSeesTeamAndTeamsBelow();
    void managerSeesEveryoneBelowTransitively();
    void adminSeesAll();
    void sharedRecordIsVisible();
    void noWayAroundThroughJoinViewFunctionOrReport();
    void readOnlyCannotWriteNorSeeHiddenColumns();
    void roleChangeTakesEffectAtOnce();
    void deactivatedUserCannotLogIn();
    void ownerIndexIsUsed(); // it adds many users and customers
    void campaignFiguresFollowTheCampaign();

private:
    QSqlDatabase loginAs(const QString& key, QString* error = nullptr);
    QSet<QString> visibleCustomers(const QString& key);
    QStringList expectedIds(const QStringList& keys) const;

    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_db;
    QMap<QString, Person> m_people;
    QMap<QString, QString> m_teams;
    QList<RowSecurity::Table> m_tables;
    int m_connections = 0;
};

QSqlDatabase TestRowSecurity::loginAs(const QString& key, QString* error)
{
    const QString name = QStringLiteral("rls-%1-%2").arg(key).arg(++m_connections);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_test->settings().host);
    db.setPort(m_test->settings().port);
    db.setDatabaseName(m_test->settings().database);
    db.setUserName(m_people.value(key).username);
    db.setPassword(kPassword);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

QStringList TestRowSecurity::expectedIds(const QStringList& keys) const
{
    QStringList ids;
    for (const QString& key : keys)
        ids << m_people.value(key).rowIds;
    return ids;
}

QSet<QString> TestRowSecurity::visibleCustomers(const QString& key)
{
    QSet<QString> seen;
    QSqlDatabase db = loginAs(key);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id FROM customers")))
        while (q.next())
            seen.insert(q.value(0).toString());
    return seen;
}

void TestRowSecurity::initTestCase()
{
    if (!TestDatabase::postgresAvailable())
        return;
    m_test = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    QString error;
    m_db = m_test->open(&error);
    QVERIFY2(m_db, qPrintable(error));
    UserAdministration admin(*m_db);
    QVERIFY(admin.isAvailable());
    QVERIFY(admin.mayAdminister()); // the first user of a new database administers it

    // Region ─┬─ North ── NorthEast      managers: Region = max, North = lena
    //         └─ South
    for (const QString& team :
         {QStringLiteral("Region"), QStringLiteral("North"), QStringLiteral("NorthEast"), QStringLiteral("South")}) {
        const WriteResult made = admin.teamNamed(team);
        QVERIFY2(made.ok(), qPrintable(made.message));
        m_teams.insert(team, made.id);
    }
    const QString suffix = QString::number(QRandomGenerator::global()->generate(), 36);
    struct Spec
    {
        const char* key;
        const char* role;
        const char* team;
    };
    const Spec specs[] = {{"alice", "rep", "North"},    {"bob", "rep", "North"},      {"carol", "rep", "South"},
                          {"dave", "rep", "NorthEast"}, {"lena", "lead", "North"},    {"max", "rep", "Region"},
                          {"ada", "admin", ""},         {"rita", "readonly", "South"}};
    for (const Spec& spec : specs) {
        Person person;
        person.key = QString::fromLatin1(spec.key);
        person.username = person.key + QLatin1Char('_') + suffix;
        UserAdministration::NewUser user;
        user.username = person.username;
        user.displayName = person.key;
        user.role = QString::fromLatin1(spec.role);
        user.teamId = m_teams.value(QString::fromLatin1(spec.team));
        const WriteResult added = admin.createUser(user, kPassword);
        QVERIFY2(added.ok(), qPrintable(added.message));
        person.id = added.id;
        m_people.insert(person.key, person);
    }
    {
        RecordWriter writer(*m_db);
        QVERIFY(writer
                    .update(QStringLiteral("teams"), m_teams.value(QStringLiteral("Region")), -1,
                            {{QStringLiteral("manager_id"), m_people.value(QStringLiteral("max")).id}})
                    .ok());
        QVERIFY(writer
                    .update(QStringLiteral("teams"), m_teams.value(QStringLiteral("North")), -1,
                            {{QStringLiteral("manager_id"), m_people.value(QStringLiteral("lena")).id},
                             {QStringLiteral("parent_id"), m_teams.value(QStringLiteral("Region"))}})
                    .ok());
        QVERIFY(writer
                    .update(QStringLiteral("teams"), m_teams.value(QStringLiteral("South")), -1,
                            {{QStringLiteral("parent_id"), m_teams.value(QStringLiteral("Region"))}})
                    .ok());
        QVERIFY(writer
                    .update(QStringLiteral("teams"), m_teams.value(QStringLiteral("NorthEast")), -1,
                            {{QStringLiteral("parent_id"), m_teams.value(QStringLiteral("North"))}})
                    .ok());
        // Each person owns one customer with a contact, a deal (and its stage history), a follow-up, a task, a tag.
        const WriteResult tag =
            writer.insert(QStringLiteral("tags"), {{QStringLiteral("name"), QStringLiteral("vip")}});
        QVERIFY(tag.ok());
        for (Person& person : m_people) {
            const auto add = [&](const QString& table, QVariantHash values) {
                const WriteResult r = writer.insert(table, values);
                if (!r.ok())
                    qWarning() << table << r.message;
                person.rowIds << r.id;
                return r.id;
            };
            person.customerId =
                add(QStringLiteral("customers"), {{QStringLiteral("name"), person.key + QStringLiteral(" Ltd")},
                                                  {QStringLiteral("owner_id"), person.id},
                                                  {QStringLiteral("annual_revenue_minor"), 100000},
                                                  {QStringLiteral("annual_revenue_currency"), QStringLiteral("CNY")}});
            const QString contact = add(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), person.customerId},
                                                                     {QStringLiteral("name"), person.key}});
            const QString deal =
                add(QStringLiteral("opportunities"), {{QStringLiteral("name"), person.key + QStringLiteral(" deal")},
                                                      {QStringLiteral("customer_id"), person.customerId},
                                                      {QStringLiteral("stage_id"), kStage},
                                                      {QStringLiteral("amount_minor"), 5000},
                                                      {QStringLiteral("owner_id"), person.id}});
            add(QStringLiteral("stage_history"), {{QStringLiteral("opportunity_id"), deal},
                                                  {QStringLiteral("to_stage_id"), kStage},
                                                  {QStringLiteral("changed_at"), m_db->clock().nowUtc()}});
            add(QStringLiteral("interactions"), {{QStringLiteral("customer_id"), person.customerId},
                                                 {QStringLiteral("contact_id"), contact},
                                                 {QStringLiteral("occurred_at"), m_db->clock().nowUtc()},
                                                 {QStringLiteral("subject"), person.key + QStringLiteral(" call")},
                                                 {QStringLiteral("author_id"), person.id}});
            add(QStringLiteral("tasks"), {{QStringLiteral("title"), person.key + QStringLiteral(" task")},
                                          {QStringLiteral("owner_id"), person.id},
                                          {QStringLiteral("customer_id"), person.customerId}});
            add(QStringLiteral("customer_tags"),
                {{QStringLiteral("customer_id"), person.customerId}, {QStringLiteral("tag_id"), tag.id}});
        }
        const WriteResult committed = writer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.message));
    }
    m_tables = RowSecurity::tables(*m_db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRowSecurity::cleanupTestCase()
{
    m_db.reset();
    for (const QString& name : QSqlDatabase::connectionNames())
        if (name.startsWith(QLatin1String("rls-")))
            QSqlDatabase::removeDatabase(name);
    m_test.reset();
}

void TestRowSecurity::sqliteHasNoServerRoles()
{
    TestDatabase local(QStringLiteral("sqlite"));
    QString error;
    auto db = local.open(&error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(RowSecurity::ensure(*db, &error));
    QVERIFY(RowSecurity::tables(*db, &error).isEmpty());
    QVERIFY(!RowSecurity::isInstalled(*db));
    UserAdministration admin(*db);
    QVERIFY(!admin.isAvailable());
    QVERIFY(!admin.createUser({QStringLiteral("zed"), QStringLiteral("Zed"), QStringLiteral("rep"), {}, {}}, kPassword)
                 .ok());
    // The roles are data on SQLite too, and the single user keeps working as before.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM roles")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    RecordWriter writer(*db);
    QVERIFY(writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Local")}}).ok());
    QVERIFY(writer.commit().ok());
}

void TestRowSecurity::everyTableIsCoveredOrMarked()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QVERIFY(RowSecurity::isInstalled(*m_db));
    QStringList uncovered;
    QMap<QString, RowSecurity::Coverage> coverage;
    for (const RowSecurity::Table& table : m_tables) {
        coverage.insert(table.name, table.coverage);
        if (table.coverage == RowSecurity::Coverage::Uncovered)
            uncovered << table.name;
    }
    QVERIFY2(uncovered.isEmpty(), qPrintable(QStringLiteral("tables neither owned, children of owned ones, nor marked "
                                                            "in RowSecurity.cpp: ") +
                                             uncovered.join(QStringLiteral(", "))));
    using C = RowSecurity::Coverage;
    for (const char* owned : {"customers", "opportunities", "tasks", "sales_targets"})
        QCOMPARE(coverage.value(QString::fromLatin1(owned)), C::Owner);
    for (const char* child : {"contacts", "interactions", "stage_history", "customer_tags"})
        QCOMPARE(coverage.value(QString::fromLatin1(child)), C::Child);
    // Row-level security is on and forced wherever a policy decides.
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) "
                              "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                              "WHERE n.nspname = current_schema() AND c.relkind = 'r'")));
    int checked = 0;
    while (q.next()) {
        const QString name = q.value(0).toString();
        QCOMPARE(q.value(3).toString(), RowSecurity::ownerRole(*m_db));
        const C kind = coverage.value(name, C::Uncovered);
        if (kind == C::Owner || kind == C::Child || kind == C::Search || kind == C::Shares || kind == C::Internal) {
            QVERIFY2(q.value(1).toBool() && q.value(2).toBool(), qPrintable(name));
            ++checked;
        }
    }
    QVERIFY(checked >= 10);
}

void TestRowSecurity::rolesAreNotPrivileged()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT rolname, rolcanlogin, rolbypassrls, rolsuper FROM pg_roles WHERE rolname LIKE ? "
                             "OR rolname LIKE ?"));
    q.addBindValue(RowSecurity::ownerRole(*m_db).replace(QStringLiteral("_owner"), QStringLiteral("\\_%")));
    q.addBindValue(QStringLiteral("%\\_") +
                   m_people.value(QStringLiteral("alice")).username.section(QLatin1Char('_'), 1));
    QVERIFY(q.exec());
    int roles = 0;
    while (q.next()) {
        ++roles;
        QVERIFY2(!q.value(2).toBool() && !q.value(3).toBool(), qPrintable(q.value(0).toString()));
        if (q.value(0).toString() == RowSecurity::ownerRole(*m_db))
            QVERIFY(!q.value(1).toBool()); // nobody logs in as the owner
    }
    QVERIFY(roles >= 6 + 8);
    // The password is stored as a SCRAM verifier.
    q.prepare(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
    q.addBindValue(m_people.value(QStringLiteral("alice")).username);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$")));
}

void TestRowSecurity::repSeesTouchesOnlyOwnRows()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QString error;
    QSqlDatabase carol = loginAs(QStringLiteral("carol"), &error);
    QVERIFY2(carol.isOpen(), qPrintable(error));
    const QStringList own = m_people.value(QStringLiteral("carol")).rowIds;
    QStringList others;
    for (const Person& person : m_people)
        if (person.key != QLatin1String("carol"))
            others << person.rowIds;
    const auto list = [](const QStringList& ids) {
        QStringList quoted;
        for (const QString& id : ids)
            quoted << QLatin1Char('\'') + id + QLatin1Char('\'');
        return quoted.join(QLatin1Char(','));
    };
    int tables = 0;
    for (const RowSecurity::Table& table : m_tables) {
        if (table.coverage != RowSecurity::Coverage::Owner && table.coverage != RowSecurity::Coverage::Child)
            continue;
        const QString t = table.name;
        QSqlQuery q(carol);
        if (!table.hasId) {
            // Summaries (no id): only the rows of carol's own figures.
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT * FROM %1").arg(t)));
            continue;
        }
        ++tables;
        // What the superuser sees of carol's and of the others' rows in this table.
        QSqlQuery all(m_db->connection());
        DESKCRM_VERIFY_SQL(all, all.exec(QStringLiteral("SELECT COUNT(*) FILTER (WHERE id IN (%2)), COUNT(*) FILTER "
                                                        "(WHERE id IN (%3)) FROM %1")
                                             .arg(t, list(own), list(others))));
        QVERIFY(all.next());
        const int mine = all.value(0).toInt();
        const int theirs = all.value(1).toInt();
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == mine,
                 qPrintable(QStringLiteral("%1: sees %2, owns %3").arg(t).arg(q.value(0).toInt()).arg(mine)));
        if (theirs == 0)
            continue;
        QVERIFY(carol.transaction());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("UPDATE %1 SET id = id WHERE id IN (%2)").arg(t, list(others))));
        QVERIFY2(q.numRowsAffected() == 0, qPrintable(t));
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(t, list(others))));
        QVERIFY2(q.numRowsAffected() == 0, qPrintable(t));
        if (mine > 0) { // her own rows she does touch
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("UPDATE %1 SET id = id WHERE id IN (%2)").arg(t, list(own))));
            QCOMPARE(q.numRowsAffected(), mine);
        }
        QVERIFY(carol.rollback());
        // Nor can she hand a row to someone else's reach, or make one for them.
        if (!table.ownerColumn.isEmpty() && table.ownerColumn == QLatin1String("owner_id")) {
            QVERIFY(carol.transaction());
            QVERIFY(!q.exec(QStringLiteral("UPDATE %1 SET owner_id = '%2' WHERE id IN (%3)")
                                .arg(t, m_people.value(QStringLiteral("alice")).id, list(own))) ||
                    q.numRowsAffected() == 0);
            QVERIFY(carol.rollback());
        }
    }
    QVERIFY(tables >= 7);
    // Insert for another owner: refused by the policy's WITH CHECK.
    QSqlQuery q(carol);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO customers (id, name, owner_id, created_at, updated_at) VALUES "
                                   "(gen_random_uuid(), 'planted', '%1', now(), now())")
                        .arg(m_people.value(QStringLiteral("alice")).id)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("row-level security")), qPrintable(q.lastError().text()));
}

void TestRowSecurity::leadSeesTeamAndTeamsBelow()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QSet<QString> expected;
    for (const char* key : {"alice", "bob", "dave", "lena"})
        expected.insert(m_people.value(QString::fromLatin1(key)).customerId);
    QCOMPARE(visibleCustomers(QStringLiteral("lena")), expected);
    // A rep of the same team sees only their own.
    QCOMPARE(visibleCustomers(QStringLiteral("bob")), QSet<QString>{m_people.value(QStringLiteral("bob")).customerId});
}

void TestRowSecurity::managerSeesEveryoneBelowTransitively()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    // max (a rep by role) manages Region: lena reports to him, alice and bob to lena, dave through North's manager
    // too; carol and rita through Region directly. ada (no team) is not below him.
    QSet<QString> expected;
    for (const char* key : {"alice", "bob", "carol", "dave", "lena", "max", "rita"})
        expected.insert(m_people.value(QString::fromLatin1(key)).customerId);
    QCOMPARE(visibleCustomers(QStringLiteral("max")), expected);
}

void TestRowSecurity::adminSeesAll()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QSet<QString> expected;
    for (const Person& person : m_people)
        expected.insert(person.customerId);
    QCOMPARE(visibleCustomers(QStringLiteral("ada")), expected);
}

void TestRowSecurity::sharedRecordIsVisible()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    {
        RecordWriter writer(*m_db);
        QVERIFY(writer
                    .insert(QStringLiteral("record_shares"),
                            {{QStringLiteral("entity"), QStringLiteral("customers")},
                             {QStringLiteral("record_id"), m_people.value(QStringLiteral("alice")).customerId},
                             {QStringLiteral("team_id"), m_teams.value(QStringLiteral("South"))}})
                    .ok());
        QVERIFY(writer.commit().ok());
    }
    const QSet<QString> expected{m_people.value(QStringLiteral("carol")).customerId,
                                 m_people.value(QStringLiteral("alice")).customerId};
    QCOMPARE(visibleCustomers(QStringLiteral("carol")), expected);
    // …and its contacts follow it.
    QSqlDatabase carol = loginAs(QStringLiteral("carol"));
    QSqlQuery q(carol);
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM contacts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    {
        RecordWriter writer(*m_db);
        QVERIFY(writer
                    .deleteWhere(QStringLiteral("record_shares"), QStringLiteral("entity = ?"),
                                 {QStringLiteral("customers")})
                    .ok());
        QVERIFY(writer.commit().ok());
    }
    QCOMPARE(visibleCustomers(QStringLiteral("carol")),
             QSet<QString>{m_people.value(QStringLiteral("carol")).customerId});
}

void TestRowSecurity::noWayAroundThroughJoinViewFunctionOrReport()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    // A view and functions someone with more rights made, as the superuser would: ensure() (run at every start of
    // an administrator's program) makes them read as the caller.
    QSqlQuery setup(m_db->connection());
    DESKCRM_VERIFY_SQL(
        setup, setup.exec(QStringLiteral("CREATE VIEW all_customers AS SELECT c.id, c.name, ct.name "
                                         "AS contact FROM customers c JOIN contacts ct ON ct.customer_id = c.id")));
    DESKCRM_VERIFY_SQL(setup, setup.exec(QStringLiteral("CREATE FUNCTION customer_names() RETURNS SETOF TEXT "
                                                        "LANGUAGE sql AS 'SELECT name FROM customers'")));
    DESKCRM_VERIFY_SQL(setup,
                       setup.exec(QStringLiteral("CREATE FUNCTION customer_names_definer() RETURNS SETOF TEXT "
                                                 "LANGUAGE sql SECURITY DEFINER AS 'SELECT name FROM customers'")));
    QString error;
    QVERIFY2(RowSecurity::ensure(*m_db, &error), qPrintable(error));

    QSqlDatabase carol = loginAs(QStringLiteral("carol"));
    QSqlQuery q(carol);
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN contacts ct ON ct.id = "
                                                "i.contact_id JOIN customers c ON c.id = ct.customer_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A join from her own row to another's through a key she knows finds nothing either.
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM customers mine JOIN customers other ON other.id "
                                                "<> mine.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM all_customers")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    for (const char* function : {"customer_names", "customer_names_definer"}) {
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM %1()").arg(QString::fromLatin1(function))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // DeskCRM's own helpers answer for the caller only.
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT cardinality(deskcrm_visible_owners('team'))")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // carol and rita share South
    // The report query of the program, run as carol: alice's figures are not in it.
    ConnectionSettings settings = m_test->settings();
    settings.user = m_people.value(QStringLiteral("carol")).username;
    settings.password = kPassword;
    auto asCarol = Database::open(settings, &error);
    QVERIFY2(asCarol, qPrintable(error));
    QCOMPARE(asCarol->currentUserId(), m_people.value(QStringLiteral("carol")).id);
    ReportQueries reports(*asCarol);
    const auto performance = reports.teamPerformance(ReportFilter(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qint64 pipeline = 0;
    int customers = 0;
    for (const auto& rep : performance) {
        pipeline += rep.pipelineMinor;
        customers += rep.newCustomers;
        if (rep.userId == m_people.value(QStringLiteral("alice")).id)
            QCOMPARE(rep.newCustomers, 0);
    }
    QCOMPARE(customers, 1);
    QVERIFY(pipeline <= 5000);
}

void TestRowSecurity::readOnlyCannotWriteNorSeeHiddenColumns()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QSqlDatabase rita = loginAs(QStringLiteral("rita"));
    QSqlQuery q(rita);
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // team level: South (carol and rita)
    QVERIFY(!q.exec(QStringLiteral("SELECT annual_revenue_minor FROM customers")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")), qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE customers SET name = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM contacts")));
    // A rep may not administer: no role, no users row.
    QSqlDatabase carol = loginAs(QStringLiteral("carol"));
    QSqlQuery c(carol);
    QVERIFY(!c.exec(QStringLiteral("CREATE ROLE intruder LOGIN")));
    QVERIFY(!c.exec(QStringLiteral("UPDATE users SET role = 'admin'")));
    QVERIFY(!c.exec(QStringLiteral("SELECT * FROM visible_owner")));
    QVERIFY(!c.exec(QStringLiteral("ALTER TABLE customers DISABLE ROW LEVEL SECURITY")));
}

void TestRowSecurity::ownerIndexIsUsed()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    // Enough customers over enough owners that the planner has a choice: 40,000 over 200 more users.
    QSqlQuery q(m_db->connection());
    DESKCRM_VERIFY_SQL(
        q,
        q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team_id, created_at, updated_at) "
                              "SELECT gen_random_uuid(), 'filler' || g, 'Filler ' || g, 'rep', '%1', now(), now() "
                              "FROM generate_series(1, 200) g")
                   .arg(m_teams.value(QStringLiteral("North")))));
    DESKCRM_VERIFY_SQL(
        q, q.exec(QStringLiteral(
               "INSERT INTO customers (id, name, owner_id, created_at, updated_at) "
               "SELECT gen_random_uuid(), 'Customer ' || g, u.id, now(), now() FROM generate_series(1, 200) g "
               "CROSS JOIN users u WHERE u.username LIKE 'filler%'")));
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("ANALYZE")));
    QSqlDatabase carol = loginAs(QStringLiteral("carol"));
    QSqlQuery explain(carol);
    DESKCRM_VERIFY_SQL(explain,
                       explain.exec(QStringLiteral("EXPLAIN SELECT id, name FROM customers WHERE deleted_at IS "
                                                   "NULL ORDER BY name, id LIMIT 50")));
    QString plan;
    while (explain.next())
        plan += explain.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("ix_customers_owner")), qPrintable(plan));
    // Once per statement: the visible owners are an init plan, not a filter run per row.
    QVERIFY2(plan.contains(QLatin1String("InitPlan")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("Seq Scan on customers")), qPrintable(plan));

    // The customer list as the program reads it, sorted by name in DeskCRM's collation (which ix_customers_name
    // serves): the planner cannot know that the policy's init plan returns one owner (it assumes ten), so without
    // the list's own owner condition (VisibleOwners) it walks the name index past every other rep's customers.
    ConnectionSettings settings = m_test->settings();
    settings.user = m_people.value(QStringLiteral("carol")).username;
    settings.password = kPassword;
    QString error;
    auto asCarol = Database::open(settings, &error);
    QVERIFY2(asCarol, qPrintable(error));
    const auto list = ListQuery::build(*asCarol, ListSpec::customers(), ListState());
    QVERIFY2(list->where.contains(QLatin1String("owner_id")), qPrintable(list->where));
    QVariantList binds;
    QString sql = list->select + list->tail(0, nullptr, &binds) + QStringLiteral(" LIMIT 50 OFFSET 0");
    // EXPLAIN cannot be prepared: the values go in as literals (a custom plan, as the driver's EXECUTE gets).
    for (const QVariant& value : std::as_const(binds)) {
        const int at = int(sql.indexOf(QLatin1Char('?')));
        QVERIFY(at >= 0);
        sql.replace(at, 1, RowSecurity::quotedLiteral(value.toString()));
    }
    QSqlQuery listPlan(asCarol->connection());
    DESKCRM_VERIFY_SQL(listPlan, listPlan.exec(QStringLiteral("EXPLAIN ") + sql));
    plan.clear();
    while (listPlan.next())
        plan += listPlan.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(QLatin1String("ix_customers_owner")), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("ix_customers_name")), qPrintable(plan));
    // The list shows exactly what the policy alone lets carol see.
    RecordListModel model(*asCarol, ListSpec::customers());
    model.setBackgroundEnabled(false);
    QVERIFY(model.refresh());
    QSqlQuery policyOnly(asCarol->connection());
    DESKCRM_VERIFY_SQL(policyOnly,
                       policyOnly.exec(QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL")));
    QVERIFY(policyOnly.next());
    QVERIFY(policyOnly.value(0).toInt() > 0);
    QCOMPARE(model.rowCount(), policyOnly.value(0).toInt());
}

// Promoted to team lead, bob's open session sees his team at its next statement; back to rep, his own again.
void TestRowSecurity::roleChangeTakesEffectAtOnce()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QString error;
    QSqlDatabase open = loginAs(QStringLiteral("bob"), &error);
    QVERIFY2(open.isOpen(), qPrintable(error));
    const auto seen = [&open] {
        QSet<QString> ids;
        QSqlQuery q(open);
        if (q.exec(QStringLiteral("SELECT id FROM customers")))
            while (q.next())
                ids.insert(q.value(0).toString());
        return ids;
    };
    const QSet<QString> own{m_people.value(QStringLiteral("bob")).customerId};
    QCOMPARE(seen(), own);
    UserAdministration admin(*m_db);
    const QString bob = m_people.value(QStringLiteral("bob")).username;
    QCOMPARE(admin.changeRole(bob, QStringLiteral("chief")).status, WriteResult::Invalid);
    const WriteResult promoted = admin.changeRole(bob, QStringLiteral("lead"));
    QVERIFY2(promoted.ok(), qPrintable(promoted.message));
    // Lena's team (alice, bob, lena) and the team below it (dave), as lena sees it.
    QCOMPARE(seen(), visibleCustomers(QStringLiteral("lena")));
    QVERIFY(seen().size() > 1);
    QSqlQuery row(m_db->connection());
    row.prepare(QStringLiteral("SELECT role FROM users WHERE username = ?"));
    row.addBindValue(bob);
    QVERIFY(row.exec() && row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("lead"));
    row.finish();
    const WriteResult demoted = admin.changeRole(bob, QStringLiteral("rep"));
    QVERIFY2(demoted.ok(), qPrintable(demoted.message));
    QCOMPARE(seen(), own);
}

void TestRowSecurity::deactivatedUserCannotLogIn()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    QString error;
    QSqlDatabase open = loginAs(QStringLiteral("bob"), &error);
    QVERIFY2(open.isOpen(), qPrintable(error));
    UserAdministration admin(*m_db);
    const WriteResult done = admin.deactivate(m_people.value(QStringLiteral("bob")).username,
                                              m_people.value(QStringLiteral("alice")).username);
    QVERIFY2(done.ok(), qPrintable(done.message));
    QVERIFY(done.affected >= 3); // customer, deal, task
    // The session that was open is gone, and a new one is refused.
    QSqlQuery q(open);
    QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    error.clear();
    QSqlDatabase again = loginAs(QStringLiteral("bob"), &error);
    QVERIFY(!again.isOpen());
    QVERIFY2(error.contains(QLatin1String("not permitted to log in")), qPrintable(error));
    // Alice has his customer now; nothing of his was lost.
    QCOMPARE(visibleCustomers(QStringLiteral("alice")),
             (QSet<QString>{m_people.value(QStringLiteral("alice")).customerId,
                            m_people.value(QStringLiteral("bob")).customerId}));
    // A password reset lets a user in with the new password only.
    QVERIFY(
        admin.resetPassword(m_people.value(QStringLiteral("dave")).username, QStringLiteral("another secret")).ok());
    QVERIFY(!loginAs(QStringLiteral("dave")).isOpen());
}

void TestRowSecurity::campaignFiguresFollowTheCampaign()
{
    if (!m_db)
        QSKIP("DESKCRM_TEST_PG is not set");
    // Alice's campaign brought her a won deal, carol's campaign carol one, and carol won one without a campaign.
    const QString won = QStringLiteral("00000000-0000-7000-8000-000000000005");
    QString alicesCampaign, carolsCampaign;
    {
        RecordWriter writer(*m_db);
        const auto campaign = [&](const QString& key) {
            const WriteResult made =
                writer.insert(QStringLiteral("campaigns"), {{QStringLiteral("name"), key + QStringLiteral(" fair")},
                                                            {QStringLiteral("cost_minor"), 1000},
                                                            {QStringLiteral("currency"), QStringLiteral("CNY")},
                                                            {QStringLiteral("owner_id"), m_people.value(key).id}});
            return made.id;
        };
        const auto deal = [&](const QString& key, const QString& campaignId, qint64 amount) {
            QVariantHash values{{QStringLiteral("name"), key + QStringLiteral(" order")},
                                {QStringLiteral("customer_id"), m_people.value(key).customerId},
                                {QStringLiteral("stage_id"), won},
                                {QStringLiteral("amount_minor"), amount},
                                {QStringLiteral("currency"), QStringLiteral("CNY")},
                                {QStringLiteral("owner_id"), m_people.value(key).id}};
            if (!campaignId.isEmpty())
                values.insert(QStringLiteral("campaign_id"), campaignId);
            return writer.insert(QStringLiteral("opportunities"), values).ok();
        };
        alicesCampaign = campaign(QStringLiteral("alice"));
        carolsCampaign = campaign(QStringLiteral("carol"));
        QVERIFY(!alicesCampaign.isEmpty() && !carolsCampaign.isEmpty());
        QVERIFY(deal(QStringLiteral("alice"), alicesCampaign, 7000));
        QVERIFY(deal(QStringLiteral("carol"), carolsCampaign, 9000));
        QVERIFY(deal(QStringLiteral("carol"), QString(), 1100));
        const WriteResult committed = writer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.message));
    }
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    // Raw SQL as carol: the sums and counts of alice's campaign are not there; hers and the "no campaign" sums are.
    QSqlDatabase carol = loginAs(QStringLiteral("carol"));
    QSqlQuery q(carol);
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT DISTINCT campaign_id FROM report_campaign_summary")));
    QSet<QString> summed;
    while (q.next())
        summed.insert(q.value(0).toString());
    QVERIFY(!summed.contains(alicesCampaign));
    QVERIFY(summed.contains(carolsCampaign));
    QVERIFY(summed.contains(nil));
    DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT campaign_id FROM report_campaign_counts")));
    QSet<QString> counted;
    while (q.next())
        counted.insert(q.value(0).toString());
    QCOMPARE(counted, QSet<QString>{carolsCampaign});
    // …while the superuser sees both campaigns' figures, and alice sees hers and not carol's.
    QSqlQuery all(m_db->connection());
    all.prepare(QStringLiteral("SELECT COUNT(DISTINCT campaign_id) FROM report_campaign_summary WHERE campaign_id IN "
                               "(?, ?)"));
    all.addBindValue(alicesCampaign);
    all.addBindValue(carolsCampaign);
    DESKCRM_VERIFY_SQL(all, all.exec());
    QVERIFY(all.next());
    QCOMPARE(all.value(0).toInt(), 2);
    QSqlDatabase alice = loginAs(QStringLiteral("alice"));
    QSqlQuery a(alice);
    DESKCRM_VERIFY_SQL(a, a.exec(QStringLiteral("SELECT campaign_id, SUM(amount_minor) FROM report_campaign_summary "
                                                "WHERE model = 1 AND campaign_id <> '%1' GROUP BY campaign_id")
                                     .arg(nil)));
    QVERIFY(a.next());
    QCOMPARE(a.value(0).toString(), alicesCampaign);
    QCOMPARE(a.value(1).toLongLong(), 7000);
    QVERIFY(!a.next());

    // The program's campaign report as carol: her campaign with its revenue; alice's revenue appears nowhere, not
    // even as "no campaign".
    ConnectionSettings settings = m_test->settings();
    settings.user = m_people.value(QStringLiteral("carol")).username;
    settings.password = kPassword;
    QString error;
    auto asCarol = Database::open(settings, &error);
    QVERIFY2(asCarol, qPrintable(error));
    ReportFilter filter;
    filter.currency = QStringLiteral("CNY");
    for (auto model :
         {CampaignReport::Model::FirstTouch, CampaignReport::Model::LastTouch, CampaignReport::Model::Linear}) {
        const auto report = CampaignReport(*asCarol).compute(filter, model, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.campaigns.size(), 1);
        QCOMPARE(report.campaigns.first().campaignId, carolsCampaign);
        QCOMPARE(report.campaigns.first().revenueMinor, 9000);
        QCOMPARE(report.campaigns.first().opportunities, 1);
        QCOMPARE(report.unattributed.revenueMinor, 1100);
        QCOMPARE(report.totalWonMinor, 10100);
    }
}

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "TestRowSecurity.moc"
