#include "AttachmentStore.h"

#include "Database.h"
#include "RecordWriter.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

qint64 AttachmentStore::sizeLimitBytes()
{
    return QSettings().value(QStringLiteral("attachments/maxMB"), 100).toLongLong() * 1024 * 1024;
}

WriteResult AttachmentStore::add(Database& db, const QString& contractId, const QString& fileName,
                                 const QString& mimeType, QIODevice* source, qint64 maxBytes, QString* attachmentId)
{
    const qint64 limit = maxBytes >= 0 ? maxBytes : sizeLimitBytes();
    if (!source || !source->isReadable())
        return WriteResult::failure(WriteResult::Invalid, tr("The file cannot be read."));
    if (!source->isSequential() && source->size() > limit)
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("The file is larger than the limit of %1 MB.").arg(limit / (1024 * 1024)));
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        if (!source->isSequential() && !source->seek(0))
            return WriteResult::failure(WriteResult::Failed, tr("The file cannot be read."));
        const WriteResult attachment =
            writer.insert(QStringLiteral("attachments"), {{QStringLiteral("contract_id"), contractId},
                                                          {QStringLiteral("file_name"), fileName},
                                                          {QStringLiteral("mime_type"), mimeType}});
        if (!attachment.ok())
            return attachment;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        int seq = 0;
        while (true) {
            const QByteArray chunk = source->read(kChunkBytes);
            if (chunk.isEmpty())
                break;
            size += chunk.size();
            if (size > limit)
                return WriteResult::failure(
                    WriteResult::Invalid, tr("The file is larger than the limit of %1 MB.").arg(limit / (1024 * 1024)));
            hash.addData(chunk);
            const WriteResult written =
                writer.insert(QStringLiteral("attachment_chunks"), {{QStringLiteral("attachment_id"), attachment.id},
                                                                    {QStringLiteral("seq"), seq++},
                                                                    {QStringLiteral("data"), chunk}});
            if (!written.ok())
                return written;
        }
        return writer.update(QStringLiteral("attachments"), attachment.id, attachment.version,
                             {{QStringLiteral("size_bytes"), size},
                              {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())}});
    });
    if (result.ok() && attachmentId)
        *attachmentId = result.id;
    return result;
}

bool AttachmentStore::read(Database& db, const QString& attachmentId, QIODevice* target, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT sha256, size_bytes FROM attachments WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("This attachment no longer exists.");
        return false;
    }
    const QString expected = q.value(0).toString();
    const qint64 size = q.value(1).toLongLong();
    q.finish();
    // One chunk per query: the driver holds one chunk at a time, whatever the file's size.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 written = 0;
    QSqlQuery chunk(db.connection());
    chunk.setForwardOnly(true);
    chunk.prepare(QStringLiteral("SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ? AND "
                                 "deleted_at IS NULL"));
    for (int seq = 0; written < size; ++seq) {
        chunk.addBindValue(attachmentId);
        chunk.addBindValue(seq);
        if (!chunk.exec() || !chunk.next()) {
            if (error)
                *error = tr("Part %1 of the attachment is missing.").arg(seq + 1);
            return false;
        }
        const QByteArray data = chunk.value(0).toByteArray();
        chunk.finish();
        hash.addData(data);
        if (target->write(data) != data.size()) {
            if (error)
                *error = tr("The file cannot be written: %1").arg(target->errorString());
            return false;
        }
        written += data.size();
    }
    if (written != size || QString::fromLatin1(hash.result().toHex()) != expected) {
        if (error)
            *error = tr("The attachment changed since it was stored (its SHA-256 no longer matches).");
        return false;
    }
    return true;
}

QList<AttachmentInfo> AttachmentStore::forContract(Database& db, const QString& contractId, QString* error)
{
    QList<AttachmentInfo> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, version, file_name, mime_type, size_bytes, sha256 FROM attachments "
                             "WHERE contract_id = ? AND deleted_at IS NULL ORDER BY file_name, id"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString()});
    return out;
}

WriteResult AttachmentStore::remove(Database& db, const QString& attachmentId, int expectedVersion)
{
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        return writer.softDelete(QStringLiteral("attachments"), attachmentId, expectedVersion);
    });
}
