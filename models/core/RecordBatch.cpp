#include "RecordBatch.h"

#include "SqlValues.h"
#include "Uuid.h"

namespace {
// Beyond this many rows a load is announced by table only: listeners reload rather than look rows up.
constexpr int kListedIds = 1000;
} // namespace

RecordBatch::RecordBatch(RecordWriter& writer, QString table, QStringList columns)
    : m_writer(writer), m_table(std::move(table)), m_columns(std::move(columns)), m_now(writer.m_now.toUtf8()),
      m_user(writer.m_user.toString().toUtf8())
{
    m_idColumn = static_cast<int>(m_columns.indexOf(QStringLiteral("id")));
    Q_ASSERT_X(m_idColumn >= 0, "RecordBatch", "a batch's rows need their id column");
    m_width = static_cast<int>(m_columns.size()) + 5;
}

RecordBatch::~RecordBatch() = default;

void RecordBatch::addRow(const QVariantList& values, const RowHistory* history)
{
    Q_ASSERT(values.size() == m_columns.size());
    for (const QVariant& value : values)
        appendVariant(value);
    stampRow(history);
}

// As RecordWriter::bindable(): the write's stamp, NULL, UTC timestamp text, a plain date; anything else as the
// driver would bind it.
void RecordBatch::appendVariant(const QVariant& value)
{
    const int type = value.metaType().id();
    // Qt's drivers bind a null QString, QDate, … as NULL, as does a QVariant without a value.
    if (value.isNull() || (type == QMetaType::QString && value.toString().isNull()) ||
        (type == QMetaType::QDate && value.toDate().isNull()) ||
        (type == QMetaType::QDateTime && value.toDateTime().isNull()) ||
        (type == QMetaType::QByteArray && value.toByteArray().isNull())) {
        m_rows.appendNull();
        return;
    }
    switch (type) {
    case QMetaType::Bool:
        m_rows.appendBoolean(value.toBool());
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        m_rows.appendInteger(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        m_rows.appendReal(value.toDouble());
        return;
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        m_rows.appendText(*text);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        m_rows.appendBlob(*bytes);
        return;
    }
    case QMetaType::QDateTime:
        m_rows.appendText(SqlValues::timestamp(value.toDateTime()));
        return;
    case QMetaType::QDate:
        m_rows.appendText(SqlValues::date(value.toDate()).toString());
        return;
    default: {
        // The writer's own markers (RecordWriter::stamp()) become what it binds for them.
        const QVariant bound = m_writer.bindable(value);
        if (bound.metaType() != value.metaType())
            appendVariant(bound);
        else
            m_rows.appendText(value.toString());
        return;
    }
    }
}

void RecordBatch::identifyRow()
{
    const qsizetype index = m_rows.size() - m_columns.size() + m_idColumn;
    const BulkRows::Cell& cell = m_rows.at(index);
    const bool missing = cell.kind == BulkRows::Kind::Null ||
                         ((cell.kind == BulkRows::Kind::Text || cell.kind == BulkRows::Kind::Blob) && cell.size == 0);
    if (missing) {
        m_rows.setUtf8(index, Uuid::createV7().toLatin1());
    }
    if (!m_unlisted) {
        if (m_ids.size() < kListedIds) {
            m_ids << QString::fromUtf8(m_rows.bytes(m_rows.at(index)));
        } else {
            m_ids.clear();
            m_unlisted = true;
        }
    }
}

void RecordBatch::stampRow(const RowHistory* history)
{
    identifyRow();
    // Same order as the columns the inserter writes: created_at, created_by, updated_at, updated_by, version.
    if (history) {
        appendVariant(history->createdAt);
        appendVariant(history->createdBy);
        appendVariant(history->updatedAt);
        appendVariant(history->updatedBy);
        m_rows.appendInteger(history->version);
    } else {
        m_rows.appendUtf8(m_now);
        m_user.isEmpty() ? m_rows.appendNull() : m_rows.appendUtf8(m_user);
        m_rows.appendCopyOf(m_rows.size() - 2);
        m_rows.appendCopyOf(m_rows.size() - 2);
        m_rows.appendInteger(1);
    }
}

void RecordBatch::stampRow(const RawHistory& history)
{
    identifyRow();
    const auto text = [this](QByteArrayView utf8) { utf8.isEmpty() ? m_rows.appendNull() : m_rows.appendUtf8(utf8); };
    text(history.createdAt);
    text(history.createdBy);
    text(history.updatedAt);
    text(history.updatedBy);
    m_rows.appendInteger(history.version);
}

bool RecordBatch::ensureInserter(QString* error)
{
    if (m_inserter)
        return true;
    QStringList columns;
    for (const QString& column : std::as_const(m_columns))
        columns << m_writer.quoted(column);
    columns << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by") << QStringLiteral("version");
    const QString table = m_writer.quoted(m_table, true);
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));
    m_inserter =
        m_writer.database().bulkLoadDialect().inserter(m_writer.database().connection(), table, columns, insert, error);
    return m_inserter != nullptr;
}

WriteResult RecordBatch::flush()
{
    if (!m_writer.isActive())
        return m_writer.notStarted();
    const int total = pendingRows();
    if (total > 0) {
        QString message;
        if (!ensureInserter(&message))
            return WriteResult::failure(WriteResult::Failed,
                                        tr("Cannot write the rows of %1: %2").arg(m_table, message));
        QSqlError error;
        if (!m_inserter->write(m_rows, &error)) {
            WriteResult result = WriteResult::failure(
                WriteResult::Failed,
                tr("Cannot write the rows of %1: %2").arg(m_table, m_writer.database().describeError(error)));
            result.retry = m_writer.database().sqlDialect().mustRetry(error);
            return result;
        }
        m_written += total;
        m_rows.clear();
        // The writer merges these per table, so announcing at every flush lists each id once.
        m_writer.m_changes.add({m_table, RowChange::Inserted, m_unlisted ? QStringList() : m_ids, {}});
        m_ids.clear();
    }
    WriteResult result;
    result.affected = total;
    return result;
}
