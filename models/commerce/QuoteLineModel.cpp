#include "QuoteLineModel.h"

#include "Database.h"
#include "Money.h"
#include "PriceLists.h"
#include "ReportFormat.h"

#include <QRegularExpression>
#include <QSqlQuery>

QuoteLineModel::QuoteLineModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    recompute();
}

void QuoteLineModel::setLines(const QList<DocumentLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    recompute();
}

void QuoteLineModel::setCurrency(const QString& code)
{
    m_currency = code;
    m_digits = Money::minorDigits(code);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, UnitPrice), index(rowCount() - 1, Amount));
    recompute();
}

void QuoteLineModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

int QuoteLineModel::addLine(int row)
{
    if (row < 0 || row > m_lines.size())
        row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.insert(row, DocumentLine());
    endInsertRows();
    recompute();
    return row;
}

int QuoteLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount");
    case TaxRate:
        return tr("Tax rate");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

Qt::ItemFlags QuoteLineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != Amount)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuoteLineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const DocumentLine& line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity && index.column() != Unit ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.row() < m_totals.lines.size() && !m_totals.lines.at(index.row()).ok())
        return m_totals.lines.at(index.row()).error;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Product:
        return productText(line.productId);
    case Description:
        return line.description;
    case Quantity:
        return DocumentTotals::quantityText(line.quantityMilli);
    case Unit:
        return line.unit;
    case UnitPrice:
        return edit ? amountText(line.unitPriceMinor, m_digits) : ReportFormat::money(line.unitPriceMinor, m_currency);
    case Discount:
        if (line.discountKind == DocumentTotals::DiscountKind::Percent)
            return DocumentTotals::percentText(line.discountValue) + QLatin1Char('%');
        if (line.discountKind == DocumentTotals::DiscountKind::Amount)
            return edit ? amountText(line.discountValue, m_digits)
                        : ReportFormat::money(line.discountValue, m_currency);
        return QString();
    case TaxRate:
        return DocumentTotals::percentText(line.taxRateBp) + QLatin1Char('%');
    case Amount:
        if (index.row() < m_totals.lines.size() && m_totals.lines.at(index.row()).ok())
            return ReportFormat::money(m_totals.lines.at(index.row()).netMinor, m_currency);
        return QStringLiteral("—");
    default:
        return {};
    }
}

bool QuoteLineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_lines.size())
        return false;
    DocumentLine& line = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    QString refused;
    int firstChanged = index.column();
    int lastChanged = index.column();
    switch (index.column()) {
    case Product: {
        if (text.isEmpty()) {
            line.productId.clear();
            break;
        }
        const ProductInfo* product = findProduct(text);
        if (!product) {
            refused = tr("No product has the code or name \"%1\".").arg(text);
            break;
        }
        line.productId = product->id;
        line.description = product->name;
        line.unit = product->unit;
        line.taxRateBp = product->taxRateBp;
        // The price list's price (volume prices by the line's quantity), else the product's list price when it is in
        // the quote's currency; never converted.
        line.listPrice = PriceLists::priceFor(m_db, product->id, m_currency, m_db.clock().today(), line.quantityMilli,
                                              &line.unitPriceMinor);
        firstChanged = Product;
        lastChanged = Amount;
        break;
    }
    case Description:
        line.description = value.toString();
        break;
    case Quantity: {
        qint64 milli = 0;
        if (DocumentTotals::parseQuantity(text, &milli)) {
            line.quantityMilli = milli;
            // A price still taken from the price list follows its volume prices.
            if (line.listPrice && !line.productId.isEmpty())
                PriceLists::priceFor(m_db, line.productId, m_currency, m_db.clock().today(), milli,
                                     &line.unitPriceMinor);
        } else
            refused = tr("\"%1\" is not a quantity (up to three decimals).").arg(text);
        lastChanged = Amount;
        break;
    }
    case Unit:
        line.unit = text;
        break;
    case UnitPrice: {
        qint64 minor = 0;
        if (parseAmount(text, m_digits, &minor)) {
            line.listPrice = line.listPrice && minor == line.unitPriceMinor; // typed over: the user's price
            line.unitPriceMinor = minor;
        } else {
            refused = tr("\"%1\" is not a price.").arg(text);
        }
        lastChanged = Amount;
        break;
    }
    case Discount: {
        qint64 amount = 0;
        if (text.isEmpty()) {
            line.discountKind = DocumentTotals::DiscountKind::None;
            line.discountValue = 0;
        } else if (text.endsWith(QLatin1Char('%')) || text.endsWith(QChar(0xFF05))) {
            QString number = text;
            number.chop(1);
            if (DocumentTotals::parsePercent(number, &amount) && amount <= 10000) {
                line.discountKind = DocumentTotals::DiscountKind::Percent;
                line.discountValue = amount;
            } else {
                refused = tr("\"%1\" is not a percentage between 0% and 100%.").arg(text);
            }
        } else if (parseAmount(text, m_digits, &amount)) {
            line.discountKind = amount > 0 ? DocumentTotals::DiscountKind::Amount : DocumentTotals::DiscountKind::None;
            line.discountValue = amount;
        } else {
            refused = tr("Type a discount as a percentage (10%) or an amount (50.00).");
        }
        lastChanged = Amount;
        break;
    }
    case TaxRate: {
        qint64 bp = 0;
        if (DocumentTotals::parsePercent(text, &bp) && bp <= 10000)
            line.taxRateBp = int(bp);
        else
            refused = tr("\"%1\" is not a tax rate between 0% and 100%.").arg(text);
        lastChanged = Amount;
        break;
    }
    default:
        return false;
    }
    emit editRefused(refused);
    if (!refused.isEmpty())
        return false;
    recompute();
    emit dataChanged(this->index(index.row(), firstChanged), this->index(index.row(), lastChanged));
    return true;
}

bool QuoteLineModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count <= 0 || row + count > m_lines.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_lines.erase(m_lines.begin() + row, m_lines.begin() + row + count);
    endRemoveRows();
    recompute();
    return true;
}

void QuoteLineModel::recompute()
{
    m_totals = DocumentLines::totals(m_lines);
    emit totalsChanged();
}

void QuoteLineModel::loadProducts()
{
    m_productsLoaded = true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, unit, price_minor, currency, tax_rate_bp, active FROM products "
                               "WHERE deleted_at IS NULL ORDER BY code, name")))
        return;
    while (q.next()) {
        ProductInfo p;
        p.id = q.value(0).toString();
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        p.unit = q.value(3).toString();
        p.priceMinor = q.value(4).toLongLong();
        p.currency = q.value(5).toString();
        p.taxRateBp = q.value(6).toInt();
        // Inactive products stay known (old lines show them) but are offered last.
        if (q.value(7).toBool())
            m_products.prepend(p);
        else
            m_products.append(p);
    }
}

const QuoteLineModel::ProductInfo* QuoteLineModel::findProduct(const QString& text) const
{
    if (!m_productsLoaded)
        const_cast<QuoteLineModel*>(this)->loadProducts();
    // An exact code or name first, then the first whose code or name starts with the text.
    for (const ProductInfo& p : m_products)
        if (p.code.compare(text, Qt::CaseInsensitive) == 0 || p.name.compare(text, Qt::CaseInsensitive) == 0)
            return &p;
    for (const ProductInfo& p : m_products)
        if (p.code.startsWith(text, Qt::CaseInsensitive) || p.name.startsWith(text, Qt::CaseInsensitive))
            return &p;
    return nullptr;
}

QString QuoteLineModel::productText(const QString& productId) const
{
    if (productId.isEmpty())
        return {};
    if (!m_productsLoaded)
        const_cast<QuoteLineModel*>(this)->loadProducts();
    for (const ProductInfo& p : m_products)
        if (p.id == productId)
            return p.code.isEmpty() ? p.name : p.code;
    return {};
}

bool QuoteLineModel::parseAmount(const QString& text, int digits, qint64* minor)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    // "1,234.50": the comma groups; "1234,5": a lone comma is the decimal sign.
    if (t.contains(QLatin1Char('.')))
        t.remove(QLatin1Char(','));
    static const QRegularExpression number(QStringLiteral("^(\\d{0,16})(?:[.,](\\d*))?$"));
    const QRegularExpressionMatch m = number.match(t);
    if (t.isEmpty() || !m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return false;
    const QString fraction = m.captured(2);
    if (fraction.size() > digits)
        return false;
    qint64 value = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    for (int i = 0; i < digits; ++i)
        if (qMulOverflow(value, qint64(10), &value))
            return false;
    const qint64 part = fraction.isEmpty() ? 0 : fraction.leftJustified(digits, QLatin1Char('0')).toLongLong();
    if (qAddOverflow(value, part, &value))
        return false;
    *minor = value;
    return true;
}

QString QuoteLineModel::amountText(qint64 minor, int digits)
{
    if (digits <= 0)
        return QString::number(minor);
    qint64 factor = 1;
    for (int i = 0; i < digits; ++i)
        factor *= 10;
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    return sign + QString::number(magnitude / quint64(factor)) + QLatin1Char('.') +
           QString::number(magnitude % quint64(factor)).rightJustified(digits, QLatin1Char('0'));
}
