#pragma once

#include "checklist/Assessment.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Koso {

class FiscalYearSpinBox;

// Asks for what a new assessment needs: the fiscal year, the 記入日, an optional name, the
// template version, and whether to start blank or from a copy of an earlier assessment.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    NewAssessmentDialog(const QVector<Assessment> &assessments,
                        const QVector<ChecklistTemplate> &templates, qint64 currentTemplateId,
                        QWidget *parent = nullptr);

    int fiscalYear() const;
    QDate filledOn() const;
    QString title() const;
    qint64 templateId() const;
    // 0: start blank.
    qint64 copyFrom() const;

    void setFiscalYear(int year);
    void setFilledOn(const QDate &date);
    void setCopyFrom(qint64 assessmentId);

private:
    void updateEraLabel();

    FiscalYearSpinBox *m_fiscalYear;
    QDateEdit *m_filledOn;
    QLabel *m_era;
    QLineEdit *m_title;
    QComboBox *m_template;
    QRadioButton *m_blank;
    QRadioButton *m_copy;
    QComboBox *m_previous;
};

} // namespace Koso
