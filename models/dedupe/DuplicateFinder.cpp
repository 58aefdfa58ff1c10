#include "DuplicateFinder.h"

#include "DuplicateIndex.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
// Records joined into groups as pairs are found (union-find with path halving).
class Groups
{
public:
    explicit Groups(int size) : m_parent(size_t(size)), m_reasons(size_t(size)), m_score(size_t(size), 0)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int root(int at)
    {
        while (m_parent[size_t(at)] != at) {
            m_parent[size_t(at)] = m_parent[size_t(m_parent[size_t(at)])];
            at = m_parent[size_t(at)];
        }
        return at;
    }

    void join(int a, int b, DuplicateKeys::Reasons reasons, int score)
    {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            if (rb < ra)
                std::swap(ra, rb);
            m_parent[size_t(rb)] = ra;
            m_reasons[size_t(ra)] |= m_reasons[size_t(rb)];
            m_score[size_t(ra)] = std::max(m_score[size_t(ra)], m_score[size_t(rb)]);
        }
        m_reasons[size_t(ra)] |= reasons;
        m_score[size_t(ra)] = std::max(m_score[size_t(ra)], score);
    }

    DuplicateKeys::Reasons reasons(int rootAt) const { return m_reasons[size_t(rootAt)]; }
    int score(int rootAt) const { return m_score[size_t(rootAt)]; }

private:
    std::vector<int> m_parent;
    std::vector<DuplicateKeys::Reasons> m_reasons;
    std::vector<int> m_score;
};

QString reversed(const QString& text)
{
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}
} // namespace

DuplicateFinder::DuplicateFinder(Database& db) : m_db(db) {}

bool DuplicateFinder::find(const QString& entity, QList<DuplicateGroup>* groups, QString* error)
{
    groups->clear();
    DuplicateIndex index(m_db, entity);
    if (!index.load(error))
        return false;
    const auto& entries = index.m_entries;
    Groups found(int(entries.size()));

    // Equal keys: every record of a bucket pairs with the bucket's first.
    auto joinBucket = [&](const QList<int>& bucket) {
        for (int i = 1; i < bucket.size(); ++i) {
            int similarity = 0;
            const DuplicateKeys::Reasons reasons =
                DuplicateIndex::compare(entries.at(bucket.first()), entries.at(bucket.at(i)), &similarity);
            found.join(bucket.first(), bucket.at(i), reasons, DuplicateKeys::score(reasons, similarity));
        }
    };
    for (const auto* map : {&index.m_byEmail, &index.m_byPhone, &index.m_byName}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (it.value().size() > 1)
                joinBucket(it.value());
        }
    }

    // Similar names: each distinct key against its next neighbours in sorted order, then the same with the keys
    // written backwards (a typo near the start of a name sorts far away forwards, but close backwards).
    QStringList keys;
    keys.reserve(index.m_byName.size());
    for (auto it = index.m_byName.cbegin(); it != index.m_byName.cend(); ++it) {
        if (entries.at(it.value().first()).name.size() >= DuplicateKeys::kSimilarMinLength)
            keys << it.key();
    }
    for (int pass = 0; pass < 2; ++pass) {
        QStringList sorted;
        sorted.reserve(keys.size());
        for (const QString& key : std::as_const(keys))
            sorted << (pass == 0 ? key : reversed(key));
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < sorted.size(); ++i) {
            const QString a = pass == 0 ? sorted.at(i) : reversed(sorted.at(i));
            const int first = index.m_byName.value(a).first();
            for (int j = i + 1; j < std::min(int(sorted.size()), i + 1 + kWindow); ++j) {
                const QString b = pass == 0 ? sorted.at(j) : reversed(sorted.at(j));
                const int second = index.m_byName.value(b).first();
                int similarity = 0;
                const DuplicateKeys::Reasons reasons =
                    DuplicateIndex::compare(entries.at(first), entries.at(second), &similarity);
                if (reasons & DuplicateKeys::SimilarName)
                    found.join(first, second, reasons, DuplicateKeys::score(reasons, similarity));
            }
        }
    }

    // Records in load order (oldest first) under their group's root.
    QHash<int, QList<int>> members;
    for (int at = 0; at < entries.size(); ++at)
        members[found.root(at)].append(at);
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        DuplicateGroup group;
        group.reasons = found.reasons(it.key());
        group.score = found.score(it.key());
        for (int at : it.value())
            group.records.append(entries.at(at).record);
        groups->append(group);
    }
    std::sort(groups->begin(), groups->end(), [](const DuplicateGroup& a, const DuplicateGroup& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.records.size() != b.records.size())
            return a.records.size() > b.records.size();
        return a.records.first().createdAt < b.records.first().createdAt;
    });
    return true;
}
