#include "DuplicateIndex.h"

#include "Database.h"
#include "ListSpec.h"
#include "RecordStore.h"
#include "SearchDialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
bool isContact(const QString& entity)
{
    return entity == QLatin1String("contact");
}

// The stored phone column without the separators people type, as ix_*_phone_digits (migration 0011) indexes it.
QString digitsExpression(const QString& column)
{
    return QStringLiteral("replace(replace(replace(replace(replace(replace(%1, ' ', ''), '-', ''), '(', ''), ')', ''), "
                          "'.', ''), '+', '')")
        .arg(column);
}

QString reversed(const QString& text)
{
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}

// What the search index is asked for to find names like this one: its longest words (a trigram index needs three
// characters) without a Chinese legal form glued on (华为技术有限公司 → 华为技术), and the first and last three
// characters of its key, so a name with a typo inside its one word is still found.
QStringList searchTerms(const QString& name)
{
    QStringList words;
    QString word;
    const QString text = name + QLatin1Char(' ');
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c);
            continue;
        }
        const QString key = DuplicateKeys::name(word);
        if (key.size() >= 3 && !words.contains(key))
            words << key;
        word.clear();
    }
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words = words.mid(0, 3);
    const QString key = DuplicateKeys::name(name);
    if (key.size() >= DuplicateKeys::kSimilarMinLength) {
        for (const QString& part : {key.left(3), key.right(3)}) {
            if (!words.contains(part))
                words << part;
        }
    }
    return words;
}

bool sortMatches(const DuplicateMatch& a, const DuplicateMatch& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    return a.record.createdAt < b.record.createdAt;
}
} // namespace

DuplicateIndex::DuplicateIndex(Database& db, const QString& entity)
    : m_db(db), m_entity(entity), m_table(RecordStore::tableOf(entity))
{
}

QString DuplicateIndex::selectColumns() const
{
    if (isContact(m_entity))
        return QStringLiteral("SELECT c.id, c.name, c.email, c.phone, c.mobile, c.customer_id, cu.name, c.created_at "
                              "FROM contacts c LEFT JOIN customers cu ON cu.id = c.customer_id ");
    return QStringLiteral("SELECT c.id, c.name, c.email, c.phone, c.company, c.created_at FROM customers c ");
}

DuplicateRecord DuplicateIndex::readRecord(const QSqlQuery& q) const
{
    DuplicateRecord r;
    r.id = q.value(0).toString();
    r.name = q.value(1).toString();
    r.email = q.value(2).toString();
    r.phone = q.value(3).toString();
    if (isContact(m_entity)) {
        r.mobile = q.value(4).toString();
        r.customerId = q.value(5).toString();
        r.customerName = q.value(6).toString();
        r.createdAt = q.value(7).toString();
    } else {
        r.company = q.value(4).toString();
        r.createdAt = q.value(5).toString();
    }
    return r;
}

QString DuplicateIndex::phoneKey(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return {};
    auto it = m_phoneKeys.constFind(text);
    if (it != m_phoneKeys.constEnd())
        return it.value();
    const QString key = DuplicateKeys::phone(text);
    m_phoneKeys.insert(text, key);
    return key;
}

DuplicateIndex::Entry DuplicateIndex::keyed(const DuplicateRecord& record) const
{
    Entry entry;
    entry.record = record;
    entry.email = DuplicateKeys::email(record.email);
    for (const QString& number : {record.phone, record.mobile}) {
        const QString key = phoneKey(number);
        if (!key.isEmpty() && !entry.phones.contains(key))
            entry.phones << key;
    }
    entry.scope = isContact(m_entity) ? record.customerId : QString();
    entry.name = DuplicateKeys::name(record.name);
    return entry;
}

void DuplicateIndex::insert(const Entry& entry)
{
    const int at = int(m_entries.size());
    m_entries.append(entry);
    if (!entry.email.isEmpty())
        m_byEmail[entry.email].append(at);
    for (const QString& phone : entry.phones)
        m_byPhone[phone].append(at);
    if (!entry.name.isEmpty()) {
        const QString scoped = scopedName(entry);
        QList<int>& ids = m_byName[scoped];
        if (ids.isEmpty() && !m_sortedNames.isEmpty()) {
            // A key new to a checked index goes into the sorted lists at its place.
            m_sortedNames.insert(
                std::lower_bound(m_sortedNames.begin(), m_sortedNames.end(), scoped) - m_sortedNames.begin(), scoped);
            const QString back = reversed(scoped);
            m_sortedReversed.insert(std::lower_bound(m_sortedReversed.begin(), m_sortedReversed.end(), back) -
                                        m_sortedReversed.begin(),
                                    back);
        }
        ids.append(at);
    }
}

bool DuplicateIndex::load(QString* error)
{
    m_entries.clear();
    m_byEmail.clear();
    m_byPhone.clear();
    m_byName.clear();
    m_sortedNames.clear();
    m_sortedReversed.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectColumns() + QStringLiteral("WHERE c.deleted_at IS NULL ORDER BY c.created_at, c.id"))) {
        if (error)
            *error = tr("Could not read the records: %1").arg(m_db.describeError(q.lastError()));
        return false;
    }
    while (q.next())
        insert(keyed(readRecord(q)));
    m_loaded = true;
    return true;
}

void DuplicateIndex::add(const DuplicateRecord& record)
{
    insert(keyed(record));
}

DuplicateKeys::Reasons DuplicateIndex::compare(const Entry& a, const Entry& b, int* similarity)
{
    DuplicateKeys::Reasons reasons;
    *similarity = 0;
    if (!a.email.isEmpty() && a.email == b.email)
        reasons |= DuplicateKeys::SameEmail;
    for (const QString& phone : a.phones) {
        if (b.phones.contains(phone))
            reasons |= DuplicateKeys::SamePhone;
    }
    if (a.scope == b.scope && !a.name.isEmpty()) {
        if (a.name == b.name) {
            reasons |= DuplicateKeys::SameName;
            *similarity = 100;
        } else if (a.name.size() >= DuplicateKeys::kSimilarMinLength &&
                   b.name.size() >= DuplicateKeys::kSimilarMinLength) {
            const int alike = DuplicateKeys::similarity(a.name, b.name);
            if (alike >= DuplicateKeys::kSimilarName) {
                reasons |= DuplicateKeys::SimilarName;
                *similarity = alike;
            }
        }
    }
    return reasons;
}

QList<DuplicateMatch> DuplicateIndex::check(const DuplicateRecord& candidate, QString* error) const
{
    const Entry entry = keyed(candidate);
    return m_loaded ? checkLoaded(entry) : checkDatabase(entry, error);
}

QList<DuplicateMatch> DuplicateIndex::checkLoaded(const Entry& candidate) const
{
    QList<int> seen;
    auto consider = [&](int at) {
        if (!seen.contains(at))
            seen << at;
    };
    for (int at : m_byEmail.value(candidate.email))
        consider(at);
    for (const QString& phone : candidate.phones) {
        for (int at : m_byPhone.value(phone))
            consider(at);
    }
    if (!candidate.name.isEmpty()) {
        const QString scoped = scopedName(candidate);
        for (int at : m_byName.value(scoped))
            consider(at);
        if (candidate.name.size() >= DuplicateKeys::kSimilarMinLength) {
            if (m_sortedNames.isEmpty() && !m_byName.isEmpty()) {
                m_sortedNames = m_byName.keys();
                std::sort(m_sortedNames.begin(), m_sortedNames.end());
                for (const QString& key : std::as_const(m_sortedNames))
                    m_sortedReversed << reversed(key);
                std::sort(m_sortedReversed.begin(), m_sortedReversed.end());
            }
            // Neighbours in sorted order, forwards and backwards, within the candidate's scope.
            for (int pass = 0; pass < 2; ++pass) {
                const QStringList& sorted = pass == 0 ? m_sortedNames : m_sortedReversed;
                const QString key = pass == 0 ? scoped : reversed(scoped);
                const int at = int(std::lower_bound(sorted.begin(), sorted.end(), key) - sorted.begin());
                for (int i = std::max(0, at - 8); i < std::min(int(sorted.size()), at + 8); ++i) {
                    const QString neighbour = pass == 0 ? sorted.at(i) : reversed(sorted.at(i));
                    for (int index : m_byName.value(neighbour))
                        consider(index);
                }
            }
        }
    }
    QList<DuplicateMatch> matches;
    for (int at : std::as_const(seen)) {
        const Entry& other = m_entries.at(at);
        if (!candidate.record.id.isEmpty() && other.record.id == candidate.record.id)
            continue;
        int similarity = 0;
        const DuplicateKeys::Reasons reasons = compare(candidate, other, &similarity);
        if (reasons)
            matches.append({other.record, reasons, DuplicateKeys::score(reasons, similarity)});
    }
    std::sort(matches.begin(), matches.end(), sortMatches);
    return matches;
}

QList<DuplicateMatch> DuplicateIndex::checkDatabase(const Entry& candidate, QString* error) const
{
    // Each condition is one indexed lookup; together they bring the few rows worth comparing.
    QStringList conditions;
    QVariantList binds;
    if (!candidate.email.isEmpty()) {
        conditions << QStringLiteral("(c.email IS NOT NULL AND lower(c.email) = ?)");
        binds << candidate.email;
    }
    QStringList forms;
    for (const QString& number : {candidate.record.phone, candidate.record.mobile})
        forms << DuplicateKeys::phoneDigitForms(number);
    forms.removeDuplicates();
    if (!forms.isEmpty()) {
        const QStringList phoneColumns = isContact(m_entity)
                                             ? QStringList{QStringLiteral("c.phone"), QStringLiteral("c.mobile")}
                                             : QStringList{QStringLiteral("c.phone")};
        const QString marks = QStringList(forms.size(), QStringLiteral("?")).join(QStringLiteral(", "));
        for (const QString& column : phoneColumns) {
            conditions
                << QStringLiteral("(%1 IS NOT NULL AND %2 IN (%3))").arg(column, digitsExpression(column), marks);
            binds << QVariantList(forms.cbegin(), forms.cend());
        }
    }
    if (!candidate.record.name.trimmed().isEmpty()) {
        if (isContact(m_entity)) {
            if (!candidate.scope.isEmpty()) {
                conditions << QStringLiteral("c.customer_id = ?");
                binds << candidate.scope;
            }
        } else {
            conditions << QStringLiteral("c.name = ?");
            binds << candidate.record.name.trimmed();
            const ListSpec spec = ListSpec::customers();
            for (const QString& term : searchTerms(candidate.record.name)) {
                QVariantList searchBinds;
                const QString indexed = m_db.searchDialect().indexedSubstring(
                    QStringLiteral("c"), spec.ftsTable, spec.trigramExpression, term, &searchBinds);
                if (!indexed.isEmpty()) {
                    conditions << QStringLiteral("(%1)").arg(indexed);
                    binds << searchBinds;
                }
            }
        }
    }
    if (conditions.isEmpty())
        return {};

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql =
        selectColumns() +
        QStringLiteral("WHERE c.deleted_at IS NULL AND (%1) LIMIT 500").arg(conditions.join(QStringLiteral(" OR ")));
    bool ok = q.prepare(sql);
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    ok = ok && q.exec();
    if (!ok) {
        if (error)
            *error = tr("Could not look for duplicates: %1").arg(m_db.describeError(q.lastError()));
        return {};
    }
    QList<DuplicateMatch> matches;
    while (q.next()) {
        const DuplicateRecord record = readRecord(q);
        if (!candidate.record.id.isEmpty() && record.id == candidate.record.id)
            continue;
        int similarity = 0;
        const DuplicateKeys::Reasons reasons = compare(candidate, keyed(record), &similarity);
        if (reasons)
            matches.append({record, reasons, DuplicateKeys::score(reasons, similarity)});
    }
    std::sort(matches.begin(), matches.end(), sortMatches);
    return matches;
}
