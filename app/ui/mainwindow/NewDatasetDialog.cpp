#include "mainwindow/NewDatasetDialog.h"

#include "mainwindow/AppSettings.h"
#include "model/PrefectureCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Koso {

NewDatasetDialog::NewDatasetDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Dataset"));
    m_prefecture = new QComboBox;
    m_prefecture->setObjectName(QStringLiteral("prefectureCombo"));
    for (const Prefecture &p : PrefectureCatalog::prefectures())
        m_prefecture->addItem(QStringLiteral("%1 %2").arg(p.code, p.name), p.code);
    m_prefecture->setMaxVisibleItems(16);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *intro = new QLabel(tr("A dataset holds one prefecture's data: its regions, hospitals "
                                "and the MHLW figures you import. Other prefectures' figures "
                                "can be imported for comparison."));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Home prefecture:"), m_prefecture);
    form->addRow(tr("File:"), pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &NewDatasetDialog::browse);
    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &NewDatasetDialog::suggestPath);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &NewDatasetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestPath();
}

QString NewDatasetDialog::prefectureCode() const
{
    return m_prefecture->currentData().toString();
}

QString NewDatasetDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && QFileInfo(p).suffix().isEmpty())
        p += QStringLiteral(".koso");
    return p;
}

void NewDatasetDialog::setPrefectureCode(const QString &code)
{
    const int i = m_prefecture->findData(code);
    if (i >= 0)
        m_prefecture->setCurrentIndex(i);
}

void NewDatasetDialog::setPath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(path);
}

void NewDatasetDialog::suggestPath()
{
    if (m_pathEdited)
        return;
    const QString name = m_prefecture->currentText().section(QLatin1Char(' '), 1);
    m_path->setText(QDir(AppSettings::lastDirectory()).filePath(name + QStringLiteral(".koso")));
}

void NewDatasetDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New Dataset"), path(),
                                                        tr("Koso Planner datasets (*.koso)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setPath(chosen);
}

void NewDatasetDialog::validate()
{
    const QString p = path();
    QString problem;
    if (p.isEmpty())
        problem = tr("Choose where to save the dataset.");
    else if (QFileInfo::exists(p))
        problem = tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(p));
    else if (!QFileInfo(QFileInfo(p).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(QFileInfo(p).absolutePath()));
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Koso
