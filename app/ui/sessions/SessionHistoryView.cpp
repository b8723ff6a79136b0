#include "sessions/SessionHistoryView.h"

#include "measures/MeasureStore.h"
#include "sessions/SessionStore.h"
#include "storage/Dataset.h"
#include "storage/HospitalStore.h"
#include "util/JapaneseDate.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Koso {

SessionHistoryView::SessionHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_empty(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("sessionHistoryTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("sessionHistoryEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #555; padding: 16px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    setSession(nullptr, 0);
}

QString SessionHistoryView::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("added"), QT_TR_NOOP("Added") },
        { QStringLiteral("removed"), QT_TR_NOOP("Removed") },
        { QStringLiteral("title"), QT_TR_NOOP("Title") },
        { QStringLiteral("date"), QT_TR_NOOP("Date") },
        { QStringLiteral("starts_at"), QT_TR_NOOP("Starts at") },
        { QStringLiteral("ends_at"), QT_TR_NOOP("Ends at") },
        { QStringLiteral("format"), QT_TR_NOOP("Format") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("host"), QT_TR_NOOP("Host") },
        { QStringLiteral("co_hosts"), QT_TR_NOOP("Co-hosts") },
        { QStringLiteral("sponsors"), QT_TR_NOOP("Sponsors") },
        { QStringLiteral("mhlw_request"), QT_TR_NOOP("Asked of MHLW") },
        { QStringLiteral("mhlw_request_sent_on"), QT_TR_NOOP("Request sent on") },
        { QStringLiteral("venue"), QT_TR_NOOP("Venue") },
        { QStringLiteral("programme"), QT_TR_NOOP("Programme") },
        { QStringLiteral("invited"), QT_TR_NOOP("Hospitals invited") },
        { QStringLiteral("attended"), QT_TR_NOOP("Hospitals attending") },
        { QStringLiteral("measures"), QT_TR_NOOP("Measures in part ③") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("follow_ups"), QT_TR_NOOP("Follow-ups") },
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

void SessionHistoryView::setSession(Dataset *dataset, qint64 id)
{
    m_table->setRowCount(0);
    const QVector<PolicyChange> changes
        = dataset && id ? SessionStore(*dataset).sessionHistory(id) : QVector<PolicyChange>();
    if (changes.isEmpty()) {
        m_empty->setText(dataset && id
                             ? tr("No change is recorded for this session.")
                             : tr("Select a study session above to see who changed what and "
                                  "when."));
        m_table->hide();
        m_empty->show();
        return;
    }
    const QHash<qint64, QString> hospitals = HospitalStore(*dataset).names();
    MeasureStore measureStore(*dataset);
    QHash<QString, QString> measures;
    for (const SupportMeasure &m : measureStore.catalogue())
        measures.insert(m.id, m.name);
    const auto shown = [&](const QString &field, const QString &value) -> QString {
        if (value.isEmpty())
            return QString();
        if (field == QLatin1String("status"))
            if (const auto s = StudySession::statusFromKey(value))
                return StudySession::statusName(*s);
        if (field == QLatin1String("format"))
            if (const auto f = StudySession::formatFromKey(value))
                return StudySession::formatName(*f);
        if (field == QLatin1String("mhlw_request"))
            if (const auto r = StudySession::requestFromKey(value))
                return StudySession::requestName(*r);
        if (field == QLatin1String("date") || field == QLatin1String("mhlw_request_sent_on")) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            return d.isValid() ? JapaneseDate::display(d) : value;
        }
        if (field == QLatin1String("invited") || field == QLatin1String("attended")) {
            QStringList names;
            for (const QString &id : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                names << hospitals.value(id.toLongLong(), id);
            return tr("%n hospital(s): %1", "", int(names.size()))
                .arg(names.join(QStringLiteral("、")));
        }
        if (field == QLatin1String("measures")) {
            QStringList names;
            for (const QString &id : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                names << measures.value(id, id);
            return names.join(QStringLiteral("、"));
        }
        QString flat = value;
        return flat.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    };
    m_table->setRowCount(int(changes.size()));
    int row = 0;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it, ++row) { // newest first
        const PolicyChange &c = *it;
        auto put = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
        };
        put(0,
            QStringLiteral("%1 %2").arg(JapaneseDate::display(c.changedAt.date()),
                                        c.changedAt.time().toString(QStringLiteral("HH:mm"))));
        put(1, c.changedBy);
        put(2, fieldName(c.field));
        put(3, shown(c.field, c.oldValue));
        put(4, shown(c.field, c.newValue));
    }
    m_table->resizeColumnsToContents();
    for (int c = 2; c < 5; ++c)
        m_table->setColumnWidth(c, qBound(c == 2 ? 100 : 140, m_table->columnWidth(c), 320));
    m_empty->hide();
    m_table->show();
}

} // namespace Koso
