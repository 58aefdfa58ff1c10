#pragma once

#include <QWidget>

class Database;
class MoneyEdit;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

// The delivery and payment collection part of the contract editor: the balance (total, invoiced, credited, paid,
// outstanding), then tabs with the payment plan, receipts, invoices and shipments, and the steps a user takes on a
// signed contract: plan from payment terms, ship what is left, invoice what is left (sent at once), log a receipt
// (allocated to the oldest open instalments; an over-payment stays the customer's credit). Everything is written
// through PaymentCollection, ShipmentService and InvoiceService; `changed` tells the editor to reload the contract.
class ContractCollectionWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ContractCollectionWidget(Database& db, QWidget* parent = nullptr);

    void setContract(const QString& contractId, const QString& currency, const QString& status);

public Q_SLOTS:
    void applyTerms();
    void shipRest();
    void invoiceRest();
    void logReceipt();

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    void reload();
    void done(const struct WriteResult& result);

    Database& m_db;
    QString m_contractId;
    QString m_currency;
    QString m_status;
    QLabel* m_balance = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_plan = nullptr;
    QTableWidget* m_receipts = nullptr;
    QTableWidget* m_invoices = nullptr;
    QTableWidget* m_shipments = nullptr;
    QComboBox* m_terms = nullptr;
    QPushButton* m_applyTerms = nullptr;
    QPushButton* m_ship = nullptr;
    QPushButton* m_invoice = nullptr;
    MoneyEdit* m_amount = nullptr;
    QComboBox* m_method = nullptr;
    QPushButton* m_receipt = nullptr;
};
