#include "DuplicatesCommand.h"

#include "DuplicateFinder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
// Stable names of the reasons for scripts (the text output says them in the user's language).
QJsonArray reasonNames(DuplicateKeys::Reasons reasons)
{
    QJsonArray names;
    if (reasons & DuplicateKeys::SameEmail)
        names.append(QStringLiteral("same_email"));
    if (reasons & DuplicateKeys::SamePhone)
        names.append(QStringLiteral("same_phone"));
    if (reasons & DuplicateKeys::SameName)
        names.append(QStringLiteral("same_name"));
    if (reasons & DuplicateKeys::SimilarName)
        names.append(QStringLiteral("similar_name"));
    return names;
}

QJsonObject recordJson(const DuplicateRecord& r, bool contact)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}};
    const auto add = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    add("email", r.email);
    add("phone", r.phone);
    if (contact) {
        add("mobile", r.mobile);
        add("customer_id", r.customerId);
        add("customer", r.customerName);
    } else {
        add("company", r.company);
    }
    return o;
}
} // namespace

QString DuplicatesCommand::summary() const
{
    return tr("List likely duplicate customers or contacts (same e-mail, phone or name, similar names).");
}

void DuplicatesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("entity"), tr("customers or contacts."), tr("ENTITY")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json (one group per line)."), tr("FORMAT")});
}

int DuplicatesCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString entityName = parser.value(QStringLiteral("entity"));
    QString entity;
    if (entityName == QLatin1String("customers") || entityName == QLatin1String("customer"))
        entity = QStringLiteral("customer");
    else if (entityName == QLatin1String("contacts") || entityName == QLatin1String("contact"))
        entity = QStringLiteral("contact");
    if (entity.isEmpty()) {
        context.err << tr("--entity must be customers or contacts.") << Qt::endl;
        return CliExit::UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if (!format.isEmpty() && !json && format != QLatin1String("text")) {
        context.err << tr("--format must be text or json.") << Qt::endl;
        return CliExit::UsageError;
    }

    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    QList<DuplicateGroup> groups;
    QString error;
    if (!DuplicateFinder(*db).find(entity, &groups, &error)) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    const bool contact = entity == QLatin1String("contact");
    if (json) {
        for (const DuplicateGroup& group : std::as_const(groups)) {
            QJsonArray records;
            for (const DuplicateRecord& r : group.records)
                records.append(recordJson(r, contact));
            const QJsonObject line{{QStringLiteral("entity"), entity},
                                   {QStringLiteral("score"), group.score},
                                   {QStringLiteral("reasons"), reasonNames(group.reasons)},
                                   {QStringLiteral("records"), records}};
            context.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
        }
        return CliExit::Success;
    }
    const QLocale locale;
    int number = 0;
    for (const DuplicateGroup& group : std::as_const(groups)) {
        context.out << tr("Group %1: %2 (score %3)")
                           .arg(locale.toString(++number), DuplicateKeys::describe(group.reasons),
                                locale.toString(group.score))
                    << Qt::endl;
        for (const DuplicateRecord& r : group.records) {
            QStringList details;
            for (const QString& value : {r.email, r.phone, r.mobile, contact ? r.customerName : r.company}) {
                if (!value.isEmpty())
                    details << value;
            }
            context.out << QStringLiteral("  %1  %2  %3").arg(r.id, r.name, details.join(QStringLiteral(" · ")))
                        << Qt::endl;
        }
    }
    context.err << tr("%n group(s) of likely duplicates found in %1 s.", nullptr, int(groups.size()))
                       .arg(locale.toString(timer.elapsed() / 1000.0, 'f', 1))
                << Qt::endl;
    return CliExit::Success;
}
