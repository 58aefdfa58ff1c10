#pragma once

#include "DuplicateRecord.h"

#include <QList>
#include <QString>

class Database;

// Tools > Find duplicates and `deskcrm-cli duplicates`: every group of live customers or contacts that look like
// one real customer or contact (DuplicateKeys' rules), with the reasons and a score, best first. One pass over
// the table through a loaded DuplicateIndex: equal keys by hashing, similar names by comparing each name key with
// its neighbours in sorted order (forwards and written backwards), so 100,000 customers take seconds, not hours.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Database& db);

    // entity: "customer" or "contact". False with a message when the database could not be read.
    bool find(const QString& entity, QList<DuplicateGroup>* groups, QString* error);

    // How many neighbours in sorted order each name key is compared with.
    static constexpr int kWindow = 4;

private:
    Database& m_db;
};
