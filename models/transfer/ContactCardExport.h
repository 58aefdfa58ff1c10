#pragma once

#include "ContactCard.h"
#include "VCardWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

class Database;
class QIODevice;
class QSqlQuery;

// The contacts of a database as a vCard file, for `deskcrm-cli export --entity contacts --format vcf` and the
// contact list's export. Streams: one contact is read and written at a time, whatever the number of contacts.
// Each card carries the contact's id as UID, its customer's name as ORG, its phone as a work voice line, its
// mobile as a cell phone, its e-mail, job title and notes, and updated_at as REV; VCardRowSource reads such a
// file back into the same contacts.
class ContactCardExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactCardExport)

public:
    struct Options
    {
        VCardWriter::Version version = VCardWriter::Version::V3_0;
        // Only these contacts (ids); empty: every contact the filters let through.
        QStringList ids;
        // Filters of the contact list (ListSpec::contacts(): "customer" -> a customer id), as
        // RecordListModel::filters() holds them; keys the list does not know are refused.
        QVariantMap filters;
    };

    // Writes the live (not deleted) contacts, ordered by customer name, name and id. Returns how many were
    // written, or -1 with *error (a refused filter, a failed read or write).
    static qint64 write(Database& db, const Options& options, QIODevice& out, QString* error);

    // A contact row as a card (the columns of the query write() runs).
    static ContactCard card(const QSqlQuery& row);
};
