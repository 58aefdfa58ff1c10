#pragma once

#include "ImportValues.h"

#include <QChar>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One field an import can fill: what a mapping calls it, the column(s) it is written to, how a cell is read and
// checked, and the header texts that map to it without a mapping (English and Chinese).
struct ImportField
{
    enum Kind { Text, Email, Phone, Date, DateTime, Money, Integer, Bool, Choice, Reference };
    // What a Reference names; looked up by name (ImportReferences), some created when missing.
    enum Target {
        None,
        User,
        Team,
        Customer,
        Contact,
        Opportunity,
        Stage,
        Industry,
        LeadSource,
        Channel,
        InteractionType,
        Product
    };

    QString name;           // as mappings and profiles name it: "name", "owner", "annual_revenue"
    QString column;         // the table column: "name", "owner_id", "annual_revenue_minor"
    QString currencyColumn; // Money: the column its ISO code goes to
    Kind kind = Text;
    Target target = None;
    bool required = false;
    int maxLength = 0;                  // Text: characters; 0 = no limit
    qint64 minimum = 0, maximum = -1;   // Integer: allowed range when maximum >= minimum
    QStringList choices;                // Choice: the stored values
    QMap<QString, QString> choiceNames; // Choice: other texts for them (normalised text -> stored value)
    bool integerChoice = false;         // Choice stored as a number (task priority)
    QVariant defaultValue;              // written when the cell is empty (NOT NULL columns with a default)
    const char* label = "";             // English, translated in the context "ImportSpec"
    QStringList aliases;                // more header texts that mean this field (Chinese labels …)

    QString displayName() const { return QCoreApplication::translate("ImportSpec", label); }
};

// The entities an import can fill and their fields.
namespace ImportEntities {
// customers, contacts, interactions, opportunities, tasks, users, teams, products
QStringList names();
QString table(const QString& entity);
const QList<ImportField>& fields(const QString& entity);
const ImportField* field(const QString& entity, const QString& name);
// The field a header means ("E-mail", "邮箱", "email" → email), or empty.
QString fieldForHeader(const QString& entity, const QString& header);
// Fields a re-import can match existing rows on, the natural key first (users: username; teams, products: name).
QStringList keyFields(const QString& entity);
// Lower case, NFKC, without spaces, '_' and '-': how headers and names are compared.
QString normalised(const QString& text);
} // namespace ImportEntities

// How one file becomes rows of one entity: which column feeds which field, constant fields, value maps (a stage
// "Won" → the won stage's name), the key existing rows are matched on, and how cells are read.
//
// JSON form (a mapping profile; ImportProfile holds several, one per file). Stable: new keys may be added, none
// renamed; unknown keys are ignored.
//   {
//     "entity": "opportunities",           // required, one of ImportEntities::names()
//     "file": "sales_pipeline.csv",        // profiles: the file, relative to the profile's folder
//     "encoding": "GB18030",               // optional; detected when absent
//     "delimiter": ";",                    // optional: ",", ";" or "\t"; detected when absent
//     "header": true,                      // optional, default true
//     "columns": {"deal_stage": "stage", "account": "customer"},   // file header -> field; absent: by header
//     "constants": {"currency": "USD"},    // field -> text, read like a cell of every row
//     "values": {"stage": {"Engaging": "Negotiating", "Won": "Won"}},  // field -> (file text -> text)
//     "key": "external_id",                // optional field to match existing rows on
//     "createMissing": true,               // create unknown users, teams, customers, contacts, products
//     "dateOrder": "dmy",                  // "dmy" or "mdy" for d/m/yyyy vs m/d/yyyy; absent: from the data
//     "currency": "USD",                   // for amounts without a symbol or code
//     "phoneRegion": "CN"                  // for phone numbers without a country code
//   }
struct ImportSpec
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)

public:
    QString entity;
    QString file;
    QString encoding;
    QChar delimiter;
    bool header = true;
    QMap<QString, QString> columns;               // header -> field; empty: automatic by header text
    QMap<QString, QString> constants;             // field -> text
    QMap<QString, QMap<QString, QString>> values; // field -> (text -> text)
    QString key;
    bool createMissing = false;
    ImportValues::DateOrder dateOrder = ImportValues::DateOrder::Unknown;
    QString currency = QStringLiteral("CNY");
    QString phoneRegion; // empty: FieldValidator::defaultRegion()

    // The columns mapped by header text (ImportEntities::fieldForHeader) when `columns` is empty.
    QMap<QString, QString> effectiveColumns(const QStringList& headers) const;
    // Whether the spec names a known entity, fields of it and a key it can match on; else *error.
    bool check(QString* error) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, ImportSpec* spec, QString* error);
};

// A saved mapping for a set of files (the JSON above, or {"name": …, "files": [spec, …]} for several files
// imported together in one transaction, in the order listed: accounts before the deals naming them).
struct ImportProfile
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)

public:
    QString name;
    QList<ImportSpec> files;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, ImportProfile* profile, QString* error);
    bool save(const QString& path, QString* error) const;
    static bool load(const QString& path, ImportProfile* profile, QString* error);
};
