#pragma once

#include "QuoteService.h"

#include <QDialog>

class CurrencyComboBox;
class CustomerPicker;
class DateField;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QuoteLineModel;

// The quote editor: customer, subject, currency, dates and terms above a line table (QuoteLineModel) with the
// totals under it. Keyboard flow: Tab moves cell to cell, typing starts an edit, Insert adds a line below and
// starts on its product, Ctrl+Delete removes the line, Ctrl+S saves. A draft is edited; a sent quote is marked
// accepted or rejected; a sent, rejected or expired one is revised into a new draft; an accepted one becomes a
// contract. A discount above the owner's limit offers "Ask for approval". Everything is written through
// QuoteService; printing is the shell's (printRequested), so no report code is linked here.
class QuoteDialog : public QDialog
{
    Q_OBJECT
public:
    // id empty: a new quote for presets "customer_id" and/or "opportunity_id".
    QuoteDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    QString quoteId() const { return m_quote.id; }
    QuoteLineModel* lineModel() const { return m_lines; }
    QTableView* lineView() const { return m_view; }

public Q_SLOTS:
    bool save();
    void addLine();
    void removeLine();

Q_SIGNALS:
    void saved(const QString& quoteId);
    void printRequested(const QString& quoteId);
    void contractCreated(const QString& contractId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(const QString& id);
    void showQuote();
    void updateTotals();
    void updateActions();
    void collect();
    void setStatus(const QString& status);
    void revise();
    void makeContract();
    void askApproval();
    void showError(const QString& message);
    void fillOpportunities();

    Database& m_db;
    QuoteDocument m_quote;
    bool m_loaded = false;
    QString m_errorText;
    QuoteLineModel* m_lines = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_banner = nullptr;
    CustomerPicker* m_customer = nullptr;
    QComboBox* m_opportunity = nullptr;
    QLineEdit* m_title = nullptr;
    CurrencyComboBox* m_currency = nullptr;
    DateField* m_issued = nullptr;
    DateField* m_validUntil = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_approval = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_revise = nullptr;
    QPushButton* m_contract = nullptr;
    QPushButton* m_askApproval = nullptr;
    QPushButton* m_print = nullptr;
};
