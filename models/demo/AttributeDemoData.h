#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class RecordWriter;

// Demo and benchmark custom fields: customers get a segment (choice list), a credit score (number), an annual
// budget (money), a contract renewal date, a partner flag and a customer code; opportunities a decision role
// (multi-choice) and a competitor (text). Every live record gets values (a few left empty, as in real data), written
// through RecordBatch in the caller's write. Fields that exist already (by key) are reused, not made twice.
class AttributeDemoData
{
    Q_DECLARE_TR_FUNCTIONS(AttributeDemoData)

public:
    static bool generate(RecordWriter& writer, quint64 seed, QString* error);
    // In a write of its own.
    static bool generate(Database& db, quint64 seed, QString* error);
};
