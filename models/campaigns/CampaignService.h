#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class Database;
class RecordWriter;

// The writes around campaigns and competitors that are more than one row of one table, each one transaction through
// RecordWriter: members and their responses, touches (with the person's first touch, stamped once and never
// overwritten), and the competitors met on a deal.
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(CampaignService)

public:
    explicit CampaignService(Database& db);
    Q_DISABLE_COPY(CampaignService)

    // Whom a member row or a touch is about: the column of campaign_members/campaign_touches and of the person's
    // own table (leads, contacts, customers).
    enum class Person { Lead, Contact, Customer };
    static QString personColumn(Person person); // lead_id, contact_id, customer_id
    static QString personTable(Person person);  // leads, contacts, customers

    // Adds the person to the campaign's members (an existing live membership is kept; its id is returned).
    WriteResult addMember(const QString& campaignId, Person person, const QString& personId,
                          const QString& response = QStringLiteral("planned"));
    WriteResult addMember(RecordWriter& writer, const QString& campaignId, Person person, const QString& personId,
                          const QString& response = QStringLiteral("planned"));
    // A member's response (sent, responded, attended …); responded_at is stamped for a reply or attendance.
    WriteResult setResponse(const QString& memberId, int expectedVersion, const QString& response);
    static QStringList responses();
    static QString responseName(const QString& code);

    // The person met the campaign at `when` (UTC; invalid = now by the database's clock). The person's first
    // touch (first_campaign_id, first_touch_at) is stamped by the first touch recorded and never changed after.
    WriteResult recordTouch(const QString& campaignId, Person person, const QString& personId,
                            const QDateTime& when = {}, const QString& note = {});
    WriteResult recordTouch(RecordWriter& writer, const QString& campaignId, Person person, const QString& personId,
                            const QDateTime& when = {}, const QString& note = {});

    // The competitors met on a deal: exactly `competitorIds` are linked afterwards (links no longer named are
    // tombstoned); winnerId (one of them, or empty) is the one that won a lost deal: refused on a deal not lost.
    WriteResult setCompetitors(const QString& opportunityId, const QStringList& competitorIds,
                               const QString& winnerId = {});
    WriteResult setCompetitors(RecordWriter& writer, const QString& opportunityId, const QStringList& competitorIds,
                               const QString& winnerId = {});
    // (competitor id, is winner) of a deal's live links, by competitor name.
    QList<QPair<QString, bool>> competitorsOf(const QString& opportunityId, QString* error = nullptr) const;

    // (id, name) of the live campaigns (newest start first) and competitors (by name), for pickers.
    QList<QPair<QString, QString>> campaignChoices(QString* error = nullptr) const;
    QList<QPair<QString, QString>> competitorChoices(QString* error = nullptr) const;

    // A campaign's live members with their names (a lead's, a contact's, a customer's), by name.
    struct Member
    {
        QString id;
        int version = 0;
        Person person = Person::Lead;
        QString personId;
        QString name;
        QString response;
        QDateTime respondedAt;
    };
    QList<Member> members(const QString& campaignId, QString* error = nullptr) const;

private:
    Database& m_db;
};
