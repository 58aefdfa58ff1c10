#include "RecordListPage.h"

#include "ReportFormat.h"

#include "RecordStore.h"

#include "AttributeColumns.h"
#include "AttributeDefinitions.h"
#include "AttributeFilterBar.h"
#include "LeadModel.h"
#include "ListExporter.h"
#include "LookupModel.h"
#include "RecordListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>
#include <memory>

namespace {
// Lists longer than this export with a progress dialog (and Cancel); shorter ones take well under a second.
constexpr int kProgressRows = 20000;

// The "no date" value of the from/to editors; shown as "Any".
const QDate kNoDate(2000, 1, 1);

// Which custom fields, in which version, a list was built with.
QString signatureOf(const QList<AttributeDefinition>& fields)
{
    QString signature;
    for (const AttributeDefinition& d : fields)
        signature += d.id + QLatin1Char(':') + QString::number(d.version) + QLatin1Char(';');
    return signature;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

RecordListPage::RecordListPage(Database& db, const QString& entity, QWidget* parent)
    : Page(parent), m_db(db), m_entity(entity)
{
    setObjectName(entity + QStringLiteral("ListPage"));
    // The entity's custom fields as columns (hidden until chosen) and filters.
    QList<AttributeDefinition> fields;
    if (AttributeDefinitions::entities().contains(entity))
        fields = AttributeDefinitions(db).forEntity(entity);
    m_customFields = signatureOf(fields);
    m_model = new RecordListModel(db, AttributeColumns::extended(db, ListSpec::forEntity(entity), fields), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildFilterBar();
    layout->addWidget(m_filterBar);
    m_customFilter = new AttributeFilterBar(this);
    m_customFilter->setDefinitions(fields);
    layout->addWidget(m_customFilter);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_view = makeRecordTable(QStringLiteral("recordTable"), m_model, this);
    auto* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(160);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    layout->addWidget(m_view, 1);

    m_shownCustomKeys = QSettings().value(settingsKey() + QStringLiteral("CustomColumns")).toStringList();
    connect(m_customFilter, &AttributeFilterBar::changed, this, [this] {
        if (!m_applying)
            applyFilters();
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListPage::showColumnMenu);

    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const ListColumn& column = m_model->spec().columns.at(c);
            const auto kind = column.kind;
            const bool narrow =
                kind == ListColumn::Kind::Date || kind == ListColumn::Kind::Choice || kind == ListColumn::Kind::Number;
            header->resizeSection(c, column.widthDigits > 0 ? column.widthDigits * digit + 12 : narrow ? 110 : 180);
        }
    }
    applyCustomColumnVisibility();
    // The remembered sort comes back with the header, when that column still sorts.
    const int sortColumn = header->sortIndicatorSection();
    if (!state.isEmpty() && sortColumn >= 0 && sortColumn < m_model->columnCount() &&
        m_model->spec().columns.at(sortColumn).sortable())
        m_model->sort(sortColumn, header->sortIndicatorOrder());
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    // Only indexed columns sort; a click elsewhere keeps the current order.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
        if (column < 0 || column >= m_model->spec().columns.size() || !m_model->spec().columns.at(column).sortable()) {
            QSignalBlocker block(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            return;
        }
        if (column != m_model->sortColumn() || order != m_model->sortOrder())
            m_model->sort(column, order);
    });
    header->setSectionsClickable(true);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Page::currentChanged);
    // Selecting the row that is already current (the view makes the first row current, unselected, when it gets
    // the focus) changes what Open, Delete and Log call… can do all the same.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Page::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        emit currentChanged();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateCount);
    connect(m_model, &RecordListModel::countReady, this, &RecordListPage::updateCount);
    connect(m_model, &RecordListModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        emit errorOccurred(message);
    });

    auto* findAction = new QAction(tr("Find"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, &RecordListPage::focusFilter);
    addAction(findAction);
    auto* clearAction = new QAction(tr("Clear filters"), this);
    clearAction->setObjectName(QStringLiteral("clearFiltersAction"));
    clearAction->setShortcut(Qt::Key_Escape);
    connect(clearAction, &QAction::triggered, this, [this] {
        clearFilters();
        m_view->setFocus();
    });
    addAction(clearAction);

    // Export… in the table's context menu (and File > Export… in the shell): the filter bar has no room left at
    // 1,280 pixels in Chinese.
    m_exportAction = new QAction(tr("E&xport list…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportListAction"));
    m_exportAction->setToolTip(tr("Save the rows shown, as filtered and sorted, to a CSV or Excel file"));
    m_exportAction->setEnabled(false); // until the shell gives the page its file dialog
    connect(m_exportAction, &QAction::triggered, this, &RecordListPage::exportData);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_exportAction);

    // Log call… and New task… for the customer of the selected row (a deal's follow-up also names the deal).
    addRecordCommands([this] { return !currentId().isEmpty(); },
                      [this] {
                          QVariantHash presets;
                          QString error;
                          const QString id = currentId();
                          const QString customer = RecordStore(m_db).customerOf(m_entity, id, &error);
                          if (!error.isEmpty())
                              emit errorOccurred(error);
                          if (!customer.isEmpty())
                              presets.insert(QStringLiteral("customer_id"), customer);
                          if (m_entity == QLatin1String("opportunity"))
                              presets.insert(QStringLiteral("opportunity_id"), id);
                          return presets;
                      });

    setFocusProxy(m_view);
    reload();
}

RecordListPage::~RecordListPage()
{
    saveHeader();
}

QString RecordListPage::entity() const
{
    return m_entity;
}

QString RecordListPage::title() const
{
    if (m_entity == QLatin1String("customer"))
        return tr("Customers");
    if (m_entity == QLatin1String("contact"))
        return tr("Contacts");
    if (m_entity == QLatin1String("interaction"))
        return tr("Follow-ups");
    if (m_entity == QLatin1String("opportunity"))
        return tr("Opportunities");
    if (m_entity == QLatin1String("task"))
        return tr("Tasks");
    if (m_entity == QLatin1String("lead"))
        return tr("Leads");
    if (m_entity == QLatin1String("product"))
        return tr("Products");
    if (m_entity == QLatin1String("quote"))
        return tr("Quotes");
    if (m_entity == QLatin1String("contract"))
        return tr("Contracts");
    if (m_entity == QLatin1String("campaign"))
        return tr("Campaigns");
    if (m_entity == QLatin1String("competitor"))
        return tr("Competitors");
    if (m_entity == QLatin1String("ticket"))
        return tr("Service tickets");
    return m_entity;
}

QString RecordListPage::countLabel(const QString& entity, int count)
{
    if (entity == QLatin1String("customer"))
        return tr("%Ln customers", nullptr, count);
    if (entity == QLatin1String("contact"))
        return tr("%Ln contacts", nullptr, count);
    if (entity == QLatin1String("interaction"))
        return tr("%Ln follow-ups", nullptr, count);
    if (entity == QLatin1String("opportunity"))
        return tr("%Ln opportunities", nullptr, count);
    if (entity == QLatin1String("task"))
        return tr("%Ln tasks", nullptr, count);
    if (entity == QLatin1String("lead"))
        return tr("%Ln leads", nullptr, count);
    if (entity == QLatin1String("product"))
        return tr("%Ln products", nullptr, count);
    if (entity == QLatin1String("quote"))
        return tr("%Ln quotes", nullptr, count);
    if (entity == QLatin1String("contract"))
        return tr("%Ln contracts", nullptr, count);
    if (entity == QLatin1String("campaign"))
        return tr("%Ln campaigns", nullptr, count);
    if (entity == QLatin1String("competitor"))
        return tr("%Ln competitors", nullptr, count);
    if (entity == QLatin1String("ticket"))
        return tr("%Ln tickets", nullptr, count);
    return tr("%Ln records", nullptr, count);
}

QString RecordListPage::newEntity() const
{
    return m_entity;
}

QString RecordListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return m_model->idAt(current.row());
}

bool RecordListPage::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

bool RecordListPage::revealId(const QString& id)
{
    if (selectId(id))
        return true;
    // Not among the rows read so far: perhaps the filters hide it, perhaps it is further down.
    if (!m_search->text().isEmpty() || !m_model->filters().isEmpty())
        clearFilters();
    // A bounded read-ahead: a new record sorts anywhere, but a user looking for it scrolls no further either.
    for (int pages = 0; !selectId(id) && pages < 50; ++pages) {
        if (!m_model->canFetchMore({}))
            return false;
        m_model->fetchMore({});
    }
    return selectId(id);
}

bool RecordListPage::selectFirstMatch()
{
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        applySearch();
    }
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() == 0)
        return false;
    const QModelIndex first = m_model->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
    return true;
}

bool RecordListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (plain && (enter || key->key() == Qt::Key_Down)) {
            // The box's own keys, not the Record menu's Enter (which would open the row selected before).
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                selectFirstMatch();
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

bool RecordListPage::canOpenCurrent() const
{
    return !currentId().isEmpty();
}

bool RecordListPage::canDeleteCurrent() const
{
    return !currentId().isEmpty();
}

bool RecordListPage::canExport() const
{
    return bool(m_fileNameProvider);
}

void RecordListPage::setFileNameProvider(FileNameProvider provider)
{
    m_fileNameProvider = std::move(provider);
    m_exportAction->setEnabled(canExport());
}

QStringList RecordListPage::visibleColumnKeys() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    QStringList keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < m_model->spec().columns.size() && !header->isSectionHidden(logical))
            keys << m_model->spec().columns.at(logical).key;
    }
    return keys;
}

bool RecordListPage::exportTo(const QString& fileName, QString* error)
{
    ListExporter::Request request;
    request.entity = m_entity;
    request.state = m_model->state();
    request.columns = visibleColumnKeys();
    request.fileName = fileName;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!ListExporter::parseFormat(suffix, &request.format))
        request.format = ListExporter::Format::Csv; // .csv, .txt or anything else: CSV
    if (request.format == ListExporter::Format::ICalendar && !ListExporter::supports(m_entity, request.format))
        request.format = ListExporter::Format::Csv;

    ListExporter exporter(m_db);
    // A long list shows how far it got and can be cancelled; a short one only turns the cursor.
    std::unique_ptr<QProgressDialog> progress;
    const int rows = m_model->rowCount();
    if (!m_model->isCountExact() || rows > kProgressRows) {
        progress = std::make_unique<QProgressDialog>(tr("Exporting %1…").arg(title()), tr("Cancel"), 0,
                                                     m_model->isCountExact() ? rows : 0, this);
        progress->setObjectName(QStringLiteral("exportProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        QProgressDialog* dialog = progress.get();
        exporter.setProgress(
            [dialog](qint64 done) {
                dialog->setValue(dialog->maximum() > 0 ? int(std::min<qint64>(done, dialog->maximum())) : 0);
                QCoreApplication::processEvents();
                return !dialog->wasCanceled();
            },
            1000);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ListExporter::Result result = exporter.run(request);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!result.ok) {
        if (error && !result.cancelled) // cancelling is not a failure to report
            *error = result.error;
        return false;
    }
    emit statusMessage(tr("Exported %1 to %2.")
                           .arg(countLabel(m_entity, int(std::min<qint64>(result.rows, INT_MAX))),
                                QDir::toNativeSeparators(fileName)));
    return true;
}

void RecordListPage::exportData()
{
    if (!m_fileNameProvider)
        return;
    QStringList filters{tr("CSV, UTF-8 (*.csv)"), tr("Excel workbook (*.xlsx)")};
    if (ListExporter::supports(m_entity, ListExporter::Format::ICalendar))
        filters << tr("iCalendar (*.ics)");
    if (ListExporter::supports(m_entity, ListExporter::Format::VCard) && ListExporter::vCardAvailable())
        filters << tr("vCard (*.vcf)");
    QString file = m_fileNameProvider(tr("Export %1").arg(title()), title() + QStringLiteral(".csv"),
                                      filters.join(QStringLiteral(";;")));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    QString error;
    if (exportTo(file, &error)) {
        m_error->hide();
        return;
    }
    if (error.isEmpty())
        return;
    m_error->setText(tr("Not exported: %1").arg(error));
    m_error->show();
    emit errorOccurred(m_error->text());
}

void RecordListPage::openCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (m_entity == QLatin1String("customer"))
        emit showCustomer(id);
    else
        emit openRecord(m_entity, id);
}

void RecordListPage::deleteCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        emit deleteRecord(m_entity, id);
}

void RecordListPage::reload()
{
    applyCustomFields();
    const QString current = currentId();
    const int row = m_view->currentIndex().row();
    QString error;
    showReadOutcome(m_error, m_model->refresh(&error), error);
    // Keep the user where they were: the same record, or the row that took its place.
    if (!current.isEmpty() && !selectId(current) && row >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    updateCount();
}

void RecordListPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordListPage::clearFilters()
{
    m_applying = true;
    m_search->clear();
    for (QComboBox* combo : {m_owner, m_status, m_stage, m_tag, m_source, m_region}) {
        if (combo)
            combo->setCurrentIndex(0);
    }
    for (QDateEdit* edit : {m_from, m_to}) {
        if (edit)
            edit->setDate(edit->minimumDate());
    }
    m_customFilter->clear();
    m_applying = false;
    m_searchTimer->stop();
    m_model->setSearchText({});
    m_model->clearFilters();
    reload();
}

void RecordListPage::setFilters(const QVariantMap& filters)
{
    m_applying = true;
    m_search->clear();
    const std::pair<const char*, QComboBox*> combos[] = {{"owner", m_owner},   {"status", m_status},
                                                         {"stage", m_stage},   {"tag", m_tag},
                                                         {"source", m_source}, {"region", m_region}};
    for (const auto& [key, combo] : combos) {
        if (!combo)
            continue;
        const QVariant value = filters.value(QLatin1String(key));
        // Index 0 is "Any"; an unknown id (a stage deleted since) also falls back to it.
        combo->setCurrentIndex(value.isValid() ? qMax(0, combo->findData(value)) : 0);
    }
    const std::pair<const char*, QDateEdit*> dates[] = {{"from", m_from}, {"to", m_to}};
    for (const auto& [key, edit] : dates) {
        if (!edit)
            continue;
        const QDate day = filters.value(QLatin1String(key)).toDate();
        edit->setDate(day.isValid() ? day : edit->minimumDate());
    }
    m_applying = false;
    m_searchTimer->stop();
    m_model->setSearchText({});
    applyFilters();
}

QString RecordListPage::countText() const
{
    return m_count->text();
}

void RecordListPage::hideEvent(QHideEvent* event)
{
    saveHeader();
    Page::hideEvent(event);
}

void RecordListPage::buildFilterBar()
{
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto* bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit(m_filterBar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_search->setMinimumWidth(140);
    bar->addWidget(m_search, 2);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_applying)
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &RecordListPage::applySearch);
    // Enter opens the first match; Down goes to the results with the first one selected (eventFilter), so the
    // keyboard never has to leave the home row.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (selectFirstMatch())
            openCurrent();
    });
    m_search->installEventFilter(this);

    const ListSpec& spec = m_model->spec();
    if (spec.supportsFilter(QStringLiteral("owner")))
        m_owner = addCombo(QStringLiteral("ownerFilter"), tr("&Owner:"), tr("Anyone"));
    if (spec.supportsFilter(QStringLiteral("status")))
        m_status = addCombo(QStringLiteral("statusFilter"), tr("&Status:"), tr("Any status"));
    if (spec.supportsFilter(QStringLiteral("stage")))
        m_stage = addCombo(QStringLiteral("stageFilter"), tr("Sta&ge:"), tr("Any stage"));
    if (spec.supportsFilter(QStringLiteral("tag")))
        m_tag = addCombo(QStringLiteral("tagFilter"), tr("T&ag:"), tr("Any tag"));
    if (spec.supportsFilter(QStringLiteral("source")))
        m_source = addCombo(QStringLiteral("sourceFilter"), tr("Sou&rce:"), tr("Any source"));
    if (spec.supportsFilter(QStringLiteral("region")))
        m_region = addCombo(QStringLiteral("regionFilter"), tr("Regio&n:"), tr("Any region"));
    for (QComboBox* combo : {m_owner, m_status, m_stage, m_tag, m_source, m_region}) {
        if (combo) {
            bar->addWidget(combo->property("buddyLabel").value<QLabel*>());
            bar->addWidget(combo, 1);
        }
    }

    if (!spec.dateColumn.isEmpty()) {
        auto makeDate = [this, bar](const QString& name, const QString& label) {
            auto* edit = new QDateEdit(m_filterBar);
            edit->setObjectName(name);
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(ReportFormat::dateFormat()); // as the list's date column
            edit->setMinimumDate(kNoDate);
            edit->setSpecialValueText(tr("Any date"));
            edit->setDate(kNoDate);
            auto* buddy = new QLabel(label, m_filterBar);
            buddy->setBuddy(edit);
            bar->addWidget(buddy);
            bar->addWidget(edit);
            connect(edit, &QDateEdit::dateChanged, this, [this] {
                if (!m_applying)
                    applyFilters();
            });
            return edit;
        };
        m_from = makeDate(QStringLiteral("fromFilter"), tr("Fro&m:"));
        m_to = makeDate(QStringLiteral("toFilter"), tr("&To:"));
    }

    m_clear = new QPushButton(tr("&Clear"), m_filterBar);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Clear all filters (Esc)"));
    connect(m_clear, &QPushButton::clicked, this, &RecordListPage::clearFilters);
    bar->addWidget(m_clear);

    m_count = new QLabel(m_filterBar);
    m_count->setObjectName(QStringLiteral("countLabel"));
    // Room for the longest count this list can show, in the user's language (the count changes as the
    // background count arrives; the bar should not jump).
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(countLabel(m_entity, 9999999)));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_count);

    fillLookups();
}

QComboBox* RecordListPage::addCombo(const QString& objectName, const QString& label, const QString& anyText)
{
    auto* combo = new QComboBox(m_filterBar);
    combo->setObjectName(objectName);
    combo->addItem(anyText);
    // Sized for five characters, not for the longest entry: a long rep or stage name (Chinese names of teams,
    // English stage names) must not push the filter bar, and the window, past 1,280 pixels. The list that
    // drops down is as wide as its longest entry all the same.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    auto* buddy = new QLabel(label, m_filterBar);
    buddy->setBuddy(combo);
    combo->setProperty("buddyLabel", QVariant::fromValue(buddy));
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applying)
            applyFilters();
    });
    return combo;
}

void RecordListPage::fillLookups()
{
    auto fill = [](QComboBox* combo, LookupModel* lookup) {
        std::unique_ptr<LookupModel> owned(lookup);
        if (!combo)
            return;
        for (int row = 0; row < lookup->rowCount(); ++row) {
            const QModelIndex index = lookup->index(row, 0);
            combo->addItem(index.data(Qt::DisplayRole).toString(), index.data(LookupModel::IdRole));
        }
    };
    fill(m_owner, LookupModel::users(m_db));
    fill(m_stage, LookupModel::pipelineStages(m_db));
    fill(m_tag, LookupModel::tags(m_db));
    fill(m_source, LookupModel::leadSources(m_db));
    if (m_region) {
        for (const QString& region : LeadModel::regions(m_db))
            m_region->addItem(region, region);
    }
    if (m_status) {
        // Status codes are fixed by the schema; their names come from the list's own column.
        const ListSpec& spec = m_model->spec();
        const int column = spec.columnIndex(QStringLiteral("status"));
        if (column >= 0) {
            const ListColumn& c = spec.columns.at(column);
            for (const auto& choice : c.choices)
                m_status->addItem(QCoreApplication::translate(c.translationContext ? c.translationContext : "ListSpec",
                                                              choice.second),
                                  choice.first);
        }
    }
}

void RecordListPage::applyFilters()
{
    auto setFromCombo = [this](const QString& key, const QComboBox* combo) {
        if (combo)
            m_model->setFilter(key, combo->currentData());
    };
    setFromCombo(QStringLiteral("owner"), m_owner);
    setFromCombo(QStringLiteral("status"), m_status);
    setFromCombo(QStringLiteral("stage"), m_stage);
    setFromCombo(QStringLiteral("tag"), m_tag);
    setFromCombo(QStringLiteral("source"), m_source);
    setFromCombo(QStringLiteral("region"), m_region);
    // One custom field filter at a time: the one chosen now replaces any other.
    const QVariantMap current = m_model->filters();
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (!AttributeColumns::keyOf(it.key()).isEmpty())
            m_model->setFilter(it.key(), QVariant());
    const QString customKey = m_customFilter->filterKey();
    if (!customKey.isEmpty())
        m_model->setFilter(customKey, m_customFilter->filterValue());
    if (m_from) {
        const QDate from = dateOf(m_from);
        m_model->setFilter(QStringLiteral("from"), from.isValid() ? QVariant(from) : QVariant());
        const QDate to = dateOf(m_to);
        m_model->setFilter(QStringLiteral("to"), to.isValid() ? QVariant(to) : QVariant());
    }
    reload();
}

void RecordListPage::applySearch()
{
    m_model->setSearchText(m_search->text().trimmed());
    reload();
}

void RecordListPage::updateCount()
{
    m_count->setText(m_model->isCountExact() ? countLabel(m_entity, m_model->rowCount()) : tr("Counting…"));
}

void RecordListPage::saveHeader() const
{
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
    QSettings().setValue(settingsKey() + QStringLiteral("CustomColumns"), m_shownCustomKeys);
}

void RecordListPage::applyCustomFields()
{
    if (!AttributeDefinitions::entities().contains(m_entity))
        return;
    QString error;
    const QList<AttributeDefinition> fields = AttributeDefinitions(m_db).forEntity(m_entity, true, QString(), &error);
    if (!error.isEmpty())
        return; // the list keeps the fields it has; the next reload tries again
    const QString signature = signatureOf(fields);
    if (signature == m_customFields)
        return;
    m_customFields = signature;
    m_model->setSpec(AttributeColumns::extended(m_db, ListSpec::forEntity(m_entity), fields));
    {
        const QSignalBlocker block(m_customFilter);
        m_customFilter->setDefinitions(fields);
    }
    applyCustomColumnVisibility();
}

void RecordListPage::applyCustomColumnVisibility()
{
    QHeaderView* header = m_view->horizontalHeader();
    const ListSpec& spec = m_model->spec();
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (AttributeColumns::isAttributeColumn(spec.columns.at(c)))
            header->setSectionHidden(c, !m_shownCustomKeys.contains(spec.columns.at(c).key));
    }
}

void RecordListPage::showColumnMenu(const QPoint& at)
{
    QHeaderView* header = m_view->horizontalHeader();
    const ListSpec& spec = m_model->spec();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < spec.columns.size(); ++c) {
        QAction* action = menu.addAction(spec.headerText(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setData(c);
    }
    QAction* chosen = menu.exec(header->mapToGlobal(at));
    if (!chosen)
        return;
    const int c = chosen->data().toInt();
    const bool show = chosen->isChecked();
    header->setSectionHidden(c, !show);
    const QString key = spec.columns.at(c).key;
    if (AttributeColumns::isAttributeColumn(spec.columns.at(c))) {
        m_shownCustomKeys.removeAll(key);
        if (show)
            m_shownCustomKeys << key;
    }
    saveHeader();
}

QString RecordListPage::settingsKey() const
{
    return QStringLiteral("lists/%1/header").arg(m_entity);
}

QStringList RecordListPage::watchedTables() const
{
    // Its own rows, and the names its columns show from customers and users.
    return {RecordStore::tableOf(entity()), QStringLiteral("customers"), QStringLiteral("users"),
            QStringLiteral("attribute_definitions"), QStringLiteral("attribute_values")};
}
