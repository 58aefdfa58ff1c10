#include "ImportSpec.h"
#include "ShapedRows.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Fuzzes the import profiles (JSON a team mails around or keeps beside its spreadsheets, read by File > Import and
// `deskcrm-cli import --profile`) and the decimal scaling they ask for: no input may crash; a refused profile says
// why; a profile read is written back (what "Save mapping" does) and read again to the same JSON; and scaling is
// exact: scaling by a then by b is scaling by a + b, and scaling its own result by 0 changes nothing.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        ImportProfile profile;
        QString error;
        if (ImportProfile::fromJson(document.object(), &profile, &error)) {
            const QJsonObject written = profile.toJson();
            ImportProfile again;
            if (!ImportProfile::fromJson(written, &again, &error) || again.toJson() != written)
                std::abort();
            for (const ImportSpec& spec : std::as_const(profile.files)) {
                RowShaping shaping;
                if (!RowShaping::fromJson(spec.shape, &shaping, &error)) {
                    if (error.isEmpty())
                        std::abort();
                    continue;
                }
                RowShaping reread;
                if (!RowShaping::fromJson(shaping.toJson(), &reread, &error) || reread.toJson() != shaping.toJson())
                    std::abort();
            }
        } else if (error.isEmpty()) {
            std::abort();
        }
    }

    if (size < 2)
        return 0;
    const int a = data[0] % 7;
    const int b = data[1] % 7;
    const QString number = QString::fromUtf8(bytes.mid(2, 40));
    const QString once = RowShaping::scaled(number, a + b);
    const QString twice = RowShaping::scaled(RowShaping::scaled(number, a), b);
    if (once != twice || (!once.isEmpty() && RowShaping::scaled(once, 0) != once))
        std::abort();
    return 0;
}
