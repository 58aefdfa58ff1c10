#include "DemoDataGenerator.h"

#include "LeadDemoData.h"

#include "DemoVocabulary.h"

#include "BulkLoad.h"
#include "CampaignDemoData.h"
#include "CollectionDemoData.h"
#include "Database.h"
#include "QuoteDemoData.h"
#include "RecordBatch.h"
#include "TicketDemoData.h"

#include "AttributeDemoData.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVector>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <vector>

namespace {
using DemoData::City;
using DemoData::Romanised;
using DemoData::Vocabulary;

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoDataGenerator", text);
}

// xoshiro256** seeded through splitmix64: fast, and the same numbers on every platform and compiler
// (std:: distributions are not), which is what "deterministic for a seed" needs.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64& word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, n)
    qint64 below(qint64 n) { return n <= 1 ? 0 : static_cast<qint64>(next() % static_cast<quint64>(n)); }
    // [low, high]
    qint64 range(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    template <typename List> const auto& pick(const List& list) { return list[static_cast<int>(below(list.size()))]; }
    // An index chosen by weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerHour = 60 * kMsPerMinute;
constexpr qint64 kMsPerDay = 24 * kMsPerHour;

// SqlValues::timestamp()'s text ("2025-03-04T05:06:07.089Z") made in place, without a QDateTime, QDate or
// QString per value: tens of millions of them make a million demo customers.
struct Stamp
{
    char text[24];
    QByteArrayView utf8() const { return QByteArrayView(text, sizeof text); }
    QString toString() const { return QString::fromLatin1(text, sizeof text); }
};

Stamp timestamp(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    const qint64 rest = ms - days * kMsPerDay;
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian like QDate).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = static_cast<int>(rest / kMsPerHour);
    const int minute = static_cast<int>(rest / kMsPerMinute % 60);
    const int second = static_cast<int>(rest / 1000 % 60);
    const int milli = static_cast<int>(rest % 1000);
    Stamp stamp;
    char* p = stamp.text;
    const auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = char('0' + value % 10);
            value /= 10;
        }
        p += digits;
    };
    put(year, 4);
    *p++ = '-';
    put(month, 2);
    *p++ = '-';
    put(day, 2);
    *p++ = 'T';
    put(hour, 2);
    *p++ = ':';
    put(minute, 2);
    *p++ = ':';
    put(second, 2);
    *p++ = '.';
    put(milli, 3);
    *p = 'Z';
    return stamp;
}

QDate dayOf(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    return QDate::fromJulianDay(days + 2440588);
}

qint64 startOfDay(const QDate& day)
{
    return (day.toJulianDay() - 2440588) * kMsPerDay;
}

struct User
{
    QString id;
    bool chinese = false;
    QByteArray utf8; // the id as the batches' histories take it
};

struct Stage
{
    QString id;
    int probability = 0;
};

// Everything read from or written to the database once, before the customers.
struct Setup
{
    QVector<User> chineseUsers;
    QVector<User> englishUsers;
    QVector<Stage> openStages; // in pipeline order
    Stage wonStage;
    Stage lostStage;
    QVector<int> industryIds;
    QHash<int, QString> industryCodes;
    QVector<int> leadSourceIds;
    QVector<int> channelIds;
    QHash<QString, int> channelByCode;
    QVector<int> typeIds;
    QHash<QString, int> typeByCode;
    QStringList tagIds;
};

// One generation run: the vocabulary, the random stream and a batch per table, all in one write.
class Run
{
public:
    Run(RecordWriter& writer, const DemoDataGenerator::Options& options)
        : m_writer(writer), m_db(writer.database()), m_options(options), m_random(options.seed),
          m_today(m_db.clock().nowUtc().date()), m_nowMs(startOfDay(m_today))
    {
    }

    bool execute(QString* error)
    {
        if (!prepare(error) || !writeSetup(error))
            return false;
        const qint64 total = m_options.customers;
        constexpr qint64 chunk = 500;
        if (m_options.progress && !m_options.progress(0, total))
            return cancelled(error);
        for (qint64 done = 0; done < total;) {
            const qint64 end = std::min(total, done + chunk);
            for (; done < end; ++done)
                customer();
            // Parents before children, so every foreign key already points at a written row.
            for (RecordBatch* inserter :
                 {m_customers.get(), m_customerTags.get(), m_contacts.get(), m_opportunities.get(),
                  m_stageHistory.get(), m_interactions.get(), m_tasks.get()}) {
                const WriteResult written = inserter->flush();
                if (!written.ok()) {
                    if (error)
                        *error = written.message;
                    return false;
                }
            }
            if (m_options.progress && !m_options.progress(done, total))
                return cancelled(error);
        }
        return true;
    }

    qint64 rowsWritten() const
    {
        qint64 rows = 0;
        for (const RecordBatch* inserter :
             {m_customers.get(), m_customerTags.get(), m_contacts.get(), m_opportunities.get(), m_stageHistory.get(),
              m_interactions.get(), m_tasks.get()})
            rows += inserter ? inserter->rowsWritten() : 0;
        return rows;
    }

private:
    static bool cancelled(QString* error)
    {
        if (error)
            *error = tr("Demo data generation was cancelled; nothing was written.");
        return false;
    }

    std::unique_ptr<RecordBatch> inserter(const QString& table, const QStringList& columns)
    {
        return std::make_unique<RecordBatch>(m_writer, table, columns);
    }

    bool prepare(QString* error)
    {
        auto columns = [](const char* names) { return QString::fromLatin1(names).split(QLatin1Char(',')); };
        m_customers = inserter(QStringLiteral("customers"),
                               columns("id,name,kind,company,industry_id,company_size,phone,email,website,address,"
                                       "city,region,country,value_tier,status,lead_source_id,owner_id,notes,"
                                       "background"));
        m_customerTags = inserter(QStringLiteral("customer_tags"), columns("id,customer_id,tag_id"));
        m_contacts = inserter(QStringLiteral("contacts"),
                              columns("id,customer_id,name,title,phone,mobile,email,is_primary,notes"));
        m_opportunities = inserter(QStringLiteral("opportunities"),
                                   columns("id,name,customer_id,contact_id,amount_minor,currency,expected_close,"
                                           "actual_close,stage_id,probability,stage_entered_at,position,owner_id,"
                                           "lead_source_id,budget,timeline,need,competitors,lost_reason,notes"));
        m_stageHistory = inserter(QStringLiteral("stage_history"),
                                  columns("id,opportunity_id,from_stage_id,to_stage_id,changed_by,changed_at,note"));
        m_interactions = inserter(QStringLiteral("interactions"),
                                  columns("id,customer_id,contact_id,opportunity_id,occurred_at,channel_id,type_id,"
                                          "subject,content,result,next_follow_up,author_id"));
        m_tasks = inserter(QStringLiteral("tasks"),
                           columns("id,title,owner_id,due_date,priority,status,customer_id,opportunity_id,notes,"
                                   "reminder_at,completed_at,position"));

        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, probability, is_won, is_lost FROM pipeline_stages "
                                   "WHERE deleted_at IS NULL ORDER BY sort_order, id")))
            return sqlError(q, error);
        bool haveWon = false;
        bool haveLost = false;
        while (q.next()) {
            const Stage stage{q.value(0).toString(), q.value(1).toInt()};
            if (q.value(2).toBool() && !haveWon) {
                m_setup.wonStage = stage;
                haveWon = true;
            } else if (q.value(3).toBool() && !haveLost) {
                m_setup.lostStage = stage;
                haveLost = true;
            } else if (!q.value(2).toBool() && !q.value(3).toBool()) {
                m_setup.openStages.append(stage);
            }
        }
        if (!haveWon || !haveLost || m_setup.openStages.isEmpty()) {
            if (error)
                *error = tr("Demo data needs a pipeline with open stages, a won stage and a lost stage.");
            return false;
        }

        const auto lookup = [&](const char* table, QVector<int>* ids, QHash<int, QString>* codeById,
                                QHash<QString, int>* idByCode) {
            if (!q.exec(QStringLiteral("SELECT id, code FROM %1 WHERE active = %2 ORDER BY sort_order, id")
                            .arg(QLatin1String(table), m_db.sqlDialect().trueLiteral())))
                return false;
            while (q.next()) {
                ids->append(q.value(0).toInt());
                if (codeById)
                    codeById->insert(q.value(0).toInt(), q.value(1).toString());
                if (idByCode)
                    idByCode->insert(q.value(1).toString(), q.value(0).toInt());
            }
            return true;
        };
        if (!lookup("industries", &m_setup.industryIds, &m_setup.industryCodes, nullptr) ||
            !lookup("lead_sources", &m_setup.leadSourceIds, nullptr, nullptr) ||
            !lookup("interaction_channels", &m_setup.channelIds, nullptr, &m_setup.channelByCode) ||
            !lookup("interaction_types", &m_setup.typeIds, nullptr, &m_setup.typeByCode))
            return sqlError(q, error);
        if (m_setup.industryIds.isEmpty() || m_setup.leadSourceIds.isEmpty() || m_setup.channelIds.isEmpty() ||
            m_setup.typeIds.isEmpty()) {
            if (error)
                *error = tr("Demo data needs the industry, lead source, channel and follow-up type lists.");
            return false;
        }
        return true;
    }

    static bool sqlError(const QSqlQuery& q, QString* error)
    {
        if (error)
            *error = tr("Cannot prepare demo data: %1").arg(q.lastError().text());
        return false;
    }

    // Looks a row up by a unique-ish text column, inserting it when missing, so generating twice into
    // one database reuses the demo users, teams and tags instead of failing on unique names.
    bool findOrInsert(const QString& table, const QString& keyColumn, const QString& key,
                      const QList<QPair<QString, QVariant>>& values, QString* id, QString* error)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted_at IS NULL").arg(table, keyColumn));
        q.addBindValue(key);
        if (!q.exec())
            return sqlError(q, error);
        if (q.next()) {
            *id = q.value(0).toString();
            return true;
        }
        QVariantHash row{{keyColumn, key}};
        for (const auto& value : values)
            row.insert(value.first, value.second);
        const WriteResult written = m_writer.insert(table, row);
        if (!written.ok()) {
            if (error)
                *error = written.message;
            return false;
        }
        *id = written.id;
        return true;
    }

    bool writeSetup(QString* error)
    {
        struct Team
        {
            const char* name;
            bool chinese;
            std::array<std::pair<const char*, const char*>, 4> members; // username, display name; first leads
        };
        static const Team teams[] = {
            {"华南销售部",
             true,
             {{{"demo.chen.jing", "陈静"},
               {"demo.li.qiang", "李强"},
               {"demo.wang.fang", "王芳"},
               {"demo.liu.yang", "刘洋"}}}},
            {"华东销售部",
             true,
             {{{"demo.zhou.ming", "周明"},
               {"demo.zhang.wei", "张伟"},
               {"demo.zhao.min", "赵敏"},
               {"demo.sun.lei", "孙磊"}}}},
            {"Americas & UK Sales",
             false,
             {{{"demo.sarah.mitchell", "Sarah Mitchell"},
               {"demo.james.carter", "James Carter"},
               {"demo.emily.turner", "Emily Turner"},
               {"demo.oliver.bennett", "Oliver Bennett"}}}},
        };
        for (const Team& team : teams) {
            QString teamId;
            if (!findOrInsert(QStringLiteral("teams"), QStringLiteral("name"), QString::fromUtf8(team.name), {},
                              &teamId, error))
                return false;
            bool first = true;
            for (const auto& member : team.members) {
                const QString username = QString::fromLatin1(member.first);
                QString userId;
                if (!findOrInsert(QStringLiteral("users"), QStringLiteral("username"), username,
                                  {{QStringLiteral("display_name"), QString::fromUtf8(member.second)},
                                   {QStringLiteral("email"), username.mid(5) + QStringLiteral("@demo.deskcrm.example")},
                                   {QStringLiteral("role"), first ? QStringLiteral("lead") : QStringLiteral("rep")},
                                   {QStringLiteral("team_id"), teamId}},
                                  &userId, error))
                    return false;
                (team.chinese ? m_setup.chineseUsers : m_setup.englishUsers)
                    .append({userId, team.chinese, userId.toUtf8()});
                first = false;
            }
        }
        static const std::pair<const char*, const char*> tags[] = {
            {"VIP", "#d4a017"},     {"重点客户", "#c0392b"}, {"Key account", "#8e44ad"}, {"渠道伙伴", "#2980b9"},
            {"Partner", "#16a085"}, {"新客户", "#27ae60"},   {"At risk", "#e67e22"},     {"Referral", "#7f8c8d"},
        };
        for (const auto& tag : tags) {
            QString tagId;
            if (!findOrInsert(QStringLiteral("tags"), QStringLiteral("name"), QString::fromUtf8(tag.first),
                              {{QStringLiteral("color"), QString::fromLatin1(tag.second)}}, &tagId, error))
                return false;
            m_setup.tagIds.append(tagId);
        }
        return true;
    }

    // A moment in working hours (9:00-18:00 where the customer is) on a day, as UTC milliseconds.
    qint64 workTime(const QDate& day, int utcOffsetHours)
    {
        const qint64 local =
            startOfDay(day) + m_random.range(9 * 60, 18 * 60 - 1) * kMsPerMinute + m_random.below(60) * 1000;
        return local - utcOffsetHours * kMsPerHour;
    }

    // A working-hours moment between two instants (both UTC ms), never after now.
    qint64 workTimeBetween(qint64 from, qint64 to, int utcOffsetHours)
    {
        const qint64 days = std::max<qint64>(0, (to - from) / kMsPerDay);
        qint64 ms = workTime(dayOf(from + m_random.range(0, days) * kMsPerDay), utcOffsetHours);
        return std::clamp(ms, from, std::max(from, std::min(to, m_nowMs)));
    }

    static QString digits(Random& random, int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QLatin1Char(static_cast<char>('0' + random.below(10)));
        return text;
    }

    QString chineseMobile()
    {
        static const char* prefixes[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                                         "155", "158", "159", "166", "177", "180", "186", "188", "199"};
        return QStringLiteral("+86 %1 %2 %3")
            .arg(QLatin1String(prefixes[m_random.below(std::size(prefixes))]), digits(m_random, 4),
                 digits(m_random, 4));
    }

    QString landline(const City& city)
    {
        if (city.country == m_vocabulary.chineseCities.first().country)
            return QStringLiteral("+86 %1 %2%3 %4")
                .arg(city.dialCode, QString::number(m_random.range(2, 8)),
                     digits(m_random, city.dialCode.size() == 2 ? 3 : 2), digits(m_random, 4));
        if (city.country == QLatin1String("United Kingdom"))
            return QStringLiteral("+44 %1 %2 %3")
                .arg(city.dialCode, digits(m_random, city.dialCode.size() == 2 ? 4 : 3), digits(m_random, 4));
        // 555-01xx is reserved for fiction in the North American plan.
        return QStringLiteral("+1 %1 555 01%2").arg(city.dialCode, digits(m_random, 2));
    }

    QString englishMobile(const City& city)
    {
        if (city.country == QLatin1String("United Kingdom"))
            return QStringLiteral("+44 7700 900%1").arg(digits(m_random, 3)); // Ofcom drama range
        return QStringLiteral("+1 %1 555 01%2").arg(city.dialCode, digits(m_random, 2));
    }

    struct Person
    {
        QString name;
        QString email; // local part
    };

    Person chinesePerson()
    {
        const Romanised& surname = m_random.pick(m_vocabulary.surnames);
        const Romanised& given = m_random.pick(m_vocabulary.givenNames);
        return {surname.text + given.text, given.latin + QLatin1Char('.') + surname.latin};
    }

    Person englishPerson()
    {
        const QString& first = m_random.pick(m_vocabulary.firstNames);
        const QString& last = m_random.pick(m_vocabulary.lastNames);
        return {first + QLatin1Char(' ') + last, first.toLower() + QLatin1Char('.') + last.toLower()};
    }

    void customer()
    {
        const Vocabulary& v = m_vocabulary;
        Random& r = m_random;
        const bool chinese = r.chance(50);
        const City& city = chinese ? r.pick(v.chineseCities) : r.pick(v.englishCities);
        const bool uk = city.country == QLatin1String("United Kingdom");
        const bool person = r.chance(10);
        const int industryId = r.pick(m_setup.industryIds);
        const QString industryCode = m_setup.industryCodes.value(industryId);
        const QVector<User>& team = chinese ? m_setup.chineseUsers : m_setup.englishUsers;
        const User& ownerUser = r.pick(team);
        const QString& owner = ownerUser.id;
        m_owner = ownerUser.utf8;
        const qint64 createdMs =
            std::min(workTime(m_today.addDays(-r.range(3, 730)), city.utcOffsetHours), m_nowMs - kMsPerHour);

        // Names: a short name for lists and the registered company name.
        QString legalName;
        QString shortName;
        QString domain;
        if (chinese) {
            const Romanised& a = r.pick(v.brandFirst);
            const Romanised& b = r.pick(v.brandSecond);
            const auto business = v.chineseBusiness.value(industryCode, v.chineseBusinessOther);
            const Romanised& kind = r.pick(business);
            shortName = a.text + b.text + kind.text;
            legalName = city.name + shortName + r.pick(v.chineseLegalForms);
            domain = a.latin + b.latin + QLatin1Char('-') + kind.latin +
                     (r.chance(50) ? QStringLiteral(".com.cn") : QStringLiteral(".cn"));
        } else {
            const QStringList business = v.englishBusiness.value(industryCode, v.englishBusinessOther);
            const QString& kind = r.pick(business);
            if (r.chance(25)) {
                const QString& a = r.pick(v.lastNames);
                const QString& b = r.pick(v.lastNames);
                shortName = a + QStringLiteral(" & ") + b + QLatin1Char(' ') + kind;
                domain = a.toLower() + b.toLower();
            } else {
                const QString& a = r.pick(v.englishAdjectives);
                const QString& b = r.pick(v.englishNouns);
                shortName = a + QLatin1Char(' ') + b + QLatin1Char(' ') + kind;
                domain = a.toLower() + b.toLower() + kind.toLower().remove(QLatin1Char(' '));
            }
            legalName = shortName + QLatin1Char(' ') + r.pick(uk ? v.ukLegalForms : v.usLegalForms);
            domain += uk ? QStringLiteral(".co.uk") : QStringLiteral(".com");
        }

        const QString customerId = Uuid::createV7();
        QVariant name;
        QVariant company;
        QVariant email;
        QVariant website;
        QVariant size;
        if (person) {
            const Person p = chinese ? chinesePerson() : englishPerson();
            name = p.name;
            company = r.chance(60) ? QVariant(legalName) : QVariant();
            email = p.email + QString::number(r.range(1, 99)) + QLatin1Char('@') +
                    r.pick(chinese ? v.chineseMail : v.englishMail);
        } else {
            name = shortName;
            company = legalName;
            email = (r.chance(50) ? QStringLiteral("info@") : QStringLiteral("sales@")) + domain;
            website = QStringLiteral("www.") + domain;
            static const int sizes[] = {8, 15, 30, 50, 80, 120, 200, 350, 500, 1000, 2500, 5000, 12000, 50000};
            size = static_cast<qint64>(sizes[r.below(std::size(sizes))] * (80 + r.below(40)) / 100);
        }
        const QString address = chinese ? (city.region == city.name ? QString() : city.region + QStringLiteral("省")) +
                                              city.name + QStringLiteral("市") + r.pick(v.chineseStreets) +
                                              QString::number(r.range(1, 999)) + QStringLiteral("号")
                                        : QString::number(r.range(1, 2999)) + QLatin1Char(' ') +
                                              r.pick(uk ? v.ukStreets : v.englishStreets);
        static const char* tiers[] = {"A", "B", "C", "C", "B", "C", "C", "A", "C", nullptr};
        const char* tier = tiers[r.below(std::size(tiers))];
        const int leadSource = r.pick(m_setup.leadSourceIds);
        const QVariant notes = r.chance(30) ? QVariant(r.pick(chinese ? v.chineseNotes : v.englishNotes)) : QVariant();
        const QVariant background =
            r.chance(15) ? QVariant(chinese ? QStringLiteral("通过%1认识，关注%2。").arg(city.name, shortName)
                                            : QStringLiteral("Met in %1; interested in %2.").arg(city.name, shortName))
                         : QVariant();

        bool won = false;
        if (m_options.activities)
            activities(customerId, chinese, city, person ? QString() : domain, owner, createdMs, leadSource, &won);
        QString status;
        if (m_options.activities) {
            status = won ? QStringLiteral("active")
                         : (createdMs < m_nowMs - 365 * kMsPerDay && r.chance(30) ? QStringLiteral("inactive")
                                                                                  : QStringLiteral("prospect"));
        } else {
            static const char* statuses[] = {"active", "prospect", "prospect", "inactive"};
            status = QLatin1String(statuses[r.below(std::size(statuses))]);
        }
        // Some customers were edited after creation: later updated_at, higher version.
        const bool edited = r.chance(40);
        const qint64 updatedMs = edited ? workTimeBetween(createdMs, m_nowMs, city.utcOffsetHours) : createdMs;
        const int version = edited ? static_cast<int>(r.range(2, 4)) : 1;

        m_customers->addWithHistory(history(timestamp(createdMs), timestamp(updatedMs), version), customerId, name,
                                    person ? QStringLiteral("person") : QStringLiteral("organization"), company,
                                    industryId, size, landline(city), email, website, address, city.name, city.region,
                                    city.country, tier ? QVariant(QString::fromLatin1(tier)) : QVariant(), status,
                                    leadSource, owner, notes, background);

        if (r.chance(35)) {
            const int first = static_cast<int>(r.below(m_setup.tagIds.size()));
            const int count = r.chance(30) ? 2 : 1;
            for (int i = 0; i < count; ++i)
                m_customerTags->addWithHistory(history(timestamp(createdMs)), Uuid::createV7(), customerId,
                                               m_setup.tagIds.at((first + i * 3) % m_setup.tagIds.size()));
        }
    }

    struct OpportunityRef
    {
        QString id;
        QVariant contactId;
        qint64 startMs;
        qint64 endMs;
    };

    // domain: the organisation's mail domain; empty for a private customer.
    void activities(const QString& customerId, bool chinese, const City& city, const QString& domain,
                    const QString& owner, qint64 createdMs, int leadSource, bool* won)
    {
        const Vocabulary& v = m_vocabulary;
        Random& r = m_random;
        const int offset = city.utcOffsetHours;

        // Contacts: people at an organisation; a private customer has none.
        QVector<QString> contactIds;
        const int contacts = domain.isEmpty() ? 0 : static_cast<int>(1 + r.weighted({50, 35, 15}));
        for (int i = 0; i < contacts; ++i) {
            const Person p = chinese ? chinesePerson() : englishPerson();
            const QString id = Uuid::createV7();
            contactIds.append(id);
            // Mostly the company address; some people give a private one.
            const QString mailDomain = r.chance(80) ? domain : r.pick(chinese ? v.chineseMail : v.englishMail);
            const qint64 at = workTimeBetween(createdMs, createdMs + 30 * kMsPerDay, offset);
            m_contacts->addWithHistory(
                history(timestamp(at)), id, customerId, p.name, r.pick(chinese ? v.chineseTitles : v.englishTitles),
                r.chance(50) ? QVariant(landline(city)) : QVariant(), chinese ? chineseMobile() : englishMobile(city),
                p.email + QLatin1Char('@') + mailDomain, i == 0, QVariant());
        }

        // Opportunities walking the pipeline; the stage history is the walk.
        QVector<OpportunityRef> opportunities;
        const int opportunityCount = r.weighted({25, 40, 25, 10});
        for (int i = 0; i < opportunityCount; ++i)
            opportunities.append(opportunity(customerId, chinese, city, contactIds, owner, createdMs, leadSource, won));

        // Follow-ups over the customer's life, some about an opportunity.
        const int interactions = static_cast<int>(r.range(2, 8));
        for (int i = 0; i < interactions; ++i) {
            QVariant opportunityId;
            qint64 from = createdMs;
            qint64 to = m_nowMs;
            if (!opportunities.isEmpty() && r.chance(40)) {
                const OpportunityRef& o = r.pick(opportunities);
                opportunityId = o.id;
                from = o.startMs;
                to = o.endMs;
            }
            const qint64 at = workTimeBetween(from, to, offset);
            const int typeIndex = r.weighted({20, 50, 8, 17, 5});
            static const char* typeCodes[] = {"pre_sales", "follow_up", "complaint", "after_sales", "other"};
            const QString typeCode = QLatin1String(typeCodes[typeIndex]);
            const QVariant typeId = m_setup.typeByCode.contains(typeCode) ? QVariant(m_setup.typeByCode.value(typeCode))
                                                                          : QVariant(r.pick(m_setup.typeIds));
            const QVariant channelId = r.pick(m_setup.channelIds);
            const QStringList& subjects = (chinese ? v.chineseSubjects : v.englishSubjects)[typeCode];
            const QVariant contactId = contactIds.isEmpty() ? QVariant() : QVariant(r.pick(contactIds));
            const QDate day = dayOf(at);
            const QVariant next = r.chance(30) ? SqlValues::date(day.addDays(r.range(3, 21))) : QVariant();
            const Stamp occurred = timestamp(at);
            m_interactions->addWithHistory(history(occurred), Uuid::createV7(), customerId, contactId, opportunityId,
                                           occurred.utf8(), channelId, typeId, r.pick(subjects),
                                           r.pick(chinese ? v.chineseContents : v.englishContents),
                                           r.pick(chinese ? v.chineseResults : v.englishResults), next, owner);
        }

        // Tasks: done ones in the past, open ones due soon or already overdue.
        const int tasks = r.weighted({25, 35, 25, 15});
        for (int i = 0; i < tasks; ++i) {
            const int statusIndex = r.weighted({30, 20, 50});
            static const char* statuses[] = {"todo", "in_progress", "done"};
            QDate due;
            QVariant completed;
            qint64 createdAt;
            if (statusIndex == 2) {
                createdAt = workTimeBetween(createdMs, m_nowMs - 7 * kMsPerDay, offset);
                due = dayOf(createdAt).addDays(r.range(1, 30));
                const qint64 doneAt = workTimeBetween(createdAt, startOfDay(due) + kMsPerDay, offset);
                completed = timestamp(doneAt).toString();
            } else {
                createdAt = workTimeBetween(std::max(createdMs, m_nowMs - 60 * kMsPerDay), m_nowMs, offset);
                // About a third of open tasks are overdue.
                due = r.chance(35) ? m_today.addDays(-r.range(1, 20)) : m_today.addDays(r.range(0, 45));
            }
            const QVariant opportunityId =
                !opportunities.isEmpty() && r.chance(40) ? QVariant(r.pick(opportunities).id) : QVariant();
            const QVariant reminder =
                statusIndex != 2 && r.chance(40)
                    ? QVariant(timestamp(startOfDay(due) + (9 - offset) * kMsPerHour - kMsPerDay).toString())
                    : QVariant();
            m_tasks->addWithHistory(history(timestamp(createdAt)), Uuid::createV7(),
                                    r.pick(chinese ? v.chineseTasks : v.englishTasks), owner, SqlValues::date(due),
                                    static_cast<int>(r.weighted({15, 45, 30, 10})),
                                    QString::fromLatin1(statuses[statusIndex]), customerId, opportunityId, QVariant(),
                                    reminder, completed, static_cast<double>(++m_taskPosition));
        }
    }

    OpportunityRef opportunity(const QString& customerId, bool chinese, const City& city,
                               const QVector<QString>& contactIds, const QString& owner, qint64 customerCreatedMs,
                               int leadSource, bool* won)
    {
        const Vocabulary& v = m_vocabulary;
        Random& r = m_random;
        const int offset = city.utcOffsetHours;
        const int openCount = static_cast<int>(m_setup.openStages.size());

        // Where it ends: an open stage, won, or lost (after reaching some open stage).
        const int outcome = r.weighted({12, 10, 8, 5, 35, 30}); // 4 open stages, won, lost
        const bool isWon = outcome == 4;
        const bool isLost = outcome == 5;
        QVector<Stage> path;
        if (isWon) {
            for (int i = 0; i < openCount; ++i) {
                // Now and then a deal jumps a middle stage.
                if (i == 0 || i == openCount - 1 || !r.chance(15))
                    path.append(m_setup.openStages.at(i));
            }
            path.append(m_setup.wonStage);
        } else if (isLost) {
            const int reached = static_cast<int>(r.range(1, openCount));
            for (int i = 0; i < reached; ++i)
                path.append(m_setup.openStages.at(i));
            path.append(m_setup.lostStage);
        } else {
            const int reached = std::min(outcome, openCount - 1) + 1;
            for (int i = 0; i < reached; ++i)
                path.append(m_setup.openStages.at(i));
        }

        // Time between stage changes, fitted into the customer's life so far.
        QVector<qint64> gaps;
        qint64 duration = 0;
        for (int i = 1; i < path.size(); ++i) {
            gaps.append(r.range(2, 40) * kMsPerDay + r.range(-4, 4) * kMsPerHour);
            duration += gaps.last();
        }
        const qint64 available = std::max<qint64>(kMsPerDay, m_nowMs - customerCreatedMs - kMsPerDay);
        if (duration > available) {
            const double scale = static_cast<double>(available) / static_cast<double>(duration + 1);
            for (qint64& gap : gaps)
                gap = static_cast<qint64>(static_cast<double>(gap) * scale);
            duration = 0;
            for (qint64 gap : gaps)
                duration += gap;
        }
        const qint64 slack = available - duration;
        // Open deals moved recently; closed ones may be long done.
        const qint64 lead = (isWon || isLost) ? r.range(0, slack) : slack - r.range(0, std::min(slack, 90 * kMsPerDay));
        const qint64 startMs =
            std::min(workTimeBetween(customerCreatedMs + lead, customerCreatedMs + lead + kMsPerDay, offset),
                     m_nowMs - duration - 1);

        const QVariant lostReason =
            isLost ? QVariant(r.pick(chinese ? v.chineseLostReasons : v.englishLostReasons)) : QVariant();
        const QString id = Uuid::createV7();
        qint64 at = startMs;
        QVariant from;
        for (int i = 0; i < path.size(); ++i) {
            if (i > 0)
                at = std::min(at + gaps.at(i - 1), m_nowMs);
            // The move to the lost stage says why.
            const QVariant note = i == path.size() - 1 ? lostReason : QVariant();
            const Stamp changed = timestamp(at);
            m_stageHistory->addWithHistory(history(changed), Uuid::createV7(), id, from, path.at(i).id, owner,
                                           changed.utf8(), note);
            from = path.at(i).id;
        }
        const qint64 endMs = at;
        const Stage& stage = path.last();

        const bool cny = chinese;
        const qint64 major = cny ? r.range(20, 2000) * 1000 : r.range(5, 500) * 1000; // yuan / dollars
        const qint64 amountMinor = major * 100;
        QVariant actualClose;
        QDate expected;
        if (isWon || isLost) {
            actualClose = SqlValues::date(dayOf(endMs));
            expected = dayOf(endMs).addDays(r.range(-20, 20));
        } else {
            // Some open deals are already past their expected close: realistic pipelines slip.
            expected = dayOf(endMs).addDays(r.range(14, 120));
        }
        const QStringList& names = chinese ? v.chineseOpportunities : v.englishOpportunities;
        const QVariant competitors =
            r.chance(40) ? QVariant(r.pick(chinese ? v.chineseCompetitors : v.englishCompetitors)) : QVariant();
        const QVariant budget =
            r.chance(60) ? QVariant(r.pick(chinese ? v.chineseBudgets : v.englishBudgets)) : QVariant();
        const QVariant timeline =
            r.chance(60) ? QVariant(r.pick(chinese ? v.chineseTimelines : v.englishTimelines)) : QVariant();
        const QVariant need = r.chance(60) ? QVariant(r.pick(chinese ? v.chineseNeeds : v.englishNeeds)) : QVariant();
        const QVariant contactId = contactIds.isEmpty() ? QVariant() : QVariant(r.pick(contactIds));
        m_opportunities->addWithHistory(history(timestamp(startMs), timestamp(endMs), static_cast<int>(path.size())),
                                        id, r.pick(names), customerId, contactId, amountMinor,
                                        cny ? QStringLiteral("CNY") : QStringLiteral("USD"), SqlValues::date(expected),
                                        actualClose, stage.id, stage.probability, timestamp(endMs).utf8(),
                                        static_cast<double>(++m_opportunityPosition), owner, leadSource, budget,
                                        timeline, need, competitors, lostReason, QVariant());
        if (isWon)
            *won = true;
        return {id, contactId, startMs, std::max(endMs, startMs + kMsPerDay)};
    }

    // A row's history: made and last changed by the customer's owner.
    RecordBatch::RawHistory history(const Stamp& created, const Stamp& updated, int version) const
    {
        return {created.utf8(), m_owner, updated.utf8(), m_owner, version};
    }
    RecordBatch::RawHistory history(const Stamp& created) const { return history(created, created, 1); }

    RecordWriter& m_writer;
    Database& m_db;
    const DemoDataGenerator::Options& m_options;
    QByteArray m_owner; // the current customer's owner, UTF-8
    Random m_random;
    const QDate m_today;
    const qint64 m_nowMs; // 00:00 UTC today: the data's "now", so a seed gives the same data all day
    const Vocabulary m_vocabulary;
    Setup m_setup;
    qint64 m_opportunityPosition = 0;
    qint64 m_taskPosition = 0;
    std::unique_ptr<RecordBatch> m_customers;
    std::unique_ptr<RecordBatch> m_customerTags;
    std::unique_ptr<RecordBatch> m_contacts;
    std::unique_ptr<RecordBatch> m_opportunities;
    std::unique_ptr<RecordBatch> m_stageHistory;
    std::unique_ptr<RecordBatch> m_interactions;
    std::unique_ptr<RecordBatch> m_tasks;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(Database& db) : m_db(db) {}

bool DemoDataGenerator::generate(const Options& options, QString* error)
{
    if (options.customers < 0) {
        if (error)
            *error = tr("The number of demo customers cannot be negative.");
        return false;
    }
    // A million customers touch far more pages than SQLite's default cache holds; a bigger cache for
    // this run keeps index updates in memory. Restored afterwards.
    const BulkLoadDialect& loading = m_db.bulkLoadDialect();
    const QString restoreCache = loading.enlargeCache(m_db.connection(), 256);

    // A rollback journal instead of WAL for this one transaction, where that helps and is possible (see
    // BulkLoadDialect::leaveWriteAheadLog; only pages that existed before are journaled). Restored afterwards.
    const bool bulkLoad = options.customers > 0 && options.customers >= options.bulkLoadFrom;
    const QString restoreJournal = bulkLoad ? loading.leaveWriteAheadLog(m_db) : QString();

    m_rowsWritten = 0;
    bool ok = false;
    {
        RecordWriter writer(m_db);
        if (!writer.isActive()) {
            if (error)
                *error = tr("Cannot start writing demo data: %1").arg(writer.error());
        } else {
            BulkLoad bulk(
                m_db, {QStringLiteral("customers"), QStringLiteral("customer_tags"), QStringLiteral("contacts"),
                       QStringLiteral("opportunities"), QStringLiteral("stage_history"), QStringLiteral("interactions"),
                       QStringLiteral("tasks"), QStringLiteral("tickets"), QStringLiteral("ticket_transitions")});
            if (bulkLoad) {
                QString refused; // e.g. a PostgreSQL role that does not own the tables: row by row instead
                bulk.begin(&refused);
            }
            Run run(writer, options);
            ok = run.execute(error);
            LeadDemoData leads(writer, options.seed); // leads and assignment rules, over the demo teams
            if (ok && options.activities)
                ok = leads.write(LeadDemoData::leadsFor(options.customers), error);
            if (ok && options.activities) { // custom fields with values (AttributeDemoData), in the same write
                QString attributes;
                ok = AttributeDemoData::generate(writer, options.seed, &attributes);
                if (!ok && error)
                    *error = attributes;
            }
            QuoteDemoData commerce(writer, options.seed); // products, quotes and contracts (issue 13)
            if (ok && options.activities)
                ok = commerce.generate(error);
            CampaignDemoData campaigns(writer, options.seed); // campaigns, touches and competitors (issue 15)
            if (ok && options.activities)
                ok = campaigns.generate(error);
            CollectionDemoData collection(writer, options.seed); // plans, invoices, shipments, receipts (issue 13)
            if (ok && options.activities)
                ok = collection.generate(error);
            TicketDemoData service(writer, options.seed); // service tickets and their transitions (issue 14)
            if (ok && options.activities)
                ok = service.generate(TicketDemoData::ticketsFor(options.customers), error);
            if (ok && bulkLoad)
                ok = bulk.finish(error);
            if (ok) {
                const WriteResult saved = writer.commit();
                if (!saved.ok()) {
                    if (error)
                        *error = tr("Cannot save the demo data: %1").arg(saved.message);
                    ok = false;
                }
            }
            if (ok)
                m_rowsWritten = run.rowsWritten() + commerce.rowsWritten() + campaigns.rowsWritten() +
                                collection.rowsWritten() + service.ticketsWritten() + service.transitionsWritten();
        }
    }
    if (!restoreJournal.isEmpty())
        m_db.setJournalMode(restoreJournal);
    if (!restoreCache.isEmpty())
        QSqlQuery(m_db.connection()).exec(restoreCache);
    return ok;
}
