#include "VisibleText.h"

#include <QRegularExpression>

namespace {
bool isHidden(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C || c == 0x200E || c == 0x200F ||
           c == 0x200B || c == 0x2060 || c == 0xFEFF;
}
} // namespace

QString VisibleText::withoutMnemonic(const QString& text)
{
    static const QRegularExpression appended(QStringLiteral("\\s*[(（]&[^&][)）]"));
    QString plain = QString(text).remove(appended);
    QString result;
    result.reserve(plain.size());
    for (int i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&')) {
            if (i + 1 < plain.size() && plain.at(i + 1) == QLatin1Char('&'))
                result += plain.at(++i);
            continue;
        }
        result += plain.at(i);
    }
    return result;
}

bool VisibleText::hasHiddenControls(const QString& text)
{
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            return true;
    }
    return false;
}

QString VisibleText::revealed(const QString& text)
{
    if (!hasHiddenControls(text))
        return text;
    QString shown;
    shown.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isHidden(c.unicode()))
            shown += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            shown += c;
    }
    return shown;
}
