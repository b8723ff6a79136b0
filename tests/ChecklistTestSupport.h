#pragma once

// Shared by the checklist test suites: a fresh dataset of サンプル県 and the poppler tools
// that read PDFs back.

#include "storage/Dataset.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace KosoTest {

inline bool createDataset(Koso::Dataset &dataset, const QString &path, QString *error)
{
    return dataset.create(path, QStringLiteral("99"), error, QStringLiteral("サンプル県"));
}

inline bool hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

inline QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        if (exitCode)
            *exitCode = -1;
        return QString();
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of one page (1-based) or of the whole document (page 0), in the order it was drawn
// (-raw): a table cell's lines stay together instead of being merged with their neighbours.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList args { QStringLiteral("-raw") };
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

// Text without any white space, so that a sentence wrapped over lines is found whole.
inline QString compact(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char('\r'));
    text.remove(QChar(0x0c));
    text.remove(QChar(0x3000));
    return text;
}

inline int pdfPageCount(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

} // namespace KosoTest
