#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

// Mnemonic letters (the "&" in "&File", "客户(&C)") that one Alt+letter could mean twice (issue 20). For
// the GUI tests: header-only, so model tests that link the support library need no widgets.
namespace Mnemonics {

// The letter a text's "&" makes a mnemonic, lower case; empty when it has none ("&&" is a literal "&").
inline QString letter(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// (where, text) pairs that answer to one Alt press at a time; returns a line per letter used twice.
inline QStringList clashes(const QString& group, const QList<QPair<QString, QString>>& items)
{
    QStringList found;
    QHash<QString, QString> seen; // letter -> text
    for (const auto& item : items) {
        const QString key = letter(item.second);
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            found << QStringLiteral("%1: \"%2\" and \"%3\" (%4) share Alt+%5")
                         .arg(group, seen.value(key), item.second, item.first, key.toUpper());
        else
            seen.insert(key, item.second);
    }
    return found;
}

// What a window's Alt+letter reaches among its visible children: buttons, labelled fields (a label with a
// buddy), group boxes and tabs.
inline QList<QPair<QString, QString>> visibleMnemonics(QWidget& window)
{
    QList<QPair<QString, QString>> items;
    auto shown = [](QWidget* w) { return w->isVisibleTo(w->window()) && w->isVisible(); };
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (shown(button))
            items << qMakePair(QStringLiteral("button ") + button->objectName(), button->text());
    }
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (shown(label) && label->buddy())
            items << qMakePair(QStringLiteral("label ") + label->objectName(), label->text());
    }
    for (QGroupBox* box : window.findChildren<QGroupBox*>()) {
        if (shown(box))
            items << qMakePair(QStringLiteral("group ") + box->objectName(), box->title());
    }
    for (QTabBar* tabs : window.findChildren<QTabBar*>()) {
        for (int i = 0; shown(tabs) && i < tabs->count(); ++i)
            items << qMakePair(QStringLiteral("tab"), tabs->tabText(i));
    }
    return items;
}

} // namespace Mnemonics
