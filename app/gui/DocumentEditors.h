#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantHash>

#include <functional>

class Database;
class QWidget;

// The shell's side of issue 13's editors (quotes and contracts are documents with lines, not RecordDialog forms):
// opens QuoteDialog or ContractDialog, saves their PDFs through the shell's file dialog and QuotePrinter, and opens
// the contract a quote just became. Kept out of MainWindow, which calls open() for these entities.
class DocumentEditors
{
    Q_DECLARE_TR_FUNCTIONS(DocumentEditors)

public:
    DocumentEditors() = delete;

    static bool handles(const QString& entity); // "quote", "contract"
    // Opens the editor (non-modal, deleted on close). False with *error when the record cannot be read.
    static bool open(Database& db, const QString& entity, const QString& id, const QVariantHash& presets,
                     QWidget* parent, const std::function<void(const QString&)>& statusMessage, QString* error);
    // Tools > Discount approvals… (ApprovalsDialog, deleted on close).
    static void showApprovals(Database& db, QWidget* parent);
    // Asks for a file name and writes the quote's or contract's PDF; the message says what happened.
    static bool savePdf(Database& db, const QString& entity, const QString& id, QWidget* parent, QString* message);
};
