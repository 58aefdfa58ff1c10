#pragma once

#include "ChangeSet.h"

#include <QObject>

// The one place that says what changed in a database, after the change is committed. Owned by Database;
// RecordWriter announces every committed write here, and a remote feed (PostgreSQL LISTEN/NOTIFY, sync)
// will announce colleagues' changes through announce() with Origin::Remote. Lists, boards, the customer
// page and the dashboard listen and update only what a ChangeSet names.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject* parent = nullptr);

    // Emits changed() unless the set is empty. Writes made on another thread are announced on the
    // notifier's own thread (queued), so listeners always run on the GUI thread.
    void announce(const ChangeSet& changes);

Q_SIGNALS:
    void changed(const ChangeSet& changes);
};
