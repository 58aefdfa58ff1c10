#include "ConnectionSettings.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Fuzzes ConnectionSettings::parse, which takes --database from the command line, the connection dialog
// and the remembered last database: no input may crash it, and whatever it accepts must read back the
// same from its own display form (what the title bar and the CLI show), or reopening "the last database"
// would open another one.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(text, &settings, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    if (settings.dialect != ConnectionSettings::Dialect::PostgreSQL)
        return 0; // a file path's display form is the path, which need not name the same file again
    ConnectionSettings again;
    if (!ConnectionSettings::parse(settings.displayName(), &again, &error))
        std::abort();
    if (again.host != settings.host || again.port != settings.port || again.database != settings.database ||
        again.user != settings.user || again.sslMode != settings.sslMode)
        std::abort();
    return 0;
}
