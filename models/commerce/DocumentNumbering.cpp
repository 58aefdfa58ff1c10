#include "DocumentNumbering.h"

#include "Database.h"
#include "RecordWriter.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kTable = QStringLiteral("document_counters");
const QRegularExpression kNumberToken(QStringLiteral("\\{(N+)\\}"));
} // namespace

QString DocumentNumbering::format(const QString& pattern, int year, int number)
{
    QString text = pattern;
    text.replace(QStringLiteral("{YYYY}"), QString::number(year).rightJustified(4, QLatin1Char('0')));
    text.replace(QStringLiteral("{YY}"), QString::number(year % 100).rightJustified(2, QLatin1Char('0')));
    QRegularExpressionMatch m = kNumberToken.match(text);
    while (m.hasMatch()) {
        text.replace(m.capturedStart(), m.capturedLength(),
                     QString::number(number).rightJustified(int(m.capturedLength(1)), QLatin1Char('0')));
        m = kNumberToken.match(text);
    }
    return text;
}

WriteResult DocumentNumbering::next(RecordWriter& writer, const QString& kind, const QDate& day, QString* number)
{
    // Lock first: the update waits for any other writer holding the row, and what is read after it is the number the
    // last committed writer took.
    WriteResult locked = writer.updateWhere(kTable, {}, QStringLiteral("kind = ?"), {kind});
    if (!locked.ok())
        return locked;
    if (locked.affected != 1)
        return WriteResult::failure(WriteResult::Failed, tr("There is no number sequence for \"%1\".").arg(kind));
    QSqlQuery q(writer.database().connection());
    q.prepare(QStringLiteral("SELECT id, pattern, year, last_number FROM document_counters WHERE kind = ?"));
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return WriteResult::failure(WriteResult::Failed,
                                    tr("The document number could not be read: %1").arg(q.lastError().text()));
    const QString id = q.value(0).toString();
    const QString pattern = q.value(1).toString();
    const int counterYear = q.value(2).toInt();
    const int last = q.value(3).toInt();
    q.finish();
    const int year = day.year();
    // A document dated in an earlier year than the counter's still continues the current year's sequence.
    const int useYear = std::max(year, counterYear);
    const int taken = useYear > counterYear ? 1 : last + 1;
    WriteResult written =
        writer.update(kTable, id, -1, {{QStringLiteral("year"), useYear}, {QStringLiteral("last_number"), taken}});
    if (!written.ok())
        return written;
    *number = format(pattern, useYear, taken);
    return written;
}

WriteResult DocumentNumbering::setPattern(Database& db, const QString& kind, const QString& pattern)
{
    if (!kNumberToken.match(pattern).hasMatch())
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("The pattern needs a place for the number, such as {NNNN}."));
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        WriteResult r =
            writer.updateWhere(kTable, {{QStringLiteral("pattern"), pattern}}, QStringLiteral("kind = ?"), {kind});
        if (r.ok() && r.affected != 1)
            return WriteResult::failure(WriteResult::NotFound, tr("There is no number sequence for \"%1\".").arg(kind));
        return r;
    });
}

QString DocumentNumbering::pattern(Database& db, const QString& kind)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pattern FROM document_counters WHERE kind = ?"));
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
