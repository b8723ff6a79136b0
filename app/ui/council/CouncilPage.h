#pragma once

#include "storage/Dataset.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QUndoStack;

namespace Koso {

class CouncilActions;

// The coordination councils: meetings of a fiscal year (April–March) with their agenda,
// agreed policies and publication; the regions that have not met yet in the year; the
// policies agreed at the selected meeting. Meetings and councils are added, edited and
// removed through undoable commands.
class CouncilPage : public QWidget
{
    Q_OBJECT

public:
    CouncilPage(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CouncilPage() override;

    void setFiscalYear(int fiscalYear); // 0: all years
    int fiscalYear() const;
    QTableWidget *meetingsTable() const { return m_meetings; }
    QListWidget *regionsWithoutMeeting() const { return m_missing; }
    QListWidget *agreedPolicies() const { return m_agreed; }
    qint64 selectedMeeting() const;
    void selectMeeting(qint64 meetingId);

    QAction *addMeetingAction() const { return m_addMeeting; }
    QAction *removeMeetingAction() const { return m_removeMeeting; }

public slots:
    void reload();

signals:
    void hospitalActivated(qint64 hospitalId);

private:
    void fillYears();
    void fillMeetings();
    void fillSide();
    void updateActions();
    void addCouncil();
    void editCouncil();
    void addMeeting();
    void editMeeting();
    void removeMeeting();
    void recordAgreement();
    void exportMeetings();

    Dataset *m_dataset;
    CouncilActions *m_actions;
    QComboBox *m_year;
    QComboBox *m_council;
    QTableWidget *m_meetings;
    QLabel *m_missingTitle;
    QListWidget *m_missing;
    QLabel *m_agreedTitle;
    QListWidget *m_agreed;
    QAction *m_addCouncil;
    QAction *m_editCouncil;
    QAction *m_addMeeting;
    QAction *m_editMeeting;
    QAction *m_removeMeeting;
    QAction *m_recordAgreement;
    QAction *m_export;
};

} // namespace Koso
