#include "PasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {
// Runs a job to completion or timeout. The job deletes itself (later) in either case, so a
// keychain daemon that answers after the timeout finds no dangling pointer.
bool runJob(QKeychain::Job* job, int timeoutMs, QString* error)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        if (error)
            *error = QCoreApplication::translate("PasswordStore", "The system keychain did not answer in time.");
        return false;
    }
    return true;
}

QString keychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("PasswordStore", "No system keychain is available: %1")
            .arg(job.errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("PasswordStore", "Access to the system keychain was denied: %1")
            .arg(job.errorString());
    default:
        return QCoreApplication::translate("PasswordStore", "The system keychain reported an error: %1")
            .arg(job.errorString());
    }
}
} // namespace

PasswordStore::PasswordStore(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

bool PasswordStore::read(const QString& key, QString* password, bool* found, QString* error) const
{
    if (found)
        *found = false;
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    if (!runJob(job, m_timeoutMs, error))
        return false;
    std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (job->error() == QKeychain::EntryNotFound)
        return true;
    if (job->error() != QKeychain::NoError) {
        if (error)
            *error = keychainError(*job);
        return false;
    }
    if (found)
        *found = true;
    if (password)
        *password = job->textData();
    return true;
}

bool PasswordStore::write(const QString& key, const QString& password, QString* error) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    if (!runJob(job, m_timeoutMs, error))
        return false;
    std::unique_ptr<QKeychain::Job> owned(job);
    if (job->error() != QKeychain::NoError) {
        if (error)
            *error = keychainError(*job);
        return false;
    }
    return true;
}

bool PasswordStore::remove(const QString& key, QString* error) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    if (!runJob(job, m_timeoutMs, error))
        return false;
    std::unique_ptr<QKeychain::Job> owned(job);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        if (error)
            *error = keychainError(*job);
        return false;
    }
    return true;
}
