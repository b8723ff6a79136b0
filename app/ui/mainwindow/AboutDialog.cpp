#include "mainwindow/AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Koso {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Koso Planner"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/app/icons/koso-planner.svg")).pixmap(64, 64));
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("Koso Planner %1").arg(QStringLiteral(KOSO_VERSION)),
                 tr("A planner's workbench for the Regional Medical Care Vision: MHLW's bed "
                    "function figures, hospitals' response policies, coordination councils and "
                    "the prefecture's checklist, in one dataset file that stays on this PC."),
                 tr("Koso Planner is free software: you can redistribute it and/or modify it "
                    "under the terms of the GNU General Public License as published by the Free "
                    "Software Foundation, either version 3 of the License, or (at your option) "
                    "any later version. It comes with ABSOLUTELY NO WARRANTY."),
                 tr("Built with Qt %1. Qt Charts is used under the GNU General Public License "
                    "version 3; the other Qt modules under the GNU Lesser General Public License "
                    "version 3.")
                     .arg(QString::fromLatin1(qVersion())),
                 tr("The bed figures in the demo dataset are fictional; the national totals in it "
                    "are MHLW's published figures.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace Koso
