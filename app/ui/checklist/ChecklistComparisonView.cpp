#include "checklist/ChecklistComparisonView.h"

#include "checklist/AssessmentComparisonModel.h"
#include "widgets/ReportPrinting.h"
#include "report/ChecklistComparisonReport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Koso {

ChecklistComparisonView::ChecklistComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_before(new QComboBox(this))
    , m_after(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_genres(new QTableWidget(this))
    , m_model(new AssessmentComparisonModel(this))
{
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    // Rows follow the wrapped text as columns are resized.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(AssessmentComparisonModel::TextColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(AssessmentComparisonModel::NumberColumn, 40);
    m_view->setColumnWidth(AssessmentComparisonModel::GenreColumn, 150);
    m_view->setColumnWidth(AssessmentComparisonModel::RemarksColumn, 260);

    m_genres->setColumnCount(4);
    m_genres->verticalHeader()->hide();
    // Rows follow the wrapped text as columns are resized.
    m_genres->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_genres->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_genres->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_genres->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *preview = new QPushButton(tr("Print preview…"), this);
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    connect(preview, &QPushButton::clicked, this, &ChecklistComparisonView::printPreview);
    connect(pdf, &QPushButton::clicked, this, &ChecklistComparisonView::savePdf);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Compare"), this));
    pickers->addWidget(m_before, 1);
    pickers->addWidget(new QLabel(tr("with"), this));
    pickers->addWidget(m_after, 1);
    pickers->addWidget(preview);
    pickers->addWidget(pdf);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_genres);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    for (QComboBox *c : { m_before, m_after })
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                update();
        });
}

const Assessment *ChecklistComparisonView::find(qint64 id) const
{
    for (const Assessment &a : m_assessments) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void ChecklistComparisonView::setAssessments(const QVector<Assessment> &assessments, qint64 after,
                                             const QString &prefectureName)
{
    qint64 before = beforeId();
    qint64 later = afterId();
    m_assessments = assessments;
    m_prefecture = prefectureName;
    // A pair chosen here stays until the page shows another assessment.
    const bool pageMoved = after != m_pageAssessment;
    m_pageAssessment = after;
    if (pageMoved || !find(later)) {
        later = after;
        before = 0;
    }
    if (!find(before) || before == later) {
        // The one just before the later one by 記入日.
        before = 0;
        for (const Assessment &a : assessments) {
            if (a.id == later)
                break;
            before = a.id;
        }
    }
    m_filling = true;
    m_before->clear();
    m_after->clear();
    for (int i = int(assessments.size()) - 1; i >= 0; --i) {
        m_before->addItem(assessments.at(i).label(), assessments.at(i).id);
        m_after->addItem(assessments.at(i).label(), assessments.at(i).id);
    }
    m_filling = false;
    choose(before, later);
}

void ChecklistComparisonView::choose(qint64 before, qint64 after)
{
    m_filling = true;
    m_before->setCurrentIndex(m_before->findData(before));
    m_after->setCurrentIndex(m_after->findData(after));
    m_filling = false;
    update();
}

qint64 ChecklistComparisonView::beforeId() const
{
    return m_before->currentData().toLongLong();
}

qint64 ChecklistComparisonView::afterId() const
{
    return m_after->currentData().toLongLong();
}

QString ChecklistComparisonView::summaryText() const
{
    return m_summary->text();
}

void ChecklistComparisonView::update()
{
    const Assessment *a = find(beforeId());
    const Assessment *b = find(afterId());
    m_genres->setRowCount(0);
    if (!a || !b || a == b) {
        m_model->setComparison(std::nullopt);
        m_summary->setText(m_assessments.size() < 2
                               ? tr("Comparing needs two assessments; the demo dataset has last "
                                    "year's and this year's.")
                               : tr("Choose two different assessments."));
        return;
    }
    const AssessmentComparison comparison(*a, *b);
    m_model->setComparison(comparison);
    m_summary->setText(comparison.changeSummary());

    const AssessmentSummary x = comparison.beforeSummary();
    const AssessmentSummary y = comparison.afterSummary();
    m_genres->setHorizontalHeaderLabels(
        { tr("Genre"),
          tr("Yes / applicable (%1)")
              .arg(ChecklistComparisonReport::columnLabel(*a).section(QLatin1Char('\n'), 0, 0)),
          tr("Yes / applicable (%1)")
              .arg(ChecklistComparisonReport::columnLabel(*b).section(QLatin1Char('\n'), 0, 0)),
          tr("Yes, change") });
    QStringList genres = b->checklistTemplate.genres;
    for (const QString &g : a->checklistTemplate.genres) {
        if (!genres.contains(g))
            genres << g;
    }
    auto addRow = [this](const QString &name, const AssessmentSummary::Counts &p,
                         const AssessmentSummary::Counts &q) {
        const int row = m_genres->rowCount();
        m_genres->insertRow(row);
        const int delta = q.yes - p.yes;
        const QStringList cells { name, QStringLiteral("%1 / %2").arg(p.yes).arg(p.applicable()),
                                  QStringLiteral("%1 / %2").arg(q.yes).arg(q.applicable()),
                                  delta > 0 ? QStringLiteral("+%1").arg(delta)
                                            : QString::number(delta) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignCenter);
            m_genres->setItem(row, c, item);
        }
    };
    for (const QString &g : std::as_const(genres))
        addRow(g, x.genre(g), y.genre(g));
    addRow(tr("Total"), x.total(), y.total());
}

void ChecklistComparisonView::printPreview()
{
    if (!m_model->comparison())
        return;
    ReportPrinting::preview(ChecklistComparisonReport::build(*m_model->comparison(), m_prefecture),
                            this);
}

void ChecklistComparisonView::savePdf()
{
    if (!m_model->comparison())
        return;
    const Assessment &b = m_model->comparison()->after();
    ReportPrinting::savePdf(ChecklistComparisonReport::build(*m_model->comparison(), m_prefecture),
                            tr("checklist-comparison-%1.pdf").arg(b.fiscalYear), this);
}

} // namespace Koso
