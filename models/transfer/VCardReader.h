#pragma once

#include "ContactCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <memory>

class QIODevice;

// Reads vCard 2.1, 3.0 and 4.0 files as address books write them (Outlook, Gmail, Apple Contacts, Android,
// iPhone, Evolution, Thunderbird, Lotus Notes, BlackBerry) into ContactCards, one card at a time, streaming:
// only the card being read is held, and embedded photos are stepped over without being kept.
//
// What it understands: folded lines (CRLF or LF, then a space or tab) and 2.1 quoted-printable soft line
// breaks; ENCODING=QUOTED-PRINTABLE / BASE64 / b; CHARSET (UTF-8, ISO-8859-1, GB2312/GBK/GB18030, Big5,
// Shift_JIS … through QStringDecoder); 2.1 bare types (TEL;WORK;VOICE), 3.0 TYPE=work,voice, 4.0
// TYPE="work,voice" and PREF; Apple's item1. groups with X-ABLabel; escaped \, \; \n. The file's own encoding
// is read like a text file's: a BOM (UTF-8, UTF-16), else UTF-8 where the bytes are UTF-8, else the fallback
// encoding (set, or guessed once per file by TextDecoding from its first such text: GB18030, Big5, Windows-1252).
//
// A broken card (no END:VCARD before the next BEGIN or the end of the file, a line that is not a property) is
// returned with a problem naming its line, and reading goes on with the next card.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Entry
    {
        ContactCard card;
        qint64 line = 0; // the line BEGIN:VCARD stands on (or the first line of text outside any card)
        QString problem; // empty when the card was read whole
    };

    // device: open for reading, at the start of the data; not owned, must outlive the reader.
    explicit VCardReader(QIODevice* device);
    ~VCardReader();
    Q_DISABLE_COPY(VCardReader)

    // How to read text that names no CHARSET and is not UTF-8 (e.g. "GB18030", what the user chose); empty
    // (the default): guessed from the first such text of the file.
    void setFallbackEncoding(const QByteArray& name);

    // The next card (or run of text outside any card, as an entry with only a problem). False at the end of
    // the data, or when the device cannot be read (error() says so).
    bool next(Entry* entry);
    QString error() const { return m_error; }
    // Back to the start of the device (which must be seekable).
    bool rewind();
    qint64 position() const;
    qint64 size() const;

private:
    struct Param
    {
        QByteArray name; // upper case; empty for a 2.1 bare parameter (TEL;WORK)
        QByteArray value;
    };
    struct Property
    {
        QByteArray group; // upper case
        QByteArray name;  // upper case
        QList<Param> params;
        QByteArray value;
    };
    // A grouped TEL, EMAIL or ADR (Apple's item1.TEL), which its group's X-ABLabel names.
    struct GroupRef
    {
        QByteArray group;
        int kind = 0; // 0 phone, 1 e-mail, 2 address
        int index = 0;
    };
    struct Logical
    {
        QByteArray text;
        qint64 line = 0;
    };

    bool fill();
    bool readPhysical(QByteArray* line);
    bool peekPhysical(QByteArray** line);
    bool takePhysical(QByteArray* line, qint64* number);
    bool readLogical(Logical* out);
    static bool parseProperty(const QByteArray& text, Property* property);
    QString decodeValue(const Property& property);
    QString decodeText(const QByteArray& bytes, const QByteArray& charset);
    void apply(const Property& property, ContactCard* card, QHash<QByteArray, QString>* labels,
               QList<GroupRef>* grouped);
    void skipNestedCard();
    static QString shown(const QByteArray& text);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // start of the unread part of m_buffer
    qsizetype m_scanFrom = 0; // where the search for the next line break goes on
    bool m_started = false;
    bool m_eof = false;
    std::unique_ptr<QStringDecoder> m_transcoder; // UTF-16 files, turned into UTF-8 as they are read
    qint64 m_lineNumber = 0;                      // of the last physical line taken
    QByteArray m_peeked;
    bool m_hasPeeked = false;
    QByteArray m_fallbackName;
    QByteArray m_guessedName;
    QString m_error;
};
