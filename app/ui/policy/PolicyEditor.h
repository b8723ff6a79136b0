#pragma once

#include "storage/Dataset.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Koso {

class DateLineEdit;
class PolicyActions;

// Edits one hospital's response policy: every change is written at once as an undo step
// (through PolicyActions) and the editor follows the dataset, so undo shows at once. With an
// as-of date it shows the policy as it stood then, read-only.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    PolicyEditor(Dataset *dataset, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PolicyEditor() override;

    void setHospital(qint64 hospitalId);
    qint64 hospitalId() const { return m_hospitalId; }
    // Invalid: the current policy, editable.
    void setAsOf(const QDate &date);
    QDate asOf() const { return m_asOf; }

    // For tests and keyboard users: the widgets by field key.
    QWidget *fieldWidget(const QString &field) const { return m_widgets.value(field); }

public slots:
    void reload();

private:
    void commit(const QString &field, const QString &value);
    void commitText(QPlainTextEdit *edit, const QString &field);
    void openLink();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Dataset *m_dataset;
    PolicyActions *m_actions;
    qint64 m_hospitalId = 0;
    QDate m_asOf;
    bool m_loading = false;
    QHash<QString, QWidget *> m_widgets;
    QLabel *m_state;
    QComboBox *m_status;
    QComboBox *m_ownerGroup;
    QCheckBox *m_reverification;
    QComboBox *m_planKind;
    QLineEdit *m_role;
    QSpinBox *m_targetYear;
    QHash<QString, QSpinBox *> m_beds;
    QLabel *m_bedsTotal;
    DateLineEdit *m_writtenOn;
    DateLineEdit *m_agreedOn;
    QComboBox *m_meeting;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_links;
    QPushButton *m_openLink;
};

} // namespace Koso
