#pragma once

#include "ChangeSet.h"

#include <QString>

class Database;

// Called by RecordWriter inside the transaction, after the last statement and before the commit, with every
// row the transaction changed. The audit trail and the sync change log are written from here; returning
// false rolls the whole write back with that error.
class WriteHook
{
public:
    virtual ~WriteHook();
    virtual bool beforeCommit(Database& db, const ChangeSet& changes, QString* error) = 0;
};
