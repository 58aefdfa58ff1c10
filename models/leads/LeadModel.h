#pragma once

#include "RecordModel.h"

// Editable leads. A new lead without an owner is routed by the assignment rules as it is saved (in the same
// transaction), and every change of owner — by the rules or by hand in the form — is written to the assignment
// log. A disqualified lead needs a reason; a converted one (LeadConversion) cannot be edited back to open.
class LeadModel : public RecordModel
{
    Q_OBJECT

public:
    explicit LeadModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("lead"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

    // Screening states in their order, and the words users read for them.
    static QStringList statuses();
    static QString statusText(const QString& status);

    // The regions live leads are in, for the list's region filter.
    static QStringList regions(Database& db);

    // Whether save() applies the rules to new leads without an owner (on by default).
    void setApplyRules(bool apply) { m_applyRules = apply; }

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
    bool prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error) override;
    bool afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                    QString* error) override;

private:
    bool m_applyRules = true;
    // Set by prepareWrite when the rules chose the owner of the row being inserted; read by afterWrite.
    QString m_ruleId;
    QString m_ruleReason;
};
