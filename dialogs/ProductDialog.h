#pragma once

#include "RecordDialog.h"

// Edits one product of the catalogue: code, name, unit, category, list price, default tax rate, description and whether
// it is still offered (an inactive product stays on old quotes but is not offered on new ones).
class ProductDialog : public RecordDialog
{
    Q_OBJECT
public:
    ProductDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

protected:
    void afterLoad() override;
    bool beforeSubmit(QHash<QString, QString>* errors) override;
};
