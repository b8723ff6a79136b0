#include "analysis/RegionHospitalModel.h"

#include "analysis/AnalysisText.h"
#include "analysis/HospitalAnalysis.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace Koso {

RegionHospitalModel::RegionHospitalModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QColor RegionHospitalModel::closedHighlight()
{
    return QColor(0xF9, 0xF0, 0x9E);
}

void RegionHospitalModel::setHospitals(const RegionHospitals &hospitals,
                                       const BedFunctionList &functions)
{
    beginResetModel();
    m_hospitals = hospitals;
    m_functions = functions;
    m_columns = { { ColumnKind::Rank, {} },
                  { ColumnKind::Name, {} },
                  { ColumnKind::Municipality, {} },
                  { ColumnKind::Kind, {} },
                  { ColumnKind::TotalWithClosed, {} } };
    for (const BedFunction &f : functions)
        m_columns << ColumnInfo { ColumnKind::Beds, f.key };
    for (const BedFunction &f : functions)
        m_columns << ColumnInfo { ColumnKind::Share, f.key };
    m_columns << ColumnInfo { ColumnKind::DoctorsFullTime, {} }
              << ColumnInfo { ColumnKind::DoctorsPartTime, {} }
              << ColumnInfo { ColumnKind::DoctorsPer100Beds, {} }
              << ColumnInfo { ColumnKind::Roles, {} };
    for (const QString &v : HospitalAnalysis::volumeKeys())
        m_columns << ColumnInfo { ColumnKind::Volume, v };
    endResetModel();
}

const HospitalRow *RegionHospitalModel::rowAt(int row) const
{
    return row >= 0 && row < m_hospitals.rows.size() ? &m_hospitals.rows.at(row) : nullptr;
}

int RegionHospitalModel::columnOf(ColumnKind kind, const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).kind == kind && m_columns.at(i).key == key)
            return i;
    }
    return -1;
}

int RegionHospitalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hospitals.rows.size());
}

int RegionHospitalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegionHospitalModel::metricValue(const HospitalRow &row, const QString &key, int decimals,
                                          int role) const
{
    if (const auto v = row.metric(key)) {
        if (role == SortRole)
            return *v;
        return QLocale().toString(*v, 'f', decimals);
    }
    const auto masked = row.maskedMetrics.constFind(key);
    if (masked != row.maskedMetrics.cend())
        return role == SortRole ? QVariant() : QVariant(*masked);
    return role == SortRole ? QVariant() : QVariant(QString());
}

QVariant RegionHospitalModel::data(const QModelIndex &index, int role) const
{
    const HospitalRow *r = rowAt(index.row());
    if (!r || index.column() >= m_columns.size())
        return QVariant();
    const ColumnInfo &c = m_columns.at(index.column());
    const bool closedCell = c.kind == ColumnKind::Beds && c.key == QLatin1String("Closed");

    if (role == ClosedBedsRole)
        return r->closedBeds();
    if (role == SearchTextRole)
        return r->hospital.name + QLatin1Char(' ') + r->hospital.municipality;
    if (role == Qt::TextAlignmentRole) {
        const bool text = c.kind == ColumnKind::Name || c.kind == ColumnKind::Municipality
            || c.kind == ColumnKind::Kind || c.kind == ColumnKind::Roles;
        return int((text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (closedCell && r->closedBeds() > 0) {
        if (role == Qt::BackgroundRole)
            return QBrush(closedHighlight());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return tr("%1 beds closed or not reported (休棟中等): the council asks the facility "
                      "to explain its unused wards.")
                .arg(AnalysisText::number(r->closedBeds()));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool display = role == Qt::DisplayRole;
    switch (c.kind) {
    case ColumnKind::Rank:
        return r->rank ? QVariant(*r->rank) : QVariant();
    case ColumnKind::Name:
        return r->hospital.name;
    case ColumnKind::Municipality:
        return r->hospital.municipality;
    case ColumnKind::Kind:
        return r->hospital.kind == HospitalKind::Clinic ? tr("Clinic") : tr("Hospital");
    case ColumnKind::TotalWithClosed:
        return display ? QVariant(AnalysisText::number(r->totalWithClosed))
                       : QVariant(r->totalWithClosed);
    case ColumnKind::Beds:
        return display ? QVariant(AnalysisText::number(r->bedsOf(c.key)))
                       : QVariant(r->bedsOf(c.key));
    case ColumnKind::Share: {
        const auto it = r->shares.constFind(c.key);
        if (it == r->shares.cend())
            return display ? QVariant(QString()) : QVariant();
        return display ? QVariant(AnalysisText::percent(*it)) : QVariant(*it);
    }
    case ColumnKind::DoctorsFullTime:
        return metricValue(*r, QStringLiteral("doctors_fulltime"), 1, role);
    case ColumnKind::DoctorsPartTime:
        return metricValue(*r, QStringLiteral("doctors_parttime"), 1, role);
    case ColumnKind::DoctorsPer100Beds:
        if (!r->doctorsPer100Beds)
            return display ? QVariant(QString()) : QVariant();
        return display ? QVariant(QLocale().toString(*r->doctorsPer100Beds, 'f', 1))
                       : QVariant(*r->doctorsPer100Beds);
    case ColumnKind::Roles: {
        QStringList roles;
        for (const QString &key : HospitalAnalysis::roleKeys()) {
            if (r->hasRole(key))
                roles << HospitalAnalysis::roleName(key);
        }
        return roles.join(tr(", "));
    }
    case ColumnKind::Volume:
        return metricValue(*r, c.key, 0, role);
    }
    return QVariant();
}

QVariant RegionHospitalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return QVariant();
    const ColumnInfo &c = m_columns.at(section);
    auto functionName = [&](const QString &key) {
        for (const BedFunction &f : m_functions) {
            if (f.key == key)
                return f.displayName();
        }
        return key;
    };
    switch (c.kind) {
    case ColumnKind::Rank:
        return tr("Rank");
    case ColumnKind::Name:
        return tr("Facility");
    case ColumnKind::Municipality:
        return tr("Municipality");
    case ColumnKind::Kind:
        return tr("Kind");
    case ColumnKind::TotalWithClosed:
        return tr("Beds incl. closed");
    case ColumnKind::Beds:
        return functionName(c.key);
    case ColumnKind::Share:
        return tr("Share of %1").arg(functionName(c.key));
    case ColumnKind::DoctorsFullTime:
        return tr("Doctors full-time");
    case ColumnKind::DoctorsPartTime:
        return tr("Doctors part-time");
    case ColumnKind::DoctorsPer100Beds:
        return tr("Doctors per 100 beds");
    case ColumnKind::Roles:
        return tr("Roles");
    case ColumnKind::Volume:
        return HospitalAnalysis::metricName(c.key);
    }
    return QVariant();
}

} // namespace Koso
