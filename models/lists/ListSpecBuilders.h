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
// Plain text, sorted by its own expression unless `sortable` is false.
ListColumn text(const char* key, const char* header, const QString& expression, bool sortable = true);
// A phone number, shown in its national or international form.
ListColumn phone(const char* key, const char* header, const QString& expression, bool sortable = true);
// A lookup table's name; `translated`: seeded names are shown through the "Lookup" translation context.
ListColumn lookup(const char* key, const char* header, const QString& expression, const QString& sortExpression,
                  bool translated);
ListFilter filter(const char* key, const QString& condition);
} // namespace ListSpecBuilders
