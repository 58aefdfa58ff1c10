#include "PipelineBoardModel.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// "Zhang Wei" -> "ZW"; "张伟" -> "张伟", "欧阳娜娜" -> "娜娜" (CJK names are short; the given name is
// what colleagues use).
QString initialsOf(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    const bool cjk = n.at(0).script() == QChar::Script_Han;
    if (cjk)
        return n.size() <= 2 ? n : n.right(2);
    const QStringList words = n.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result = words.first().left(1).toUpper();
    if (words.size() > 1)
        result += words.last().left(1).toUpper();
    return result;
}

// The seeded stages carry English names; they are shown translated until a user renames them.
const char* const kDefaultStageNames[] = {
    QT_TRANSLATE_NOOP("PipelineStage", "Potential"),   QT_TRANSLATE_NOOP("PipelineStage", "Intent"),
    QT_TRANSLATE_NOOP("PipelineStage", "Negotiating"), QT_TRANSLATE_NOOP("PipelineStage", "Deciding"),
    QT_TRANSLATE_NOOP("PipelineStage", "Won"),         QT_TRANSLATE_NOOP("PipelineStage", "Lost")};

QString stageDisplayName(const QString& name)
{
    for (const char* seeded : kDefaultStageNames) {
        if (name == QLatin1String(seeded))
            return QCoreApplication::translate("PipelineStage", seeded);
    }
    return name;
}

QString likePattern(const QString& text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool PipelineBoardFilter::operator==(const PipelineBoardFilter& o) const
{
    return ownerId == o.ownerId && teamId == o.teamId && tagId == o.tagId && closeFrom == o.closeFrom &&
           closeTo == o.closeTo && minAmountMinor == o.minAmountMinor && maxAmountMinor == o.maxAmountMinor &&
           text == o.text && myPipeline == o.myPipeline && closedDays == o.closedDays && closedCards == o.closedCards;
}

PipelineBoardModel::PipelineBoardModel(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

PipelineBoardModel::~PipelineBoardModel() = default;

bool PipelineBoardModel::loadStages(QVector<PipelineStage>* stages, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, sort_order, probability, is_won, is_lost, version "
                               "FROM pipeline_stages WHERE deleted_at IS NULL ORDER BY sort_order, name"))) {
        if (error)
            *error = tr("Cannot read the pipeline stages: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        PipelineStage s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.displayName = stageDisplayName(s.name);
        s.sortOrder = q.value(2).toInt();
        s.probability = q.value(3).toInt();
        s.isWon = q.value(4).toBool();
        s.isLost = q.value(5).toBool();
        s.version = q.value(6).toInt();
        stages->append(s);
    }
    return true;
}

bool PipelineBoardModel::loadOwners(QString* error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM users"))) {
        if (error)
            *error = tr("Cannot read the users: %1").arg(q.lastError().text());
        return false;
    }
    m_owners.clear();
    while (q.next()) {
        const QString name = q.value(1).toString();
        m_owners.insert(q.value(0).toString(), PipelineOwner{name, initialsOf(name)});
    }
    return true;
}

namespace {

// Cards an open column reads at a time: a few screens' worth, so a first look and a short scroll
// cost one small query per column.
const int kCardPage = 100;

// Card columns in the order readCard() expects.
// (The stage is known from the query, so it is not read per row: 10,000 fewer UUID strings.)
const char kCardColumns[] = "o.id, o.name, o.customer_id, c.name, o.amount_minor, o.currency, o.owner_id, "
                            "o.expected_close, COALESCE(o.stage_entered_at, o.created_at), o.version, o.position, "
                            "o.actual_close";

PipelineCard readCard(const QSqlQuery& q, const QString& stageId)
{
    PipelineCard c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.customerId = q.value(2).toString();
    c.customerName = q.value(3).toString();
    c.amountMinor = q.value(4).toLongLong();
    c.currency = q.value(5).toString();
    c.ownerId = q.value(6).toString();
    c.stageId = stageId;
    c.expectedClose = q.value(7);
    c.stageEnteredAt = q.value(8);
    c.version = q.value(9).toInt();
    c.position = q.value(10).toDouble();
    c.actualClose = q.value(11);
    return c;
}

// Prepares only when q holds another statement: the board runs each statement once per column, and on
// PostgreSQL every prepare is a round trip to the server and a plan (and the one it replaces, another
// round trip to deallocate) — about half of the board's first show there.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    bool ok = true;
    if (q.lastQuery() != sql) {
        q.setForwardOnly(true);
        ok = q.prepare(sql);
    }
    if (ok) {
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        ok = q.exec();
    }
    if (!ok && error)
        *error = PipelineBoardModel::tr("Cannot read the pipeline: %1").arg(q.lastError().text());
    return ok;
}

} // namespace

bool PipelineBoardModel::load(const PipelineBoardFilter& filter, QString* error)
{
    QVector<PipelineStage> stages;
    if (!loadStages(&stages, error) || !loadOwners(error))
        return false;

    // The user's filters, shared by the three queries below.
    QString where;
    QVariantList filterBinds;
    const QString owner = filter.myPipeline ? m_db.currentUserId() : filter.ownerId;
    if (!owner.isEmpty()) {
        where += QStringLiteral(" AND o.owner_id = ?");
        filterBinds << owner;
    }
    if (!filter.teamId.isEmpty()) {
        where += QStringLiteral(" AND o.owner_id IN (SELECT id FROM users WHERE team_id = ?)");
        filterBinds << filter.teamId;
    }
    if (!filter.tagId.isEmpty()) {
        where += QStringLiteral(" AND o.customer_id IN (SELECT customer_id FROM customer_tags "
                                "WHERE tag_id = ? AND deleted_at IS NULL)");
        filterBinds << filter.tagId;
    }
    if (filter.closeFrom.isValid()) {
        where += QStringLiteral(" AND o.expected_close >= ?");
        filterBinds << SqlValues::date(filter.closeFrom);
    }
    if (filter.closeTo.isValid()) {
        where += QStringLiteral(" AND o.expected_close <= ?");
        filterBinds << SqlValues::date(filter.closeTo);
    }
    if (filter.minAmountMinor >= 0) {
        where += QStringLiteral(" AND o.amount_minor >= ?");
        filterBinds << filter.minAmountMinor;
    }
    if (filter.maxAmountMinor >= 0) {
        where += QStringLiteral(" AND o.amount_minor <= ?");
        filterBinds << filter.maxAmountMinor;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += QStringLiteral(" AND (lower(o.name) LIKE ? ESCAPE '\\' OR lower(c.name) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(filter.text);
        filterBinds << pattern << pattern;
    }

    QVector<QVector<PipelineCard>> cards(stages.size());
    QVector<PipelineTotals> totals(stages.size());
    QVector<PipelineColumnModel::Fetcher> fetchers(stages.size());
    QSqlQuery q(m_db.connection());          // the column sums
    QSqlQuery cardsQuery(m_db.connection()); // the cards: each keeps its statement prepared across columns

    // Column sums over every card of a stage, loaded or not. Without a text filter the customer is
    // not needed, and ix_opportunities_stage_entered (stage, …, currency, amount) covers the sum.
    const bool needsCustomer = !filter.text.trimmed().isEmpty();
    // SQLite picks among indexes by their statistics and guesses for an index without any (one made
    // by a migration after the last ANALYZE); it then chose a wrong one and sorted thousands of rows
    // per column. The board's queries name their index there; PostgreSQL keeps its own statistics.
    auto indexed = [this](const char* index) { return m_db.sqlDialect().indexHint(QLatin1String(index)); };
    const QString byPosition = indexed("ix_opportunities_stage");
    const QString byEntered = indexed("ix_opportunities_stage_entered");
    const QString customerJoin =
        needsCustomer ? QStringLiteral("LEFT JOIN customers c ON c.id = o.customer_id ") : QString();
    auto sumInto = [&](const QString& sql, const QVariantList& binds, PipelineTotals* t) {
        if (!run(q, sql, binds, error))
            return false;
        while (q.next()) {
            const int n = q.value(1).toInt();
            t->count += n;
            t->counts[q.value(0).toString()] += n;
            t->amount[q.value(0).toString()] += q.value(2).toLongLong();
        }
        return true;
    };

    // 1. Open stages: the sums, and the first page of cards in order straight from the
    //    (stage_id, position, id) index; the column reads further pages itself when scrolled to.
    const QString openSumSql =
        QStringLiteral("SELECT o.currency, COUNT(*), SUM(o.amount_minor) FROM opportunities o %1%2"
                       "WHERE o.deleted_at IS NULL AND o.stage_id = ?%3 GROUP BY o.currency")
            .arg(byEntered, customerJoin, where);
    const QString firstSql =
        QStringLiteral("SELECT %1 FROM opportunities o %2LEFT JOIN customers c ON c.id = o.customer_id "
                       "WHERE o.deleted_at IS NULL AND o.stage_id = ?%3 ORDER BY o.position, o.id LIMIT ?")
            .arg(QLatin1String(kCardColumns), byPosition, where);
    const QString nextSql =
        QStringLiteral("SELECT %1 FROM opportunities o %2LEFT JOIN customers c ON c.id = o.customer_id "
                       "WHERE o.deleted_at IS NULL AND o.stage_id = ? AND (o.position, o.id) > (?, ?)%3 "
                       "ORDER BY o.position, o.id LIMIT ?")
            .arg(QLatin1String(kCardColumns), byPosition, where);
    for (int column = 0; column < stages.size(); ++column) {
        if (stages.at(column).isClosed())
            continue;
        const QString stageId = stages.at(column).id;
        if (!sumInto(openSumSql, QVariantList{stageId} + filterBinds, &totals[column]))
            return false;
        if (!run(cardsQuery, firstSql, QVariantList{stageId} + filterBinds + QVariantList{kCardPage + 1}, error))
            return false;
        while (cardsQuery.next())
            cards[column].append(readCard(cardsQuery, stageId));
        Database* db = &m_db;
        fetchers[column] = [db, stageId, filterBinds, nextSql](double afterPosition, const QString& afterId, int limit,
                                                               QVector<PipelineCard>* page, QString* fetchError) {
            QSqlQuery next(db->connection());
            if (!run(next, nextSql, QVariantList{stageId, afterPosition, afterId} + filterBinds + QVariantList{limit},
                     fetchError))
                return false;
            while (next.next())
                page->append(readCard(next, stageId));
            return true;
        };
    }

    // 2. Won/lost: sums over the recent period, and the latest cards of each, both from the
    //    ix_opportunities_stage_entered index (migration 0004): the sum reads only the index, the
    //    latest cards are the first entries of a backward walk (hence id DESC, not a sort).
    const QDate cutoff = m_db.clock().today().addDays(-qMax(0, filter.closedDays));
    const QString recent =
        QStringLiteral(" AND (o.actual_close >= ? OR (o.actual_close IS NULL AND o.stage_entered_at >= ?))");
    const QVariantList recentBinds{SqlValues::date(cutoff),
                                   SqlValues::timestamp(QDateTime(cutoff, QTime(0, 0), Qt::UTC))};
    // Without a text filter the latest cards are picked before joining the customer.
    const QString sumSql = QStringLiteral("SELECT o.currency, COUNT(*), SUM(o.amount_minor) FROM opportunities o %1%2"
                                          "WHERE o.deleted_at IS NULL AND o.stage_id = ?%3%4 GROUP BY o.currency")
                               .arg(byEntered, customerJoin, recent, where);
    const QString latestSql =
        needsCustomer
            ? QStringLiteral("SELECT %1 FROM opportunities o %2LEFT JOIN customers c ON c.id = o.customer_id "
                             "WHERE o.deleted_at IS NULL AND o.stage_id = ?%3%4 "
                             "ORDER BY COALESCE(o.stage_entered_at, o.created_at) DESC, o.id DESC LIMIT ?")
                  .arg(QLatin1String(kCardColumns), byEntered, recent, where)
            : QStringLiteral(
                  "SELECT %1 FROM (SELECT * FROM opportunities o %2WHERE o.deleted_at IS NULL AND o.stage_id = ?%3%4 "
                  "ORDER BY COALESCE(o.stage_entered_at, o.created_at) DESC, o.id DESC LIMIT ?) o "
                  "LEFT JOIN customers c ON c.id = o.customer_id "
                  "ORDER BY COALESCE(o.stage_entered_at, o.created_at) DESC, o.id DESC")
                  .arg(QLatin1String(kCardColumns), byEntered, recent, where);
    for (int column = 0; column < stages.size(); ++column) {
        if (!stages.at(column).isClosed())
            continue;
        const QString& stageId = stages.at(column).id;
        const QVariantList binds = QVariantList{stageId} + recentBinds + filterBinds;
        if (!sumInto(sumSql, binds, &totals[column]))
            return false;
        if (!run(cardsQuery, latestSql, binds + QVariantList{qMax(0, filter.closedCards)}, error))
            return false;
        while (cardsQuery.next())
            cards[column].append(readCard(cardsQuery, stageId));
    }

    m_filter = filter;
    bool sameStages = stages.size() == m_columns.size();
    for (int i = 0; sameStages && i < stages.size(); ++i)
        sameStages = m_columns.at(i)->stage().id == stages.at(i).id;
    if (sameStages) {
        for (int i = 0; i < stages.size(); ++i) {
            m_columns.at(i)->setStage(stages.at(i));
            m_columns.at(i)->setCards(std::move(cards[i]), totals.at(i), fetchers.at(i), kCardPage);
        }
        emit loaded();
    } else {
        const QVector<PipelineColumnModel*> old = m_columns;
        m_columns.clear();
        for (int i = 0; i < stages.size(); ++i) {
            auto* model = new PipelineColumnModel(stages.at(i), &m_owners, m_db.clock(), this);
            model->setCards(std::move(cards[i]), totals.at(i), fetchers.at(i), kCardPage);
            connect(model, &PipelineColumnModel::fetchFailed, this, &PipelineBoardModel::fetchFailed);
            m_columns.append(model);
        }
        emit stagesChanged();
        qDeleteAll(old);
        emit loaded();
    }
    emit totalsChanged();
    return true;
}

int PipelineBoardModel::columnOfStage(const QString& stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->stage().id == stageId)
            return i;
    }
    return -1;
}

bool PipelineBoardModel::ensureLoaded(const QString& opportunityId, QString* error)
{
    if (locate(opportunityId).first >= 0)
        return true;
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT stage_id, position FROM opportunities WHERE id = ? AND deleted_at IS NULL"),
             {opportunityId}, error))
        return false;
    if (!q.next())
        return true;
    PipelineColumnModel* column = m_columns.value(columnOfStage(q.value(0).toString()));
    const double position = q.value(1).toDouble();
    q.finish();
    return !column || column->fetchUntil(position, opportunityId, error);
}

QPair<int, int> PipelineBoardModel::locate(const QString& opportunityId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const int row = m_columns.at(i)->rowOfId(opportunityId);
        if (row >= 0)
            return {i, row};
    }
    return {-1, -1};
}

PipelineTotals PipelineBoardModel::openTotals() const
{
    PipelineTotals total;
    for (const PipelineColumnModel* column : m_columns) {
        if (!column->stage().isClosed())
            total.add(column->totals());
    }
    return total;
}

double PipelineBoardModel::positionForRow(int column, int row, const QString& ignoreId) const
{
    const PipelineColumnModel* model = m_columns.value(column);
    if (!model)
        return 0;
    QVector<double> positions;
    positions.reserve(model->rowCount());
    for (const PipelineCard& c : model->cards()) {
        if (c.id != ignoreId)
            positions.append(c.position);
    }
    // The ignored card may sit above the drop row, shifting it by one.
    const int ignoredRow = ignoreId.isEmpty() ? -1 : model->rowOfId(ignoreId);
    if (ignoredRow >= 0 && ignoredRow < row)
        --row;
    row = qBound(0, row, int(positions.size()));
    if (row >= positions.size() && model->hasMore()) {
        // Below the last loaded card: before the first card not loaded yet.
        const double after = model->nextPosition();
        if (positions.isEmpty())
            return after - 1.0;
        const double before = positions.last();
        return before == after ? before : before + (after - before) / 2.0;
    }
    if (positions.isEmpty())
        return 1.0;
    if (row == 0)
        return positions.first() - 1.0;
    if (row >= positions.size())
        return positions.last() + 1.0;
    const double before = positions.at(row - 1);
    const double after = positions.at(row);
    return before == after ? before : before + (after - before) / 2.0;
}

PipelineService::Result PipelineBoardModel::moveCard(const QString& opportunityId, const QString& stageId,
                                                     std::optional<double> position,
                                                     const PipelineService::MoveOptions& options)
{
    QString fetchError;
    ensureLoaded(opportunityId, &fetchError); // a failure shows as NotFound below
    const QPair<int, int> at = locate(opportunityId);
    const int toColumn = columnOfStage(stageId);
    if (at.first < 0 || toColumn < 0) {
        PipelineService::Result r;
        r.status = PipelineService::Status::NotFound;
        r.message = tr("This opportunity is not on the board any more.");
        QString ignored;
        load(m_filter, &ignored);
        return r;
    }
    PipelineColumnModel* from = m_columns.at(at.first);
    const PipelineCard& current = from->card(at.second);
    PipelineService::MoveOptions opts = options;
    opts.setPosition = true;
    opts.position = position ? *position : positionForRow(toColumn, 0, opportunityId);

    const PipelineService::Result result =
        PipelineService::moveToStage(m_db, opportunityId, current.version, stageId, opts);
    if (!result.ok()) {
        QString ignored;
        load(m_filter, &ignored);
        return result;
    }
    PipelineCard card = from->takeCard(at.second);
    if (card.stageId != stageId) {
        card.stageId = stageId;
        card.stageEnteredAt = m_db.clock().timestamp();
        // What moveToStage() wrote: closing dates the deal, reopening clears the date.
        const bool closing = m_columns.at(toColumn)->stage().isClosed();
        card.actualClose =
            closing ? QVariant(SqlValues::date(opts.actualClose.isValid() ? opts.actualClose : m_db.clock().today()))
                    : QVariant();
        card.datesParsed = false;
    }
    card.position = opts.position;
    card.version = result.version;
    m_columns.at(toColumn)->insertCard(card);
    emit totalsChanged();
    return result;
}

QVector<QPair<QString, QString>> PipelineBoardModel::choices(Database& db, Choice kind, QString* error)
{
    QString sql;
    switch (kind) {
    case Choice::Owners:
        sql = QStringLiteral("SELECT id, display_name FROM users WHERE deleted_at IS NULL AND active "
                             "ORDER BY display_name COLLATE deskcrm_name"); // pinyin order, as the lists
        break;
    case Choice::Teams:
        sql = QStringLiteral("SELECT id, name FROM teams WHERE deleted_at IS NULL ORDER BY name COLLATE deskcrm_name");
        break;
    case Choice::Tags:
        sql = QStringLiteral("SELECT id, name FROM tags WHERE deleted_at IS NULL ORDER BY name COLLATE deskcrm_name");
        break;
    }
    QVector<QPair<QString, QString>> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        if (error)
            *error = tr("Cannot read the filter choices: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}
