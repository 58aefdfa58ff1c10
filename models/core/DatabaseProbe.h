#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// Opens a database once on a thread of its own, before the window opens it for real. Everything that can take
// long at an open happens here: reaching a server that does not answer (up to the connect timeout), waiting for
// another program's lock, upgrading the schema of a large database. The window keeps painting meanwhile and
// offers Cancel (ConnectingDialog); after a successful probe its own open finds the server answering and the
// schema current, and takes milliseconds. A QSqlDatabase cannot move between threads (before Qt 6.8), hence two
// opens instead of one handed over.
//
// A probe the user gave up on is abandoned, not waited for: its thread ends by itself (at the connect timeout at
// the latest) and shares nothing with its owner but the status block it holds a reference to.
class DatabaseProbe
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProbe)

public:
    enum class State { Connecting, Upgrading, Succeeded, Failed };
    struct Status
    {
        State state = State::Connecting;
        int step = 0;  // Upgrading: migrations applied so far
        int steps = 0; // Upgrading: migrations to apply; once done, the migrations the upgrade applied
        QString error; // Failed: why, in the user's words
        bool newerSchema = false;
    };

    // Starts at once.
    explicit DatabaseProbe(const ConnectionSettings& settings);
    ~DatabaseProbe();
    Q_DISABLE_COPY(DatabaseProbe)

    // Safe to call from any thread, as often as wanted.
    Status status() const;
    bool isDone() const;
    const ConnectionSettings& settings() const { return m_settings; }

private:
    struct Shared;
    const ConnectionSettings m_settings;
    std::shared_ptr<Shared> m_shared;
};
