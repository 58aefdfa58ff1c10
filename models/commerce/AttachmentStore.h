#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class QIODevice;

// One file attached to a contract, as listed.
struct AttachmentInfo
{
    QString id;
    int version = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex, of the whole file
};

// Files attached to a contract (the signed contract, drawings …) kept in the database, in chunks of kChunkBytes:
// adding reads the source a chunk at a time, writing each as a row of attachment_chunks in one transaction with the
// attachment row (name, type, size, SHA-256); reading writes the chunks to a device one at a time and checks the
// hash, so neither side ever holds the whole file. The size limit is the setting `attachments/maxMB` (default 100).
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    AttachmentStore() = delete;

    static constexpr qint64 kChunkBytes = 512 * 1024;
    static qint64 sizeLimitBytes(); // from the settings

    static WriteResult add(Database& db, const QString& contractId, const QString& fileName, const QString& mimeType,
                           QIODevice* source, qint64 maxBytes = -1, QString* attachmentId = nullptr);
    // Streams the file to `target`; false (and why) when it cannot be read or no longer matches its hash.
    static bool read(Database& db, const QString& attachmentId, QIODevice* target, QString* error);
    static QList<AttachmentInfo> forContract(Database& db, const QString& contractId, QString* error = nullptr);
    static WriteResult remove(Database& db, const QString& attachmentId, int expectedVersion);
};
