#pragma once

#include "ContactCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Writes ContactCards as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350), UTF-8: text escaped (\\ \, \; \n), lines
// folded at 75 octets without splitting a UTF-8 sequence, CRLF line ends. N is written from the name when the
// card has none (a vCard 3.0 needs it): "family; given" split at the last space for a Western name, the whole
// name as the family name for a Chinese, Japanese or Korean one. Types that are not plain tokens (a user's label
// such as "微信") are left out; 4.0 writes a preference as PREF=1, 3.0 as the type "pref".
class VCardWriter
{
    Q_DECLARE_TR_FUNCTIONS(VCardWriter)

public:
    enum class Version { V3_0, V4_0 };

    // device: open for writing; not owned.
    VCardWriter(QIODevice* device, Version version);

    bool write(const ContactCard& card);
    QString error() const { return m_error; }

    static QByteArray toBytes(const ContactCard& card, Version version);
    // "3.0" / "4.0" -> the version; false for anything else.
    static bool parseVersion(const QString& text, Version* version);

private:
    QIODevice* m_device;
    Version m_version;
    QString m_error;
};
