#pragma once

#include "ContractService.h"

#include <QDialog>

class ContractCollectionWidget;
class DateField;
class Database;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QuoteLineModel;

// A contract: number, customer, status, signatory, term and main terms above its lines (copied from the quote, read
// only) and totals. The status moves one step at a time through the buttons; signing asks whether the deal is won
// with the contract's amount. Written through ContractService; printing is the shell's (printRequested).
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    ContractDialog(Database& db, const QString& id, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    QString contractId() const { return m_contract.id; }

public Q_SLOTS:
    bool save();
    void moveTo(const QString& status);

Q_SIGNALS:
    void saved(const QString& contractId);
    void printRequested(const QString& contractId);

private:
    void load(const QString& id);
    void showContract();
    void showError(const QString& message);

    Database& m_db;
    ContractDocument m_contract;
    bool m_loaded = false;
    QString m_errorText;
    QuoteLineModel* m_lines = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_signatory = nullptr;
    DateField* m_start = nullptr;
    DateField* m_end = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_save = nullptr;
    QList<QPushButton*> m_statusButtons;
    ContractCollectionWidget* m_collection = nullptr;
};
