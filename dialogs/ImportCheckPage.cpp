#include "ImportCheckPage.h"

#include "DialogSeams.h"
#include "ImportWizard.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum Choice { All, GoodOnly, Nothing };
} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check the records"));
    setSubTitle(tr("Every record is checked before anything is imported. Nothing has been written yet."));

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems = new QTableView(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setModel(m_model);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setAlternatingRowColors(true);
    m_problems->setWordWrap(false);
    m_problems->setTabKeyNavigation(false);
    m_problems->verticalHeader()->hide();
    m_problems->verticalHeader()->setDefaultSectionSize(m_problems->fontMetrics().height() + 8);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 70);
    m_problems->setColumnWidth(1, 160);
    m_problems->setColumnWidth(2, 220);
    layout->addWidget(m_problems, 1);

    auto* bottom = new QHBoxLayout;
    m_choice = new QWidget(this);
    auto* choices = new QVBoxLayout(m_choice);
    choices->setContentsMargins(0, 0, 0, 0);
    m_all = new QRadioButton(m_choice);
    m_all->setObjectName(QStringLiteral("importAll"));
    m_good = new QRadioButton(m_choice);
    m_good->setObjectName(QStringLiteral("importGood"));
    m_nothing = new QRadioButton(tr("Import n&othing (correct the file and import it again)"), m_choice);
    m_nothing->setObjectName(QStringLiteral("importNothing"));
    m_choices = new QButtonGroup(this);
    m_choices->addButton(m_all, All);
    m_choices->addButton(m_good, GoodOnly);
    m_choices->addButton(m_nothing, Nothing);
    choices->addWidget(m_all);
    choices->addWidget(m_good);
    choices->addWidget(m_nothing);
    bottom->addWidget(m_choice, 1);
    m_save = new QPushButton(tr("&Save report…"), this);
    m_save->setObjectName(QStringLiteral("saveReport"));
    bottom->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(bottom);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT completeChanged();
    });
    connect(m_save, &QPushButton::clicked, this, &ImportCheckPage::saveReport);
}

void ImportCheckPage::initializePage()
{
    const quint64 generation = ++m_generation;
    m_checking = true;
    m_wizard->setCheckReport(ImportReport());
    m_model->removeRows(0, m_model->rowCount());
    m_summary->clear();
    m_choice->setEnabled(false);
    m_save->setEnabled(false);
    m_choices->setExclusive(false);
    for (QAbstractButton* button : m_choices->buttons())
        button->setChecked(false);
    m_choices->setExclusive(true);
    m_all->setText(tr("Import &all records"));
    m_good->setText(tr("Import only the &good records"));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    Q_EMIT completeChanged();

    const QString path = m_wizard->filePath();
    const ImportSpec spec = m_wizard->spec();
    const ImportWizard::CancelFlag cancel = m_wizard->newCancelFlag();
    const ImportWizard::ProgressHook hook = m_wizard->progressHook();
    m_wizard->runInBackground([this, path, spec, cancel, hook, generation](Database* db, const QString& openError) {
        const auto progress = [this, hook, generation](const Importer::Progress& p) {
            if (hook)
                hook(p);
            QMetaObject::invokeMethod(
                this,
                [this, p, generation] {
                    if (generation == m_generation)
                        showProgress(p);
                },
                Qt::QueuedConnection);
        };
        ImportReport report = ImportWizard::runEngine(db, openError, path, spec, cancel.get(), progress, std::nullopt);
        QMetaObject::invokeMethod(
            this,
            [this, report = std::move(report), generation] {
                if (generation == m_generation)
                    showReport(report);
            },
            Qt::QueuedConnection);
    });
}

void ImportCheckPage::cleanupPage()
{
    // Back to the mapping: a check under way is of no use any more.
    if (m_checking)
        m_wizard->cancelRunning();
    ++m_generation;
    m_checking = false;
}

void ImportCheckPage::showProgress(const Importer::Progress& progress)
{
    if (progress.size > 0)
        m_progress->setValue(int(progress.position * 1000 / progress.size));
    m_status->setText(tr("Checking %1: %2 records so far…")
                          .arg(QFileInfo(m_wizard->filePath()).fileName(), QLocale().toString(progress.rows)));
}

void ImportCheckPage::showReport(const ImportReport& report)
{
    const QLocale locale;
    m_checking = false;
    m_wizard->setCheckReport(report);
    m_progress->setValue(1000);
    m_progress->hide();
    m_status->clear();
    for (const ImportProblem& p : report.problems) {
        auto* line = new QStandardItem(p.line > 0 ? locale.toString(p.line) : QString());
        line->setData(p.line, Qt::UserRole);
        m_model->appendRow(
            {line, new QStandardItem(p.column), new QStandardItem(p.value.left(200)), new QStandardItem(p.problem)});
        m_model->item(m_model->rowCount() - 1, 3)->setToolTip(p.problem);
    }
    // Likely duplicates are warnings: listed after the problems, imported all the same.
    for (const ImportProblem& p : report.duplicates) {
        auto* line = new QStandardItem(p.line > 0 ? locale.toString(p.line) : QString());
        line->setData(p.line, Qt::UserRole);
        m_model->appendRow({line, new QStandardItem(tr("Possible duplicate")), new QStandardItem(p.value.left(200)),
                            new QStandardItem(p.problem)});
        m_model->item(m_model->rowCount() - 1, 3)->setToolTip(p.problem);
    }
    m_save->setEnabled(!report.problems.isEmpty() || !report.fatal.isEmpty());

    if (report.cancelled) {
        m_summary->setText(tr("The check was stopped."));
    } else if (!report.fatal.isEmpty()) {
        m_summary->setText(tr("<b>Nothing can be imported:</b> %1").arg(report.fatal.toHtmlEscaped()));
    } else {
        QString text =
            tr("%1 records read: %2 can be imported, %3 have problems.")
                .arg(locale.toString(report.read), locale.toString(report.valid), locale.toString(report.rejected));
        if (report.moreProblems > 0)
            text += QLatin1Char(' ') + tr("The list shows the first %1 problems; the saved report has them all.")
                                           .arg(locale.toString(report.problems.size()));
        if (report.ok())
            text += QLatin1Char(' ') + tr("Nothing is wrong.");
        if (!report.duplicates.isEmpty())
            text += QLatin1Char(' ') + tr("%n record(s) look like records already saved or earlier in the file; they "
                                          "are imported all the same (listed as possible duplicates).",
                                          nullptr, int(report.duplicates.size()));
        m_summary->setText(text);
        m_all->setText(tr("Import &all %1 records").arg(locale.toString(report.read)));
        m_good->setText(tr("Import only the %1 &good records; leave out the %2 with problems")
                            .arg(locale.toString(report.valid), locale.toString(report.rejected)));
        m_all->setEnabled(report.ok());
        m_good->setEnabled(report.valid > 0 && !report.ok());
        m_choice->setEnabled(true);
        // Nothing is written unless the user says so: with problems, the safe choice is preselected.
        (report.ok() ? m_all : m_nothing)->setChecked(true);
    }
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport& report = m_wizard->checkReport();
    if (m_checking || !report.fatal.isEmpty() || report.cancelled || report.valid == 0)
        return false;
    const int choice = m_choices->checkedId();
    return (choice == All && report.ok()) || (choice == GoodOnly && report.valid > 0);
}

bool ImportCheckPage::validatePage()
{
    m_wizard->setAccept(m_choices->checkedId() == All ? Importer::Accept::AllRows : Importer::Accept::GoodRowsOnly);
    return true;
}

int ImportCheckPage::nextId() const
{
    return ImportWizard::RunPageId;
}

void ImportCheckPage::saveReport()
{
    const QString dir = QSettings().value(QStringLiteral("import/folder")).toString();
    const QString suggested =
        QFileInfo(dir, tr("%1-problems.csv").arg(QFileInfo(m_wizard->filePath()).completeBaseName())).filePath();
    const QString path =
        DialogSeams::getSaveFileName(this, tr("Save the row report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_wizard->checkReport().saveProblems(path, &error))
        DialogSeams::warning(this, tr("Save the row report"), error);
    else
        m_status->setText(tr("Report saved to %1.").arg(QFileInfo(path).fileName()));
}
