#pragma once

#include "council/Council.h"
#include "policy/ResponsePolicy.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QListWidget;

namespace Koso {

class Dataset;

// Chooses the hospitals whose policies a meeting agreed and the status they reach.
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    AgreementDialog(Dataset &dataset, const CouncilMeeting &meeting, QWidget *parent = nullptr);
    QVector<qint64> hospitals() const;
    PolicyStatus status() const;
    void accept() override;

private:
    QListWidget *m_list;
    QComboBox *m_status;
};

} // namespace Koso
