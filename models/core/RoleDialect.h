#pragma once

#include "ConnectionSettings.h"

// Whether the database's server itself enforces DeskCRM's users and roles (issue 16): PostgreSQL login roles and
// row-level security (RowSecurity, UserAdministration, Permissions), or nothing of the kind (a single user's SQLite
// file). One stateless instance per dialect; RoleDialect::of(db.dialect()).
class RoleDialect
{
public:
    virtual ~RoleDialect();

    static const RoleDialect& of(ConnectionSettings::Dialect dialect);

    virtual bool serverRoles() const = 0;
};
