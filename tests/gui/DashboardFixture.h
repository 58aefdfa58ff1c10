#pragma once

#include "Database.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Known figures for the dashboard and report tests, all inside the current month so every period
// preset contains them: a team with two reps (one with a Chinese name), customers (one Chinese), an
// opportunity count per stage that narrows from Potential to Deciding, won and lost deals, stage
// history, follow-ups on two channels and overdue tasks.
class DashboardFixture
{
public:
    static constexpr int potential = 7, intent = 5, negotiating = 3, deciding = 2, won = 3, lost = 1;

    QString teamId;
    QString repA; // 王小明
    QString repB; // Alice Smith
    QStringList customers;
    QString chineseCustomer;
    QString error;

    static QString stage(int n) { return QStringLiteral("00000000-0000-7000-8000-00000000000%1").arg(n); }

    bool fill(Database& db)
    {
        m_db = &db;
        const QString now = SqlValues::utcNow();
        const QDate today = QDate::currentDate();
        const QDate day = QDate(today.year(), today.month(), std::min(today.day(), 28));
        teamId = Uuid::createV7();
        if (!exec(QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                  {teamId, QStringLiteral("华东销售部"), now, now}))
            return false;
        repA = Uuid::createV7();
        repB = Uuid::createV7();
        const QString userSql = QStringLiteral("INSERT INTO users (id, username, display_name, team_id, created_at, "
                                               "updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        if (!exec(userSql, {repA, QStringLiteral("wang"), QStringLiteral("王小明"), teamId, now, now}) ||
            !exec(userSql, {repB, QStringLiteral("alice"), QStringLiteral("Alice Smith"), teamId, now, now}))
            return false;
        const QStringList names = {QStringLiteral("上海华东贸易有限公司"), QStringLiteral("Acme Corporation"),
                                   QStringLiteral("Globex Ltd")};
        for (int i = 0; i < names.size(); ++i) {
            const QString id = Uuid::createV7();
            customers << id;
            if (!exec(QStringLiteral("INSERT INTO customers (id, name, industry_id, owner_id, status, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?)"),
                      {id, names.at(i), i + 1, i == 0 ? repA : repB, now, now}))
                return false;
        }
        chineseCustomer = customers.first();

        // Per stage: count, amount each (minor units), owner.
        const struct
        {
            int stageNo;
            int count;
            qint64 amount;
            int probability;
        } plan[] = {{1, potential, 100000, 10}, {2, intent, 200000, 30}, {3, negotiating, 300000, 60},
                    {4, deciding, 400000, 80},  {5, won, 500000, 100},   {6, lost, 600000, 0}};
        int serial = 0;
        for (const auto& p : plan) {
            for (int i = 0; i < p.count; ++i) {
                const QString id = Uuid::createV7();
                const bool closed = p.stageNo >= 5;
                const QString owner = (serial % 2 == 0) ? repA : repB;
                if (!exec(QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                         "expected_close, actual_close, stage_id, probability, owner_id, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?)"),
                          {id, QStringLiteral("Deal %1 商机").arg(++serial, 2, 10, QLatin1Char('0')),
                           customers.at(serial % customers.size()), p.amount, SqlValues::date(day),
                           SqlValues::date(closed ? day : QDate()), stage(p.stageNo), p.probability, owner, now, now}))
                    return false;
                // History: entered Potential ten days before the close day, then one stage up per day.
                QDateTime when(day.addDays(-10), QTime(9, 0), Qt::UTC);
                QString from;
                for (int s = 1; s <= std::min(p.stageNo, 5); ++s) {
                    if (!exec(QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage_id, "
                                             "to_stage_id, changed_at, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {Uuid::createV7(), id,
                               from.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(from), stage(s),
                               SqlValues::timestamp(when), now, now}))
                        return false;
                    from = stage(s);
                    when = when.addDays(1);
                }
            }
        }
        // Follow-ups: 4 by phone, 2 by e-mail, this month.
        for (int i = 0; i < 6; ++i) {
            const QDateTime when(day, QTime(10, i), Qt::UTC);
            if (!exec(QStringLiteral("INSERT INTO interactions (id, customer_id, occurred_at, channel_id, subject, "
                                     "author_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {Uuid::createV7(), chineseCustomer, SqlValues::timestamp(when), i < 4 ? 1 : 2,
                       QStringLiteral("拜访记录 %1").arg(i + 1), repA, now, now}))
                return false;
        }
        // Two overdue open tasks, one done, one due later.
        const QString taskSql = QStringLiteral("INSERT INTO tasks (id, title, owner_id, due_date, status, customer_id, "
                                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        const QDate utcToday = QDateTime::currentDateTimeUtc().date();
        return exec(taskSql,
                    {Uuid::createV7(), QStringLiteral("Call back"), repA, SqlValues::date(utcToday.addDays(-3)),
                     QStringLiteral("todo"), chineseCustomer, now, now}) &&
               exec(taskSql,
                    {Uuid::createV7(), QStringLiteral("Send quote"), repB, SqlValues::date(utcToday.addDays(-1)),
                     QStringLiteral("in_progress"), chineseCustomer, now, now}) &&
               exec(taskSql, {Uuid::createV7(), QStringLiteral("Done one"), repA, SqlValues::date(utcToday.addDays(-5)),
                              QStringLiteral("done"), chineseCustomer, now, now}) &&
               exec(taskSql, {Uuid::createV7(), QStringLiteral("Later"), repA, SqlValues::date(utcToday.addDays(5)),
                              QStringLiteral("todo"), chineseCustomer, now, now});
    }

    // One more open deal of rep A in the first stage, ¥10.00, expected to close today: a change every
    // figure that reads open deals of the current period must show after a refresh.
    bool addOpenDeal()
    {
        const QString now = SqlValues::utcNow();
        return exec(
            QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                           "expected_close, stage_id, probability, owner_id, created_at, updated_at) "
                           "VALUES (?, 'New one', ?, 1000, 'CNY', ?, ?, 10, ?, ?, ?)"),
            {Uuid::createV7(), customers.at(1), SqlValues::date(QDate::currentDate()), stage(1), repA, now, now});
    }

    bool exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_db->connection());
        if (!q.prepare(sql)) {
            error = q.lastError().text();
            return false;
        }
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            error = q.lastError().text() + QStringLiteral(" in ") + sql;
            return false;
        }
        return true;
    }

private:
    Database* m_db = nullptr;
};
