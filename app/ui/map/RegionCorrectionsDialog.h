#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Koso {

class Document;
class MapGeometry;

// Asks where a municipality belongs: a region of its prefecture (the shipped one marked), and
// a note saying why (the council's decision, the plan's page).
class MoveMunicipalityDialog : public QDialog
{
    Q_OBJECT

public:
    MoveMunicipalityDialog(const MapGeometry &pristine, const QString &municipalityCode,
                           const QString &currentRegion, const QHash<QString, QString> &regionNames,
                           QWidget *parent = nullptr);

    QString regionCode() const;
    void setRegionCode(const QString &code);
    QString note() const;
    void setNote(const QString &note);

private:
    QComboBox *m_region = nullptr;
    QLineEdit *m_note = nullptr;
};

// The planner's corrections of the municipality → region table, each with the shipped region,
// the region used instead, the note, when and by whom; a selected correction can be reverted
// (one undo step, like every edit).
class RegionCorrectionsDialog : public QDialog
{
    Q_OBJECT

public:
    RegionCorrectionsDialog(Document *document, const QHash<QString, QString> &regionNames,
                            QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Reverts the correction in row; false with *error when the write failed.
    bool revertRow(int row, QString *error);

public slots:
    void reload();

private:
    QPointer<Document> m_document;
    QHash<QString, QString> m_regionNames;
    QTableWidget *m_table = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Koso
