#include "DocumentEditors.h"

#include "ApprovalsDialog.h"
#include "ContractDialog.h"
#include "Database.h"
#include "DialogSeams.h"
#include "QuoteDialog.h"
#include "QuotePrinter.h"

#include <QDir>

bool DocumentEditors::handles(const QString& entity)
{
    return entity == QLatin1String("quote") || entity == QLatin1String("contract");
}

void DocumentEditors::showApprovals(Database& db, QWidget* parent)
{
    auto* dialog = new ApprovalsDialog(db, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DocumentEditors::savePdf(Database& db, const QString& entity, const QString& id, QWidget* parent, QString* message)
{
    const bool quote = entity == QLatin1String("quote");
    QString number;
    if (quote) {
        QuoteDocument document;
        if (QuoteService::load(db, id, &document, message))
            number = document.revision > 1 ? QStringLiteral("%1-%2").arg(document.number).arg(document.revision)
                                           : document.number;
    } else {
        ContractDocument document;
        if (ContractService::load(db, id, &document, message))
            number = document.number;
    }
    if (number.isEmpty())
        return false;
    const QString fileName =
        DialogSeams::getSaveFileName(parent, quote ? tr("Save quote as PDF") : tr("Save contract as PDF"),
                                     QDir::home().filePath(number + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return false;
    const DocumentPrintOptions options = DocumentPrintOptions::fromSettings();
    const bool written = quote ? QuotePrinter::writeQuotePdf(db, id, fileName, options, message)
                               : QuotePrinter::writeContractPdf(db, id, fileName, options, message);
    if (written)
        *message = tr("Saved %1.").arg(QDir::toNativeSeparators(fileName));
    return written;
}

bool DocumentEditors::open(Database& db, const QString& entity, const QString& id, const QVariantHash& presets,
                           QWidget* parent, const std::function<void(const QString&)>& statusMessage, QString* error)
{
    auto pdf = [&db, entity, parent, statusMessage](const QString& which, const QString& recordId) {
        QString message;
        if (savePdf(db, which, recordId, parent, &message) || !message.isEmpty())
            statusMessage(message);
    };
    if (entity == QLatin1String("quote")) {
        auto* dialog = new QuoteDialog(db, id, presets, parent);
        if (!dialog->isLoaded()) {
            *error = dialog->errorText();
            delete dialog;
            return false;
        }
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QuoteDialog::printRequested, dialog,
                         [pdf](const QString& quoteId) { pdf(QStringLiteral("quote"), quoteId); });
        QObject::connect(
            dialog, &QuoteDialog::contractCreated, parent, [&db, parent, statusMessage](const QString& contractId) {
                QString openError;
                if (!open(db, QStringLiteral("contract"), contractId, {}, parent, statusMessage, &openError))
                    statusMessage(openError);
            });
        dialog->open();
        return true;
    }
    auto* dialog = new ContractDialog(db, id, parent);
    if (!dialog->isLoaded()) {
        *error = dialog->errorText();
        delete dialog;
        return false;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ContractDialog::printRequested, dialog,
                     [pdf](const QString& contractId) { pdf(QStringLiteral("contract"), contractId); });
    dialog->open();
    return true;
}
