#include "BulkReadDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "NativeHandle.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>

namespace {
// Runs `sql` on the connection's own sqlite3 handle and calls row(stmt) for each result row. False (with
// *error) when the statement fails.
bool sqliteEachRow(const QSqlDatabase& connection, const QString& sql, const QVariantList& values,
                   const std::function<void(sqlite3_stmt*)>& row, QString* error)
{
    const QVariant handle = connection.driver()->handle();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3* const*>(handle.constData())
                      : nullptr;
    if (!db) {
        if (error)
            *error = QStringLiteral("no SQLite handle");
        return false;
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else if (value.metaType().id() == QMetaType::Int || value.metaType().id() == QMetaType::LongLong) {
            sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        } else {
            const QByteArray bytes = value.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return ok;
}

// Sums per key, for SQLite. An open-addressing table of UUID keys' 128 bits: no allocation per key.
class SumsByUuid
{
public:
    void add(const char* id, int length, qint64 amount)
    {
        quint64 high = 0;
        quint64 low = 0;
        if (!parseUuid(id, length, &high, &low)) {
            m_other[std::string(id ? id : "", size_t(length))] += amount;
            return;
        }
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        Slot& slot = find(high, low);
        if (!slot.used) {
            slot = Slot{high, low, 0, true};
            ++m_used;
        }
        slot.sum += amount;
    }

    void appendTo(std::vector<qint64>* sums) const
    {
        sums->reserve(sums->size() + m_used + m_other.size());
        for (const Slot& slot : m_slots)
            if (slot.used)
                sums->push_back(slot.sum);
        for (const auto& entry : m_other)
            sums->push_back(entry.second);
    }

private:
    struct Slot
    {
        quint64 high = 0;
        quint64 low = 0;
        qint64 sum = 0;
        bool used = false;
    };

    static bool parseUuid(const char* id, int length, quint64* high, quint64* low)
    {
        if (!id || length != 36)
            return false;
        int digits = 0;
        for (int i = 0; i < length; ++i) {
            const char c = id[i];
            if (c == '-')
                continue;
            int v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            else
                return false;
            quint64& word = digits < 16 ? *high : *low;
            word = word << 4 | quint64(v);
            ++digits;
        }
        return digits == 32;
    }

    Slot& find(quint64 high, quint64 low)
    {
        const size_t mask = m_slots.size() - 1;
        // UUIDv7 ids share their leading (time) bits: mix both halves.
        size_t i = size_t((high ^ low * 0x9e3779b97f4a7c15ULL) * 0xbf58476d1ce4e5b9ULL >> 20) & mask;
        while (m_slots[i].used && (m_slots[i].high != high || m_slots[i].low != low))
            i = (i + 1) & mask;
        return m_slots[i];
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot& slot : old)
            if (slot.used)
                find(slot.high, slot.low) = slot;
    }

    std::vector<Slot> m_slots = std::vector<Slot>(size_t(1) << 16);
    size_t m_used = 0;
    std::unordered_map<std::string, qint64> m_other; // keys that are not UUIDs
};

class SqliteBulkReadDialect final : public BulkReadDialect
{
public:
    bool readIntegers(const QSqlDatabase& connection, const QString& value, const QString& from, const QString& key,
                      const QVariantList& binds, std::vector<qint64>* numbers, QString* error) const override
    {
        if (key.isEmpty())
            return sqliteEachRow(
                connection, QStringLiteral("SELECT ") + value + QLatin1Char(' ') + from, binds,
                [numbers](sqlite3_stmt* stmt) { numbers->push_back(sqlite3_column_int64(stmt, 0)); }, error);
        SumsByUuid sums;
        if (!sqliteEachRow(
                connection, QStringLiteral("SELECT ") + key + QStringLiteral(", ") + value + QLatin1Char(' ') + from,
                binds,
                [&sums](sqlite3_stmt* stmt) {
                    sums.add(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0),
                             sqlite3_column_int64(stmt, 1));
                },
                error))
            return false;
        sums.appendTo(numbers);
        return true;
    }

    bool readRows(const QSqlDatabase& connection, const QString& select, const RowSink& row,
                  QString* error) const override
    {
        TextRow values;
        bool stopped = false;
        const bool ok = sqliteEachRow(
            connection, select, {},
            [&](sqlite3_stmt* stmt) {
                if (stopped)
                    return;
                const int columns = sqlite3_column_count(stmt);
                values.assign(size_t(columns), QByteArrayView());
                for (int i = 0; i < columns; ++i) {
                    switch (sqlite3_column_type(stmt, i)) {
                    case SQLITE_NULL:
                        break;
                    case SQLITE_BLOB: {
                        const char* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, i));
                        values[size_t(i)] = QByteArrayView(bytes ? bytes : "", sqlite3_column_bytes(stmt, i));
                        break;
                    }
                    default: {
                        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
                        values[size_t(i)] = QByteArrayView(text ? text : "", sqlite3_column_bytes(stmt, i));
                        break;
                    }
                    }
                }
                stopped = !row(values);
            },
            error);
        return ok && !stopped;
    }
};

// One line of COPY's text format (without its newline) split at tabs into `values`, escapes undone: \N alone is NULL,
// \b \f \n \r \t \v, octal \ooo and hex \xhh, any other escaped character is itself. Decoded bytes go to *scratch,
// which the views point into.
void splitCopyLine(const char* line, qsizetype length, std::string* scratch, BulkReadDialect::TextRow* values)
{
    scratch->clear();
    scratch->reserve(size_t(length));
    std::vector<std::pair<size_t, size_t>> spans; // offset, size in *scratch; size_t(-1) offset: NULL
    size_t start = 0;
    bool isNull = false;
    for (qsizetype i = 0; i <= length; ++i) {
        if (i == length || line[i] == '\t') {
            spans.emplace_back(isNull ? size_t(-1) : start, scratch->size() - start);
            start = scratch->size();
            isNull = false;
            continue;
        }
        const char c = line[i];
        if (c != '\\') {
            scratch->push_back(c);
            continue;
        }
        if (++i >= length)
            break;
        const char e = line[i];
        switch (e) {
        case 'N':
            isNull = true;
            break;
        case 'b':
            scratch->push_back('\b');
            break;
        case 'f':
            scratch->push_back('\f');
            break;
        case 'n':
            scratch->push_back('\n');
            break;
        case 'r':
            scratch->push_back('\r');
            break;
        case 't':
            scratch->push_back('\t');
            break;
        case 'v':
            scratch->push_back('\v');
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < length && std::isxdigit(static_cast<unsigned char>(line[i + 1]))) {
                const char h = line[++i];
                value = value * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                ++digits;
            }
            scratch->push_back(digits ? char(value) : 'x');
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int digits = 1; digits < 3 && i + 1 < length && line[i + 1] >= '0' && line[i + 1] <= '7'; ++digits)
                    value = value * 8 + (line[++i] - '0');
                scratch->push_back(char(value));
            } else {
                scratch->push_back(e);
            }
            break;
        }
    }
    values->clear();
    for (const auto& span : spans)
        values->push_back(span.first == size_t(-1)
                              ? QByteArrayView()
                              : QByteArrayView(scratch->data() + span.first, qsizetype(span.second)));
}

class PostgresBulkReadDialect final : public BulkReadDialect
{
public:
    bool readIntegers(const QSqlDatabase& connection, const QString& value, const QString& from, const QString& key,
                      const QVariantList& binds, std::vector<qint64>* numbers, QString* error) const override
    {
        const QString sql =
            key.isEmpty() ? QStringLiteral("SELECT string_agg((") + value + QStringLiteral(")::TEXT, ',') ") + from
                          : QStringLiteral("SELECT string_agg(s::TEXT, ',') FROM (SELECT SUM(") + value +
                                QStringLiteral(")::BIGINT AS s ") + from + QStringLiteral(" GROUP BY ") + key +
                                QStringLiteral(") t");
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        bool ok = q.prepare(sql);
        if (ok) {
            for (const QVariant& bound : binds)
                q.addBindValue(bound);
            ok = q.exec();
        }
        if (!ok) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (q.next())
            appendNumbers(q.value(0).toString(), numbers);
        return true;
    }

    bool readRows(const QSqlDatabase& connection, const QString& select, const RowSink& row,
                  QString* error) const override
    {
        PGconn* pg = nativeHandle<PGconn>(connection, "PGconn*", "pg_conn*");
        if (!pg) {
            *error = QStringLiteral("no PostgreSQL handle");
            return false;
        }
        // A forward-only query Qt's driver left unread would make libpq refuse a new command.
        if (PQtransactionStatus(pg) == PQTRANS_ACTIVE) {
            while (PGresult* pending = PQgetResult(pg))
                PQclear(pending);
        }
        const QByteArray copy = (QStringLiteral("COPY (") + select + QStringLiteral(") TO STDOUT")).toUtf8();
        PGresult* started = PQexec(pg, copy.constData());
        if (PQresultStatus(started) != PGRES_COPY_OUT) {
            *error = QString::fromUtf8(started ? PQresultErrorMessage(started) : PQerrorMessage(pg)).trimmed();
            PQclear(started);
            return false;
        }
        PQclear(started);
        std::string scratch;
        TextRow values;
        bool stopped = false;
        for (;;) {
            char* line = nullptr;
            const int length = PQgetCopyData(pg, &line, 0);
            if (length < 0)
                break; // -1: all rows sent; -2: an error, which the result below carries
            if (!stopped) {
                // Each piece is one row with its newline.
                splitCopyLine(line, length > 0 && line[length - 1] == '\n' ? length - 1 : length, &scratch, &values);
                stopped = !row(values);
            }
            PQfreemem(line);
        }
        bool ok = true;
        while (PGresult* result = PQgetResult(pg)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
                *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
                ok = false;
            }
            PQclear(result);
        }
        return ok && !stopped;
    }
};
} // namespace

BulkReadDialect::~BulkReadDialect() = default;

const BulkReadDialect& BulkReadDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteBulkReadDialect sqlite;
    static const PostgresBulkReadDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}

void BulkReadDialect::appendNumbers(const QString& text, std::vector<qint64>* numbers)
{
    qint64 value = 0;
    bool negative = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',')) {
            if (any)
                numbers->push_back(negative ? -value : value);
            value = 0;
            negative = false;
            any = false;
        } else if (c == QLatin1Char('-')) {
            negative = true;
        } else {
            value = value * 10 + (c.unicode() - '0');
            any = true;
        }
    }
    if (any)
        numbers->push_back(negative ? -value : value);
}
