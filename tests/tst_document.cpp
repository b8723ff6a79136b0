#include "document/DatasetCommand.h"
#include "document/Document.h"
#include "storage/GeographyStore.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Koso;

namespace {

// Renames a region through the stores, as the edit commands of later pages do.
class RenameRegion : public QUndoCommand
{
public:
    RenameRegion(Document *document, const QString &code, const QString &name)
        : m_document(document)
        , m_code(code)
        , m_name(name)
    { }
    void redo() override { m_old = apply(m_name); }
    void undo() override { apply(m_old); }

private:
    QString apply(const QString &name)
    {
        Dataset &dataset = *m_document->dataset();
        GeographyStore store(dataset);
        Region region = *store.region(m_code);
        const QString previous = region.name;
        region.name = name;
        Transaction tx(dataset.database());
        QString error;
        if (store.upsertRegion(region, &error) && tx.commit())
            dataset.notifyChanged(DataChange::Geography);
        return previous;
    }

    Document *m_document;
    QString m_code;
    QString m_name;
    QString m_old;
};

// A command whose writes succeed or fail as the test says.
class ScriptedCommand : public DatasetCommand
{
public:
    ScriptedCommand(Dataset *dataset, bool *applyWorks, bool *revertWorks)
        : DatasetCommand(dataset, QStringLiteral("scripted"))
        , m_applyWorks(applyWorks)
        , m_revertWorks(revertWorks)
    { }

protected:
    bool apply(QString *error) override
    {
        if (!*m_applyWorks)
            *error = QStringLiteral("apply failed");
        return *m_applyWorks;
    }
    bool revert(QString *error) override
    {
        if (!*m_revertWorks)
            *error = QStringLiteral("revert failed");
        return *m_revertWorks;
    }

private:
    bool *m_applyWorks;
    bool *m_revertWorks;
};

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void createsAndOpens();
    void undoableEditsAreForwarded();
    void refusesWhatDatasetRefuses();
    void failedEditsAreReportedOneWay();
};

void TestDocument::createsAndOpens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nagano.koso"));
    QString error;
    {
        auto document = Document::create(path, QStringLiteral("20"), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->homePrefectureCode(), QStringLiteral("20"));
        QCOMPARE(document->path(), path);
        QVERIFY(document->undoStack());
        QCOMPARE(document->undoStack()->count(), 0);
    }
    QVERIFY(!Document::create(path, QStringLiteral("20"), &error)); // exists already
    auto reopened = Document::open(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->homePrefectureCode(), QStringLiteral("20"));
    QVERIFY(reopened->backupPath().isEmpty());
}

void TestDocument::undoableEditsAreForwarded()
{
    QTemporaryDir dir;
    QString error;
    auto document
        = Document::create(dir.filePath(QStringLiteral("a.koso")), QStringLiteral("20"), &error);
    QVERIFY(document);
    {
        Transaction tx(document->dataset()->database());
        QVERIFY(GeographyStore(*document->dataset())
                    .upsertRegion({ QStringLiteral("2001"),
                                    QStringLiteral("20"),
                                    QStringLiteral("佐久"),
                                    {},
                                    {} },
                                  &error));
        QVERIFY(tx.commit());
    }
    QSignalSpy changed(document.get(), &Document::changed);
    document->undoStack()->push(
        new RenameRegion(document.get(), QStringLiteral("2001"), QStringLiteral("佐久地域")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<DataChanges>(), DataChanges(DataChange::Geography));
    const GeographyStore store(*document->dataset());
    QCOMPARE(store.region(QStringLiteral("2001"))->name, QStringLiteral("佐久地域"));
    document->undoStack()->undo();
    QCOMPARE(store.region(QStringLiteral("2001"))->name, QStringLiteral("佐久"));
    QCOMPARE(changed.size(), 2);
}

void TestDocument::refusesWhatDatasetRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.koso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    QString error;
    QVERIFY(!Document::open(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!Document::open(dir.filePath(QStringLiteral("missing.koso")), &error));
    QVERIFY(error.contains(QLatin1String("missing.koso")));
}

void TestDocument::failedEditsAreReportedOneWay()
{
    QTemporaryDir dir;
    QString error;
    auto document
        = Document::create(dir.filePath(QStringLiteral("a.koso")), QStringLiteral("20"), &error);
    QVERIFY(document);
    QUndoStack *stack = document->undoStack();
    QSignalSpy failed(document.get(), &Document::editFailed);
    bool applyWorks = false;
    bool revertWorks = true;

    // A first write that fails: push() says so, and the stack keeps nothing.
    QVERIFY(!DatasetCommand::push(
        stack, new ScriptedCommand(document->dataset(), &applyWorks, &revertWorks), &error));
    QCOMPARE(error, QStringLiteral("apply failed"));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(failed.size(), 0);

    // One that worked stays; when its undo fails later, the document announces it.
    applyWorks = true;
    error.clear();
    auto *command = new ScriptedCommand(document->dataset(), &applyWorks, &revertWorks);
    const auto handle = command->errorHandle();
    QVERIFY(DatasetCommand::push(stack, command, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(stack->count(), 1);
    revertWorks = false;
    stack->undo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("revert failed"));
    QCOMPARE(*handle, QStringLiteral("revert failed"));
    QCOMPARE(stack->count(), 1);
    // So does a redo from the history that fails.
    applyWorks = false;
    stack->redo();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("apply failed"));
    QCOMPARE(stack->count(), 1);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
