#pragma once

#include "Database.h"
#include "DialogSeams.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QVariant>
#include <QWidget>

// What the tests that drive the real main window (tests/gui) share: the set-up before the first window (test-mode
// paths and settings, message boxes answered by the seams, the interface language DESKCRM_UI_LANG names: CTest runs
// en and zh_CN), finding the dialog a click opened, a value read back from the database, and the screenshots kept in
// DESKCRM_SCREENSHOT_DIR as <language>-<page>-<name>.png. Header-only, so model tests that link the support library
// need no widgets.
class WindowTest
{
public:
    explicit WindowTest(const char* page) : m_page(QLatin1String(page)) {}

    // For initTestCase: `application` names the test's own settings.
    void start(const QString& application)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(application);
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }
    const QString& language() const { return m_language; }

    // True when saved, or when no screenshots were asked for.
    bool screenshot(QWidget* widget, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return true;
        QDir().mkpath(shots);
        return widget->grab().save(QStringLiteral("%1/%2-%3-%4.png").arg(shots, m_language, m_page, name));
    }

    // The first column of the first row; an invalid QVariant when there is none or the query fails.
    static QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    // The visible dialog of type T (made active, as a user's click would), or nullptr.
    template <typename T> static T* openDialog()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<T*>(w); dialog && dialog->isVisible()) {
                QApplication::setActiveWindow(dialog);
                return dialog;
            }
        }
        return nullptr;
    }

private:
    QString m_page;
    QString m_language;
};
