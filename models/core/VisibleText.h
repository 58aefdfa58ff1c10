#pragma once

#include <QString>

// Text as lists and cards show it: invisible characters that change how the text around them reads are
// made visible as <U+XXXX>, so a name cannot pass for another one. The stored text is never changed — the
// database keeps what was typed or imported, byte for byte.
//
// Shown: the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; the
// "Trojan Source" characters that reorder what is displayed), the Arabic letter mark and the left-to-right /
// right-to-left marks (U+061C, U+200E, U+200F), and the zero-width characters that only hide things in a name
// (U+200B zero-width space, U+2060 word joiner, U+FEFF inside text). Left alone: the zero-width joiner and
// non-joiner (U+200C, U+200D), which emoji sequences and Persian or Indic names need to be spelt right.
namespace VisibleText {
// The text with those characters replaced by <U+XXXX>; the same QString (no copy) when it has none.
QString revealed(const QString& text);
// True when revealed(text) would differ.
bool hasHiddenControls(const QString& text);
// A menu, button or label text without its mnemonic, for where it is shown as plain text (a navigation
// entry, a tooltip, a field named in a message): "&File" → "File", "R&&D" → "R&D", and the "(&C)" that
// Chinese translations append goes whole: "客户(&C)" → "客户", not "客户(C)".
QString withoutMnemonic(const QString& text);
} // namespace VisibleText
