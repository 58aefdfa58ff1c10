#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// `deskcrm-cli check` for payment collection: every stored sum is recomputed from the rows it sums — what was paid
// on each instalment and invoice, what each receipt allocated, what each invoice had credited, and each contract's
// planned, invoiced, credited and paid amounts. Every difference is one problem line naming the document.
class CollectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(CollectionCheck)

public:
    CollectionCheck() = delete;

    static bool verify(const Database& db, QStringList* problems, int* checked, QString* error);
};
