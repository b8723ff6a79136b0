#pragma once

#include "council/Council.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Koso {

class Dataset;

// Adds or edits a council: its name and the region it covers (or the whole prefecture).
class CouncilDialog : public QDialog
{
    Q_OBJECT

public:
    CouncilDialog(Dataset &dataset, const Council &council, QWidget *parent = nullptr);
    Council council() const;
    void accept() override;

private:
    Council m_council;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_note;
};

} // namespace Koso
