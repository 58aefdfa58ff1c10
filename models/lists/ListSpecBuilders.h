#pragma once

#include "ListSpec.h"

// The makers the list specs are written with (ListSpec::campaigns(), products() …): one column or filter per call,
// so a spec reads as its list of columns.
namespace ListSpecBuilders {
ListColumn column(const char* key, const char* header, const QString& expression, ListColumn::Kind kind,
                  const QString& sortExpression = QString());
// Names and other words people sort by: pinyin order for Chinese (NameCollation). The column's index must be
// (column COLLATE deskcrm_name, id) (0003_name_collation.sql).
ListColumn named(const char* key, const char* header, const QString& expression);
// Minor units in the currency `currency` reads (an ISO code column).
ListColumn money(const char* key, const char* header, const QString& expression, const QString& currency);
ListFilter filter(const char* key, const QString& condition);
} // namespace ListSpecBuilders
