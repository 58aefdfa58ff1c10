#include "CsvReader.h"
#include "TextDecoding.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Fuzzes what an import reads first from a file nobody checked: encoding detection and the CSV reader. No input may
// crash them or hang them, a record always has as many cells as the reader produced, a stop always says why, and a
// second pass (rewind) reads the same number of records as the first.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const TextEncodingGuess guess = TextDecoding::detect(bytes);
    if (guess.name.isEmpty() || guess.confidence < 0 || guess.confidence > 100)
        std::abort();

    QBuffer buffer;
    buffer.setData(bytes);
    CsvReader::Options options;
    options.fieldLimit = 4096; // small, so the fuzzer reaches the limit
    // The first byte picks the options, so the fuzzer explores every delimiter and header mode.
    if (size > 0) {
        options.header = (data[0] & 1) != 0;
        const char delimiters[] = {0, ',', ';', '\t'};
        if (const char d = delimiters[(data[0] >> 1) & 3])
            options.delimiter = QLatin1Char(d);
    }
    CsvReader reader(&buffer, options);
    if (!reader.open()) {
        if (reader.error().isEmpty())
            std::abort();
        return 0;
    }
    auto readAll = [&reader]() {
        qint64 records = 0;
        qint64 lastLine = 0;
        SourceRow row;
        while (reader.next(&row)) {
            if (row.cells.isEmpty() || row.line < lastLine)
                std::abort();
            lastLine = row.line;
            ++records;
        }
        return records;
    };
    const qint64 first = readAll();
    const QString firstError = reader.error();
    if (!reader.rewind())
        return 0;
    if (readAll() != first || reader.error() != firstError)
        std::abort();
    return 0;
}
