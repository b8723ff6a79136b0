#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Koso {

class Dataset;

// Who changed what and when on one study session (the support history, like a hospital's
// policy history): newest first, with the fields and values in words (statuses and formats
// by name, hospitals and measures by name, dates in 和暦).
class SessionHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit SessionHistoryView(QWidget *parent = nullptr);

    // Shows the history of session id of dataset; none (0 or no dataset) shows the empty state.
    void setSession(Dataset *dataset, qint64 id);

    QTableWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }

    // The name of a field of SessionStore::values() ("status" → "Status").
    static QString fieldName(const QString &field);

private:
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace Koso
