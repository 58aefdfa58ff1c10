#pragma once

#include "RecordDialog.h"

// Edits one customer (organisation or person): identity, how to reach them, classification, owner,
// and the background a colleague needs to take over.
class CustomerDialog : public RecordDialog
{
    Q_OBJECT
public:
    CustomerDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);
};
