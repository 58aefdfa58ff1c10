#include "ImportRunPage.h"

#include "ImportWizard.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("runPhase"));
    m_phase->setWordWrap(true);
    layout->addWidget(m_phase);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("runSpeed"));
    layout->addWidget(m_speed);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("runResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_report = ImportReport();
    m_result->clear();
    m_speed->clear();
    m_progress->setValue(0);
    m_progress->show();
    const bool goodOnly = m_wizard->accept() == Importer::Accept::GoodRowsOnly;
    setSubTitle(goodOnly ? tr("The good records are imported in one step; the records with problems are left out. "
                              "Cancel leaves the database as it was.")
                         : tr("All records are imported in one step. Cancel leaves the database as it was."));
    m_phase->setText(tr("Starting…"));
    m_wizard->setImporting(true);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, false);
    // The mapping that was used is offered for the next file with these columns.
    ImportWizard::rememberMapping(m_wizard->spec(), m_wizard->sample().headers);
    Q_EMIT completeChanged();

    const QString path = m_wizard->filePath();
    const ImportSpec spec = m_wizard->spec();
    const Importer::Accept accept = m_wizard->accept();
    const ImportWizard::CancelFlag cancel = m_wizard->newCancelFlag();
    const ImportWizard::ProgressHook hook = m_wizard->progressHook();
    m_elapsed.start();
    m_wizard->runInBackground([this, path, spec, accept, cancel, hook](Database* db, const QString& openError) {
        const auto progress = [this, hook](const Importer::Progress& p) {
            if (hook)
                hook(p);
            QMetaObject::invokeMethod(
                this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
        };
        ImportReport report = ImportWizard::runEngine(db, openError, path, spec, cancel.get(), progress, accept);
        QMetaObject::invokeMethod(
            this, [this, report = std::move(report)] { showReport(report); }, Qt::QueuedConnection);
    });
}

void ImportRunPage::showProgress(const Importer::Progress& progress)
{
    if (m_done)
        return;
    const QLocale locale;
    // The file is read twice: checked again (quick), then written; the bar runs once over both.
    const double fraction = progress.size > 0 ? double(progress.position) / double(progress.size) : 0;
    const double overall = progress.pass == 1 ? fraction * 0.2 : 0.2 + fraction * 0.8;
    m_progress->setValue(int(overall * 1000));
    const qint64 total = m_wizard->checkReport().read;
    if (progress.pass == 1) {
        m_phase->setText(tr("Checking the file again: %1 of %2 records…")
                             .arg(locale.toString(progress.rows), locale.toString(total)));
        m_speed->clear();
        return;
    }
    m_phase->setText(tr("Importing: %1 of %2 records…").arg(locale.toString(progress.rows), locale.toString(total)));
    QString speed = tr("%1 records per second").arg(locale.toString(qRound64(progress.rowsPerSecond)));
    if (progress.rowsPerSecond > 0 && total > progress.rows) {
        const qint64 seconds = qint64((total - progress.rows) / progress.rowsPerSecond) + 1;
        speed += QStringLiteral(" · ") + (seconds < 60 ? tr("time left: about %1 s").arg(seconds)
                                                       : tr("time left: about %1 min").arg(seconds / 60 + 1));
    }
    m_speed->setText(speed);
}

void ImportRunPage::cancelling()
{
    if (!m_done)
        m_phase->setText(tr("Stopping the import…"));
}

void ImportRunPage::showReport(const ImportReport& report)
{
    const QLocale locale;
    m_report = report;
    m_done = true;
    m_wizard->setImporting(false);
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_progress->setValue(report.written ? 1000 : 0);
    m_progress->hide();
    m_speed->clear();
    if (report.written) {
        m_phase->setText(tr("Imported from %1 in %2 s.")
                             .arg(QFileInfo(m_wizard->filePath()).fileName(), locale.toString(report.seconds, 'f', 1)));
        QStringList lines;
        lines << tr("Added: %1. Updated: %2. Unchanged: %3.")
                     .arg(locale.toString(report.inserted), locale.toString(report.updated),
                          locale.toString(report.unchanged));
        if (report.rejected > 0)
            lines << tr("Left out, with problems: %1.").arg(locale.toString(report.rejected));
        for (auto it = report.created.cbegin(); it != report.created.cend(); ++it) {
            lines << tr("Created for names the file gives: %1 %2.")
                         .arg(locale.toString(it.value()), ImportWizard::entityLabel(it.key()).toLower());
        }
        m_result->setText(lines.join(QLatin1Char('\n')));
    } else if (report.cancelled) {
        m_phase->setText(tr("The import was cancelled."));
        m_result->setText(tr("Nothing was imported: the database is unchanged."));
    } else {
        m_phase->setText(tr("Nothing was imported."));
        m_result->setText(tr("%1\n\nThe database is unchanged.").arg(report.fatal));
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}
