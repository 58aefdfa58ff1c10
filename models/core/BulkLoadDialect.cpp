#include "BulkLoadDialect.h"

#include "Database.h"
#include "NativeHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace {
// Multi-row INSERTs prepared once per row count (powers of two, so a handful serve any remainder), every value
// bound through sqlite3_bind_* from its cell: no per-value lookup, conversion or copy.
class SqliteInserter final : public BulkInserter
{
public:
    SqliteInserter(sqlite3* db, const QString& insert, int width) : m_db(db), m_insert(insert.toUtf8()), m_width(width)
    {
        // SQLite's bound-variable limit (32766 since 3.32); a few dozen rows per statement is where the
        // per-statement overhead stops mattering.
        const int limit = sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
        const int byValues = std::max(1, std::min(limit, 4096) / width);
        while (m_maxRows * 2 <= std::min(byValues, 64))
            m_maxRows *= 2;
    }
    ~SqliteInserter() override
    {
        for (const auto& statement : m_statements)
            sqlite3_finalize(statement.second);
    }
    Q_DISABLE_COPY(SqliteInserter)

    bool write(const BulkRows& rows, QSqlError* error) override
    {
        const qsizetype total = rows.size() / m_width;
        qsizetype offset = 0;
        while (offset < total) {
            int count = m_maxRows;
            while (count > total - offset)
                count /= 2;
            sqlite3_stmt* stmt = statement(count, error);
            if (!stmt)
                return false;
            const qsizetype base = offset * m_width;
            const int values = count * m_width;
            for (int i = 0; i < values; ++i) {
                const BulkRows::Cell& cell = rows.at(base + i);
                switch (cell.kind) {
                case BulkRows::Kind::Null:
                    sqlite3_bind_null(stmt, i + 1);
                    break;
                case BulkRows::Kind::Integer:
                case BulkRows::Kind::Boolean:
                    sqlite3_bind_int64(stmt, i + 1, cell.integer);
                    break;
                case BulkRows::Kind::Real:
                    sqlite3_bind_double(stmt, i + 1, cell.real);
                    break;
                case BulkRows::Kind::Text: {
                    const QByteArrayView text = rows.bytes(cell);
                    sqlite3_bind_text(stmt, i + 1, text.data(), int(text.size()), SQLITE_STATIC);
                    break;
                }
                case BulkRows::Kind::Blob: {
                    const QByteArrayView bytes = rows.bytes(cell);
                    sqlite3_bind_blob(stmt, i + 1, bytes.data(), int(bytes.size()), SQLITE_STATIC);
                    break;
                }
                }
            }
            const int rc = sqlite3_step(stmt);
            if (rc != SQLITE_DONE) {
                *error = sqliteError(rc);
                sqlite3_reset(stmt);
                return false;
            }
            sqlite3_reset(stmt);
            offset += count;
        }
        return true;
    }

private:
    QSqlError sqliteError(int rc) const
    {
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                         QString::number(sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : rc));
    }

    sqlite3_stmt* statement(int rows, QSqlError* error)
    {
        auto it = m_statements.find(rows);
        if (it != m_statements.end())
            return it->second;
        QByteArray sql = m_insert;
        QByteArray tuple = "(";
        for (int i = 0; i < m_width; ++i)
            tuple += i ? ",?" : "?";
        tuple += ')';
        sql.reserve(sql.size() + rows * (tuple.size() + 1));
        for (int i = 0; i < rows; ++i) {
            if (i)
                sql += ',';
            sql += tuple;
        }
        sqlite3_stmt* stmt = nullptr;
        const int rc =
            sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            *error = sqliteError(rc);
            sqlite3_finalize(stmt);
            return nullptr;
        }
        m_statements.emplace(rows, stmt);
        return stmt;
    }

    sqlite3* m_db;
    QByteArray m_insert;
    int m_width;
    int m_maxRows = 1;
    std::map<int, sqlite3_stmt*> m_statements;
};

// COPY … FROM STDIN in text format: a line per row, values apart by tabs, \N for NULL and backslash escapes for
// the characters that would end a value or a row. Sent in pieces of about a mebibyte, in the caller's transaction.
class PostgresInserter final : public BulkInserter
{
public:
    PostgresInserter(PGconn* connection, const QString& table, const QStringList& columns, int width)
        : m_connection(connection), m_width(width)
    {
        m_copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    }

    bool write(const BulkRows& rows, QSqlError* error) override
    {
        if (rows.size() == 0)
            return true;
        // A forward-only query Qt's driver left unread would make libpq refuse a new command.
        if (PQtransactionStatus(m_connection) == PQTRANS_ACTIVE) {
            while (PGresult* pending = PQgetResult(m_connection))
                PQclear(pending);
        }
        PGresult* started = PQexec(m_connection, m_copy.constData());
        if (PQresultStatus(started) != PGRES_COPY_IN) {
            *error = postgresError(started);
            PQclear(started);
            return false;
        }
        PQclear(started);
        m_buffer.clear();
        bool sent = true;
        for (qsizetype i = 0; i < rows.size() && sent; ++i) {
            append(rows, rows.at(i));
            m_buffer += (i + 1) % m_width == 0 ? '\n' : '\t';
            if (m_buffer.size() >= kPiece) {
                sent = PQputCopyData(m_connection, m_buffer.data(), int(m_buffer.size())) == 1;
                m_buffer.clear();
            }
        }
        if (sent && !m_buffer.empty())
            sent = PQputCopyData(m_connection, m_buffer.data(), int(m_buffer.size())) == 1;
        m_buffer.clear();
        // Ending the copy with an error message (after a failed send) makes the server throw the rows away.
        if (PQputCopyEnd(m_connection, sent ? nullptr : "DeskCRM could not send the rows") != 1)
            sent = false;
        bool ok = sent;
        QSqlError failure;
        if (!sent)
            failure = QSqlError(QString(), QString::fromUtf8(PQerrorMessage(m_connection)).trimmed(),
                                QSqlError::ConnectionError);
        while (PGresult* result = PQgetResult(m_connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
                failure = postgresError(result);
                ok = false;
            }
            PQclear(result);
        }
        if (!ok)
            *error = failure;
        return ok;
    }

private:
    static constexpr size_t kPiece = 1 << 20;

    QSqlError postgresError(const PGresult* result) const
    {
        const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection);
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        return QSqlError(QString(),
                         QString::fromUtf8(message && *message ? message : PQerrorMessage(m_connection)).trimmed(),
                         QSqlError::StatementError, QString::fromLatin1(state ? state : ""));
    }

    void append(const BulkRows& rows, const BulkRows::Cell& cell)
    {
        char number[32];
        switch (cell.kind) {
        case BulkRows::Kind::Null:
            m_buffer += "\\N";
            return;
        case BulkRows::Kind::Integer: {
            const auto end = std::to_chars(number, number + sizeof number, cell.integer).ptr;
            m_buffer.append(number, size_t(end - number));
            return;
        }
        case BulkRows::Kind::Boolean:
            // 1/0: read as true/false by a boolean column and as a number by an integer one.
            m_buffer += cell.integer ? '1' : '0';
            return;
        case BulkRows::Kind::Real: {
            if (std::isnan(cell.real)) {
                m_buffer += "NaN";
            } else if (std::isinf(cell.real)) {
                m_buffer += cell.real > 0 ? "Infinity" : "-Infinity";
            } else {
                const auto end = std::to_chars(number, number + sizeof number, cell.real).ptr; // shortest exact
                m_buffer.append(number, size_t(end - number));
            }
            return;
        }
        case BulkRows::Kind::Text: {
            const QByteArrayView text = rows.bytes(cell);
            const char* p = text.data();
            const char* end = p + text.size();
            while (p < end) {
                // Runs of ordinary bytes in one append; UTF-8's multi-byte sequences never contain these.
                const char* run = p;
                while (p < end && *p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
                    ++p;
                m_buffer.append(run, size_t(p - run));
                if (p < end) {
                    m_buffer += '\\';
                    m_buffer += *p == '\t' ? 't' : *p == '\n' ? 'n' : *p == '\r' ? 'r' : '\\';
                    ++p;
                }
            }
            return;
        }
        case BulkRows::Kind::Blob: {
            // bytea's hex form, its backslash escaped for COPY.
            static const char digits[] = "0123456789abcdef";
            const QByteArrayView bytes = rows.bytes(cell);
            m_buffer += "\\\\x";
            for (const char c : bytes) {
                m_buffer += digits[(uchar(c) >> 4) & 0xf];
                m_buffer += digits[uchar(c) & 0xf];
            }
            return;
        }
        }
    }

    PGconn* m_connection;
    int m_width;
    QByteArray m_copy;
    std::string m_buffer;
};

// 'a','b' for IN (…): the names are DeskCRM's own tables, quoted all the same.
QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// `prefix` as the start of a LIKE pattern with a backslash as its escape.
QString likePrefix(const QString& prefix)
{
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + pattern + QStringLiteral("%'");
}

class SqliteBulkLoadDialect final : public BulkLoadDialect
{
public:
    int valuesPerStatement() const override { return 999; }
    QString secondaryIndexes(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT 'DROP INDEX \"' || name || '\"', sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name IN (%1) AND sql IS NOT NULL ORDER BY name")
            .arg(quotedList(tables));
    }
    QString foreignKeys(const QStringList&) const override { return QString(); }
    QString triggers(const QString& namePrefix) const override
    {
        return QStringLiteral("SELECT 'DROP TRIGGER \"' || name || '\"', sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE %1 ESCAPE '\\' ORDER BY name")
            .arg(likePrefix(namePrefix));
    }
    QStringList indexBuildSettings() const override { return {}; }
    QString searchIndexTriggers(const QStringList& tables) const override
    {
        // The insert trigger of an external-content FTS5 table ("customers_fts_ai" for customers_fts); updates and
        // deletes keep theirs (they touch rows the index already holds), and the rebuild makes all of it exact.
        return QStringLiteral("SELECT 'DROP TRIGGER \"' || t.name || '\"', t.sql, 'INSERT INTO \"' || f.name || "
                              "'\"(\"' || f.name || '\") VALUES (''rebuild'')' FROM sqlite_master t "
                              "JOIN sqlite_master f ON f.type = 'table' AND t.name = f.name || '_ai' "
                              "AND f.sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' "
                              "WHERE t.type = 'trigger' AND t.tbl_name IN (%1) ORDER BY t.name")
            .arg(quotedList(tables));
    }
    QString enlargeCache(const QSqlDatabase& connection, int mebibytes) const override
    {
        QSqlQuery pragma(connection);
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size")) || !pragma.next())
            return QString();
        const qint64 old = pragma.value(0).toLongLong();
        pragma.finish();
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024))) // negative: KiB
            return QString();
        return QStringLiteral("PRAGMA cache_size = %1").arg(old);
    }
    std::unique_ptr<BulkInserter> inserter(const QSqlDatabase& connection, const QString&, const QStringList& columns,
                                           const QString& insert, QString* error) const override
    {
        sqlite3* db = nativeHandle<sqlite3>(connection, "sqlite3*", "sqlite3*");
        if (!db) {
            if (error)
                *error = QStringLiteral("no SQLite handle");
            return nullptr;
        }
        return std::make_unique<SqliteInserter>(db, insert, int(columns.size()));
    }
    QString leaveWriteAheadLog(Database& db) const override
    {
        QSqlQuery pragma(db.connection());
        const bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next() &&
                         pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        pragma.finish();
        return wal && db.setJournalMode(QStringLiteral("DELETE")) ? QStringLiteral("WAL") : QString();
    }
};

class PostgresBulkLoadDialect final : public BulkLoadDialect
{
public:
    int valuesPerStatement() const override { return 65535; }
    QString secondaryIndexes(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(i.oid) FROM pg_index x "
                              "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                              "WHERE t.relname IN (%1) AND t.relnamespace = current_schema()::regnamespace "
                              "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
                              "ORDER BY i.relname")
            .arg(quotedList(tables));
    }
    QString foreignKeys(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname), "
                              "format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname) || "
                              "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                              "WHERE c.contype = 'f' AND t.relname IN (%1) "
                              "AND t.relnamespace = current_schema()::regnamespace ORDER BY t.relname, c.conname")
            .arg(quotedList(tables));
    }
    QString searchIndexTriggers(const QStringList&) const override { return QString(); }
    QString triggers(const QString& namePrefix) const override
    {
        return QStringLiteral("SELECT format('ALTER TABLE %I DISABLE TRIGGER %I', c.relname, t.tgname), "
                              "format('ALTER TABLE %I ENABLE TRIGGER %I', c.relname, t.tgname) "
                              "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                              "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname LIKE %1 "
                              "AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname, t.tgname")
            .arg(likePrefix(namePrefix));
    }
    // Index builds sort in maintenance_work_mem; room for this transaction only.
    QStringList indexBuildSettings() const override
    {
        return {QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")};
    }
    std::unique_ptr<BulkInserter> inserter(const QSqlDatabase& connection, const QString& table,
                                           const QStringList& columns, const QString&, QString* error) const override
    {
        PGconn* pg = nativeHandle<PGconn>(connection, "PGconn*", "pg_conn*");
        if (!pg) {
            if (error)
                *error = QStringLiteral("no PostgreSQL handle");
            return nullptr;
        }
        return std::make_unique<PostgresInserter>(pg, table, columns, int(columns.size()));
    }
    // The server's memory is the server's business.
    QString enlargeCache(const QSqlDatabase&, int) const override { return QString(); }
    QString leaveWriteAheadLog(Database&) const override { return QString(); }
};
} // namespace

BulkLoadDialect::~BulkLoadDialect() = default;

BulkInserter::~BulkInserter() = default;

void BulkRows::appendInteger(qint64 value)
{
    Cell cell;
    cell.kind = Kind::Integer;
    cell.integer = value;
    m_cells.push_back(cell);
}

void BulkRows::appendReal(double value)
{
    Cell cell;
    cell.kind = Kind::Real;
    cell.real = value;
    m_cells.push_back(cell);
}

void BulkRows::appendBoolean(bool value)
{
    Cell cell;
    cell.kind = Kind::Boolean;
    cell.integer = value ? 1 : 0;
    m_cells.push_back(cell);
}

void BulkRows::appendBytes(Kind kind, QByteArrayView bytes)
{
    Cell cell;
    cell.kind = kind;
    cell.integer = qint64(m_bytes.size());
    cell.size = quint32(bytes.size());
    m_bytes.append(bytes.data(), size_t(bytes.size()));
    m_cells.push_back(cell);
}

void BulkRows::setUtf8(qsizetype i, QByteArrayView utf8)
{
    Cell& cell = m_cells[size_t(i)];
    cell.kind = Kind::Text;
    cell.integer = qint64(m_bytes.size());
    cell.size = quint32(utf8.size());
    m_bytes.append(utf8.data(), size_t(utf8.size()));
}

void BulkRows::appendUtf8(QByteArrayView utf8)
{
    appendBytes(Kind::Text, utf8);
}

void BulkRows::appendBlob(QByteArrayView bytes)
{
    appendBytes(Kind::Blob, bytes);
}

void BulkRows::appendLatin1(QLatin1String text)
{
    if (text.isNull()) {
        appendNull();
        return;
    }
    Cell cell;
    cell.kind = Kind::Text;
    cell.integer = qint64(m_bytes.size());
    for (const char c : text) {
        const uchar u = uchar(c);
        if (u < 0x80) {
            m_bytes += c;
        } else {
            m_bytes += char(0xc0 | (u >> 6));
            m_bytes += char(0x80 | (u & 0x3f));
        }
    }
    cell.size = quint32(qint64(m_bytes.size()) - cell.integer);
    m_cells.push_back(cell);
}

void BulkRows::appendText(QStringView text)
{
    if (text.isNull()) {
        appendNull();
        return;
    }
    Cell cell;
    cell.kind = Kind::Text;
    cell.integer = qint64(m_bytes.size());
    // UTF-16 to UTF-8 straight into the buffer (at most three bytes per UTF-16 unit); a lone surrogate becomes
    // U+FFFD, as QString::toUtf8() makes it.
    const size_t start = m_bytes.size();
    m_bytes.resize(start + size_t(text.size()) * 3);
    char* out = m_bytes.data() + start;
    const char16_t* p = text.utf16();
    const char16_t* end = p + text.size();
    while (p < end) {
        char32_t u = *p++;
        if (u < 0x80) {
            *out++ = char(u);
            continue;
        }
        if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
            continue;
        }
        if (u >= 0xd800 && u <= 0xdfff) {
            if (u <= 0xdbff && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
                u = 0x10000 + ((u - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
                *out++ = char(0xf0 | (u >> 18));
                *out++ = char(0x80 | ((u >> 12) & 0x3f));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
                *out++ = char(0x80 | (u & 0x3f));
                continue;
            }
            u = 0xfffd;
        }
        *out++ = char(0xe0 | (u >> 12));
        *out++ = char(0x80 | ((u >> 6) & 0x3f));
        *out++ = char(0x80 | (u & 0x3f));
    }
    m_bytes.resize(size_t(out - m_bytes.data()));
    cell.size = quint32(m_bytes.size() - start);
    m_cells.push_back(cell);
}

const BulkLoadDialect& BulkLoadDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteBulkLoadDialect sqlite;
    static const PostgresBulkLoadDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}
