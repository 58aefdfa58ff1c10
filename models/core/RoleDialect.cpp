#include "RoleDialect.h"

namespace {
class SqliteRoleDialect : public RoleDialect
{
public:
    bool serverRoles() const override { return false; }
};

class PostgresRoleDialect : public RoleDialect
{
public:
    bool serverRoles() const override { return true; }
};
} // namespace

RoleDialect::~RoleDialect() = default;

const RoleDialect& RoleDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteRoleDialect sqlite;
    static const PostgresRoleDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}
