#include "AboutDialog.h"

#include "BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString& database, QWidget* parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About DeskCRM"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("appIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("title"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>%1 %2</h2><p>%3</p>")
                       .arg(QLatin1String(BuildInfo::kName), QLatin1String(BuildInfo::kVersion),
                            tr("Customers, contacts, follow-ups, opportunities and tasks for sales teams: on this "
                               "computer or on the team's PostgreSQL server.")
                                .toHtmlEscaped()));
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(title, 1);
    layout->addLayout(top);

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& label, const QString& value, const char* objectName) {
        auto* field = new QLabel(value, this);
        field->setObjectName(QLatin1String(objectName));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addRow(tr("Version:"), QLatin1String(BuildInfo::kVersion), "version");
    addRow(tr("Qt:"), BuildInfo::qtVersion(), "qtVersion");
    addRow(tr("SQLite:"), BuildInfo::sqliteVersion(), "sqliteVersion");
    addRow(tr("PostgreSQL client (libpq):"), BuildInfo::libpqVersion(), "libpqVersion");
    addRow(tr("Database:"), database.isEmpty() ? tr("None open") : database, "database");
    layout->addLayout(form);

    auto* librariesTitle = new QLabel(tr("DeskCRM is built on these libraries, each under its own licence:"), this);
    librariesTitle->setWordWrap(true);
    layout->addWidget(librariesTitle);
    auto* libraries = new QTreeWidget(this);
    libraries->setObjectName(QStringLiteral("libraries"));
    libraries->setRootIsDecorated(false);
    libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence"), tr("Website")});
    const auto list = BuildInfo::libraries();
    for (const BuildInfo::Library& library : list)
        new QTreeWidgetItem(libraries, {library.name, library.version, library.licence, library.url});
    libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    libraries->header()->setStretchLastSection(true);
    layout->addWidget(libraries, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the versions and the database for a support request."));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(details()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString AboutDialog::details() const
{
    return BuildInfo::versionLine() + QLatin1Char('\n') +
           tr("Database: %1").arg(m_database.isEmpty() ? tr("None open") : m_database) + QLatin1Char('\n');
}
