#pragma once

#include "ImportSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// A cell of a file as the field it is mapped to will read it, for the import wizard's preview of the first rows:
// the value as it will be stored, written for a person in the default locale (a date as a date, an amount with
// its currency, a phone number in E.164), or why it will be refused. It reads cells with the engine's own parsers
// (ImportValues, FieldValidator) and the spec's value maps, currency, phone region and date order. References
// show the name: whether it exists is asked of the database when the file is checked (Importer::validate).
namespace ImportPreview {
// Empty text and no problem for an empty optional cell; *problem is set when the engine would refuse the cell.
QString cell(const ImportField& field, const QVariant& value, const ImportSpec& spec, QString* problem);
} // namespace ImportPreview
