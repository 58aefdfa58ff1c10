#pragma once

#include <QString>
#include <QVariantList>

class Database;

// The rows of an owned table the server's row-level security lets the signed-in user see, as an explicit condition a
// list adds to its own (`c.owner_id = ?`, or the visible owners and shared records as arrays). The policy alone is
// enforced all the same; the condition is for the planner, which cannot know how few owners the policy's init plan
// returns (it assumes ten) and so walks the name index past tens of thousands of rows that a rep may not see, where
// the owner index finds theirs at once (`deskcrm-bench rls`). Read from the policy installed for the user's role
// (the comment RowSecurity puts on it: column, reach, shares) and the same SECURITY DEFINER functions the policy
// calls, so it never shows less than the policy.
// Nothing on SQLite, for tables without an owner policy, for whoever sees every row (administrators, level 'all'), or
// for ten owners or more, whose rows the planner does not overestimate.
class VisibleOwners
{
public:
    // Appends the condition on alias's table (e.g. "c" for customers) to *conditions and its values to *binds; false
    // (and nothing appended) when there is none to add.
    static bool condition(const Database& db, const QString& table, const QString& alias, QStringList* conditions,
                          QVariantList* binds);
};
