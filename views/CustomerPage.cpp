#include "CustomerPage.h"

#include "Permissions.h"
#include "VisibleText.h"

#include "ReportFormat.h"

#include "Clock.h"
#include "CustomerModel.h"
#include "Database.h"
#include "LookupModel.h"
#include "ReceivablesAgeing.h"
#include "RecordListModel.h"
#include "ReportBuilder.h"
#include "ReportDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {
const QString kCustomerId = QStringLiteral("customer_id");

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

// The translated name of a stored code, using the customers list's own choices so both agree.
QString choiceText(const QString& columnKey, const QString& code)
{
    const ListSpec spec = ListSpec::customers();
    const int column = spec.columnIndex(columnKey);
    if (column < 0)
        return code;
    const ListColumn& c = spec.columns.at(column);
    for (const auto& choice : c.choices) {
        if (choice.first == code)
            return QCoreApplication::translate(c.translationContext ? c.translationContext : "ListSpec", choice.second);
    }
    return code;
}
} // namespace

CustomerPage::CustomerPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);

    // Header: who the customer is, and how to reach them.
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("customerName"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_nameLabel);

    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("customerDetails"));
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detailsLabel);

    auto* actions = new QWidget(this);
    auto* actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 4, 0, 4);
    // Log a call and Add task are the Record menu's "Log call…" and "New task…" here: the menu item has the
    // shortcut (one shortcut, one action) and triggers these.
    QAction* logCall = addQuickAction(QStringLiteral("logCallAction"), tr("Log a &call"), QStringLiteral("interaction"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), actions);
    QAction* addTask = addQuickAction(QStringLiteral("addTaskAction"), tr("Add &task"), QStringLiteral("task"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), actions);
    for (QAction* action : {logCall, addTask})
        action->setShortcut({});
    setCommandAction(Command::LogCall, logCall);
    setCommandAction(Command::NewTask, addTask);
    addQuickAction(QStringLiteral("newOpportunityAction"), tr("New &opportunity"), QStringLiteral("opportunity"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), actions);
    addQuickAction(QStringLiteral("addContactAction"), tr("Add co&ntact"), QStringLiteral("contact"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), actions);
    addQuickAction(QStringLiteral("editCustomerAction"), tr("Ed&it customer"), QString(),
                   QKeySequence(Qt::CTRL | Qt::Key_E), actions);
    auto* printAction = new QAction(tr("&Print history…"), this);
    printAction->setObjectName(QStringLiteral("printHistoryAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    printAction->setToolTip(tr("Print this customer's history for a visit (%1)")
                                .arg(printAction->shortcut().toString(QKeySequence::NativeText)));
    connect(printAction, &QAction::triggered, this, &CustomerPage::printHistory);
    addAction(printAction);
    auto* printButton = new QPushButton(printAction->text(), actions);
    printButton->setObjectName(QStringLiteral("printHistoryButton"));
    printButton->setToolTip(printAction->toolTip());
    connect(printButton, &QPushButton::clicked, printAction, &QAction::trigger);
    actionsLayout->addWidget(printButton);
    actionsLayout->addStretch(1);
    auto* backButton = new QPushButton(tr("&Back to list"), actions);
    backButton->setObjectName(QStringLiteral("backButton"));
    backButton->setToolTip(tr("Esc"));
    connect(backButton, &QPushButton::clicked, this, &Page::back);
    actionsLayout->addWidget(backButton);
    layout->addWidget(actions);

    auto* findAction = new QAction(tr("Find customer"), this);
    findAction->setObjectName(QStringLiteral("findCustomerAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &CustomerPage::findCustomerRequested);
    addAction(findAction);

    auto* backAction = new QAction(tr("Back"), this);
    backAction->setObjectName(QStringLiteral("backAction"));
    backAction->setShortcut(Qt::Key_Escape);
    connect(backAction, &QAction::triggered, this, &Page::back);
    addAction(backAction);

    // The timeline is what people read most: it gets the left half; the rest stacks on the right.
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("customerSplitter"));
    columns->setChildrenCollapsible(false);
    // Left: the timeline over the customer's notes and background, read in full (scrolling), however long.
    auto* left = new QSplitter(Qt::Vertical, columns);
    left->setObjectName(QStringLiteral("timelineSplitter"));
    left->setChildrenCollapsible(false);
    auto* timelineBox = new QWidget(left);
    auto* leftLayout = new QVBoxLayout(timelineBox);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    const Section timeline = makeSection(QStringLiteral("interaction"), QStringLiteral("timelineTable"), timelineBox);
    leftLayout->addWidget(timeline.title);
    leftLayout->addWidget(timeline.view, 1);
    left->addWidget(timelineBox);
    m_notesBox = new QWidget(left);
    auto* notesLayout = new QVBoxLayout(m_notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto* notesTitle = new QLabel(tr("Notes and background"), m_notesBox);
    notesTitle->setObjectName(QStringLiteral("customerNotesTitle"));
    QFont boldTitle = notesTitle->font();
    boldTitle.setBold(true);
    notesTitle->setFont(boldTitle);
    m_notes = new QPlainTextEdit(m_notesBox);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setReadOnly(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 3);
    notesLayout->addWidget(notesTitle);
    notesLayout->addWidget(m_notes, 1);
    left->addWidget(m_notesBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto* right = new QSplitter(Qt::Vertical, columns);
    right->setObjectName(QStringLiteral("customerSideSplitter"));
    right->setChildrenCollapsible(false);
    const Section contacts = makeSection(QStringLiteral("contact"), QStringLiteral("contactsTable"), right);
    const Section opportunities =
        makeSection(QStringLiteral("opportunity"), QStringLiteral("opportunitiesTable"), right);
    const Section tasks = makeSection(QStringLiteral("task"), QStringLiteral("tasksTable"), right);
    // Issue 14: the customer's service history (tickets and complaints, newest first).
    const Section tickets = makeSection(QStringLiteral("ticket"), QStringLiteral("ticketsTable"), right);
    // Issue 13: what was signed with the customer; what is still owed is in the header.
    const Section contracts = makeSection(QStringLiteral("contract"), QStringLiteral("contractsTable"), right);
    for (const Section& s : {contacts, opportunities, contracts, tasks, tickets}) {
        auto* box = new QWidget(right);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(s.title);
        boxLayout->addWidget(s.view, 1);
        right->addWidget(box);
    }
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    layout->addWidget(columns, 1);

    m_timeline = timeline.model;
    m_contacts = contacts.model;
    m_opportunities = opportunities.model;
    m_tasks = tasks.model;
    m_sections = {timeline, contacts, opportunities, tasks, tickets, contracts};
    setFocusProxy(timeline.view);
}

CustomerPage::~CustomerPage() = default;

CustomerPage::Section CustomerPage::makeSection(const QString& entity, const QString& objectName, QWidget* parent)
{
    Section s;
    s.model = new RecordListModel(m_db, ListSpec::forEntity(entity), this);
    // A customer's lists are short: count exactly, no background work.
    s.model->setBackgroundEnabled(false);
    s.title = new QLabel(parent);
    s.title->setObjectName(objectName + QStringLiteral("Title"));
    QFont bold = s.title->font();
    bold.setBold(true);
    s.title->setFont(bold);
    s.view = makeRecordTable(objectName, s.model, parent);
    // Everything here belongs to this customer: its name in every row would be noise.
    // Bookkeeping columns make the narrow side tables scroll sideways; the full lists keep them.
    for (const char* key : {"customer", "updated", "probability", "first_response_due", "first_response_at",
                            "resolved_at", "start", "end"}) {
        const int column = s.model->spec().columnIndex(QString::fromLatin1(key));
        if (column >= 0)
            s.view->setColumnHidden(column, true);
    }
    const QString name = entity;
    connect(s.view, &QTableView::activated, this, [this, name, model = s.model](const QModelIndex& index) {
        const QString id = model->idAt(index.row());
        if (!id.isEmpty())
            emit openRecord(name, id);
    });
    connect(s.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Page::currentChanged);
    connect(s.model, &RecordListModel::loadFailed, this, &Page::errorOccurred);
    return s;
}

QAction* CustomerPage::addQuickAction(const QString& objectName, const QString& text, const QString& entity,
                                      const QKeySequence& shortcut, QWidget* bar)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setToolTip(tr("%1 (%2)", "tooltip: an action, its shortcut")
                           .arg(VisibleText::withoutMnemonic(text), shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, [this, entity] {
        if (m_customerId.isEmpty())
            return;
        if (entity.isEmpty()) {
            emit openRecord(QStringLiteral("customer"), m_customerId);
            return;
        }
        QVariantHash presets{{kCustomerId, m_customerId}};
        if (entity == QLatin1String("interaction"))
            presets.insert(QStringLiteral("channel_id"), 1); // the seeded "phone" channel
        emit newRecord(entity, presets);
    });
    addAction(action);
    auto* button = new QPushButton(text, bar);
    button->setObjectName(objectName + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    bar->layout()->addWidget(button);
    return action;
}

bool CustomerPage::paintHistory(QPagedPaintDevice* device, QString* error)
{
    if (m_customerId.isEmpty()) {
        if (error)
            *error = tr("No customer is shown.");
        return false;
    }
    ReportBuilder::Options options;
    options.kind = ReportDocument::Kind::CustomerHistory;
    options.customerId = m_customerId;
    ReportDocument document;
    return ReportBuilder(m_db).build(options, &document, error) && document.paint(device, error);
}

void CustomerPage::printHistory()
{
    if (m_customerId.isEmpty())
        return;
    QString logError;
    if (!Permissions::of(m_db).canPrint) {
        Q_EMIT errorOccurred(tr("Your role may not print or export reports."));
        return;
    }
    if (!Permissions::logPrint(m_db, QStringLiteral("customer history ") + m_customerId, QString(), &logError)) {
        Q_EMIT errorOccurred(logError);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::defaultPageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("%1 — history").arg(m_name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        QString error;
        if (!paintHistory(target, &error))
            Q_EMIT errorOccurred(error);
    });
    preview.exec();
}

bool CustomerPage::setCustomerId(const QString& id, QString* error)
{
    const QString previous = m_customerId;
    m_customerId = id;
    if (!loadHeader(error)) {
        m_customerId = previous;
        return false;
    }
    for (const Section& s : std::as_const(m_sections))
        s.model->setFilter(QStringLiteral("customer"), id);
    reload();
    return true;
}

bool CustomerPage::loadHeader(QString* error)
{
    CustomerModel model(m_db);
    if (!model.selectRecord(m_customerId) || model.rowCount() != 1) {
        if (error) {
            // A failed query says why; an empty result means the customer is gone.
            *error = model.lastErrorMessage();
            if (error->isEmpty())
                *error = tr("This customer does not exist or has been deleted.");
        }
        return false;
    }
    auto text = [&model](const char* column) { return model.value(0, QString::fromLatin1(column)).toString(); };
    m_name = text("name");
    m_nameLabel->setText(m_name);

    std::unique_ptr<LookupModel> users(LookupModel::users(m_db));
    const QVariant ownerId = model.value(0, QStringLiteral("owner_id"));
    const QString owner = ownerId.isNull() ? QString() : users->nameOfId(ownerId);
    const QString tier = text("value_tier");

    // Label/value pairs in a table; each label is its own translated string.
    const QList<QPair<QString, QString>> fields = {
        {tr("Company"), orDash(text("company"))},
        {tr("Tier"), tier.isEmpty() ? QStringLiteral("—") : choiceText(QStringLiteral("tier"), tier)},
        {tr("Status"), choiceText(QStringLiteral("status"), text("status"))},
        {tr("Owner"), orDash(owner)},
        {tr("Phone"), orDash(ReportFormat::phone(text("phone")))},
        {tr("E-mail"), orDash(text("email"))},
        {tr("City"), orDash(text("city"))},
        {tr("Balance due"), balanceDue()},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr>");
    int column = 0;
    for (const auto& field : fields) {
        if (column == 4) {
            html += QStringLiteral("</tr><tr>");
            column = 0;
        }
        html += QStringLiteral("<td style=\"color: palette(mid); padding-right: 6px;\">%1</td>"
                               "<td style=\"padding-right: 28px;\"><b>%2</b></td>")
                    .arg(field.first.toHtmlEscaped(), field.second.toHtmlEscaped());
        ++column;
    }
    html += QStringLiteral("</tr></table>");
    m_detailsLabel->setText(html);

    // Notes and background as typed, every character of them (a note can run to pages).
    QStringList notes;
    if (!text("notes").trimmed().isEmpty())
        notes << text("notes").trimmed();
    if (!text("background").trimmed().isEmpty())
        notes << tr("Background:") + QLatin1Char('\n') + text("background").trimmed();
    m_notes->setPlainText(notes.join(QStringLiteral("\n\n")));
    m_notesBox->setVisible(!notes.isEmpty());
    return true;
}

QString CustomerPage::balanceDue() const
{
    // Per currency, never converted: what the payment plans still ask for, and how much of it is overdue.
    QList<AgeingRow> rows;
    QString error;
    if (!ReceivablesAgeing::summary(m_db, m_db.clock().today(), ReceivablesAgeing::GroupBy::Currency, QString(),
                                    m_customerId, &rows, &error)) {
        return tr("unknown (%1)").arg(error);
    }
    QStringList parts;
    for (const AgeingRow& row : std::as_const(rows)) {
        if (row.totalMinor() == 0)
            continue;
        QString part = ReportFormat::money(row.totalMinor(), row.currency);
        if (row.overdueMinor() > 0)
            part = tr("%1, %2 overdue").arg(part, ReportFormat::money(row.overdueMinor(), row.currency));
        parts << part;
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("; "));
}

void CustomerPage::reload()
{
    if (m_customerId.isEmpty())
        return;
    QString error;
    if (!loadHeader(&error)) {
        // Deleted meanwhile (here or by a colleague): nothing left to show.
        emit back();
        return;
    }
    for (const Section& s : std::as_const(m_sections)) {
        QString sectionError;
        if (!s.model->refresh(&sectionError))
            emit errorOccurred(sectionError);
        s.view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    }
    updateSectionTitles();
}

void CustomerPage::updateSectionTitles()
{
    m_sections[0].title->setText(tr("Follow-ups (%n)", nullptr, m_timeline->rowCount()));
    m_sections[1].title->setText(tr("Contacts (%n)", nullptr, m_contacts->rowCount()));
    m_sections[2].title->setText(tr("Opportunities (%n)", nullptr, m_opportunities->rowCount()));
    m_sections[3].title->setText(tr("Tasks (%n)", nullptr, m_tasks->rowCount()));
    m_sections[4].title->setText(tr("Service history (%n)", nullptr, m_sections[4].model->rowCount()));
    m_sections[5].title->setText(tr("Contracts (%n)", nullptr, m_sections[5].model->rowCount()));
}

QString CustomerPage::title() const
{
    return m_name.isEmpty() ? tr("Customer") : m_name;
}

QString CustomerPage::newEntity() const
{
    // Ctrl+N here logs a follow-up: the thing a rep does most on a customer.
    return m_customerId.isEmpty() ? QString() : QStringLiteral("interaction");
}

QVariantHash CustomerPage::newPresets() const
{
    return {{kCustomerId, m_customerId}};
}

const CustomerPage::Section* CustomerPage::focusedSection() const
{
    for (const Section& s : m_sections) {
        if (s.view->hasFocus() && s.view->selectionModel()->hasSelection())
            return &s;
    }
    return nullptr;
}

bool CustomerPage::canOpenCurrent() const
{
    return !m_customerId.isEmpty();
}

bool CustomerPage::canDeleteCurrent() const
{
    return !m_customerId.isEmpty();
}

void CustomerPage::openCurrent()
{
    if (const Section* s = focusedSection()) {
        const QString id = s->model->idAt(s->view->currentIndex().row());
        if (!id.isEmpty()) {
            emit openRecord(s->model->spec().entity, id);
            return;
        }
    }
    if (!m_customerId.isEmpty())
        emit openRecord(QStringLiteral("customer"), m_customerId);
}

void CustomerPage::deleteCurrent()
{
    if (const Section* s = focusedSection()) {
        const QString id = s->model->idAt(s->view->currentIndex().row());
        if (!id.isEmpty()) {
            emit deleteRecord(s->model->spec().entity, id);
            return;
        }
    }
    // Nothing selected in the lists here: the page's record is the customer.
    if (!m_customerId.isEmpty())
        emit deleteRecord(QStringLiteral("customer"), m_customerId);
}

QStringList CustomerPage::watchedTables() const
{
    return {QStringLiteral("customers"),
            QStringLiteral("contacts"),
            QStringLiteral("interactions"),
            QStringLiteral("opportunities"),
            QStringLiteral("tasks"),
            QStringLiteral("stage_history"),
            QStringLiteral("customer_tags"),
            QStringLiteral("users"),
            QStringLiteral("tickets"),
            QStringLiteral("contracts"),
            QStringLiteral("payment_instalments"),
            QStringLiteral("receipts")};
}
