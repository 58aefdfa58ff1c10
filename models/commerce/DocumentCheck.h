#pragma once

#include <QCoreApplication>
#include <QStringList>

class Database;

// `deskcrm-cli check` for issue 13's documents: every live quote's, contract's and invoice's stored totals (subtotal,
// discount, tax, total) and each line's stored net and tax are recomputed from the lines with DocumentTotals; every
// difference is one problem line naming the document. CollectionCheck then recomputes the payment balances.
class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)

public:
    DocumentCheck() = delete;

    // False with *error when a query failed; otherwise the differences in *problems (none: all add up) and the
    // number of documents checked in *checked.
    static bool verify(const Database& db, QStringList* problems, int* checked, QString* error);
};
