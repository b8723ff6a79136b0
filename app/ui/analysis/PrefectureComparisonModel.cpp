#include "analysis/PrefectureComparisonModel.h"

#include "analysis/GapCellFormat.h"

#include <QBrush>
#include <QFont>

namespace Koso {

PrefectureComparisonModel::PrefectureComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PrefectureComparisonModel::setAreas(const QVector<AreaGap> &prefectures,
                                         const std::optional<AreaGap> &nation,
                                         const QString &homeCode)
{
    beginResetModel();
    m_areas.clear();
    if (nation && nation->total.latest.hasValue())
        m_areas << *nation;
    m_areas += prefectures;
    m_home = homeCode;
    m_keys.clear();
    m_names.clear();
    if (!m_areas.isEmpty()) {
        for (const FunctionGap *f : m_areas.first().rowsWithTotal()) {
            m_keys << f->functionKey;
            m_names << f->displayName();
        }
    }
    endResetModel();
}

const AreaGap *PrefectureComparisonModel::areaAt(int row) const
{
    return row >= 0 && row < m_areas.size() ? &m_areas.at(row) : nullptr;
}

int PrefectureComparisonModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).code == code)
            return i;
    }
    return -1;
}

QString PrefectureComparisonModel::keyOf(int column) const
{
    return m_keys.value(column - FirstFunction);
}

int PrefectureComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

int PrefectureComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFunction + int(m_keys.size()) + 1;
}

QVariant PrefectureComparisonModel::data(const QModelIndex &index, int role) const
{
    const AreaGap *a = areaAt(index.row());
    if (!a)
        return QVariant();
    const int column = index.column();
    const bool home = a->code == m_home;
    const bool nation = a->kind == AreaKind::Nation;
    if (role == Qt::FontRole && (home || nation)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && home)
        return QBrush(QColor(0xFD, 0xE8, 0xD8));
    if (role == Qt::TextAlignmentRole)
        return int((column <= Name ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    if (column == Code)
        return a->code;
    if (column == Name)
        return a->name;
    std::optional<double> value;
    if (column == FirstFunction + m_keys.size())
        value = a->total.requiredPer100k;
    else if (const FunctionGap *f = a->find(keyOf(column)))
        value = f->latestPer100k;
    return role == SortRole ? GapCellFormat::sortValue(value)
                            : QVariant(GapCellFormat::decimal(value));
}

QVariant PrefectureComparisonModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    if (section == Code)
        return tr("Code");
    if (section == Name)
        return tr("Prefecture");
    if (section == FirstFunction + m_keys.size())
        return tr("Required per 100,000");
    return tr("%1 per 100,000").arg(m_names.value(section - FirstFunction));
}

} // namespace Koso
