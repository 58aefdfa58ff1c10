#pragma once

#include "CliCommand.h"

// `deskcrm-cli search TEXT`: global search over every record kind, as the window's Ctrl+K does it; one JSON
// object per line ({"kind": "customer", "id": "…", "title": "…"}) or CSV.
class SearchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return tr("TEXT"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;
};
