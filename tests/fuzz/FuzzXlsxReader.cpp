#include "XlsxReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Fuzzes XlsxReader over whole .xlsx files. The seeds are stored (uncompressed) zips, so mutations reach the XML
// of the workbook, styles, shared strings and sheet rather than only the deflate streams. No input may crash it;
// a refusal always says why; every row has as many cells as the header has columns.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    XlsxReader reader(&buffer);
    if (!reader.open()) {
        if (reader.error().isEmpty())
            std::abort();
        return 0;
    }
    const qsizetype width = reader.headers().size();
    if (width == 0)
        std::abort();
    SourceRow row;
    qint64 lastLine = 0;
    for (int pass = 0; pass < 2; ++pass) {
        lastLine = 0;
        while (reader.next(&row)) {
            if (row.cells.size() != width || row.line <= lastLine)
                std::abort();
            lastLine = row.line;
        }
        if (!reader.rewind())
            break;
    }
    return 0;
}
