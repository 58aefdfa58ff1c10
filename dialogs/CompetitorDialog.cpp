#include "CompetitorDialog.h"

#include "CompetitorModel.h"
#include "CompetitorReport.h"
#include "ReportFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

CompetitorDialog::CompetitorDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("competitor"), parent), m_id(id)
{
    setWindowTitle(id.isEmpty() ? tr("New Competitor") : tr("Edit Competitor"));
    load(new CompetitorModel(db, this), id, presets);
    auto* name = new QLineEdit(this);
    auto* website = new QLineEdit(this);
    auto* strengths = new QPlainTextEdit(this);
    auto* weaknesses = new QPlainTextEdit(this);
    auto* notes = new QPlainTextEdit(this);
    for (auto* edit : {strengths, weaknesses, notes}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
    }
    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("website"), tr("&Website:"), website);
    addField(QStringLiteral("strengths"), tr("&Strengths:"), strengths);
    addField(QStringLiteral("weaknesses"), tr("W&eaknesses:"), weaknesses);
    addField(QStringLiteral("notes"), tr("No&tes:"), notes);

    m_winLoss = new QLabel(this);
    m_winLoss->setObjectName(QStringLiteral("competitorWinLoss"));
    m_winLoss->setWordWrap(true);
    addRow(tr("Win/loss:"), m_winLoss);
    m_observations = new QTableWidget(0, 5, this);
    m_observations->setObjectName(QStringLiteral("competitorObservations"));
    m_observations->setHorizontalHeaderLabels(
        {tr("Product"), tr("Price"), tr("Promotion"), tr("Seen on"), tr("Where")});
    m_observations->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_observations->verticalHeader()->hide();
    m_observations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_observations->setMinimumHeight(140);
    addRow(tr("Latest observations:"), m_observations);
    populate();
    showIntelligence();
    name->setFocus(Qt::OtherFocusReason);
    resize(640, 700);
}

void CompetitorDialog::showIntelligence()
{
    if (m_id.isEmpty()) {
        m_winLoss->setText(tr("Figures appear once the competitor is saved."));
        return;
    }
    QString error;
    CompetitorReport report(database());
    const auto result = report.compute({}, &error);
    for (const auto& row : result.competitors) {
        if (row.competitorId != m_id)
            continue;
        QString text = tr("Met on %1 deals: %2 won (%3), %4 lost (%5), %6 open; win rate %7; deals they won: %8.")
                           .arg(ReportFormat::number(row.deals), ReportFormat::number(row.won),
                                ReportFormat::money(row.wonMinor, result.currency), ReportFormat::number(row.lost),
                                ReportFormat::money(row.lostMinor, result.currency), ReportFormat::number(row.open),
                                row.hasWinRate ? ReportFormat::percent(row.winRate) : tr("—", "no figure"),
                                ReportFormat::number(row.lostToThem));
        QStringList reasons;
        for (const auto& reason : report.lostReasons(m_id, &error))
            reasons << tr("%1: %2").arg(reason.first.isEmpty() ? tr("(no reason given)") : reason.first,
                                        ReportFormat::number(reason.second));
        if (!reasons.isEmpty())
            text += QLatin1Char('\n') + tr("Lost reasons: %1").arg(reasons.join(tr(", ", "list separator")));
        m_winLoss->setText(text);
    }
    const auto observations = report.latestObservations(m_id, &error);
    if (!error.isEmpty())
        m_winLoss->setText(error);
    m_observations->setRowCount(int(observations.size()));
    for (int i = 0; i < observations.size(); ++i) {
        const auto& o = observations.at(i);
        m_observations->setItem(i, 0, new QTableWidgetItem(o.product));
        m_observations->setItem(
            i, 1, new QTableWidgetItem(o.hasPrice ? ReportFormat::money(o.priceMinor, o.currency) : QString()));
        m_observations->setItem(i, 2, new QTableWidgetItem(o.promotion));
        m_observations->setItem(i, 3, new QTableWidgetItem(ReportFormat::date(o.observedOn)));
        m_observations->setItem(i, 4, new QTableWidgetItem(o.place));
    }
}
