#pragma once

#include <QString>
#include <QtGlobal>

// An amount in Chinese capital numerals (大写金额) as Chinese business paper carries it beside the figures
// (LOCALE-zh.md): 1234.50 → 壹仟贰佰叁拾肆元伍角整, 2345.67 → 贰仟叁佰肆拾伍元陆角柒分, 1000000 → 壹佰万元整.
// The conventions (those of China's payment and settlement rules):
// - digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟 within groups of four, groups 万 and 亿 (万亿 for 10^12);
// - a leading ten keeps its one: 10 → 壹拾元整, 100000 → 壹拾万元整;
// - one 零 for each run of zeros between non-zero digits, also across groups: 1005 → 壹仟零伍元整,
//   100010000 → 壹亿零壹万元整; none for zeros at the end of the yuan: 1200 → 壹仟贰佰元整;
// - 角 without 分 ends in 整 (伍角整); 分 ends without it; no 角 but 分: 元零…分 (325.04 → 叁佰贰拾伍元零肆分);
// - under one yuan only 角/分: 0.50 → 伍角整, 0.05 → 伍分; zero is 零元整; a negative amount starts with 负.
namespace ChineseAmountWords {
// minor: fen (two minor digits, as CNY). Amounts in currencies with other minor digits are converted by the
// caller to the same scale (Money::minorDigits).
QString fromFen(qint64 fen);
// Any currency's minor units: scaled to two decimals (JPY's whole yen become fen ×100).
QString fromMinor(qint64 minor, int minorDigits);
} // namespace ChineseAmountWords
