#include "BenchScenario.h"

#include <QApplication>
#include <QTextStream>

// deskcrm-bench SCENARIO [options]: runs one benchmark scenario and prints one JSON object per line.
int main(int argc, char* argv[])
{
    // Some scenarios paint real widgets (kanban); without a display they render offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deskcrm-bench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    const BenchScenario::Run run = BenchScenario::find(name);
    if (!run) {
        QTextStream err(stderr);
        err << "usage:\n";
        for (const QString& usage : BenchScenario::usages())
            err << "  deskcrm-bench " << usage << '\n';
        return 2;
    }
    return run(args.mid(1));
}
