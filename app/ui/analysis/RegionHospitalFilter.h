#pragma once

#include <QSortFilterProxyModel>

namespace Koso {

// Sorts the facility table by raw numbers and filters it by a search text (name or
// municipality; full-width and half-width forms match alike) and, optionally, to the
// facilities with 休棟中等 beds.
class RegionHospitalFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegionHospitalFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setOnlyWithClosedBeds(bool only);
    bool onlyWithClosedBeds() const { return m_onlyClosed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_onlyClosed = false;
};

} // namespace Koso
