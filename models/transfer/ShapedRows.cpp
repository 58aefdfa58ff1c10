#include "ShapedRows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

bool RowShaping::fromJson(const QJsonObject& json, RowShaping* shaping, QString* error)
{
    RowShaping s;
    const QJsonObject rewrite = json.value(QStringLiteral("rewrite")).toObject();
    for (auto it = rewrite.constBegin(); it != rewrite.constEnd(); ++it) {
        const QJsonObject map = it.value().toObject();
        for (auto m = map.constBegin(); m != map.constEnd(); ++m)
            s.rewrite[it.key()].insert(m.key(), m.value().toString());
    }
    const QJsonObject scale = json.value(QStringLiteral("scale")).toObject();
    for (auto it = scale.constBegin(); it != scale.constEnd(); ++it) {
        const int power = it.value().toInt(-1);
        if (power < 0 || power > 12) {
            if (error)
                *error = tr("The scale of \"%1\" must be a power of ten from 0 to 12.").arg(it.key());
            return false;
        }
        s.scale.insert(it.key(), power);
    }
    const QJsonObject derive = json.value(QStringLiteral("derive")).toObject();
    for (auto it = derive.constBegin(); it != derive.constEnd(); ++it)
        s.derive << qMakePair(it.key(), it.value().toString());
    for (const QJsonValue& column : json.value(QStringLiteral("distinct")).toArray())
        s.distinct << column.toString();
    *shaping = s;
    return true;
}

QJsonObject RowShaping::toJson() const
{
    QJsonObject json;
    if (!rewrite.isEmpty()) {
        QJsonObject r;
        for (auto it = rewrite.cbegin(); it != rewrite.cend(); ++it) {
            QJsonObject map;
            for (auto m = it.value().cbegin(); m != it.value().cend(); ++m)
                map.insert(m.key(), m.value());
            r.insert(it.key(), map);
        }
        json.insert(QStringLiteral("rewrite"), r);
    }
    if (!scale.isEmpty()) {
        QJsonObject r;
        for (auto it = scale.cbegin(); it != scale.cend(); ++it)
            r.insert(it.key(), it.value());
        json.insert(QStringLiteral("scale"), r);
    }
    if (!derive.isEmpty()) {
        QJsonObject r;
        for (const auto& d : derive)
            r.insert(d.first, d.second);
        json.insert(QStringLiteral("derive"), r);
    }
    if (!distinct.isEmpty())
        json.insert(QStringLiteral("distinct"), QJsonArray::fromStringList(distinct));
    return json;
}

QString RowShaping::scaled(const QString& number, int power)
{
    static const QRegularExpression plain(QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?$"));
    const auto m = plain.match(number.trimmed());
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return {};
    QString whole = m.captured(2);
    QString fraction = m.captured(3);
    const int moved = qMin(power, int(fraction.size()));
    whole += fraction.left(moved);
    fraction = fraction.mid(moved);
    whole += QString(power - moved, QLatin1Char('0'));
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    return m.captured(1) + whole + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}

ShapedRows::ShapedRows(RowSource* source, RowShaping shaping) : m_source(source), m_shaping(std::move(shaping))
{
    m_headers = m_source->headers();
    auto indexOf = [this](const QString& column) {
        const int index = int(m_headers.indexOf(column));
        if (index < 0 && m_error.isEmpty())
            m_error = tr("The import profile names the column \"%1\", which the file does not have.").arg(column);
        return index;
    };
    for (auto it = m_shaping.rewrite.cbegin(); it != m_shaping.rewrite.cend(); ++it) {
        const int index = indexOf(it.key());
        for (auto m = it.value().cbegin(); m != it.value().cend(); ++m)
            m_rewrite[index].insert(m.key(), m.value());
    }
    for (auto it = m_shaping.scale.cbegin(); it != m_shaping.scale.cend(); ++it)
        m_scale.insert(indexOf(it.key()), it.value());
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    for (const auto& [name, text] : std::as_const(m_shaping.derive)) {
        Template t;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            t.literals << text.mid(at, m.capturedStart() - at);
            t.columns << indexOf(m.captured(1));
            at = m.capturedEnd();
        }
        t.literals << text.mid(at);
        m_templates << t;
        m_headers << name;
    }
    for (const QString& column : std::as_const(m_shaping.distinct))
        m_distinct << indexOf(column);
}

QString ShapedRows::error() const
{
    return m_error.isEmpty() ? m_source->error() : m_error;
}

bool ShapedRows::next(SourceRow* row)
{
    if (!m_error.isEmpty())
        return false;
    while (m_source->next(row)) {
        QVariantList& cells = row->cells;
        for (auto it = m_rewrite.cbegin(); it != m_rewrite.cend(); ++it) {
            const QString text = cells.value(it.key()).toString().trimmed();
            const auto to = it.value().constFind(text);
            if (to == it.value().cend())
                continue;
            ++m_rewriteCounts[m_headers.at(it.key()) + QLatin1Char('\n') + text + QLatin1Char('\n') + *to];
            cells[it.key()] = *to;
        }
        for (auto it = m_scale.cbegin(); it != m_scale.cend(); ++it) {
            const QVariant cell = cells.value(it.key());
            if (cell.isNull() || cell.toString().trimmed().isEmpty())
                continue;
            const QString scaled = RowShaping::scaled(cell.toString(), it.value());
            // Text that is no number stays as it is: the engine's check reports it with the line.
            if (!scaled.isEmpty())
                cells[it.key()] = scaled;
        }
        const int fileColumns = int(m_headers.size() - m_templates.size());
        while (cells.size() < fileColumns)
            cells << QVariant();
        for (const Template& t : std::as_const(m_templates)) {
            QString text = t.literals.first();
            bool empty = true;
            for (int i = 0; i < t.columns.size(); ++i) {
                const QString part = cells.value(t.columns.at(i)).toString().trimmed();
                empty = empty && part.isEmpty();
                text += part + t.literals.at(i + 1);
            }
            // "{manager}'s team" of a row without a manager is no team.
            cells << (empty && !t.columns.isEmpty() ? QVariant() : QVariant(text));
        }
        if (!m_distinct.isEmpty()) {
            QCryptographicHash hash(QCryptographicHash::Sha1);
            for (int column : std::as_const(m_distinct)) {
                hash.addData(cells.value(column).toString().trimmed().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            const QByteArray digest = hash.result();
            quint64 key = 0;
            memcpy(&key, digest.constData(), sizeof key);
            if (m_seen.contains(key)) {
                ++m_repeated;
                continue;
            }
            m_seen.insert(key);
        }
        return true;
    }
    return false;
}

bool ShapedRows::rewind()
{
    m_seen.clear();
    m_rewriteCounts.clear();
    m_repeated = 0;
    return m_source->rewind();
}

QList<ShapedRows::Rewrite> ShapedRows::rewrites() const
{
    QList<Rewrite> list;
    for (auto it = m_rewriteCounts.cbegin(); it != m_rewriteCounts.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        list << Rewrite{parts.value(0), parts.value(1), parts.value(2), it.value()};
    }
    return list;
}
