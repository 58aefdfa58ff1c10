#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QtGlobal>

struct ReportFilter;

// How report figures read on screen and on paper: money from integer minor units through
// QLocale::toCurrencyString, ratios as percentages, periods and stage/channel names translated. One
// place, so a chart, its table, the PDF and the CSV print the same text.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat() = delete;

    // Money::format in the report's locale; digits and symbols come from models/Money.
    static QString money(qint64 minor, const QString& currency);
    // Short form for bar labels: ¥1.2M, ¥350K.
    static QString moneyShort(qint64 minor, const QString& currency);
    static QString percent(double ratio, int decimals = 1);
    static QString number(qint64 value);
    static QString days(double value);
    static QString date(const QDate& date);
    static QString period(const ReportFilter& filter);
    static QString month(const QDate& monthStart);
    static QString quarter(const QDate& quarterStart);
    static QString week(const QDate& weekStart);
    // Seeded names (stored in English) translated while nobody renamed them.
    static QString stageName(const QString& storedName);
    static QString channelName(const QString& code);
};
