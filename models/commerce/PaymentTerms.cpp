#include "PaymentTerms.h"

#include "Database.h"
#include "DocumentTotals.h"
#include "RecordWriter.h"

#include <QSqlError>
#include <QSqlQuery>

QString PaymentTermLine::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::Balance:
        break;
    }
    return QStringLiteral("balance");
}

PaymentTermLine::Kind PaymentTermLine::kindFromText(const QString& text)
{
    if (text == QLatin1String("percent"))
        return Kind::Percent;
    if (text == QLatin1String("fixed"))
        return Kind::Fixed;
    return Kind::Balance;
}

QString PaymentTerms::validate(const QList<PaymentTermLine>& lines)
{
    int balances = 0;
    qint64 percent = 0;
    for (const PaymentTermLine& line : lines) {
        if (line.value < 0 || line.daysAfter < 0)
            return tr("Amounts, percentages and days cannot be negative.");
        if (line.kind == PaymentTermLine::Kind::Balance)
            ++balances;
        else if (line.kind == PaymentTermLine::Kind::Percent)
            percent += line.value;
    }
    if (balances != 1)
        return tr("Payment terms need exactly one balance line (it takes what the other lines leave).");
    if (percent > 10000)
        return tr("The percentages add up to more than 100 %.");
    return {};
}

bool PaymentTerms::plan(const QList<PaymentTermLine>& lines, qint64 totalMinor, const QDate& start,
                        QList<PlannedInstalment>* instalments, QString* error)
{
    const QString invalid = validate(lines);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    QList<PlannedInstalment> out;
    qint64 others = 0;
    int balanceIndex = -1;
    for (const PaymentTermLine& line : lines) {
        PlannedInstalment instalment;
        instalment.dueDate = start.addDays(line.daysAfter);
        instalment.condition = line.condition;
        if (line.kind == PaymentTermLine::Kind::Percent) {
            if (!DocumentTotals::mulDivRound(totalMinor, line.value, 10000, &instalment.amountMinor)) {
                if (error)
                    *error = tr("The amount is too large.");
                return false;
            }
        } else if (line.kind == PaymentTermLine::Kind::Fixed) {
            instalment.amountMinor = line.value;
        } else {
            balanceIndex = int(out.size());
        }
        others += instalment.amountMinor;
        out.append(instalment);
    }
    if (others > totalMinor) {
        if (error)
            *error = tr("The fixed and percentage lines come to more than the total.");
        return false;
    }
    out[balanceIndex].amountMinor = totalMinor - others;
    *instalments = out;
    return true;
}

QList<PaymentTerms::Term> PaymentTerms::all(Database& db, QString* error)
{
    QList<Term> terms;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM payment_terms WHERE deleted_at IS NULL AND active ORDER BY name, id"))) {
        if (error)
            *error = q.lastError().text();
        return terms;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString& id : std::as_const(ids)) {
        Term term;
        if (load(db, id, &term, error))
            terms << term;
    }
    return terms;
}

bool PaymentTerms::load(Database& db, const QString& termId, Term* term, QString* error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM payment_terms WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(termId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("These payment terms no longer exist.");
        return false;
    }
    Term t;
    t.id = termId;
    t.name = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT kind, value, days_after, condition FROM payment_term_lines "
                             "WHERE term_id = ? AND deleted_at IS NULL ORDER BY position, id"));
    q.addBindValue(termId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        PaymentTermLine line;
        line.kind = PaymentTermLine::kindFromText(q.value(0).toString());
        line.value = q.value(1).toLongLong();
        line.daysAfter = q.value(2).toInt();
        line.condition = q.value(3).toString();
        t.lines << line;
    }
    *term = t;
    return true;
}

WriteResult PaymentTerms::create(Database& db, const QString& name, const QList<PaymentTermLine>& lines)
{
    const QString invalid = validate(lines);
    if (!invalid.isEmpty())
        return WriteResult::failure(WriteResult::Invalid, invalid);
    if (name.trimmed().isEmpty())
        return WriteResult::failure(WriteResult::Invalid, tr("The payment terms need a name."));
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        const WriteResult term = writer.insert(QStringLiteral("payment_terms"), {{QStringLiteral("name"), name}});
        if (!term.ok())
            return term;
        int position = 0;
        for (const PaymentTermLine& line : lines) {
            const WriteResult written = writer.insert(
                QStringLiteral("payment_term_lines"),
                {{QStringLiteral("term_id"), term.id},
                 {QStringLiteral("position"), ++position},
                 {QStringLiteral("kind"), PaymentTermLine::kindText(line.kind)},
                 {QStringLiteral("value"), line.kind == PaymentTermLine::Kind::Balance ? 0 : line.value},
                 {QStringLiteral("days_after"), line.daysAfter},
                 {QStringLiteral("condition"), line.condition.isEmpty() ? QVariant() : QVariant(line.condition)}});
            if (!written.ok())
                return written;
        }
        return term;
    });
}
