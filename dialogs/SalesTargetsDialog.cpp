#include "SalesTargetsDialog.h"

#include "CurrencyComboBox.h"
#include "Database.h"
#include "DialogSeams.h"
#include "LookupModel.h"
#include "Money.h"
#include "MoneyEdit.h"
#include "ReportQueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {
// Item data of a month cell. AmountRole holds what the cell shows now, OriginalRole what was loaded
// (both qlonglong minor units, or no value for "no target"), so a changed cell is one where they differ.
const int AmountRole = Qt::UserRole + 1;
const int OriginalRole = Qt::UserRole + 2;
const int TargetIdRole = Qt::UserRole + 3;
const int VersionRole = Qt::UserRole + 4;

bool sameAmount(const QVariant& a, const QVariant& b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || a.toLongLong() == b.toLongLong();
}

bool isChanged(const QModelIndex& index)
{
    return !sameAmount(index.data(AmountRole), index.data(OriginalRole));
}
} // namespace

// Cells are edited in a MoneyEdit (the locale's way of writing amounts, integer minor units) and
// drawn from AmountRole, right-aligned, changed ones in bold. Enter/Up/Down commit and move like a
// spreadsheet; an amount that does not read stays in its editor with the reason shown.
class SalesTargetsDialog::AmountDelegate : public QStyledItemDelegate
{
public:
    explicit AmountDelegate(SalesTargetsDialog* dialog) : QStyledItemDelegate(dialog), m_dialog(dialog) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new MoneyEdit(parent);
        editor->setObjectName(QStringLiteral("targetEditor"));
        editor->setCurrency(m_dialog->m_currency);
        editor->setFrame(false);
        editor->setPlaceholderText(QString());
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* edit = static_cast<MoneyEdit*>(editor);
        const QVariant amount = index.data(AmountRole);
        if (amount.isValid())
            edit->setMinorUnits(amount.toLongLong());
        else
            edit->clear();
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        auto* edit = static_cast<MoneyEdit*>(editor);
        if (edit->text().trimmed().isEmpty()) {
            model->setData(index, QVariant(), AmountRole); // an emptied cell = no target
            return;
        }
        if (!edit->isValid()) {
            m_dialog->showMessage(edit->errorText(), true);
            return;
        }
        model->setData(index, qlonglong(edit->minorUnits()), AmountRole);
    }

    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        editor->setGeometry(option.rect);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant amount = index.data(AmountRole);
        option->text = amount.isValid() ? m_dialog->formatAmount(amount.toLongLong()) : QString();
        option->features |= QStyleOptionViewItem::HasDisplay;
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        const bool readOnly = !(index.flags() & Qt::ItemIsEditable);
        if (readOnly)
            option->backgroundBrush = option->palette.brush(QPalette::AlternateBase);
        if (readOnly || isChanged(index))
            option->font.setBold(true);
    }

    bool eventFilter(QObject* object, QEvent* event) override
    {
        auto* edit = qobject_cast<MoneyEdit*>(object);
        if (edit && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            int step = 0;
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down)
                step = 1;
            else if (key == Qt::Key_Up)
                step = -1;
            const bool leaves = step != 0 || key == Qt::Key_Tab || key == Qt::Key_Backtab;
            if (leaves && !edit->text().trimmed().isEmpty() && !edit->isValid()) {
                m_dialog->showMessage(edit->errorText(), true);
                return true; // stay in the cell until the amount reads right
            }
            if (step != 0) {
                Q_EMIT commitData(edit);
                Q_EMIT closeEditor(edit, QAbstractItemDelegate::NoHint);
                m_dialog->moveCurrent(step);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    SalesTargetsDialog* m_dialog;
};

SalesTargetsDialog::SalesTargetsDialog(Database& db, QWidget* parent) : SalesTargetsDialog(db, Choice(), parent) {}

SalesTargetsDialog::SalesTargetsDialog(Database& db, const Choice& initial, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("salesTargetsDialog"));
    setWindowTitle(tr("Sales targets"));

    m_year = initial.year > 0 ? initial.year : m_db.clock().today().year();
    m_mode = initial.mode;
    m_currency = initial.currency;
    if (m_currency.isEmpty())
        m_currency = ReportQueries(m_db).mainCurrency();

    // What to edit: a year, reps or teams, a currency. Each change reloads the table.
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("year"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setGroupSeparatorShown(false);
    m_yearBox->setKeyboardTracking(false); // typing "2027" must not load 2, 20 and 202 on the way
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("mode"));
    m_modeBox->addItem(tr("Sales reps"), int(Mode::Reps));
    m_modeBox->addItem(tr("Teams"), int(Mode::Teams));
    m_currencyBox = new CurrencyComboBox(this);
    m_currencyBox->setObjectName(QStringLiteral("currency"));
    m_currencyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* reloadButton = new QPushButton(tr("Reload"), this);
    reloadButton->setObjectName(QStringLiteral("reload"));
    reloadButton->setAutoDefault(false);
    reloadButton->setToolTip(
        tr("Read the targets again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    auto* choices = new QHBoxLayout;
    auto addLabelled = [this, choices](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        choices->addWidget(label);
        choices->addWidget(field);
        choices->addSpacing(12);
    };
    addLabelled(tr("&Year"), m_yearBox);
    addLabelled(tr("Targets &for"), m_modeBox);
    addLabelled(tr("C&urrency"), m_currencyBox);
    choices->addStretch(1);
    choices->addWidget(reloadButton);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_table->setModel(m_model);
    m_delegate = new AmountDelegate(this);
    m_table->setItemDelegate(m_delegate);
    // Typing in a cell replaces its amount, as in a spreadsheet; F2 or a double click edits it.
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->installEventFilter(this);

    auto* hint = new QLabel(tr("Type a monthly target into a cell; Delete clears it (no target). "
                               "%1 saves and keeps the window open.")
                                .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setToolTip(tr("Save the changed targets and close"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SalesTargetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SalesTargetsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Ctrl+S anywhere in the dialog, even while a cell is being edited.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SalesTargetsDialog::save);
    auto* reloadShortcut = new QShortcut(QKeySequence::Refresh, this);
    reloadShortcut->setContext(Qt::WindowShortcut);
    connect(reloadShortcut, &QShortcut::activated, this, &SalesTargetsDialog::reload);
    connect(reloadButton, &QPushButton::clicked, this, &SalesTargetsDialog::reload);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (m_updatingTotals)
            return;
        updateTotals();
        fitColumns(); // a larger amount or total must not end in "…"
    });

    restoreChoiceWidgets();
    connect(m_yearBox, &QSpinBox::valueChanged, this, [this](int year) {
        if (!switchTo(year, m_mode, m_currency))
            restoreChoiceWidgets();
    });
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!switchTo(m_year, Mode(m_modeBox->currentData().toInt()), m_currency))
            restoreChoiceWidgets();
    });
    connect(m_currencyBox, &CurrencyComboBox::codeChanged, this, [this](const QString& code) {
        if (!switchTo(m_year, m_mode, code))
            restoreChoiceWidgets();
    });

    load();
    const int focusRow = int(m_rowIds.indexOf(initial.focusId));
    m_table->setCurrentIndex(m_model->index(std::max(0, focusRow), 0));
    m_table->setFocus();

    QSize size = sizeHint();
    if (const QScreen* screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
}

QSize SalesTargetsDialog::sizeHint() const
{
    // Wide enough for every month and the total without scrolling, tall enough for a team of reps.
    const QSize base = QDialog::sizeHint();
    if (!m_table || !layout())
        return base;
    const int tableWidth = m_table->verticalHeader()->sizeHint().width() + m_table->horizontalHeader()->length() +
                           2 * m_table->frameWidth() + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int visibleRows = std::clamp(m_model->rowCount(), 4, 12);
    const int tableHeight = m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * visibleRows + 2 * m_table->frameWidth();
    const QMargins margins = layout()->contentsMargins();
    return {std::max(base.width(), tableWidth + margins.left() + margins.right()),
            base.height() - m_table->sizeHint().height() + tableHeight};
}

SalesTargetsDialog::~SalesTargetsDialog() = default;

bool SalesTargetsDialog::setYear(int year)
{
    const bool ok = switchTo(year, m_mode, m_currency);
    restoreChoiceWidgets();
    return ok;
}

bool SalesTargetsDialog::setMode(Mode mode)
{
    const bool ok = switchTo(m_year, mode, m_currency);
    restoreChoiceWidgets();
    return ok;
}

bool SalesTargetsDialog::setCurrency(const QString& code)
{
    const bool ok = switchTo(m_year, m_mode, code.trimmed().toUpper());
    restoreChoiceWidgets();
    return ok;
}

QModelIndex SalesTargetsDialog::cell(const QString& id, int month) const
{
    const int row = int(m_rowIds.indexOf(id));
    if (row < 0 || month < 1 || month > 12)
        return {};
    return m_model->index(row, month - 1);
}

qint64 SalesTargetsDialog::amountAt(const QModelIndex& index) const
{
    const QVariant amount = index.data(AmountRole);
    return amount.isValid() ? amount.toLongLong() : -1;
}

bool SalesTargetsDialog::hasUnsavedChanges() const
{
    for (int row = 0; row < m_rowIds.size(); ++row) {
        for (int column = 0; column < YearColumn; ++column) {
            if (isChanged(m_model->index(row, column)))
                return true;
        }
    }
    return false;
}

bool SalesTargetsDialog::switchTo(int year, Mode mode, const QString& currency)
{
    if (year == m_year && mode == m_mode && currency == m_currency)
        return true;
    if (!commitOpenEditor() || !askToKeepChanges())
        return false;
    const QString focusId = m_rowIds.value(m_table->currentIndex().row());
    const int column = std::max(0, m_table->currentIndex().column());
    m_year = year;
    m_mode = mode;
    m_currency = currency;
    load();
    // Same rep and month in another year or currency: the cursor stays where the user was working.
    const int row = int(m_rowIds.indexOf(focusId));
    m_table->setCurrentIndex(m_model->index(std::max(0, row), column));
    return true;
}

bool SalesTargetsDialog::askToKeepChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const QMessageBox::StandardButton answer =
        DialogSeams::question(this, tr("Unsaved Changes"), tr("Save the changed targets first?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    return true;
}

void SalesTargetsDialog::restoreChoiceWidgets()
{
    const QSignalBlocker blockYear(m_yearBox);
    const QSignalBlocker blockMode(m_modeBox);
    const QSignalBlocker blockCurrency(m_currencyBox);
    m_yearBox->setValue(m_year);
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(m_mode)));
    m_currencyBox->setCode(m_currency);
}

void SalesTargetsDialog::reload()
{
    if (!commitOpenEditor() || !askToKeepChanges())
        return;
    const QModelIndex current = m_table->currentIndex();
    load();
    m_table->setCurrentIndex(m_model->index(std::max(0, current.row()), std::max(0, current.column())));
}

void SalesTargetsDialog::load()
{
    QString error;
    QList<QPair<QString, QString>> rows; // (id, name)
    if (m_mode == Mode::Reps) {
        const std::unique_ptr<LookupModel> users(LookupModel::users(m_db));
        for (int row = 0; row < users->rowCount(); ++row)
            rows.append({users->idAt(row).toString(), users->data(users->index(row, 0)).toString()});
    } else {
        rows = ReportQueries(m_db).teams(&error);
    }
    ReportFilter filter;
    filter.from = QDate(m_year, 1, 1);
    filter.to = QDate(m_year, 12, 31);
    filter.currency = m_currency;
    const QList<ReportQueries::Target> targets =
        error.isEmpty() ? ReportQueries(m_db).targets(filter, &error) : QList<ReportQueries::Target>();

    m_updatingTotals = true; // itemChanged while filling: the totals are summed once at the end
    m_model->clear();
    m_model->setColumnCount(ColumnCount);
    m_model->setRowCount(int(rows.size()) + 1);
    const QLocale here = locale();
    for (int month = 1; month <= 12; ++month) {
        // The locale's own month names: "Jan" in English, "1月" in Chinese.
        auto* header = new QStandardItem(here.standaloneMonthName(month, QLocale::ShortFormat));
        header->setToolTip(here.standaloneMonthName(month, QLocale::LongFormat));
        m_model->setHorizontalHeaderItem(month - 1, header);
    }
    m_model->setHorizontalHeaderItem(YearColumn, new QStandardItem(tr("Year")));

    m_rowIds.clear();
    QHash<QString, int> rowOfId;
    for (int row = 0; row < rows.size(); ++row) {
        m_rowIds.append(rows.at(row).first);
        rowOfId.insert(rows.at(row).first, row);
        m_model->setVerticalHeaderItem(row, new QStandardItem(rows.at(row).second));
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QStandardItem;
            item->setFlags(column == YearColumn ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_model->setItem(row, column, item);
        }
    }
    const int totalRow = int(rows.size());
    m_model->setVerticalHeaderItem(totalRow, new QStandardItem(tr("Total")));
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QStandardItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_model->setItem(totalRow, column, item);
    }

    int hidden = 0; // targets of reps no longer active or teams deleted: counted, not editable here
    for (const ReportQueries::Target& target : targets) {
        const QString key = m_mode == Mode::Reps ? target.ownerId : target.teamId;
        if (key.isEmpty())
            continue; // the other kind of target
        const auto row = rowOfId.constFind(key);
        if (row == rowOfId.constEnd() || target.month.year() != m_year) {
            ++hidden;
            continue;
        }
        QStandardItem* item = m_model->item(*row, target.month.month() - 1);
        item->setData(qlonglong(target.amountMinor), AmountRole);
        item->setData(qlonglong(target.amountMinor), OriginalRole);
        item->setData(target.id, TargetIdRole);
        item->setData(target.version, VersionRole);
    }
    m_updatingTotals = false;
    updateTotals();
    m_error = error;
    if (!error.isEmpty())
        showMessage(error, true);
    else if (rows.isEmpty())
        showMessage(m_mode == Mode::Reps ? tr("There are no active sales reps.") : tr("There are no teams yet."),
                    false);
    else if (hidden > 0)
        showMessage(tr("%n target(s) of inactive reps or deleted teams are not shown.", nullptr, hidden), false);
    else
        m_message->hide();
    fitColumns();
}

void SalesTargetsDialog::updateTotals()
{
    m_updatingTotals = true;
    const int totalRow = int(m_rowIds.size());
    QVector<qint64> columnSums(YearColumn, 0);
    QVector<bool> columnAny(YearColumn, false);
    qint64 grand = 0;
    bool anyAtAll = false;
    for (int row = 0; row < totalRow; ++row) {
        qint64 sum = 0;
        bool any = false;
        for (int column = 0; column < YearColumn; ++column) {
            const QVariant amount = m_model->index(row, column).data(AmountRole);
            if (!amount.isValid())
                continue;
            sum += amount.toLongLong();
            any = true;
            columnSums[column] += amount.toLongLong();
            columnAny[column] = true;
        }
        m_model->item(row, YearColumn)->setData(any ? QVariant(qlonglong(sum)) : QVariant(), AmountRole);
        grand += sum;
        anyAtAll = anyAtAll || any;
    }
    for (int column = 0; column < YearColumn; ++column)
        m_model->item(totalRow, column)
            ->setData(columnAny.at(column) ? QVariant(qlonglong(columnSums.at(column))) : QVariant(), AmountRole);
    m_model->item(totalRow, YearColumn)->setData(anyAtAll ? QVariant(qlonglong(grand)) : QVariant(), AmountRole);
    m_updatingTotals = false;
}

void SalesTargetsDialog::fitColumns()
{
    // Every month equally wide, room for a target of 9,999,999 in whole units (wider when a cell holds
    // more) and the month names; the year total ten times that. All of it fits a 1366-pixel screen.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int digits = Money::minorDigits(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    int width = boldMetrics.horizontalAdvance(formatAmount(9'999'999 * scale)) + padding;
    for (int column = 0; column < YearColumn; ++column)
        width = std::max({width, static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                          m_table->horizontalHeader()->sectionSizeHint(column)});
    for (int column = 0; column < YearColumn; ++column)
        m_table->setColumnWidth(column, width);
    const int yearWidth = std::max({boldMetrics.horizontalAdvance(formatAmount(99'999'999 * scale)) + padding,
                                    static_cast<QAbstractItemView*>(m_table)->sizeHintForColumn(YearColumn),
                                    m_table->horizontalHeader()->sectionSizeHint(YearColumn)});
    m_table->setColumnWidth(YearColumn, yearWidth);
}

QString SalesTargetsDialog::formatAmount(qint64 minor) const
{
    // Targets are usually round numbers: whole units unless a cell has cents, so twelve columns fit.
    const int digits = Money::minorDigits(m_currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (minor % scale == 0)
        return locale().toString(minor / scale);
    return MoneyEdit::format(minor, locale(), digits);
}

bool SalesTargetsDialog::commitOpenEditor()
{
    // An open editor is the current cell's index widget (the table has no other index widgets).
    auto* editor = qobject_cast<MoneyEdit*>(m_table->indexWidget(m_table->currentIndex()));
    if (!editor)
        return true;
    if (!editor->text().trimmed().isEmpty() && !editor->isValid()) {
        showMessage(editor->errorText(), true);
        return false;
    }
    Q_EMIT m_delegate->commitData(editor);
    Q_EMIT m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void SalesTargetsDialog::moveCurrent(int rows)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = std::clamp(current.row() + rows, 0, m_model->rowCount() - 1);
    m_table->setCurrentIndex(m_model->index(row, current.column()));
}

bool SalesTargetsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && !m_table->indexWidget(m_table->currentIndex())) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            // Clear every selected month cell (totals are not cells of their own).
            const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
            for (const QModelIndex& index : selected.isEmpty() ? QModelIndexList{m_table->currentIndex()} : selected) {
                if (index.isValid() && (index.flags() & Qt::ItemIsEditable))
                    m_model->setData(index, QVariant(), AmountRole);
            }
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Down a row, as in a spreadsheet, instead of pressing the dialog's default button.
            moveCurrent(1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool SalesTargetsDialog::save()
{
    if (!commitOpenEditor())
        return false;
    QList<ReportQueries::Target> upserts;
    QList<QPair<QString, int>> removals;
    for (int row = 0; row < m_rowIds.size(); ++row) {
        for (int column = 0; column < YearColumn; ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (!isChanged(index))
                continue;
            const QString id = index.data(TargetIdRole).toString();
            const int version = index.data(VersionRole).toInt();
            const QVariant amount = index.data(AmountRole);
            if (!amount.isValid()) {
                removals.append({id, version});
                continue;
            }
            ReportQueries::Target target;
            target.id = id;
            if (m_mode == Mode::Reps)
                target.ownerId = m_rowIds.at(row);
            else
                target.teamId = m_rowIds.at(row);
            target.month = QDate(m_year, column + 1, 1);
            target.amountMinor = amount.toLongLong();
            target.currency = m_currency;
            target.version = version;
            upserts.append(target);
        }
    }
    const int changes = int(upserts.size() + removals.size());
    if (changes == 0) {
        m_error.clear();
        return true;
    }
    QString error;
    if (!ReportQueries(m_db).saveTargets(upserts, removals, &error)) {
        m_error = error.isEmpty() ? tr("The database refused the change.") : error;
        // The save is one transaction: say that nothing of it was written, and keep the edits on screen.
        showMessage(tr("Nothing was saved. %1").arg(m_error), true);
        return false;
    }
    const QModelIndex current = m_table->currentIndex();
    load();
    m_table->setCurrentIndex(m_model->index(std::max(0, current.row()), std::max(0, current.column())));
    if (m_error.isEmpty())
        showMessage(tr("Saved %n change(s).", nullptr, changes), false);
    Q_EMIT saved();
    return true;
}

void SalesTargetsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SalesTargetsDialog::reject()
{
    // Text still in an open editor counts as a change the user made.
    commitOpenEditor();
    if (hasUnsavedChanges()) {
        const QMessageBox::StandardButton answer =
            DialogSeams::question(this, tr("Unsaved Changes"), tr("Save the changed targets before closing?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            accept(); // closes only when saving worked; otherwise the reason is on screen
            return;
        }
    }
    QDialog::reject();
}

void SalesTargetsDialog::showMessage(const QString& text, bool isError)
{
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->show();
}
