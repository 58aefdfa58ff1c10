#include "SearchIndex.h"

#include "Database.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>
#include <QVariant>

#include <algorithm>

namespace {
constexpr int kFirstVersion = 10; // the migration that made search_index
constexpr int kChunk = 500;       // records read per statement
constexpr int kMaxChars = 4000;   // of each field: a 1 MB note is found by its beginning

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// A letter or number outside ASCII (Chinese, Japanese, Korean, Cyrillic…): short terms of these are found by
// character and pair tokens. Code points, so a supplementary Han character is one character.
bool isOtherWordChar(char32_t c)
{
    return c >= 0x80 && QChar::isLetterOrNumber(c);
}

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            points << QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else {
            points << c.unicode();
        }
    }
    return points;
}

QString fromPoints(const char32_t* points, qsizetype count)
{
    return QString::fromUcs4(points, count);
}

void addPrefixes(QSet<QString>* grams, QStringView word)
{
    if (word.isEmpty())
        return;
    grams->insert(word.left(1).toString());
    if (word.size() >= 2)
        grams->insert(word.left(2).toString());
}

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += QChar(QLatin1Char(char('0' + c.digitValue())));
    }
    return digits;
}

QString sqlError(const QSqlQuery& q)
{
    return q.lastError().text().trimmed();
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// The live records of a kind among ids (or, ids empty, the next chunk after `after` in id order), as index entries.
struct Indexed
{
    QString id;
    SearchIndex::Entry entry;
};

QString selectColumns(const SearchKind& kind)
{
    QStringList columns{QStringLiteral("id")};
    columns << kind.textColumns << kind.phoneColumns;
    return columns.join(QStringLiteral(", "));
}

Indexed indexed(const SearchKind& kind, const QSqlQuery& q)
{
    Indexed row;
    row.id = q.value(0).toString();
    QStringList values;
    int column = 1;
    for (int i = 0; i < kind.textColumns.size(); ++i)
        values << q.value(column++).toString();
    QStringList phones;
    for (int i = 0; i < kind.phoneColumns.size(); ++i)
        phones << q.value(column++).toString();
    row.entry = SearchIndex::entry(values.value(kind.textColumns.indexOf(kind.titleColumn)), values, phones);
    return row;
}

bool readByIds(Database& db, const SearchKind& kind, const QStringList& ids, QList<Indexed>* rows, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL AND id IN (%3)")
                  .arg(selectColumns(kind), kind.table, placeholders(int(ids.size()))));
    for (const QString& id : ids)
        q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    while (q.next())
        rows->append(indexed(kind, q));
    return true;
}

// The next chunk of live records in id order after `after` (empty: from the start).
bool readChunk(const Database& db, const SearchKind& kind, const QString& after, QList<Indexed>* rows, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL%3 ORDER BY id LIMIT %4")
                  .arg(selectColumns(kind), kind.table, after.isEmpty() ? QString() : QStringLiteral(" AND id > ?"))
                  .arg(kChunk));
    if (!after.isEmpty())
        q.addBindValue(after);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    while (q.next())
        rows->append(indexed(kind, q));
    return true;
}

bool removeIds(Database& db, const SearchKind& kind, const QStringList& ids, QString* error)
{
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList part = ids.mid(start, kChunk);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM search_index WHERE kind = ? AND record_id IN (%1)")
                      .arg(placeholders(int(part.size()))));
        q.addBindValue(kind.name);
        for (const QString& id : part)
            q.addBindValue(id);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

bool insertRows(Database& db, const SearchKind& kind, const QList<Indexed>& rows, QString* error)
{
    // Several rows per statement (one round trip on PostgreSQL), the statement prepared once and reused: SQLite's
    // parser slows down with thousands of parameters, so a chunk is kept small.
    constexpr qsizetype kRowsPerInsert = 50;
    auto statement = [](qsizetype count) {
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values << QStringLiteral("(?, ?, ?, ?, ?, ?)");
        return QStringLiteral("INSERT INTO search_index (kind, kind_number, record_id, title, body, grams) VALUES %1")
            .arg(values.join(QStringLiteral(", ")));
    };
    QSqlQuery full(db.connection());
    bool prepared = false;
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerInsert) {
        const qsizetype count = std::min<qsizetype>(kRowsPerInsert, rows.size() - start);
        QSqlQuery last(db.connection());
        QSqlQuery& q = count == kRowsPerInsert ? full : last;
        if (count < kRowsPerInsert || !prepared) {
            if (!q.prepare(statement(count))) {
                *error = sqlError(q);
                return false;
            }
            prepared = prepared || count == kRowsPerInsert;
        }
        for (qsizetype i = start; i < start + count; ++i) {
            const Indexed& row = rows.at(i);
            q.addBindValue(kind.name);
            q.addBindValue(kind.number);
            q.addBindValue(row.id);
            q.addBindValue(row.entry.title);
            q.addBindValue(row.entry.body);
            q.addBindValue(row.entry.grams);
        }
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return true;
}

bool reindexIds(Database& db, const SearchKind& kind, const QStringList& ids, QString* error)
{
    if (!removeIds(db, kind, ids, error))
        return false;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        QList<Indexed> rows;
        if (!readByIds(db, kind, ids.mid(start, kChunk), &rows, error) || !insertRows(db, kind, rows, error))
            return false;
    }
    return true;
}

bool rebuildKind(Database& db, const SearchKind& kind, QString* error)
{
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM search_index WHERE kind = ?"));
    clear.addBindValue(kind.name);
    if (!clear.exec()) {
        *error = sqlError(clear);
        return false;
    }
    QString after;
    for (;;) {
        QList<Indexed> rows;
        if (!readChunk(db, kind, after, &rows, error) || !insertRows(db, kind, rows, error))
            return false;
        if (rows.size() < kChunk)
            return true;
        after = rows.last().id;
    }
}
} // namespace

SearchIndex::Entry SearchIndex::entry(const QString& title, const QStringList& values, const QStringList& phones)
{
    Entry entry;
    entry.title = title.left(kMaxChars).trimmed();
    QStringList texts;
    for (const QString& value : values) {
        if (!value.isEmpty())
            texts << value.left(kMaxChars);
    }
    const QString folded = TextFolding::fold(texts.join(QLatin1Char(' ')));
    // Pinyin of the title only: names are what reps spell in pinyin, and ICU's transliterator is too slow for
    // every sentence of every note.
    const TextFolding::Pinyin pinyin = TextFolding::pinyin(entry.title);
    QStringList digits;
    for (const QString& phone : phones) {
        const QString d = digitsOf(phone);
        if (!d.isEmpty())
            digits << d;
    }

    QStringList body{folded};
    if (!pinyin.full.isEmpty())
        body << pinyin.full << pinyin.initials;
    body << digits;
    entry.body = body.join(QLatin1Char(' '));

    QSet<QString> grams;
    const QList<char32_t> points = codePoints(folded);
    qsizetype i = 0;
    while (i < points.size()) {
        const char32_t c = points.at(i);
        qsizetype end = i;
        if (c < 0x80 && isAsciiWordChar(QChar(c))) {
            while (end < points.size() && points.at(end) < 0x80 && isAsciiWordChar(QChar(points.at(end))))
                ++end;
            addPrefixes(&grams, fromPoints(points.constData() + i, std::min<qsizetype>(2, end - i)));
        } else if (isOtherWordChar(c)) {
            while (end < points.size() && isOtherWordChar(points.at(end)))
                ++end;
            for (qsizetype k = i; k < end; ++k) {
                grams.insert(fromPoints(points.constData() + k, 1));
                if (k + 1 < end)
                    grams.insert(fromPoints(points.constData() + k, 2));
            }
        } else {
            end = i + 1;
        }
        i = end;
    }
    const QString spelled = pinyin.full + QLatin1Char(' ') + pinyin.initials;
    for (const QStringView word : QStringView(spelled).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        addPrefixes(&grams, word);
    for (const QString& d : std::as_const(digits))
        addPrefixes(&grams, d);
    QStringList sorted(grams.cbegin(), grams.cend());
    std::sort(sorted.begin(), sorted.end());
    entry.grams = sorted.join(QLatin1Char(' '));
    return entry;
}

SearchIndex::Terms SearchIndex::terms(const QString& text)
{
    Terms terms;
    const QString folded = TextFolding::fold(text);
    for (const QString& term : folded.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QList<char32_t> points = codePoints(term);
        QStringList* kind = &terms.substrings;
        if (points.size() < 3) {
            const bool ascii = std::all_of(points.cbegin(), points.cend(),
                                           [](char32_t c) { return c < 0x80 && isAsciiWordChar(QChar(c)); });
            const bool other = std::all_of(points.cbegin(), points.cend(), isOtherWordChar);
            kind = ascii || other ? &terms.tokens : &terms.scans;
        }
        if (!kind->contains(term))
            kind->append(term);
    }
    return terms;
}

bool SearchIndex::apply(Database& db, const ChangeSet& changes, QString* error)
{
    QHash<QString, QStringList> ids; // per kind, in first-seen order
    QSet<QString> rebuilt;
    bool any = false;
    for (const RowChange& change : changes.changes) {
        const SearchKind* kind = SearchKinds::forTable(change.table);
        if (!kind)
            continue;
        if (change.kind == RowChange::Updated && !change.columns.isEmpty() &&
            std::none_of(change.columns.cbegin(), change.columns.cend(), [kind](const QString& column) {
                return kind->textColumns.contains(column) || kind->phoneColumns.contains(column);
            }))
            continue; // a stage move, a due date: nothing searched changed
        any = true;
        if (change.ids.isEmpty())
            rebuilt.insert(kind->name);
        else
            ids[kind->name] << change.ids;
    }
    if (!any || db.schemaVersion() < kFirstVersion)
        return true;
    for (const SearchKind& kind : SearchKinds::all()) {
        if (rebuilt.contains(kind.name)) {
            if (!rebuildKind(db, kind, error))
                return false;
        } else if (ids.contains(kind.name)) {
            QStringList unique = ids.value(kind.name);
            unique.removeDuplicates();
            if (!reindexIds(db, kind, unique, error))
                return false;
        }
    }
    return true;
}

bool SearchIndex::rebuild(Database& db, const QString& kind, QString* error)
{
    for (const SearchKind& each : SearchKinds::all()) {
        if ((kind.isEmpty() || each.name == kind) && !rebuildKind(db, each, error))
            return false;
    }
    return true;
}

bool SearchIndex::buildIfMissing(Database& db, QString* error)
{
    if (db.schemaVersion() < kFirstVersion)
        return true;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT 1 FROM search_index LIMIT 1"))) {
        *error = sqlError(q);
        return false;
    }
    if (q.next())
        return true;
    bool records = false;
    for (const SearchKind& kind : SearchKinds::all()) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE deleted_at IS NULL LIMIT 1").arg(kind.table))) {
            *error = sqlError(q);
            return false;
        }
        records = records || q.next();
    }
    q.finish();
    if (!records)
        return true;
    if (!db.beginTransaction(error))
        return false;
    if (!rebuild(db, QString(), error)) {
        db.rollbackTransaction();
        return false;
    }
    return db.commitTransaction(error);
}

bool SearchIndex::verify(const Database& db, QStringList* problems, QString* error)
{
    for (const SearchKind& kind : SearchKinds::all()) {
        int missing = 0;
        int stale = 0;
        qint64 live = 0;
        QString after;
        for (;;) {
            QList<Indexed> rows;
            if (!readChunk(db, kind, after, &rows, error))
                return false;
            live += rows.size();
            if (!rows.isEmpty()) {
                QSqlQuery q(db.connection());
                q.setForwardOnly(true);
                q.prepare(QStringLiteral("SELECT record_id, title, body, grams FROM search_index WHERE kind = ? AND "
                                         "record_id IN (%1)")
                              .arg(placeholders(int(rows.size()))));
                q.addBindValue(kind.name);
                for (const Indexed& row : std::as_const(rows))
                    q.addBindValue(row.id);
                if (!q.exec()) {
                    *error = sqlError(q);
                    return false;
                }
                QHash<QString, Entry> stored;
                while (q.next())
                    stored.insert(q.value(0).toString(),
                                  Entry{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
                for (const Indexed& row : std::as_const(rows)) {
                    const auto found = stored.constFind(row.id);
                    if (found == stored.constEnd())
                        ++missing;
                    else if (!(*found == row.entry))
                        ++stale;
                }
            }
            if (rows.size() < kChunk)
                break;
            after = rows.last().id;
        }
        QSqlQuery count(db.connection());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM search_index WHERE kind = ?"));
        count.addBindValue(kind.name);
        if (!count.exec() || !count.next()) {
            *error = sqlError(count);
            return false;
        }
        const qint64 extra = count.value(0).toLongLong() - (live - missing);
        const QString label = SearchKinds::label(kind);
        if (missing > 0)
            problems->append(QCoreApplication::translate("SearchIndex", "The search index lacks %n record(s) of %1.",
                                                         nullptr, missing)
                                 .arg(label));
        if (stale > 0)
            problems->append(QCoreApplication::translate("SearchIndex",
                                                         "The search index holds old text of %n record(s) of %1.",
                                                         nullptr, stale)
                                 .arg(label));
        if (extra > 0)
            problems->append(QCoreApplication::translate(
                                 "SearchIndex", "The search index holds %n record(s) of %1 that are deleted or gone.",
                                 nullptr, int(extra))
                                 .arg(label));
    }
    return true;
}
