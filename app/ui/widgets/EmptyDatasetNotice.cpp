#include "widgets/EmptyDatasetNotice.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Koso {

EmptyDatasetNotice::EmptyDatasetNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("emptyDatasetNotice"));
    // Takes the room of the page's hidden content, its text at the top.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyDatasetText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("emptyDatasetButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setAlignment(Qt::AlignTop);
    layout->addWidget(m_text, 1, Qt::AlignTop);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    setMessage(noFiguresText());
    setAction(tr("Import MHLW Workbooks…"), QStringLiteral("actionImportWorkbook"));
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (QWidget *top = window()) {
            if (auto *action = top->findChild<QAction *>(m_actionName))
                action->trigger();
        }
    });
}

void EmptyDatasetNotice::setMessage(const QString &text)
{
    m_text->setText(text);
}

void EmptyDatasetNotice::setAction(const QString &buttonText, const QString &actionName)
{
    m_button->setText(buttonText);
    m_actionName = actionName;
    m_button->setVisible(!actionName.isEmpty());
}

QString EmptyDatasetNotice::message() const
{
    return m_text->text();
}

QString EmptyDatasetNotice::noFiguresText()
{
    return tr("This dataset has no bed figures yet. Import MHLW's 「地域別の病床機能等の見える化」 "
              "workbooks (別添4②, 別添4③ and 別添5②, from MHLW's web page): File › Import MHLW "
              "Workbook…, or drop the .xlsx files on the window.");
}

} // namespace Koso
