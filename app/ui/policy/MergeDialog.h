#pragma once

#include "model/Hospital.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLineEdit;
class QRadioButton;

namespace Koso {

class Dataset;

// Chooses where the selected hospitals merge: into one of the others or an existing hospital
// of the prefecture, or into a new hospital (the new name after a merger).
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Dataset &dataset, const QVector<Hospital> &merging, QWidget *parent = nullptr);

    bool intoNew() const;
    qint64 targetId() const; // when !intoNew()
    Hospital newHospital() const; // when intoNew()
    // The hospitals that stop standing alone (the target itself left out).
    QVector<qint64> absorbed() const;

    void accept() override;

private:
    QVector<Hospital> m_merging;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QComboBox *m_target;
    QLineEdit *m_name;
    QLineEdit *m_municipality;
};

} // namespace Koso
