#pragma once

#include <QCoreApplication>
#include <QString>

// How the audit trail names tables and columns for people. The words come from where users already read them —
// the import fields and the list columns — so a revert preview says "Customers · 北京星辰 · Phone" rather than
// "customers · phone". Scripts keep the raw names (the JSON of `deskcrm-cli audit`).
class AuditLabels
{
    Q_DECLARE_TR_FUNCTIONS(AuditLabels)

public:
    // The kind of record a table holds ("Customers", "客户"); a readable form of the name for tables users never
    // see as a list.
    static QString table(const QString& table);
    // What a column of that table is called in the program ("Owner", "Expected close"); a readable form of the
    // name when no form or list shows it.
    static QString field(const QString& table, const QString& column);
};
