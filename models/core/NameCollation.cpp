#include "NameCollation.h"

#include <QCollator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace {
// SQLite's collation callback. One QCollator per connection (pArg), so connections on other threads
// (background counting) never share one.
int compareUtf8(void* collator, int size1, const void* text1, int size2, const void* text2)
{
    const QString a = QString::fromUtf8(static_cast<const char*>(text1), size1);
    const QString b = QString::fromUtf8(static_cast<const char*>(text2), size2);
    const int order = static_cast<const QCollator*>(collator)->compare(a, b);
    if (order != 0)
        return order;
    const int common = std::min(size1, size2);
    const int bytes = common > 0 ? std::memcmp(text1, text2, size_t(common)) : 0;
    return bytes != 0 ? bytes : (size1 < size2 ? -1 : size1 > size2 ? 1 : 0);
}

void destroyCollator(void* collator)
{
    delete static_cast<QCollator*>(collator);
}
} // namespace

QLocale NameCollation::locale()
{
    return QLocale(QLocale::Chinese, QLocale::China);
}

bool NameCollation::install(const QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3* const*>(handle.constData())) {
        if (error)
            *error = QStringLiteral("the SQLite driver does not expose its connection");
        return false;
    }
    return install(*static_cast<sqlite3* const*>(handle.constData()), error);
}

bool NameCollation::install(sqlite3* handle, QString* error)
{
    auto* collator = new QCollator(locale());
    // On success SQLite owns the collator (deleted when the connection closes); on failure it does not.
    const int rc = sqlite3_create_collation_v2(handle, name, SQLITE_UTF8, collator, compareUtf8, destroyCollator);
    if (rc != SQLITE_OK) {
        delete collator;
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

int NameCollation::fingerprint()
{
    // Strings whose relative order differs between collation versions and implementations: pinyin
    // readings, tones, polyphones, radicals, Latin case and accents, digits and punctuation.
    QStringList sample{
        QStringLiteral("阿里巴巴"), QStringLiteral("安盛"),    QStringLiteral("北京"),  QStringLiteral("长沙"),
        QStringLiteral("重庆"),     QStringLiteral("厦门"),    QStringLiteral("乐山"),  QStringLiteral("曾"),
        QStringLiteral("单"),       QStringLiteral("⼀"),      QStringLiteral("一"),    QStringLiteral("中瑞"),
        QStringLiteral("张伟"),     QStringLiteral("Zhang"),   QStringLiteral("zhang"), QStringLiteral("Ánder"),
        QStringLiteral("Anderson"), QStringLiteral("O'Brien"), QStringLiteral("10"),    QStringLiteral("9"),
        QStringLiteral("ß"),        QStringLiteral("ss"),      QStringLiteral("Ǎ"),     QStringLiteral("é")};
    QCollator collator(locale());
    std::sort(sample.begin(), sample.end(), [&collator](const QString& a, const QString& b) {
        const int order = collator.compare(a, b);
        return order != 0 ? order < 0 : a < b;
    });
    // Positive and never 0, which is SQLite's "nothing recorded".
    return int(qHash(sample.join(QChar(0x1F))) % 0x7ffffffe) + 1;
}

bool NameCollation::reindexIfChanged(const QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const int recorded = q.value(0).toInt();
    const int current = fingerprint();
    if (recorded == current)
        return true;
    // Nothing recorded: the indexes were built by this collator (migration 0003 just ran, or the file
    // predates this check and was only ever used with it); otherwise rebuild them in today's order.
    if (recorded != 0 && !q.exec(QStringLiteral("REINDEX %1").arg(QLatin1String(name)))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(current))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}
