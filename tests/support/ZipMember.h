#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <unzip.h>

// One member of a zip file (an .xlsx part such as "xl/worksheets/sheet1.xml"), read with minizip; empty when the
// file or the member is missing. Link the test with PkgConfig::MINIZIP.
inline QByteArray zipMember(const QString& zipFile, const char* member)
{
    const QByteArray path = QFile::encodeName(zipFile);
    unzFile zip = unzOpen64(path.constData());
    if (!zip)
        return {};
    QByteArray content;
    if (unzLocateFile(zip, member, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            content.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return content;
}
