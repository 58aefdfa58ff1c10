#include "RecordBatch.h"

#include "Uuid.h"

#include <QSqlError>

#include <algorithm>

namespace {
// Beyond this many rows a load is announced by table only: listeners reload rather than look rows up.
constexpr int kListedIds = 1000;
} // namespace

RecordBatch::RecordBatch(RecordWriter& writer, QString table, QStringList columns)
    : m_writer(writer), m_table(std::move(table)), m_columns(std::move(columns))
{
    m_idColumn = static_cast<int>(m_columns.indexOf(QStringLiteral("id")));
    Q_ASSERT_X(m_idColumn >= 0, "RecordBatch", "a batch's rows need their id column");
    m_width = static_cast<int>(m_columns.size()) + 5;
    const int byValues = std::max(1, m_writer.database().bulkLoadDialect().valuesPerStatement() / m_width);
    while (m_maxRows * 2 <= std::min(byValues, 256))
        m_maxRows *= 2;
}

RecordBatch::~RecordBatch() = default;

void RecordBatch::addRow(const QVariantList& values, const RowHistory* history)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_values.append(values);
    stampRow(history);
}

void RecordBatch::stampRow(const RowHistory* history)
{
    const qsizetype start = m_values.size() - m_columns.size();
    if (m_values.at(start + m_idColumn).toString().isEmpty())
        m_values[start + m_idColumn] = Uuid::createV7();
    if (!m_unlisted) {
        if (m_ids.size() < kListedIds) {
            m_ids << m_values.at(start + m_idColumn).toString();
        } else {
            m_ids.clear();
            m_unlisted = true;
        }
    }
    // Same order as the column list statement() writes: created_at, created_by, updated_at, updated_by, version.
    if (history) {
        m_values << history->createdAt << history->createdBy << history->updatedAt << history->updatedBy
                 << history->version;
    } else {
        m_values << m_writer.m_now << m_writer.m_user << m_writer.m_now << m_writer.m_user << 1;
    }
}

WriteResult RecordBatch::flush()
{
    if (!m_writer.isActive())
        return m_writer.notStarted();
    const int total = pendingRows();
    int offset = 0;
    while (offset < total) {
        int rows = m_maxRows;
        while (rows > total - offset)
            rows /= 2;
        QSqlQuery& q = statement(rows);
        const qsizetype base = qsizetype(offset) * m_width;
        for (int i = 0; i < rows * m_width; ++i)
            q.bindValue(i, m_writer.bindable(m_values.at(base + i)));
        if (!q.exec()) {
            return WriteResult::failure(
                WriteResult::Failed,
                tr("Cannot write the rows of %1: %2").arg(m_table, q.lastError().text().trimmed()));
        }
        offset += rows;
        m_written += rows;
    }
    m_values.clear();
    if (total > 0) {
        // The writer merges these per table, so announcing at every flush lists each id once.
        m_writer.m_changes.add({m_table, RowChange::Inserted, m_unlisted ? QStringList() : m_ids, {}});
        m_ids.clear();
    }
    WriteResult result;
    result.affected = total;
    return result;
}

QSqlQuery& RecordBatch::statement(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return *it->second;
    QStringList columns;
    for (const QString& column : std::as_const(m_columns))
        columns << m_writer.quoted(column);
    columns << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by") << QStringLiteral("version");
    const QString tuple = QLatin1Char('(') + QStringLiteral("?,").repeated(m_width - 1) + QStringLiteral("?)");
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_writer.quoted(m_table, true), columns.join(QLatin1Char(',')));
    sql.reserve(sql.size() + rows * (tuple.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += QLatin1Char(',');
        sql += tuple;
    }
    auto q = std::make_unique<QSqlQuery>(m_writer.database().connection());
    // A failed prepare shows up as an error on exec(), with the driver's message.
    q->prepare(sql);
    return *m_statements.emplace(rows, std::move(q)).first->second;
}
