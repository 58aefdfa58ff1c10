#pragma once

#include "RowSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// How an import profile reshapes a file's rows before the engine maps them, for files that are not one row per
// record of one table (ImportSpec's "shape" object; every key optional):
// clang-format off
//   {
//     "rewrite": {"sector": {"technolgy": "technology"}},  // column -> (exact text -> text): known misspellings
//     "scale": {"revenue": 6},                             // column -> power of ten: "1100.04" (millions) -> "1100040000"
//     "derive": {"team": "{manager}'s team"},              // new column -> template naming columns in braces
//     "distinct": ["manager", "regional_office"]           // skip a row whose values of these columns came before
//   }
// clang-format on
// Rewrites are counted, so the user is told what was normalised instead of it happening silently. Scaling works on
// the decimal text (no floating point: 1100.04 × 10⁶ is exactly 1100040000).
struct RowShaping
{
    Q_DECLARE_TR_FUNCTIONS(RowShaping)

public:
    QMap<QString, QMap<QString, QString>> rewrite;
    QMap<QString, int> scale;
    QList<QPair<QString, QString>> derive; // in order: a template may name a column derived before it
    QStringList distinct;

    bool isEmpty() const { return rewrite.isEmpty() && scale.isEmpty() && derive.isEmpty() && distinct.isEmpty(); }
    static bool fromJson(const QJsonObject& json, RowShaping* shaping, QString* error);
    QJsonObject toJson() const;
    // The number text times 10^power, exactly; empty when the text is not a plain decimal number.
    static QString scaled(const QString& number, int power);
};

// A RowSource seen through a RowShaping: derived columns after the file's own, rewritten and scaled cells,
// repeated rows left out. Streams like its source (the distinct set holds one hash per distinct row).
class ShapedRows : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(ShapedRows)

public:
    struct Rewrite
    {
        QString column, from, to;
        qint64 rows = 0;
    };

    // source is not owned.
    ShapedRows(RowSource* source, RowShaping shaping);

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow* row) override;
    QString error() const override;
    bool rewind() override;
    qint64 position() const override { return m_source->position(); }
    qint64 size() const override { return m_source->size(); }

    // Of the last full pass: what was rewritten how often, and how many rows repeated an earlier one.
    QList<Rewrite> rewrites() const;
    qint64 repeatedRows() const { return m_repeated; }

private:
    RowSource* m_source;
    RowShaping m_shaping;
    QStringList m_headers;
    QString m_error;
    QHash<int, QHash<QString, QString>> m_rewrite; // column index -> (text -> text)
    QHash<int, int> m_scale;
    struct Template
    {
        QStringList literals; // literal text around the placeholders: one more than columns
        QList<int> columns;   // cell index for each placeholder
    };
    QList<Template> m_templates;
    QList<int> m_distinct;
    QSet<quint64> m_seen;
    QMap<QString, qint64> m_rewriteCounts; // "column\nfrom\nto" -> rows
    qint64 m_repeated = 0;
};
