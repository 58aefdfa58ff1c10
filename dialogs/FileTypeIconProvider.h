#pragma once

#include <QCoreApplication>
#include <QFileIconProvider>

// Icons and type names for file dialogs from a file's name alone, never from its content. Qt's default
// provider reads files whose extension it does not know (an SQLite database's -wal and -shm files), and
// opening and closing them in DeskCRM's own process drops SQLite's locks on the open database (see
// SqliteFiles). Every QFileDialog DeskCRM shows uses this provider.
class FileTypeIconProvider : public QFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(FileTypeIconProvider)

public:
    FileTypeIconProvider();
    Q_DISABLE_COPY(FileTypeIconProvider)

    using QFileIconProvider::icon;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

    // The provider all of DeskCRM's file dialogs share (it holds no state).
    static FileTypeIconProvider* instance();
};
