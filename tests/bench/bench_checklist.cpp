// Times what an official waits for on the checklist page: loading an assessment, laying out and
// writing the printed form, the comparison, and one undoable answer with the reload it causes.
// Built, not registered as a test; prints figures.

#include "checklist/AssessmentComparison.h"
#include "checklist/ChecklistDemo.h"
#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistStore.h"
#include "report/ChecklistComparisonReport.h"
#include "report/ChecklistForm.h"
#include "storage/Dataset.h"
#include "util/PdfUnicodeFix.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <cstdio>

using namespace Koso;

namespace {

template<typename F> double milliseconds(int runs, F f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i)
        f();
    return double(t.nsecsElapsed()) / 1e6 / runs;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    Dataset ds;
    QString error;
    if (!ds.create(dir.filePath(QStringLiteral("b.koso")), QStringLiteral("99"), &error,
                   QStringLiteral("サンプル県"))) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 last = 0;
    qint64 current = 0;
    if (!ChecklistDemo::populate(&ds, 2024, &error, &last, &current)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ChecklistStore store(&ds);
    const QString pref = store.prefectureName();

    const double glyphMap = milliseconds(1, [&] {
        PdfUnicodeFix::sharedGlyphMap(QStringLiteral("Noto Sans CJK JP"), QStringLiteral("月"));
    });
    const double load = milliseconds(50, [&] { store.loadAssessment(current, &error); });
    const Assessment a = *store.loadAssessment(current, &error);
    const Assessment b = *store.loadAssessment(last, &error);
    int pages = 0;
    const double form = milliseconds(10, [&] {
        ChecklistForm::forAssessment(a, pref).writePdf(dir.filePath(QStringLiteral("f.pdf")),
                                                       &error, &pages);
    });
    const double comparison = milliseconds(10, [&] {
        ChecklistComparisonReport::build(AssessmentComparison(b, a), pref)
            .writePdf(dir.filePath(QStringLiteral("c.pdf")), &error);
    });
    QUndoStack stack;
    ChecklistEditor editor(&ds, &stack);
    const qint64 item = a.checklistTemplate.items.first().id;
    int n = 0;
    const double answer = milliseconds(50, [&] {
        editor.setAnswer(current, item, (n++ % 2) ? ChecklistAnswer::Yes : ChecklistAnswer::No);
        store.assessments(&error); // what the page reloads after each edit
    });

    printf("checklist benchmark (31 items, 2 assessments)\n");
    printf("  glyph map of Noto Sans CJK JP (once per run) %8.1f ms\n", glyphMap);
    printf("  load one assessment                           %8.2f ms\n", load);
    printf("  form PDF, %d pages (layout + write + fix)      %8.1f ms\n", pages, form);
    printf("  comparison PDF                                %8.1f ms\n", comparison);
    printf("  one undoable answer + page reload             %8.2f ms\n", answer);
    return 0;
}
