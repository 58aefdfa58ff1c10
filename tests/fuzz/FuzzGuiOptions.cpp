#include "GuiOptions.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// Fuzzes the program's command line (GuiOptions::parse): arguments split at NUL bytes, as the operating
// system hands them over. Any list of arguments gets options or an error, never a crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QStringList arguments{QStringLiteral("deskcrm")};
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QByteArray& argument : bytes.split('\0'))
        arguments << QString::fromLocal8Bit(argument);
    const GuiOptions options = GuiOptions::parse(arguments);
    (void)options;
    return 0;
}
