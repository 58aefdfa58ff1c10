#pragma once

#include "RecordDialog.h"

// Edits one person at a customer: name, title, phone, mobile, e-mail, whether they are the primary contact.
class ContactDialog : public RecordDialog
{
    Q_OBJECT
public:
    ContactDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);
};
