#pragma once

#include "DocumentLines.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class Database;

// The lines of a quote (or contract) being edited, as the line editor's table shows them. Typing a product's code or
// name in the Product column fills description, unit, price (its list price) and tax rate; quantity, price, discount
// ("10%" off, or an amount) and tax rate ("13%") are typed as text and kept as integers. Every edit recomputes the
// totals of all lines with DocumentTotals (a few microseconds for 200 lines) and announces them.
class QuoteLineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Product, Description, Quantity, Unit, UnitPrice, Discount, TaxRate, Amount, ColumnCount };

    explicit QuoteLineModel(Database& db, QObject* parent = nullptr);

    void setLines(const QList<DocumentLine>& lines);
    QList<DocumentLine> lines() const { return m_lines; }
    void setCurrency(const QString& code); // decides the money columns' decimals
    QString currency() const { return m_currency; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    const DocumentTotals::Result& totals() const { return m_totals; }

    // A new line at row (the end when out of range) with the given product text applied, if any; returns its row.
    int addLine(int row = -1);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // Money as typed ("1,234.5", "1234.50") in minor units of `digits` decimals; false when it is not an amount.
    static bool parseAmount(const QString& text, int digits, qint64* minor);
    static QString amountText(qint64 minor, int digits);

Q_SIGNALS:
    void totalsChanged();
    // A typed value could not be read (shown by the editor); empty when the last edit was fine.
    void editRefused(const QString& message);

private:
    struct ProductInfo
    {
        QString id;
        QString code;
        QString name;
        QString unit;
        qint64 priceMinor = 0;
        QString currency;
        int taxRateBp = 0;
    };
    void loadProducts();
    const ProductInfo* findProduct(const QString& text) const;
    QString productText(const QString& productId) const;
    void recompute();

    Database& m_db;
    QList<DocumentLine> m_lines;
    QList<ProductInfo> m_products;
    bool m_productsLoaded = false;
    QString m_currency = QStringLiteral("CNY");
    int m_digits = 2;
    bool m_readOnly = false;
    DocumentTotals::Result m_totals;
};
