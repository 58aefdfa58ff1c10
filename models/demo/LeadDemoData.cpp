#include "LeadDemoData.h"

#include "AssignmentRules.h"
#include "Database.h"
#include "DemoVocabulary.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const char* const kChineseFamily[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                      "吴", "周", "徐", "孙", "马", "朱", "胡", "林"};
const char* const kChineseGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强",   "磊",   "军",   "洋",
                                     "勇", "艳", "杰", "涛", "明", "超", "秀英", "晓东", "建华", "海燕"};
const char* const kChineseProducts[] = {"ERP 系统", "CRM 软件", "工业传感器", "数控机床",
                                        "云服务器", "包装材料", "物流服务",   "培训课程"};
const char* const kEnglishFirst[] = {"James", "Mary",  "Robert", "Linda", "Michael", "Susan",
                                     "David", "Karen", "Daniel", "Emma",  "Oliver",  "Sophie"};
const char* const kEnglishLast[] = {"Smith", "Johnson", "Brown",  "Taylor", "Wilson",
                                    "Evans", "Walker",  "Wright", "Hughes", "Green"};
const char* const kEnglishProducts[] = {"ERP suite",     "CRM licences", "Industrial sensors", "CNC machines",
                                        "Cloud hosting", "Packaging",    "Freight services",   "Training"};
const char* const kChineseCompanies[] = {"科技有限公司", "贸易有限公司", "制造有限公司", "电子有限公司",
                                         "物流有限公司"};
const char* const kEnglishCompanies[] = {"Trading Ltd", "Systems Inc.", "Manufacturing Co.", "Logistics LLC",
                                         "Partners"};
const char* const kDisqualifyReasons[] = {"No budget",  "Student project", "Duplicate enquiry",
                                          "Competitor", "预算不足",        "联系不上"};

template <typename T, size_t N> const T& pick(QRandomGenerator& r, const T (&items)[N])
{
    return items[r.bounded(int(N))];
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

qint64 LeadDemoData::leadsFor(qint64 customers)
{
    return customers <= 0 ? 0 : std::max<qint64>(40, customers / 4);
}

LeadDemoData::LeadDemoData(RecordWriter& writer, quint64 seed) : m_writer(writer), m_seed(seed) {}

bool LeadDemoData::write(qint64 leads, QString* error)
{
    Database& db = m_writer.database();
    const auto fail = [error](const QString& message) {
        if (error)
            *error = tr("Cannot write the demo leads: %1").arg(message);
        return false;
    };
    // The demo teams and their reps, by the names DemoDataGenerator gives them.
    QHash<QString, QString> teams;
    QHash<QString, QStringList> repsOfTeam;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT t.name, t.id, u.id FROM teams t JOIN users u ON u.team_id = t.id "
                               "WHERE t.deleted_at IS NULL AND u.deleted_at IS NULL AND u.username LIKE 'demo.%' "
                               "ORDER BY t.name, u.id")))
        return fail(q.lastError().text());
    while (q.next()) {
        teams.insert(q.value(0).toString(), q.value(1).toString());
        repsOfTeam[q.value(0).toString()] << q.value(2).toString();
    }
    q.finish();
    const QString south = teams.value(QStringLiteral("华南销售部"));
    const QString east = teams.value(QStringLiteral("华东销售部"));
    const QString english = teams.value(QStringLiteral("Americas & UK Sales"));
    if (south.isEmpty() || east.isEmpty() || english.isEmpty())
        return fail(tr("the demo teams are missing"));

    // The rules, unless a previous demo run made them.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assignment_rules WHERE deleted_at IS NULL")) || !q.next())
        return fail(q.lastError().text());
    const bool haveRules = q.value(0).toInt() > 0;
    q.finish();
    if (!haveRules) {
        struct Rule
        {
            const char* name;
            QString team;
            QString strategy;
            int cap;
            AssignmentCondition condition;
        };
        const Rule rules[] = {
            {"华南线索（轮流分配）",
             south,
             QStringLiteral("round_robin"),
             60,
             {QStringLiteral("region"), QStringLiteral("in"), QStringLiteral("广东,广西,福建,海南")}},
            {"华东线索（最少未结）",
             east,
             QStringLiteral("fewest_open"),
             0,
             {QStringLiteral("region"), QStringLiteral("in"), QStringLiteral("上海,浙江,江苏")}},
            {"English-speaking markets",
             english,
             QStringLiteral("round_robin"),
             0,
             {QStringLiteral("email"), QStringLiteral("contains"), QStringLiteral(".example")}},
            {"其他线索", south, QStringLiteral("fewest_open"), 0, {}},
        };
        int order = 0;
        for (const Rule& rule : rules) {
            AssignmentRule r;
            r.conditions = rule.condition.field.isEmpty() ? QList<AssignmentCondition>() : QList{rule.condition};
            const WriteResult w =
                m_writer.insert(QStringLiteral("assignment_rules"),
                                {{QStringLiteral("entity"), QStringLiteral("lead")},
                                 {QStringLiteral("name"), utf8(rule.name)},
                                 {QStringLiteral("sort_order"), ++order},
                                 {QStringLiteral("conditions"), r.conditionsJson()},
                                 {QStringLiteral("target_kind"), QStringLiteral("team")},
                                 {QStringLiteral("target_team_id"), rule.team},
                                 {QStringLiteral("strategy"), rule.strategy},
                                 {QStringLiteral("open_cap"), rule.cap > 0 ? QVariant(rule.cap) : QVariant()}});
            if (!w.ok())
                return fail(w.message);
            ++m_rows;
        }
    }

    const DemoData::Vocabulary words;
    QRandomGenerator r(quint32(m_seed * 7919 + 12));
    const QDateTime now = db.clock().nowUtc();
    const QVariant by = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    RecordBatch batch(m_writer, QStringLiteral("leads"),
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("title"),
                       QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("source_id"),
                       QStringLiteral("type_id"), QStringLiteral("region"), QStringLiteral("product_interest"),
                       QStringLiteral("owner_id"), QStringLiteral("status"), QStringLiteral("disqualify_reason"),
                       QStringLiteral("notes")});
    RecordBatch log(m_writer, QStringLiteral("lead_assignments"),
                    {QStringLiteral("id"), QStringLiteral("lead_id"), QStringLiteral("owner_id"),
                     QStringLiteral("reason"), QStringLiteral("assigned_at")});
    const QStringList statuses{QStringLiteral("new"),       QStringLiteral("new"),
                               QStringLiteral("contacted"), QStringLiteral("contacted"),
                               QStringLiteral("qualified"), QStringLiteral("disqualified")};
    for (qint64 i = 0; i < leads; ++i) {
        const bool chinese = r.bounded(100) < 65;
        const auto& cities = chinese ? words.chineseCities : words.englishCities;
        const DemoData::City& city = cities.at(r.bounded(int(cities.size())));
        QString name, company, email, product, mobile;
        if (chinese) {
            name = utf8(pick(r, kChineseFamily)) + utf8(pick(r, kChineseGiven));
            company = r.bounded(4) == 0 ? QString()
                                        : city.name + utf8(pick(r, kChineseGiven)) + utf8(pick(r, kChineseCompanies));
            product = utf8(pick(r, kChineseProducts));
            mobile = QStringLiteral("+86 1%1%2 %3 %4")
                         .arg(3 + r.bounded(6))
                         .arg(r.bounded(10))
                         .arg(r.bounded(1000, 9999))
                         .arg(r.bounded(1000, 9999));
            email = r.bounded(3) == 0 ? QString() : QStringLiteral("lead%1@qq.com").arg(100000 + i);
        } else {
            const QString first = utf8(pick(r, kEnglishFirst));
            const QString last = utf8(pick(r, kEnglishLast));
            name = first + QLatin1Char(' ') + last;
            company = last + QLatin1Char(' ') + utf8(pick(r, kEnglishCompanies));
            product = utf8(pick(r, kEnglishProducts));
            mobile = QStringLiteral("+1 555 %1").arg(r.bounded(1000000, 9999999));
            email = QStringLiteral("%1.%2.%3@mail.example").arg(first.toLower(), last.toLower()).arg(i);
        }
        const QString status = statuses.at(r.bounded(int(statuses.size())));
        // Reps by region as the rules would route them; one in five waits for `leads assign`.
        QString owner;
        if (r.bounded(5) != 0) {
            const QString team =
                !chinese ? QStringLiteral("Americas & UK Sales")
                : city.region.contains(QStringLiteral("广")) || city.region.contains(QStringLiteral("福建"))
                    ? QStringLiteral("华南销售部")
                    : QStringLiteral("华东销售部");
            const QStringList& reps = repsOfTeam.value(team);
            if (!reps.isEmpty())
                owner = reps.at(r.bounded(int(reps.size())));
        }
        const QDateTime created = now.addSecs(-qint64(r.bounded(90 * 24 * 3600)));
        RowHistory history{SqlValues::timestamp(created), by, SqlValues::timestamp(created), by, 1};
        const QString id = Uuid::createV7();
        batch.addWithHistory(history, id, name, company.isEmpty() ? QVariant() : QVariant(company),
                             chinese ? utf8("采购经理") : QStringLiteral("Purchasing manager"), mobile,
                             email.isEmpty() ? QVariant() : QVariant(email), 1 + r.bounded(6), 1 + r.bounded(3),
                             city.region, product, owner.isEmpty() ? QVariant() : QVariant(owner), status,
                             status == QLatin1String("disqualified") ? QVariant(utf8(pick(r, kDisqualifyReasons)))
                                                                     : QVariant(),
                             QVariant());
        if (!owner.isEmpty())
            log.addWithHistory(history, Uuid::createV7(), id, owner, tr("Demo data"), SqlValues::timestamp(created));
        if (batch.pendingRows() >= 2000) {
            const WriteResult flushed = batch.flush();
            if (!flushed.ok())
                return fail(flushed.message);
            const WriteResult logged = log.flush();
            if (!logged.ok())
                return fail(logged.message);
        }
    }
    const WriteResult flushed = batch.flush();
    if (!flushed.ok())
        return fail(flushed.message);
    const WriteResult logged = log.flush();
    if (!logged.ok())
        return fail(logged.message);
    m_rows += batch.rowsWritten() + log.rowsWritten();
    return true;
}
