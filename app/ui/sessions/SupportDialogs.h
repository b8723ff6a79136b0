#pragma once

#include "measures/SupportMeasure.h"
#include "sessions/StudySession.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Koso {

class Dataset;
class DateLineEdit;

// A bank contact: bank, branch, person, phone, mail, note.
class BankContactDialog : public QDialog
{
    Q_OBJECT
public:
    BankContactDialog(const std::optional<BankContact> &contact, QWidget *parent = nullptr);
    BankContact contact() const;
    void accept() override;

private:
    BankContact m_contact;
    QLineEdit *m_bank, *m_branch, *m_person, *m_phone, *m_mail;
    QPlainTextEdit *m_note;
};

// A support measure of the catalogue; saving stores a new version.
class MeasureDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureDialog(const std::optional<SupportMeasure> &measure, QWidget *parent = nullptr);
    SupportMeasure measure() const;
    void accept() override;

private:
    SupportMeasure m_measure;
    QLineEdit *m_name, *m_category, *m_basis;
    QPlainTextEdit *m_eligible, *m_conditions, *m_summary;
    DateLineEdit *m_from, *m_to;
};

// Links a measure to a hospital (stage, fiscal year, amount, note).
class MeasureUseDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureUseDialog(Dataset *dataset, const MeasureUse &use, QWidget *parent = nullptr);
    MeasureUse use() const;
    void accept() override;
    // The hospital is given (the dialog was opened from the hospital's page): it cannot change.
    void lockHospital();

    QComboBox *measureBox() const { return m_measure; }
    QComboBox *hospitalBox() const { return m_hospital; }
    QComboBox *stageBox() const { return m_stage; }
    QSpinBox *yearBox() const { return m_year; }
    QLineEdit *amountEdit() const { return m_amount; }

private:
    MeasureUse m_use;
    QComboBox *m_measure, *m_hospital, *m_stage;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    QLineEdit *m_note;
};

// A good-practice case with its links to regions, sessions and councils.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(Dataset *dataset, const std::optional<PracticeCase> &practiceCase,
               QWidget *parent = nullptr);
    PracticeCase practiceCase() const;
    void accept() override;

private:
    PracticeCase m_case;
    QLineEdit *m_title, *m_regionSize, *m_source, *m_page, *m_tags;
    QComboBox *m_kind;
    QPlainTextEdit *m_background, *m_actions, *m_results;
    QListWidget *m_links;
};

} // namespace Koso
