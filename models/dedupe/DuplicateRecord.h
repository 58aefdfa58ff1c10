#pragma once

#include "DuplicateKeys.h"

#include <QList>
#include <QString>

// One customer or contact as the duplicate checks see it: what identifies it, and what a list of candidates shows.
struct DuplicateRecord
{
    QString id; // empty for a record not saved yet
    QString name;
    QString email;
    QString phone;
    QString mobile;       // contacts
    QString customerId;   // contacts: whose contact it is (names are compared within one customer)
    QString customerName; // contacts: shown beside the name
    QString company;      // customers
    QString createdAt;
};

// Records that look like one real customer or contact, and why.
struct DuplicateGroup
{
    QList<DuplicateRecord> records; // oldest first: the suggested survivor
    DuplicateKeys::Reasons reasons;
    int score = 0; // the highest score of a pair in the group, 0-100
};

// A saved record a new or edited one looks like.
struct DuplicateMatch
{
    DuplicateRecord record;
    DuplicateKeys::Reasons reasons;
    int score = 0;
};
