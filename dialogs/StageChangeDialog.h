#pragma once

#include <QDate>
#include <QDialog>
#include <QString>

class Clock;
class QComboBox;
class QDateEdit;

// Asked when a card enters a won or lost stage: the actual close date and, for a lost deal, why
// (a list of common reasons, or the user's own words). The shell opens it in answer to
// PipelineBoardPage::closeRequested and passes the answers to completeClose().
class StageChangeDialog : public QDialog
{
    Q_OBJECT
public:
    StageChangeDialog(bool lost, const QString& stageName, QWidget* parent = nullptr);

    QString lostReason() const;
    QDate actualClose() const;

    void setLostReason(const QString& reason);
    void setActualClose(const QDate& day);
    // The clock that says which day is today (the proposed close date and the latest allowed): the
    // database's, Database::clock(); Clock::system() until set or when null. Call before showing.
    void setClock(const Clock* clock);

private:
    bool m_lost;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
};
