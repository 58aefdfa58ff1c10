#include "DatabaseProbe.h"

#include "Database.h"
#include "Uuid.h"

#include <mutex>
#include <thread>

struct DatabaseProbe::Shared
{
    mutable std::mutex mutex;
    Status status;

    void set(const Status& next)
    {
        std::lock_guard<std::mutex> lock(mutex);
        status = next;
    }
};

DatabaseProbe::DatabaseProbe(const ConnectionSettings& settings)
    : m_settings(settings), m_shared(std::make_shared<Shared>())
{
    std::thread([shared = m_shared, settings] {
        Database::Options options;
        options.connectionName = QStringLiteral("deskcrm-probe-") + Uuid::createV7();
        options.upgradeProgress = [&shared](int step, int steps) {
            Status upgrading;
            upgrading.state = State::Upgrading;
            upgrading.step = step;
            upgrading.steps = steps;
            shared->set(upgrading);
        };
        bool newer = false;
        options.newerSchema = &newer;
        QString error;
        Status done;
        done.steps = 0;
        {
            // Closed (and its connection name removed) on this thread, before the result is told.
            const std::unique_ptr<Database> db = Database::open(settings, options, &error);
            done.state = db ? State::Succeeded : State::Failed;
        }
        done.step = done.steps = shared->status.steps; // what an upgrade did, for whoever asks afterwards
        done.error = error;
        done.newerSchema = newer;
        shared->set(done);
    }).detach();
}

DatabaseProbe::~DatabaseProbe() = default;

DatabaseProbe::Status DatabaseProbe::status() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->status;
}

bool DatabaseProbe::isDone() const
{
    const State state = status().state;
    return state == State::Succeeded || state == State::Failed;
}
