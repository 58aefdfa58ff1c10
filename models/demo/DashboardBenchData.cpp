#include "DashboardBenchData.h"

#include "BulkLoad.h"
#include "Database.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DashboardBenchData", text);
}

// Collects rows of one table and writes them 200 at a time with one prepared multi-row INSERT.
class Batch
{
public:
    Batch(const QSqlDatabase& db, const QString& table, const QStringList& columns)
        : m_db(db), m_query(db), m_table(table), m_columns(columns)
    {
    }

    bool add(const QVariantList& row, QString* error)
    {
        m_values += row;
        return m_values.size() >= kRows * m_columns.size() ? flush(error) : true;
    }

    // Rows referring to another batch's rows make that batch write first.
    void setParent(Batch* parent) { m_parent = parent; }

    bool flush(QString* error)
    {
        if (m_parent && !m_parent->flush(error))
            return false;
        const int rows = int(m_values.size() / m_columns.size());
        if (rows == 0)
            return true;
        QSqlQuery* q = &m_query;
        QSqlQuery partial(m_db);
        if (rows != m_preparedRows) {
            if (rows == kRows) {
                m_preparedRows = rows;
            } else {
                q = &partial; // a short last batch gets its own statement
            }
            const QString one = QLatin1Char('(') +
                                QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                                QLatin1Char(')');
            if (!q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(m_table, m_columns.join(QLatin1Char(',')),
                                     QStringList(rows, one).join(QLatin1Char(','))))) {
                if (error)
                    *error = q->lastError().text();
                return false;
            }
        }
        for (int i = 0; i < m_values.size(); ++i)
            q->bindValue(i, m_values.at(i));
        if (!q->exec()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(m_table, q->lastError().text());
            return false;
        }
        m_values.clear();
        return true;
    }

private:
    static constexpr int kRows = 200;
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
    int m_preparedRows = 0;
    Batch* m_parent = nullptr;
};

QStringList split(const char* columns)
{
    return QString::fromLatin1(columns).split(QLatin1Char(','));
}
} // namespace

DashboardBenchData::DashboardBenchData(Database& db) : m_db(db) {}

qint64 DashboardBenchData::opportunityCount(QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE deleted_at IS NULL")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool DashboardBenchData::generate(const Options& options, QString* error)
{
    QRandomGenerator r(options.seed);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    const QString now = m_db.clock().timestamp();
    const QVariant noText(QMetaType::fromType<QString>());
    const QDate origin(2023, 1, 1);
    auto day = [&r, &origin](int span) { return origin.addDays(r.bounded(span)); };
    auto moment = [&r, &origin](int span) {
        return QDateTime(origin, QTime(0, 0), Qt::UTC)
            .addMSecs(qint64(r.bounded(span * 86400)) * 1000 + r.bounded(1000));
    };

    // Stages in sort order (the seeded pipeline or whatever the database has).
    QStringList stages;
    QList<int> probabilities;
    QString wonStage, lostStage;
    {
        QSqlQuery q(db);
        if (!q.exec(
                QStringLiteral("SELECT id, probability, is_won, is_lost FROM pipeline_stages WHERE deleted_at IS NULL "
                               "ORDER BY sort_order"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            stages << q.value(0).toString();
            probabilities << q.value(1).toInt();
            if (q.value(2).toBool())
                wonStage = stages.last();
            if (q.value(3).toBool())
                lostStage = stages.last();
        }
    }
    if (stages.size() < 2 || wonStage.isEmpty() || lostStage.isEmpty()) {
        if (error)
            *error = tr("The pipeline needs a won and a lost stage.");
        return false;
    }

    QStringList teams, users;
    Batch teamRows(db, QStringLiteral("teams"), split("id,name,created_at,updated_at"));
    Batch userRows(db, QStringLiteral("users"), split("id,username,display_name,team_id,created_at,updated_at"));
    // Unique per run, so generating into one database again makes new bench users.
    const QString tag = QString::number(options.seed) + QLatin1Char('-') + Uuid::createV7().right(12);
    for (int t = 0; t < 5; ++t) {
        teams << Uuid::createV7();
        if (!teamRows.add({teams.last(), QStringLiteral("Bench team %1").arg(t + 1), now, now}, error))
            return false;
        for (int u = 0; u < 10; ++u) {
            users << Uuid::createV7();
            if (!userRows.add({users.last(), QStringLiteral("bench-%1-%2").arg(tag).arg(users.size()),
                               QStringLiteral("Bench rep %1").arg(users.size()), teams.last(), now, now},
                              error))
                return false;
        }
    }
    if (!teamRows.flush(error) || !userRows.flush(error))
        return false;
    // Indexes, foreign keys (PostgreSQL) and report summaries are built once at the end, as a restore would.
    BulkLoad bulk(m_db, {QStringLiteral("customers"), QStringLiteral("opportunities"), QStringLiteral("stage_history"),
                         QStringLiteral("interactions"), QStringLiteral("tasks")});
    QString refused; // row by row when the role may not alter the tables
    bulk.begin(&refused);

    const qint64 customerCount = std::max<qint64>(1, options.opportunities / 10);
    QStringList customers;
    customers.reserve(int(customerCount));
    Batch customerRows(db, QStringLiteral("customers"),
                       split("id,name,industry_id,owner_id,status,created_at,updated_at"));
    for (qint64 i = 0; i < customerCount; ++i) {
        customers << Uuid::createV7();
        if (!customerRows.add({customers.last(), QStringLiteral("Bench customer %1").arg(i + 1), 1 + int(r.bounded(12)),
                               users.at(int(r.bounded(users.size()))), QStringLiteral("active"),
                               SqlValues::timestamp(moment(1430)), now},
                              error))
            return false;
    }
    if (!customerRows.flush(error))
        return false;

    static const char* currencies[] = {"CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "USD", "EUR"};
    static const int stageWeights[] = {20, 15, 10, 5}; // open stages; won 30, lost 20
    Batch oppRows(db, QStringLiteral("opportunities"),
                  split("id,name,customer_id,amount_minor,currency,expected_close,actual_close,stage_id,probability,"
                        "stage_entered_at,position,owner_id,created_at,updated_at"));
    Batch historyRows(db, QStringLiteral("stage_history"),
                      split("id,opportunity_id,from_stage_id,to_stage_id,changed_by,changed_at,created_at,updated_at"));
    Batch interactionRows(
        db, QStringLiteral("interactions"),
        split("id,customer_id,opportunity_id,occurred_at,channel_id,type_id,subject,author_id,created_at,updated_at"));
    Batch taskRows(db, QStringLiteral("tasks"),
                   split("id,title,owner_id,due_date,priority,status,customer_id,created_at,updated_at"));
    historyRows.setParent(&oppRows);
    interactionRows.setParent(&oppRows);
    taskRows.setParent(&oppRows);
    const QStringList openStages = stages.mid(0, stages.indexOf(wonStage));
    for (qint64 i = 0; i < options.opportunities; ++i) {
        const QString id = Uuid::createV7();
        const QString customer = customers.at(int(r.bounded(customers.size())));
        const QString owner = users.at(int(r.bounded(users.size())));
        const int roll = int(r.bounded(100));
        QString stage;
        if (roll < 30) {
            stage = wonStage;
        } else if (roll < 50) {
            stage = lostStage;
        } else {
            int pick = roll - 50;
            int s = 0;
            while (s + 1 < openStages.size() && pick >= stageWeights[std::min(s, 3)]) {
                pick -= stageWeights[std::min(s, 3)];
                ++s;
            }
            stage = openStages.value(s, stages.first());
        }
        const bool closed = stage == wonStage || stage == lostStage;
        const QDateTime created = moment(1400);
        const QDate expected = closed ? created.date().addDays(r.bounded(180)) : day(1640);
        const QVariant actual = closed ? SqlValues::date(created.date().addDays(r.bounded(200))) : QVariant();
        const qint64 amount = qint64(1000) * (1 + r.bounded(1000)) * (1 + r.bounded(1000));
        const int probability = probabilities.at(stages.indexOf(stage));
        if (!oppRows.add({id, QStringLiteral("Bench deal %1").arg(i + 1), customer, amount,
                          QString::fromLatin1(currencies[r.bounded(10)]), SqlValues::date(expected), actual, stage,
                          probability, SqlValues::timestamp(created), double(i), owner, SqlValues::timestamp(created),
                          now},
                         error))
            return false;
        // Stage changes in time order, ending in the current stage.
        const int changes = int(r.bounded(3)) + (closed ? 1 : 0);
        QDateTime at = created;
        QVariant from = noText;
        for (int c = 0; c < changes; ++c) {
            const QString to = c + 1 == changes ? stage : openStages.value(std::min(c, int(openStages.size()) - 1));
            at = at.addSecs(3600 + qint64(r.bounded(40 * 86400)));
            if (!historyRows.add({Uuid::createV7(), id, from, to, owner, SqlValues::timestamp(at), now, now}, error))
                return false;
            from = to;
        }
        if (i % 4 == 0 && !interactionRows.add({Uuid::createV7(), customer, id, SqlValues::timestamp(moment(1430)),
                                                1 + int(r.bounded(5)), 1 + int(r.bounded(5)),
                                                QStringLiteral("Follow-up %1").arg(i + 1), owner, now, now},
                                               error))
            return false;
        if (i % 20 == 0 &&
            !taskRows.add({Uuid::createV7(), QStringLiteral("Task %1").arg(i + 1), owner, SqlValues::date(day(1500)),
                           int(r.bounded(4)), r.bounded(3) == 0 ? QStringLiteral("done") : QStringLiteral("todo"),
                           customer, now, now},
                          error))
            return false;
        if (options.progress && (i + 1) % 50000 == 0)
            options.progress(i + 1, options.opportunities);
    }
    if (!oppRows.flush(error) || !historyRows.flush(error) || !interactionRows.flush(error) || !taskRows.flush(error) ||
        !bulk.finish(error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    // Fresh statistics so the planner knows the new sizes (MaintenanceDialect::afterLoad).
    QSqlQuery q(db);
    q.exec(m_db.maintenanceDialect().afterLoad());
    return true;
}
