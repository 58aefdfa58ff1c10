#pragma once

#include "RowSource.h"
#include "VCardReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

#include <memory>

// A vCard file as rows for the import engine: one row per card, in fixed columns that map onto the contacts
// entity's import fields (ImportSpec "contacts"; importColumns() is the mapping). The header names are
// identifiers, the same in every language:
//   Name        FN, else built from N (ContactCard::displayName)            -> contacts.name
//   Company     ORG's first component                                       -> the customer of that name
//   Title       TITLE                                                       -> contacts.title
//   Work phone  the preferred TEL that is not a mobile, fax or pager, work first -> contacts.phone
//   Mobile      the preferred TEL typed cell (mobile, iPhone)               -> contacts.mobile
//   E-mail      the preferred EMAIL                                         -> contacts.email
//   Note        NOTE, then what has no column of its own, one labelled line each: the department, role,
//               birthday, every other phone and e-mail, the addresses, web sites -> contacts.notes
//   UID         UID                                                         -> contacts.external_id
// A broken card is a row with its problem (and what could be read of it).
class VCardRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(VCardRowSource)

public:
    enum Column { Name, Company, Title, WorkPhone, Mobile, Email, Note, Uid, ColumnCount };

    // Reads fileName; fallbackEncoding as VCardReader::setFallbackEncoding (empty: guessed).
    explicit VCardRowSource(const QString& fileName, const QByteArray& fallbackEncoding = {});
    ~VCardRowSource() override;
    Q_DISABLE_COPY(VCardRowSource)

    static QStringList columnNames();
    // The contacts import field a column fills (ImportEntities::fields("contacts")): "customer" for Company (the
    // customer of that name, found or made), "external_id" for UID; the others are named as their table columns.
    static QString importField(Column column);
    // Header -> import field for every column: ImportSpec::columns of a vCard import.
    static QMap<QString, QString> importColumns();
    // The row's cells for one card (QString or null), in Column order.
    static QVariantList cells(const ContactCard& card);
    // True for a file named *.vcf / *.vcard, or whose first line that is not blank is BEGIN:VCARD.
    static bool isVCardFile(const QString& fileName);

    QStringList headers() const override;
    bool next(SourceRow* row) override;
    QString error() const override;
    bool rewind() override;
    qint64 position() const override;
    qint64 size() const override;

private:
    QFile m_file;
    std::unique_ptr<VCardReader> m_reader;
    QString m_error;
};
