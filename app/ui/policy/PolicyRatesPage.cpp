#include "policy/PolicyRatesPage.h"

#include "io/TableWriter.h"
#include "policy/PolicyEmptyState.h"
#include "policy/PolicyVocabulary.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"
#include "util/Localization.h"
#include "widgets/AreaComboBox.h"
#include "widgets/EmptyDatasetNotice.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Koso {

PolicyRatesPage::PolicyRatesPage(Dataset *dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_scope(new AreaComboBox(this))
    , m_table(new QTableWidget(this))
    , m_chart(new QChartView(this))
    , m_note(new QLabel(this))
    , m_exportChart(new QPushButton(tr("Export &chart…"), this))
{
    setObjectName(QStringLiteral("policyRatesPage"));
    m_table->setObjectName(QStringLiteral("ratesTable"));
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_exportChart->setObjectName(QStringLiteral("exportChartButton"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(Localization::dateEditFormat());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMinimumHeight(240);
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Done: agreed and verified (合意・検証済) or implemented (措置済). Beds: each "
           "facility's newest reported beds, 休棟中等 included. Rates as of a past date "
           "use the change history."));

    auto *endOfMarch = new QPushButton(tr("End of last &March"), this);
    auto *endOfSeptember = new QPushButton(tr("End of last &September"), this);
    auto *snapshots = new QPushButton(tr("Take &snapshots"), this);
    snapshots->setToolTip(tr("Store the rates at every past end of September and March that has "
                             "none yet, for the chart below"));
    auto *exportTable = new QPushButton(tr("Export &table…"), this);
    auto *controls = new QHBoxLayout;
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addWidget(endOfMarch);
    controls->addWidget(endOfSeptember);
    controls->addStretch();
    controls->addWidget(snapshots);
    controls->addWidget(exportTable);
    auto *chartControls = new QHBoxLayout;
    chartControls->addWidget(new QLabel(tr("Course over time:"), this));
    chartControls->addWidget(m_scope);
    chartControls->addStretch();
    chartControls->addWidget(m_exportChart);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartControls);
    chartLayout->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    m_notice = new EmptyDatasetNotice(this);
    m_notice->hide();
    m_content = splitter;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
    m_scope->fill(*m_dataset);

    connect(m_asOf, &QDateEdit::dateChanged, this, &PolicyRatesPage::fillTable);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PolicyRatesPage::fillChart);
    connect(endOfMarch, &QPushButton::clicked, this, [this] {
        const QDate today = QDate::currentDate();
        setAsOf(QDate(today.month() > 3 ? today.year() : today.year() - 1, 3, 31));
    });
    connect(endOfSeptember, &QPushButton::clicked, this, [this] {
        const QDate today = QDate::currentDate();
        setAsOf(QDate(today.month() > 9 ? today.year() : today.year() - 1, 9, 30));
    });
    connect(snapshots, &QPushButton::clicked, this, [this] {
        const int n = takeSnapshots(false);
        QMessageBox::information(this, tr("Take snapshots"),
                                 n == 0 ? tr("Every past end of September and March already has "
                                             "its snapshot.")
                                        : tr("Stored the rates of %n date(s).", "", n));
    });
    connect(exportTable, &QPushButton::clicked, this, &PolicyRatesPage::exportTable);
    connect(m_exportChart, &QPushButton::clicked, this, &PolicyRatesPage::exportChartRequested);
    connect(m_dataset, &Dataset::changed, this, [this](DataChanges changes) {
        if (changes & (DataChange::Geography | DataChange::Imports))
            m_scope->fill(*m_dataset);
        if (changes
            & (DataChange::Policies | DataChange::Hospitals | DataChange::Figures
               | DataChange::Geography | DataChange::Imports))
            reload();
    });
    reload();
}

void PolicyRatesPage::showEvent(QShowEvent *event)
{
    m_exportChart->setEnabled(
        isSignalConnected(QMetaMethod::fromSignal(&PolicyRatesPage::exportChartRequested)));
    // Past period ends are stored from the history the first time the rates are looked at.
    if (!m_snapshotsChecked && !m_dataset->isReadOnly()) {
        m_snapshotsChecked = true;
        takeSnapshots(false);
    }
    QWidget::showEvent(event);
}

void PolicyRatesPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

int PolicyRatesPage::takeSnapshots(bool replace)
{
    int written = 0;
    QString error;
    if (!PolicyRates::takeSnapshots(*m_dataset, m_dataset->homePrefectureCode(),
                                    QDate::currentDate(), replace, &written, &error)) {
        QMessageBox::warning(this, tr("Take snapshots"), error);
        return 0;
    }
    return written;
}

void PolicyRatesPage::reload()
{
    // Without policies every rate would be 0 of every hospital: say how to start instead.
    const PolicyEmptyState empty = PolicyEmptyState::of(*m_dataset);
    m_notice->setVisible(empty.isEmpty());
    m_content->setVisible(!empty.isEmpty());
    if (empty.isEmpty()) {
        m_notice->setMessage(empty.message);
        m_notice->setAction(empty.buttonText, empty.actionName);
    }
    fillTable();
    fillChart();
}

void PolicyRatesPage::fillTable()
{
    const QDate asOf = m_asOf->date();
    m_rates = PolicyRates::compute(*m_dataset, m_dataset->homePrefectureCode(),
                                   asOf >= QDate::currentDate() ? QDate() : asOf);
    const Table t = PolicyRates::toTable(*m_dataset, m_rates);
    m_table->clear();
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Area"), tr("Group"), tr("Hospitals"), tr("Done"),
                                         tr("Share of hospitals"), tr("Beds done / beds"),
                                         tr("Share of beds") });
    QLocale locale;
    int row = 0;
    m_table->setRowCount(int(m_rates.size()));
    for (int i = 0; i < m_rates.size(); ++i) {
        const PolicyRate &r = m_rates.at(i);
        if (r.group == QLatin1String("unknown") && r.hospitalsTotal == 0)
            continue;
        const auto right = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto *area = new QTableWidgetItem(t.rows.at(i).at(1).toString());
        if (r.group == QLatin1String("all")) {
            QFont f = area->font();
            f.setBold(true);
            area->setFont(f);
        }
        m_table->setItem(row, 0, area);
        m_table->setItem(row, 1, new QTableWidgetItem(PolicyVocabulary::rateGroupName(r.group)));
        m_table->setItem(row, 2, right(locale.toString(r.hospitalsTotal)));
        m_table->setItem(row, 3, right(locale.toString(r.hospitalsDone)));
        m_table->setItem(row, 4, right(PolicyRates::percentText(r.hospitalShare())));
        m_table->setItem(row, 5,
                         right(QStringLiteral("%1 / %2").arg(locale.toString(r.bedsDone),
                                                             locale.toString(r.bedsTotal))));
        m_table->setItem(row, 6, right(PolicyRates::percentText(r.bedShare())));
        ++row;
    }
    m_table->setRowCount(row);
    m_table->resizeColumnsToContents();
}

void PolicyRatesPage::fillChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(chartTitle());
    const QString scope = m_scope->currentData().toString();
    const auto snapshots = PolicyRates::snapshots(*m_dataset, scope);
    struct Line
    {
        QString group;
        bool beds;
        QString name;
        QColor colour;
    };
    const QVector<Line> lines {
        { QStringLiteral("all"), false, tr("All: share of hospitals"), QColor(0xE6, 0x9F, 0x00) },
        { QStringLiteral("all"), true, tr("All: share of beds"), QColor(0x00, 0x72, 0xB2) },
        { QStringLiteral("public"), false, tr("Public: hospitals"), QColor(0x00, 0x9E, 0x73) },
        { QStringLiteral("private"), false, tr("Private: hospitals"), QColor(0xCC, 0x79, 0xA7) },
        { QStringLiteral("reverification"), false, tr("Re-verification targets: hospitals"),
          QColor(0xD5, 0x5E, 0x00) },
    };
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy/MM"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QDate first, last;
    for (const Line &l : lines) {
        auto *series = new QLineSeries;
        series->setName(l.name);
        series->setColor(l.colour);
        series->setPointsVisible(true);
        for (const PolicyRate &r : snapshots) {
            if (r.group != l.group)
                continue;
            const auto share = l.beds ? r.bedShare() : r.hospitalShare();
            if (!share)
                continue;
            series->append(double(QDateTime(r.asOf, QTime(12, 0)).toMSecsSinceEpoch()),
                           *share * 100.0);
            first = first.isValid() ? qMin(first, r.asOf) : r.asOf;
            last = last.isValid() ? qMax(last, r.asOf) : r.asOf;
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (first.isValid()) {
        x->setRange(QDateTime(first.addMonths(-1), QTime(0, 0)),
                    QDateTime(last.addMonths(1), QTime(0, 0)));
        x->setTickCount(qBound(2, int(first.daysTo(last) / 180) + 1, 10));
    }
}

void PolicyRatesPage::exportTable()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export table"), tr("policy-rates.xlsx"),
                                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    Table t = PolicyRates::toTable(*m_dataset, m_rates);
    QVector<Table> sheets { t };
    // The snapshots go on a second sheet of a workbook, for charts of one's own.
    Table history = PolicyRates::toTable(*m_dataset, PolicyRates::snapshots(*m_dataset));
    history.title = tr("Snapshots at the end of September and March");
    history.sheetName = tr("Snapshots");
    history.header.prepend(tr("As of"));
    const auto snaps = PolicyRates::snapshots(*m_dataset);
    for (int i = 0; i < history.rows.size(); ++i)
        history.rows[i].prepend(snaps.at(i).asOf);
    sheets << history;
    QString error;
    const bool ok = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        ? TableWriter::writeXlsx(sheets, path, &error)
        : TableWriter::write(t, path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export table"), error);
}

QChart *PolicyRatesPage::exportableChart() const
{
    return m_chart->chart();
}

QString PolicyRatesPage::chartTitle() const
{
    return tr("Response policies agreed and verified");
}

QString PolicyRatesPage::chartSubtitle() const
{
    return m_scope->currentText();
}

QString PolicyRatesPage::chartUnit() const
{
    return tr("%");
}

QString PolicyRatesPage::chartSource() const
{
    return tr("Source: response policies recorded by the prefecture (end of September and March)");
}

QString PolicyRatesPage::chartCaveat() const
{
    return m_note->text();
}

} // namespace Koso
