#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built deskcrm-cli as a user would, for tests that judge the program by its exit code and what it printed.
// One place for how the tests find and start it, so every CLI test runs the same binary the same way.
namespace CliRunner {

struct Run
{
    int exitCode = -1; // -1: did not start, did not finish in time, or crashed
    QByteArray outBytes;
    QString out;
    QString err;
    QString said() const { return out + err; } // for failure messages
};

inline QString program()
{
    return qEnvironmentVariable("DESKCRM_BINARY_DIR") + QStringLiteral("/app/cli/deskcrm-cli");
}

// `dataHome`, when given, becomes XDG_DATA_HOME so the default database is never the developer's own.
inline Run run(const QStringList& arguments, const QString& dataHome = {}, int timeoutMs = 300000)
{
    QProcess process;
    if (!dataHome.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        process.setProcessEnvironment(environment);
    }
    process.start(program(), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        result.err = QStringLiteral("deskcrm-cli did not finish: ") + process.errorString();
        return result;
    }
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace CliRunner
