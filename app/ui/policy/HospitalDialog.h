#pragma once

#include "model/Hospital.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Koso {

class Dataset;

// Adds or edits a facility by hand: name, region, municipality, kind, owner group, note.
class HospitalDialog : public QDialog
{
    Q_OBJECT

public:
    HospitalDialog(Dataset &dataset, const Hospital &hospital, QWidget *parent = nullptr);

    Hospital hospital() const;

    void accept() override;

private:
    Hospital m_hospital;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_municipality;
    QComboBox *m_kind;
    QComboBox *m_ownerGroup;
    QPlainTextEdit *m_note;
};

} // namespace Koso
