#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// The vocabulary of DemoDataGenerator, kept apart from the generator's logic because it is most of its
// size. Internal to models/.
namespace DemoData {

// A word and its romanisation, for e-mail addresses and web sites made from Chinese names.
struct Romanised
{
    QString text;
    QString latin;
};

struct City
{
    QString name;
    QString region;
    QString country;
    QString dialCode; // area code
    int utcOffsetHours;
};

// The word lists demo data is made of, in Chinese and English. Built once per generation; picking
// from them is the hot path.
struct Vocabulary
{
    Vocabulary();

    QVector<City> chineseCities;
    QVector<City> englishCities;
    // Company names: city + two-character brand + business + legal form, as in 深圳华鑫科技有限公司.
    QVector<Romanised> brandFirst;
    QVector<Romanised> brandSecond;
    QHash<QString, QVector<Romanised>> chineseBusiness;
    QVector<Romanised> chineseBusinessOther;
    QStringList chineseLegalForms;
    QVector<Romanised> surnames;
    QVector<Romanised> givenNames;
    QStringList chineseTitles;
    QStringList chineseStreets;
    QStringList chineseMail;
    QStringList englishAdjectives;
    QStringList englishNouns;
    QHash<QString, QStringList> englishBusiness;
    QStringList englishBusinessOther;
    QStringList usLegalForms;
    QStringList ukLegalForms;
    QStringList firstNames;
    QStringList lastNames;
    QStringList englishTitles;
    QStringList englishStreets;
    QStringList ukStreets;
    QStringList englishMail;
    QStringList chineseOpportunities;
    QStringList englishOpportunities;
    QStringList chineseLostReasons;
    QStringList englishLostReasons;
    QStringList chineseCompetitors;
    QStringList englishCompetitors;
    QStringList chineseBudgets;
    QStringList englishBudgets;
    QStringList chineseTimelines;
    QStringList englishTimelines;
    QStringList chineseNeeds;
    QStringList englishNeeds;
    // Follow-up subjects and results by interaction type code.
    QHash<QString, QStringList> chineseSubjects;
    QHash<QString, QStringList> englishSubjects;
    QStringList chineseContents;
    QStringList englishContents;
    QStringList chineseResults;
    QStringList englishResults;
    QStringList chineseTasks;
    QStringList englishTasks;
    QStringList chineseNotes;
    QStringList englishNotes;
};

} // namespace DemoData
