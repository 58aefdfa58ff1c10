#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a file's first bytes say about its encoding: the encoding chosen, how sure the choice is and the other
// encodings that would also decode the sample, best first, so the import wizard can show the decoded preview
// and let the user switch. Nothing is ever decoded silently into mojibake: replacement characters the chosen
// encoding produced on the sample are counted.
struct TextEncodingGuess
{
    QString name;       // a QStringDecoder name: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "windows-1252"
    int bomLength = 0;  // bytes of byte order mark to skip
    int confidence = 0; // 0..100
    QStringList alternatives; // other plausible encodings, best first
    int replacements = 0;     // characters of the sample the chosen encoding could not decode
    bool binary = false;      // NUL bytes in a non-UTF-16 sample: not a text file
};

// Encoding detection and the list of encodings an import may be read in. Detection: a BOM (UTF-8, UTF-16
// LE/BE) decides; else NUL bytes at every other position mean BOM-less UTF-16; else valid UTF-8 is UTF-8;
// else the sample is decoded as GB18030, Big5 and Windows-1252 and each result scored for plausibility:
// the share of its non-ASCII characters that are among the language's common characters (GB2312 level 1 for
// GB18030, Big5 level 1 for Big5) and, for Windows-1252, that are Latin letters standing alone between ASCII
// letters (mojibake of a double-byte encoding comes in runs), less the undecodable bytes.
namespace TextDecoding {
// How much of a file detection looks at.
constexpr qsizetype kSampleSize = 64 * 1024;

TextEncodingGuess detect(const QByteArray& sample);
// The encodings an import offers (QStringDecoder names), in the order the wizard lists them.
QStringList supportedEncodings();
// The canonical name of a user's choice ("gbk", "utf8", "latin1", "cp1252" …), or empty when unknown.
QString canonicalName(const QString& name);
// Length of the byte order mark `sample` starts with for `encoding` (0 when none).
int bomLength(const QByteArray& sample, const QString& encoding);
} // namespace TextDecoding
