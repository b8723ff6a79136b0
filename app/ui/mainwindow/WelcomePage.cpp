#include "mainwindow/WelcomePage.h"

#include "mainwindow/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Koso {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Koso Planner"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Open a dataset, or create a new one for your prefecture and "
                               "import MHLW's workbooks into it. You can also drop a .koso file "
                               "on this window."));
    text->setWordWrap(true);

    auto *newButton = new QPushButton(tr("New Dataset…"));
    newButton->setObjectName(QStringLiteral("welcomeNew"));
    auto *openButton = new QPushButton(tr("Open…"));
    openButton->setObjectName(QStringLiteral("welcomeOpen"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);

    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("Recent datasets:")));
    column->addWidget(m_recent, 1);
    auto *box = new QWidget;
    box->setLayout(column);
    box->setMaximumWidth(640);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 3);
    layout->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString &file : AppSettings::recentFiles()) {
        if (!QFileInfo::exists(file))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(
            QFileInfo(file).fileName(), QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
        item->setData(Qt::UserRole, file);
        m_recent->addItem(item);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace Koso
