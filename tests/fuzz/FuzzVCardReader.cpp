#include "VCardReader.h"
#include "VCardRowSource.h"
#include "VCardWriter.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Fuzzes VCardReader, which reads address books from anywhere (Outlook, phones, web exports): no input may crash
// it or make it loop, every entry names a line, and every card read whole can be written again (VCardWriter) and
// read back as one whole card with the same name — what export -> import relies on.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    VCardReader::Entry entry;
    qint64 lastLine = 0;
    int entries = 0;
    while (reader.next(&entry)) {
        if (entry.line <= lastLine || ++entries > static_cast<int>(size) + 1)
            std::abort(); // entries move forward through the file, at most one per line
        lastLine = entry.line;
        const QVariantList cells = VCardRowSource::cells(entry.card);
        if (cells.size() != VCardRowSource::ColumnCount)
            std::abort();
        if (!entry.problem.isEmpty())
            continue;
        for (const auto version : {VCardWriter::Version::V3_0, VCardWriter::Version::V4_0}) {
            QBuffer again;
            again.setData(VCardWriter::toBytes(entry.card, version));
            again.open(QIODevice::ReadOnly);
            VCardReader reread(&again);
            VCardReader::Entry back;
            if (!reread.next(&back) || !back.problem.isEmpty())
                std::abort();
            if (back.card.displayName() != entry.card.displayName())
                std::abort();
            if (reread.next(&back))
                std::abort();
        }
    }
    return 0;
}
