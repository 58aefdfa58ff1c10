#include "DashboardBenchData.h"

#include "BulkLoad.h"
#include "BulkLoadConnection.h"
#include "Database.h"
#include "RecordBatch.h"
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

// Writes the batches' pending rows, parents first; false with *error when the database refused.
bool flush(std::initializer_list<RecordBatch*> batches, QString* error)
{
    for (RecordBatch* batch : batches) {
        const WriteResult written = batch->flush();
        if (!written.ok()) {
            if (error)
                *error = written.message;
            return false;
        }
    }
    return true;
}

// Rows kept before a flush: a few multi-row INSERTs' worth.
constexpr int kRowsPerFlush = 512;

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

QString DashboardBenchData::sampleUser(QString* error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT username FROM users WHERE username LIKE 'bench-%' AND team_id IS NOT NULL "
                               "AND active ORDER BY username LIMIT 1"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool DashboardBenchData::generate(const Options& options, QString* error)
{
    QRandomGenerator r(options.seed);
    const QSqlDatabase db = m_db.connection();
    const BulkLoadConnection loading(m_db, 256); // before the transaction: the journal mode cannot change inside one
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return false;
    }
    const QString now = writer.now();
    // Rows made long ago (the bench data's past) but written now, by nobody in particular.
    const auto madeAt = [&now](const QDateTime& created) {
        return RowHistory{SqlValues::timestamp(created), QVariant(), now, QVariant(), 1};
    };
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
    RecordBatch teamRows(writer, QStringLiteral("teams"), split("id,name"));
    RecordBatch userRows(writer, QStringLiteral("users"), split("id,username,display_name,team_id"));
    // Unique per run, so generating into one database again makes new bench users.
    const QString tag = QString::number(options.seed) + QLatin1Char('-') + Uuid::createV7().right(12);
    for (int t = 0; t < 5; ++t) {
        teams << Uuid::createV7();
        teamRows.add(teams.last(), QStringLiteral("Bench team %1").arg(t + 1));
        for (int u = 0; u < 10; ++u) {
            users << Uuid::createV7();
            userRows.add(users.last(), QStringLiteral("bench-%1-%2").arg(tag).arg(users.size()),
                         QStringLiteral("Bench rep %1").arg(users.size()), teams.last());
        }
    }
    if (!flush({&teamRows, &userRows}, error))
        return false;
    // Indexes, foreign keys (PostgreSQL) and report summaries are built once at the end, as a restore would.
    BulkLoad bulk(m_db, {QStringLiteral("customers"), QStringLiteral("opportunities"), QStringLiteral("stage_history"),
                         QStringLiteral("interactions"), QStringLiteral("tasks")});
    QString refused; // row by row when the role may not alter the tables
    bulk.begin(&refused);

    const qint64 customerCount = std::max<qint64>(1, options.opportunities / 10);
    QStringList customers;
    customers.reserve(int(customerCount));
    RecordBatch customerRows(writer, QStringLiteral("customers"), split("id,name,industry_id,owner_id,status"));
    for (qint64 i = 0; i < customerCount; ++i) {
        customers << Uuid::createV7();
        const QString name = QStringLiteral("Bench customer %1").arg(i + 1);
        const int industry = 1 + int(r.bounded(12));
        const QString& owner = users.at(int(r.bounded(users.size())));
        customerRows.addWithHistory(madeAt(moment(1430)), customers.last(), name, industry, owner,
                                    QStringLiteral("active"));
        if (customerRows.pendingRows() >= kRowsPerFlush && !flush({&customerRows}, error))
            return false;
    }
    if (!flush({&customerRows}, error))
        return false;

    static const char* currencies[] = {"CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "CNY", "USD", "EUR"};
    static const int stageWeights[] = {20, 15, 10, 5}; // open stages; won 30, lost 20
    RecordBatch oppRows(writer, QStringLiteral("opportunities"),
                        split("id,name,customer_id,amount_minor,currency,expected_close,actual_close,stage_id,"
                              "probability,stage_entered_at,position,owner_id"));
    RecordBatch historyRows(writer, QStringLiteral("stage_history"),
                            split("id,opportunity_id,from_stage_id,to_stage_id,changed_by,changed_at"));
    RecordBatch interactionRows(
        writer, QStringLiteral("interactions"),
        split("id,customer_id,opportunity_id,occurred_at,channel_id,type_id,subject,author_id"));
    RecordBatch taskRows(writer, QStringLiteral("tasks"),
                         split("id,title,owner_id,due_date,priority,status,customer_id"));
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
        oppRows.addWithHistory(madeAt(created), id, QStringLiteral("Bench deal %1").arg(i + 1), customer, amount,
                               QString::fromLatin1(currencies[r.bounded(10)]), SqlValues::date(expected), actual, stage,
                               probability, SqlValues::timestamp(created), double(i), owner);
        // Stage changes in time order, ending in the current stage.
        const int changes = int(r.bounded(3)) + (closed ? 1 : 0);
        QDateTime at = created;
        QVariant from = noText;
        for (int c = 0; c < changes; ++c) {
            const QString to = c + 1 == changes ? stage : openStages.value(std::min(c, int(openStages.size()) - 1));
            at = at.addSecs(3600 + qint64(r.bounded(40 * 86400)));
            historyRows.add(Uuid::createV7(), id, from, to, owner, SqlValues::timestamp(at));
            from = to;
        }
        if (i % 4 == 0) {
            const QString occurred = SqlValues::timestamp(moment(1430));
            const int channel = 1 + int(r.bounded(5));
            const int type = 1 + int(r.bounded(5));
            interactionRows.add(Uuid::createV7(), customer, id, occurred, channel, type,
                                QStringLiteral("Follow-up %1").arg(i + 1), owner);
        }
        if (i % 20 == 0) {
            const QVariant due = SqlValues::date(day(1500));
            const int priority = int(r.bounded(4));
            taskRows.add(Uuid::createV7(), QStringLiteral("Task %1").arg(i + 1), owner, due, priority,
                         r.bounded(3) == 0 ? QStringLiteral("done") : QStringLiteral("todo"), customer);
        }
        if (oppRows.pendingRows() >= kRowsPerFlush &&
            !flush({&oppRows, &historyRows, &interactionRows, &taskRows}, error))
            return false;
        if (options.progress && (i + 1) % 50000 == 0)
            options.progress(i + 1, options.opportunities);
    }
    if (!flush({&oppRows, &historyRows, &interactionRows, &taskRows}, error) || !bulk.finish(error))
        return false;
    const WriteResult saved = writer.commit();
    if (!saved.ok()) {
        if (error)
            *error = saved.message;
        return false;
    }
    // Fresh statistics so the planner knows the new sizes (MaintenanceDialect::afterLoad).
    QSqlQuery q(db);
    q.exec(m_db.maintenanceDialect().afterLoad());
    return true;
}
