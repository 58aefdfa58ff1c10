#pragma once

#include "CliCommand.h"

#include <functional>

// `deskcrm-cli import`: a CSV file into one entity (--entity), or the files of a folder described by an import
// profile (--profile NAME DIR), validated first and written in one transaction (models/transfer/Importer).
// Exit 0 when every record was imported; 1 with the row report on stderr when a record or the file was refused
// (nothing written, or with --good-rows-only the good records); 2 for a command line it does not understand.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return tr("FILE|DIR"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;

    // --profile NAME DIR for a profile that needs more than its JSON (the sales-opportunities data set): a hook
    // returns the exit code, or -1 when it does not know NAME. Without one (or for -1) NAME is a JSON profile
    // (ImportProfile): a file path, or resources' :/import-profiles/NAME.json, its files read from DIR.
    using ProfileHook = std::function<int(const QString& name, const QString& dir, const QCommandLineParser& parser,
                                          CliContext& context)>;
    static void setProfileHook(ProfileHook hook);
};
