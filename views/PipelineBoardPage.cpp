#include "PipelineBoardPage.h"

#include "ReportFormat.h"

#include "EditCommands.h"

#include "BoardColumnView.h"
#include "Database.h"
#include "PipelineCardDelegate.h"
#include "RecordStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const int kColumnWidth = 268;

enum Period { AnyTime, Overdue, ThisMonth, NextMonth, ThisQuarter, NextQuarter, ThisYear };

QPair<QDate, QDate> periodRange(int period, const QDate& today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (period) {
    case Overdue:
        return {QDate(), today.addDays(-1)};
    case ThisMonth:
        return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case NextMonth:
        return {monthStart.addMonths(1), monthStart.addMonths(2).addDays(-1)};
    case ThisQuarter:
        return {quarterStart, quarterStart.addMonths(3).addDays(-1)};
    case NextQuarter:
        return {quarterStart.addMonths(3), quarterStart.addMonths(6).addDays(-1)};
    case ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    default:
        return {};
    }
}

} // namespace

PipelineBoardPage::PipelineBoardPage(Database& db, QWidget* parent)
    : BoardPage(parent), m_db(db), m_model(new PipelineBoardModel(db, this)), m_delegate(new PipelineCardDelegate(this))
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    buildFilterBar(bar);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    layout->addWidget(columnsArea(), 1);

    m_undoAction = new QAction(tr("Undo move"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_undoAction, &QAction::triggered, this, &PipelineBoardPage::undo);
    addAction(m_undoAction);
    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &PipelineBoardPage::reload);
    addAction(refreshAction);
    auto* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &PipelineBoardPage::focusFilter);
    addAction(findAction);

    connect(m_model, &PipelineBoardModel::stagesChanged, this, &PipelineBoardPage::rebuildColumns);
    connect(m_model, &PipelineBoardModel::totalsChanged, this, &PipelineBoardPage::updateTotals);
    connect(m_model, &PipelineBoardModel::fetchFailed, this,
            [this](const QString& message) { showMessage(message, true); });

    // Log call… and New task… about the selected deal, for its customer.
    addRecordCommands([this] { return !currentOpportunityId().isEmpty(); },
                      [this] {
                          const QString id = currentOpportunityId();
                          QString error;
                          const QString customer =
                              RecordStore(m_db).customerOf(QStringLiteral("opportunity"), id, &error);
                          if (!error.isEmpty())
                              showMessage(error, true);
                          QVariantHash presets{{QStringLiteral("opportunity_id"), id}};
                          if (!customer.isEmpty())
                              presets.insert(QStringLiteral("customer_id"), customer);
                          return presets;
                      });

    fillFilterChoices();
    QString error;
    if (!m_model->load(PipelineBoardFilter(), &error))
        showMessage(error, true);
}

PipelineBoardPage::~PipelineBoardPage() = default;

QString PipelineBoardPage::title() const
{
    return tr("Pipeline");
}

void PipelineBoardPage::buildFilterBar(QHBoxLayout* bar)
{
    m_mine = new QCheckBox(tr("My pipeline"), this);
    m_mine->setObjectName(QStringLiteral("myPipeline"));
    bar->addWidget(m_mine);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setToolTip(tr("Owner"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setToolTip(tr("Team"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setToolTip(tr("Customer tag"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setToolTip(tr("Expected close"));
    m_period->addItem(tr("Any close date"), AnyTime);
    m_period->addItem(tr("Overdue"), Overdue);
    m_period->addItem(tr("Closing this month"), ThisMonth);
    m_period->addItem(tr("Closing next month"), NextMonth);
    m_period->addItem(tr("Closing this quarter"), ThisQuarter);
    m_period->addItem(tr("Closing next quarter"), NextQuarter);
    m_period->addItem(tr("Closing this year"), ThisYear);
    // Sized for a few characters, not for the longest entry (as on the lists): a long rep, team or tag name
    // must not push the bar past 1,280 pixels or squeeze the search box to nothing. The lists that drop down
    // are as wide as their longest entry all the same.
    for (QComboBox* combo : {m_owner, m_team, m_tag, m_period}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_period ? 10 : 7);
        bar->addWidget(combo);
    }

    m_minAmount = new QSpinBox(this);
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    m_maxAmount = new QSpinBox(this);
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    for (QSpinBox* spin : {m_minAmount, m_maxAmount}) {
        spin->setRange(0, 2000000000);
        spin->setSingleStep(10000);
        spin->setGroupSeparatorShown(true);
        spin->setAccelerated(true);
    }
    m_minAmount->setPrefix(tr("From "));
    m_maxAmount->setPrefix(tr("To "));
    m_minAmount->setSpecialValueText(tr("Any minimum"));
    m_maxAmount->setSpecialValueText(tr("Any maximum"));
    m_minAmount->setToolTip(tr("Smallest amount"));
    m_maxAmount->setToolTip(tr("Largest amount"));
    // Their size hint is room for "To 2,000,000,000"; the bar may squeeze them to what "Any maximum" needs.
    for (QSpinBox* spin : {m_minAmount, m_maxAmount})
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(spin->specialValueText()) + 36);
    bar->addWidget(m_minAmount);
    bar->addWidget(m_maxAmount);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pipelineSearch"));
    m_search->setPlaceholderText(tr("Search opportunities or customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    bar->addWidget(m_search, 1);

    auto* refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Show changes made by others (F5)"));
    connect(refresh, &QToolButton::clicked, this, &PipelineBoardPage::reload);
    bar->addWidget(refresh);
    auto* stages = new QToolButton(this);
    stages->setObjectName(QStringLiteral("stagesButton"));
    stages->setText(tr("Stages…"));
    stages->setToolTip(tr("Add, rename, reorder stages and set their probabilities"));
    connect(stages, &QToolButton::clicked, this, &PipelineBoardPage::stageSettingsRequested);
    bar->addWidget(stages);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &PipelineBoardPage::applyFilters);
    auto later = [this] {
        if (!m_settingFilter)
            m_filterTimer->start();
    };
    auto now = [this] {
        if (!m_settingFilter)
            applyFilters();
    };
    connect(m_search, &QLineEdit::textChanged, this, later);
    connect(m_minAmount, &QSpinBox::valueChanged, this, later);
    connect(m_maxAmount, &QSpinBox::valueChanged, this, later);
    connect(m_mine, &QCheckBox::toggled, this, now);
    for (QComboBox* combo : {m_owner, m_team, m_tag, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, now);
}

void PipelineBoardPage::fillFilterChoices()
{
    m_settingFilter = true;
    const struct
    {
        QComboBox* combo;
        PipelineBoardModel::Choice kind;
        QString all;
    } lists[] = {{m_owner, PipelineBoardModel::Choice::Owners, tr("All owners")},
                 {m_team, PipelineBoardModel::Choice::Teams, tr("All teams")},
                 {m_tag, PipelineBoardModel::Choice::Tags, tr("All tags")}};
    for (const auto& list : lists) {
        const QString current = list.combo->currentData().toString();
        list.combo->clear();
        list.combo->addItem(list.all, QString());
        for (const auto& choice : PipelineBoardModel::choices(m_db, list.kind))
            list.combo->addItem(choice.second, choice.first);
        const int index = list.combo->findData(current);
        list.combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_settingFilter = false;
}

void PipelineBoardPage::applyFilters()
{
    PipelineBoardFilter f = m_model->filter();
    f.myPipeline = m_mine->isChecked();
    m_owner->setEnabled(!f.myPipeline);
    f.ownerId = f.myPipeline ? QString() : m_owner->currentData().toString();
    f.teamId = m_team->currentData().toString();
    f.tagId = m_tag->currentData().toString();
    const QPair<QDate, QDate> range = periodRange(m_period->currentData().toInt(), m_db.clock().today());
    f.closeFrom = range.first;
    f.closeTo = range.second;
    f.minAmountMinor = m_minAmount->value() > 0 ? qint64(m_minAmount->value()) * 100 : -1;
    f.maxAmountMinor = m_maxAmount->value() > 0 ? qint64(m_maxAmount->value()) * 100 : -1;
    f.text = m_search->text().trimmed();
    if (f == m_model->filter())
        return;
    const QString current = currentOpportunityId();
    QString error;
    if (!m_model->load(f, &error)) {
        showMessage(error, true);
        return;
    }
    if (!current.isEmpty())
        selectOpportunity(current);
}

void PipelineBoardPage::setFilter(const PipelineBoardFilter& filter)
{
    m_settingFilter = true;
    m_mine->setChecked(filter.myPipeline);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(filter.ownerId)));
    m_team->setCurrentIndex(qMax(0, m_team->findData(filter.teamId)));
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(filter.tagId)));
    m_search->setText(filter.text);
    m_settingFilter = false;
    QString error;
    if (!m_model->load(filter, &error))
        showMessage(error, true);
}

void PipelineBoardPage::rebuildColumns()
{
    clearColumns();
    m_headers.clear();
    for (int i = 0; i < m_model->columnCount(); ++i) {
        const PipelineStage& stage = m_model->stage(i);
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("pipelineColumn%1").arg(i));
        frame->setProperty("stageId", stage.id);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFixedWidth(kColumnWidth);
        frame->setAutoFillBackground(true);
        QPalette pal = frame->palette();
        const QColor window = pal.color(QPalette::Window);
        QColor tint = stage.isWon    ? QColor(0xe6, 0xf4, 0xea)
                      : stage.isLost ? QColor(0xf6, 0xe8, 0xe8)
                                     : window.darker(104);
        if (window.lightness() < 128)
            tint = window.lighter(125);
        pal.setColor(QPalette::Window, tint);
        frame->setPalette(pal);
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(4, 6, 4, 4);
        v->setSpacing(2);
        Header h;
        h.title = new QLabel(frame);
        QFont titleFont = h.title->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.08);
        h.title->setFont(titleFont);
        h.title->setContentsMargins(6, 0, 6, 0);
        h.total = new QLabel(frame);
        h.total->setWordWrap(true);
        h.total->setContentsMargins(6, 0, 6, 0);
        h.weighted = new QLabel(frame);
        h.weighted->setWordWrap(true);
        h.weighted->setContentsMargins(6, 0, 6, 4);
        QPalette muted = h.weighted->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        h.weighted->setPalette(muted);
        auto* view = new BoardColumnView(i, frame);
        view->setObjectName(QStringLiteral("pipelineColumnView%1").arg(i));
        view->setProperty("stageId", stage.id);
        view->setItemDelegate(m_delegate);
        view->setModel(m_model->column(i));
        QPalette viewPal = view->palette();
        viewPal.setColor(QPalette::Base, tint);
        view->setPalette(viewPal);
        v->addWidget(h.title);
        v->addWidget(h.total);
        v->addWidget(h.weighted);
        v->addWidget(view, 1);
        addColumn(frame, view);
        m_headers.append(h);
    }
    updateTotals();
}

QString PipelineBoardPage::moneyList(const QMap<QString, qint64>& amounts, bool wholeUnits) const
{
    const QLocale locale;
    if (amounts.isEmpty())
        return PipelineCardDelegate::formatMoney(locale, 0, QStringLiteral("CNY"), wholeUnits);
    QStringList parts;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        parts << PipelineCardDelegate::formatMoney(locale, it.value(), it.key(), wholeUnits);
    return parts.join(tr(" + ", "separator between amounts in different currencies"));
}

void PipelineBoardPage::updateTotals()
{
    for (int i = 0; i < m_headers.size() && i < m_model->columnCount(); ++i) {
        const Header& c = m_headers.at(i);
        const PipelineStage& stage = m_model->stage(i);
        const PipelineTotals& t = m_model->column(i)->totals();
        c.title->setText(tr("%1 · %2").arg(stage.displayName, QLocale().toString(t.count)));
        c.total->setText(tr("Total %1").arg(moneyList(t.amount, true)));
        c.total->setToolTip(moneyList(t.amount, false));
        if (stage.isClosed()) {
            const PipelineColumnModel* column = m_model->column(i);
            if (column->unloadedCount() > 0)
                c.weighted->setText(tr("Last %n day(s); latest %1 shown", nullptr, m_model->filter().closedDays)
                                        .arg(QLocale().toString(column->rowCount())));
            else
                c.weighted->setText(tr("Closed in the last %n day(s)", nullptr, m_model->filter().closedDays));
        } else {
            c.weighted->setText(tr("Weighted %1 (%2%)").arg(moneyList(t.weighted, true)).arg(stage.probability));
            c.weighted->setToolTip(moneyList(t.weighted, false));
        }
        columnFrame(i)->setToolTip(stage.isWon    ? tr("Won stage: drop a card here to close it as won")
                                   : stage.isLost ? tr("Lost stage: drop a card here to close it as lost")
                                                  : QString());
    }
    const PipelineTotals open = m_model->openTotals();
    const PipelineBoardFilter& f = m_model->filter();
    if (f.closeFrom.isValid() || f.closeTo.isValid()) {
        const QString from = f.closeFrom.isValid() ? ReportFormat::date(f.closeFrom) : tr("…");
        const QString to = f.closeTo.isValid() ? ReportFormat::date(f.closeTo) : tr("…");
        m_summary->setText(
            tr("%Ln open opportunity(s) closing %1 – %2 · total %3 · weighted forecast %4", nullptr, open.count)
                .arg(from, to, moneyList(open.amount, true), moneyList(open.weighted, true)));
    } else {
        m_summary->setText(tr("%Ln open opportunity(s) · total %1 · weighted forecast %2", nullptr, open.count)
                               .arg(moneyList(open.amount, true), moneyList(open.weighted, true)));
    }
}

void PipelineBoardPage::showMessage(const QString& text, bool error)
{
    m_lastMessage = text;
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xb7, 0x1c, 0x1c) : pal.color(QPalette::Text));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

QString PipelineBoardPage::currentOpportunityId() const
{
    for (int i = 0; i < columnCount(); ++i) {
        const BoardColumnView* view = columnView(i);
        if (view->hasFocus() && view->currentIndex().isValid())
            return view->currentIndex().data(PipelineColumnModel::IdRole).toString();
    }
    for (int i = 0; i < columnCount(); ++i) {
        const BoardColumnView* view = columnView(i);
        if (view->selectionModel() && view->selectionModel()->hasSelection())
            return view->currentIndex().data(PipelineColumnModel::IdRole).toString();
    }
    return {};
}

bool PipelineBoardPage::selectOpportunity(const QString& opportunityId)
{
    QString error;
    if (!m_model->ensureLoaded(opportunityId, &error))
        showMessage(error, true);
    const QPair<int, int> at = m_model->locate(opportunityId);
    if (at.first < 0 || at.first >= columnCount())
        return false;
    selectCell(at.first, at.second);
    return true;
}

void PipelineBoardPage::openCurrent()
{
    const QString id = currentOpportunityId();
    if (!id.isEmpty())
        emit openRecord(QStringLiteral("opportunity"), id);
}

void PipelineBoardPage::reload()
{
    const QString current = currentOpportunityId();
    fillFilterChoices();
    QString error;
    if (!m_model->reload(&error)) {
        showMessage(error, true);
        return;
    }
    if (!m_lastMessage.isEmpty() && m_message->isVisible())
        showMessage(QString(), false);
    if (!current.isEmpty())
        selectOpportunity(current);
}

void PipelineBoardPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PipelineBoardPage::moveCard(const QString& opportunityId, int toColumn, int row)
{
    const QPair<int, int> at = m_model->locate(opportunityId);
    if (at.first < 0 || toColumn < 0 || toColumn >= m_model->columnCount())
        return;
    const PipelineStage& target = m_model->stage(toColumn);
    if (toColumn == at.first && (target.isClosed() || row == at.second || row == at.second + 1))
        return; // dropped where it already is (won/lost columns are ordered by close, not by hand)
    const double position = m_model->positionForRow(toColumn, row, opportunityId);
    if (toColumn != at.first && target.isClosed()) {
        static const QMetaMethod closeSignal = QMetaMethod::fromSignal(&PipelineBoardPage::closeRequested);
        if (isSignalConnected(closeSignal)) {
            m_pendingClose = Move{opportunityId, m_model->stage(at.first).id,
                                  m_model->column(at.first)->card(at.second).position, target.id, position};
            m_closePending = true;
            emit closeRequested(opportunityId, target.id, target.isLost);
            return;
        }
    }
    perform(opportunityId, target.id, position, PipelineMoveOptions(), true);
}

void PipelineBoardPage::completeClose(const QString& opportunityId, const QString& stageId, const QString& lostReason,
                                      const QDate& actualClose)
{
    double position = 0;
    if (m_closePending && m_pendingClose.id == opportunityId && m_pendingClose.toStage == stageId)
        position = m_pendingClose.toPosition;
    else
        position = m_model->positionForRow(m_model->columnOfStage(stageId), 0, opportunityId);
    m_closePending = false;
    PipelineMoveOptions options;
    options.lostReason = lostReason;
    options.actualClose = actualClose;
    perform(opportunityId, stageId, position, options, true);
}

void PipelineBoardPage::cancelClose(const QString& opportunityId)
{
    if (m_pendingClose.id == opportunityId)
        m_closePending = false;
    selectOpportunity(opportunityId);
}

bool PipelineBoardPage::perform(const QString& id, const QString& stageId, double position,
                                const PipelineMoveOptions& options, bool recordUndo)
{
    const QPair<int, int> at = m_model->locate(id);
    Move move;
    if (at.first >= 0) {
        move = Move{id, m_model->stage(at.first).id, m_model->column(at.first)->card(at.second).position, stageId,
                    position};
    }
    m_writing = true;
    const PipelineService::Result result = m_model->moveCard(id, stageId, position, options);
    m_writing = false;
    if (!result.ok()) {
        showMessage(result.message, true);
        emit moveRefused(result.message);
        emit errorOccurred(result.message);
        return false;
    }
    if (m_message->isVisible())
        showMessage(QString(), false);
    if (recordUndo && at.first >= 0) {
        const int target = m_model->columnOfStage(move.toStage);
        const QPair<int, int> now = m_model->locate(id);
        const QString card = now.first >= 0 ? m_model->column(now.first)->card(now.second).name : QString();
        const QString text =
            tr("Move \u201c%1\u201d to %2").arg(card, target >= 0 ? m_model->stage(target).displayName : QString());
        QPointer<PipelineBoardPage> self(this);
        undoStack()->push(new BoardMoveCommand(
            text,
            [self, move] {
                return self && self->stillIn(move.id, move.toStage) &&
                       self->perform(move.id, move.fromStage, move.fromPosition, PipelineMoveOptions(), false);
            },
            [self, move, options] {
                return self && self->stillIn(move.id, move.fromStage) &&
                       self->perform(move.id, move.toStage, move.toPosition, options, false);
            }));
    }
    selectOpportunity(id);
    emit currentChanged();
    return true;
}

// An undo or redo applies only while the card is where the move left it: if someone else moved it since,
// moving it back would overwrite their move.
bool PipelineBoardPage::stillIn(const QString& id, const QString& stageId)
{
    const QPair<int, int> at = m_model->locate(id);
    if (at.first >= 0 && m_model->stage(at.first).id == stageId)
        return true;
    const QString message = tr("Not undone: someone else moved or changed this opportunity in the meantime.");
    showMessage(message, true);
    emit errorOccurred(message);
    return false;
}

void PipelineBoardPage::undo()
{
    undoStack()->undo();
}

bool PipelineBoardPage::canUndo()
{
    return undoStack()->canUndo();
}

void PipelineBoardPage::setUndoStack(QUndoStack* stack)
{
    Page::setUndoStack(stack);
    delete m_undoAction;
    m_undoAction = nullptr;
}

QStringList PipelineBoardPage::watchedTables() const
{
    return {QStringLiteral("opportunities"), QStringLiteral("pipeline_stages"), QStringLiteral("customers"),
            QStringLiteral("users"), QStringLiteral("customer_tags")};
}

void PipelineBoardPage::applyChanges(const ChangeSet& changes)
{
    // The board already shows its own move (the two columns were updated in place).
    if (m_writing)
        return;
    Page::applyChanges(changes);
}

QString PipelineBoardPage::cardId(int column, int row) const
{
    const PipelineColumnModel* model = m_model->column(column);
    return model && row >= 0 && row < model->rowCount() ? model->card(row).id : QString();
}

void PipelineBoardPage::openCard(int column, int row)
{
    const QString id = cardId(column, row);
    if (!id.isEmpty())
        emit openRecord(QStringLiteral("opportunity"), id);
}
