#include "PolicyFixture.h"

#include "council/CouncilActions.h"
#include "council/CouncilPage.h"
#include "council/CouncilStore.h"
#include "demo/DemoGenerator.h"
#include "document/Document.h"
#include "io/TableWriter.h"
#include "mainwindow/MainWindow.h"
#include "policy/HospitalFiguresChart.h"
#include "policy/HospitalFilterProxy.h"
#include "policy/HospitalListPage.h"
#include "policy/HospitalPage.h"
#include "policy/HospitalTableModel.h"
#include "policy/HospitalsPage.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyEditor.h"
#include "policy/PolicyImportDialog.h"
#include "policy/PolicyPages.h"
#include "policy/PolicyRates.h"
#include "policy/PolicyRatesPage.h"
#include "policy/PolicySheet.h"
#include "policy/PolicyStore.h"
#include "policy/WhatIfView.h"
#include "storage/GeographyStore.h"
#include "util/JapaneseDate.h"
#include "widgets/DateLineEdit.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Koso;

namespace {

QStringList namesShown(const HospitalListPage &page)
{
    QStringList names;
    const QAbstractItemModel *m = page.view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        names << m->index(r, 0).data().toString();
    return names;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(box->objectName()));
    box->setCurrentIndex(index);
}

} // namespace

class TestPolicyGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listFiltersByEveryCriterion();
    void searchIgnoresWidthAndSpaces_data();
    void searchIgnoresWidthAndSpaces();
    void bedColumnsSortAsNumbers();
    void bulkStatusFromTheListIsOneUndoStep();
    void mergedHospitalsAreHiddenUntilAsked();
    void policyEditorEditsAndUndoShowsAtOnce();
    void policyEditorTakesJapaneseDates();
    void policyEditorAsOfIsReadOnly();
    void hospitalPageShowsEditionsHistoryAndMeetings();
    void importDialogOffersApplyOnlyForACleanSheet();
    void whatIfViewFeedsTableAndChartFromTheSameRows();
    void councilPageShowsTheYearAndTheRegionsThatHaveNotMet();
    void ratesPageShowsAllGroups();
    void councilLinksOpenTheHospitalPage();
    void demoInTheMainWindowEditsAndUndoes();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    QUndoStack *m_stack = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyGui::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    m_stack = new QUndoStack;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.e,
                               { { QStringLiteral("status"), QStringLiteral("verifying") },
                                 { QStringLiteral("reverification_target"), QStringLiteral("1") } },
                               PolicyFixture::at(2023, 6, 1)));
}

void TestPolicyGui::cleanup()
{
    delete m_stack;
    delete m_ds;
    delete m_dir;
}

void TestPolicyGui::listFiltersByEveryCriterion()
{
    HospitalListPage page(m_ds, m_stack);
    page.show();
    QCOMPARE(page.view()->model()->rowCount(), 5);
    auto *region = page.findChild<QComboBox *>(QStringLiteral("regionFilter"));
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *group = page.findChild<QComboBox *>(QStringLiteral("ownerGroupFilter"));
    auto *role = page.findChild<QComboBox *>(QStringLiteral("roleFilter"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *reverification = page.findChild<QComboBox *>(QStringLiteral("reverificationFilter"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(region && kind && group && role && status && reverification && count);

    choose(region, QStringLiteral("4302"));
    QCOMPARE(page.view()->model()->rowCount(), 2);
    QVERIFY(count->text().startsWith(QStringLiteral("2")));
    choose(kind, int(HospitalKind::Clinic));
    QCOMPARE(namesShown(page), QStringList { QStringLiteral("うき眼科クリニック") });
    region->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    choose(group, int(OwnerGroup::Public));
    QCOMPARE(page.view()->model()->rowCount(), 2);
    group->setCurrentIndex(0);
    choose(role, QStringLiteral("secondary_emergency"));
    QCOMPARE(page.view()->model()->rowCount(), 2);
    role->setCurrentIndex(0);
    choose(status, int(PolicyStatus::Verifying));
    QCOMPARE(namesShown(page), QStringList { QStringLiteral("宇城市民病院") });
    status->setCurrentIndex(0);
    choose(reverification, true);
    QCOMPARE(namesShown(page), QStringList { QStringLiteral("宇城市民病院") });
    choose(reverification, false);
    QCOMPARE(page.view()->model()->rowCount(), 4);
}

void TestPolicyGui::searchIgnoresWidthAndSpaces_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("half-width katakana")
        << QStringLiteral("ｻﾝﾌﾟﾙ") << QStringList { QStringLiteral("サンプル記念病院") };
    QTest::newRow("spaces between words")
        << QStringLiteral("宇城 市民") << QStringList { QStringLiteral("宇城市民病院") };
    QTest::newRow("full-width space")
        << QStringLiteral("熊本　中央") << QStringList { QStringLiteral("熊本中央病院") };
    QTest::newRow("by municipality")
        << QStringLiteral("益城町") << QStringList { QStringLiteral("サンプル記念病院") };
}

void TestPolicyGui::searchIgnoresWidthAndSpaces()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    HospitalListPage page(m_ds, m_stack);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    // Japanese text arrives through the input method, as from an IME.
    QInputMethodEvent event;
    event.setCommitString(typed);
    QCoreApplication::sendEvent(search, &event);
    QCOMPARE(search->text(), typed);
    QCOMPARE(namesShown(page), shown);
    search->clear();
    QCOMPARE(page.view()->model()->rowCount(), 5);
}

void TestPolicyGui::bedColumnsSortAsNumbers()
{
    HospitalListPage page(m_ds, m_stack);
    const int acute
        = page.model()->columnOfKind(HospitalTableModel::ColumnKind::Beds, QStringLiteral("Acute"));
    QVERIFY(acute >= 0);
    page.view()->sortByColumn(acute, Qt::AscendingOrder);
    QStringList beds;
    for (int r = 0; r < page.view()->model()->rowCount(); ++r)
        beds << page.view()->model()->index(r, acute).data().toString();
    QCOMPARE(beds,
             (QStringList { QStringLiteral("19"), QStringLiteral("60"), QStringLiteral("120"),
                            QStringLiteral("150"), QStringLiteral("200") }));
}

void TestPolicyGui::bulkStatusFromTheListIsOneUndoStep()
{
    HospitalListPage page(m_ds, m_stack);
    page.selectHospitals({ m_ids.a, m_ids.b, m_ids.c });
    QCOMPARE(page.selectedHospitals().size(), 3);
    QVERIFY(page.setStatusOfSelected(int(PolicyStatus::AgreedVerified)));
    QCOMPARE(m_stack->count(), 1);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    choose(status, int(PolicyStatus::AgreedVerified));
    QCOMPARE(page.view()->model()->rowCount(), 3);
    m_stack->undo();
    QCOMPARE(page.view()->model()->rowCount(), 0);
    m_stack->redo();
    QCOMPARE(page.view()->model()->rowCount(), 3);
}

void TestPolicyGui::mergedHospitalsAreHiddenUntilAsked()
{
    HospitalListPage page(m_ds, m_stack);
    QString error;
    QVERIFY(PolicyActions(m_ds, m_stack).mergeInto({ m_ids.c }, m_ids.a, &error));
    QCOMPARE(page.view()->model()->rowCount(), 4);
    page.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(page.view()->model()->rowCount(), 5);
}

void TestPolicyGui::policyEditorEditsAndUndoShowsAtOnce()
{
    PolicyEditor editor(m_ds, m_stack);
    editor.setHospital(m_ids.a);
    QVERIFY(editor.isEnabled());
    auto *status = qobject_cast<QComboBox *>(editor.fieldWidget(QStringLiteral("status")));
    QVERIFY(status);
    QCOMPARE(status->currentData().toString(), QStringLiteral("not_drafted"));
    const int agreed = status->findData(QStringLiteral("agreed_verified"));
    status->setCurrentIndex(agreed);
    emit status->activated(agreed); // as a user choosing it
    PolicyStore store(*m_ds);
    QCOMPARE(store.policy(m_ids.a)->status, PolicyStatus::AgreedVerified);

    auto *acute = qobject_cast<QSpinBox *>(editor.fieldWidget(QStringLiteral("beds.Acute")));
    QVERIFY(acute);
    QCOMPARE(acute->value(), -1); // not planned
    acute->setValue(180);
    emit acute->editingFinished();
    QCOMPARE(store.policy(m_ids.a)->plannedBeds.value(QStringLiteral("Acute")), 180);
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    QCOMPARE(acute->value(), -1);
    QVERIFY(store.policy(m_ids.a)->plannedBeds.isEmpty());
    m_stack->undo();
    QCOMPARE(status->currentData().toString(), QStringLiteral("not_drafted"));
    m_stack->redo();
    QCOMPARE(status->currentData().toString(), QStringLiteral("agreed_verified"));
    // Loading values into the widgets never writes.
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->index(), 1);
}

void TestPolicyGui::policyEditorTakesJapaneseDates()
{
    PolicyEditor editor(m_ds, m_stack);
    editor.setHospital(m_ids.b);
    auto *agreed = qobject_cast<DateLineEdit *>(editor.fieldWidget(QStringLiteral("agreed_on")));
    QVERIFY(agreed);
    agreed->setText(QStringLiteral("R6.3.31"));
    emit agreed->editingFinished();
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->agreedOn, QDate(2024, 3, 31));
    QCOMPARE(agreed->text(), JapaneseDate::display(QDate(2024, 3, 31)));
    agreed->setText(QStringLiteral("令和6年2月30日"));
    emit agreed->editingFinished();
    QVERIFY(!agreed->isAcceptable());
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->agreedOn, QDate(2024, 3, 31));
    QCOMPARE(m_stack->count(), 1);
    // Dates outside 2000-01-01 … ten years ahead are refused, saying the range (策定日 too).
    auto *written = qobject_cast<DateLineEdit *>(editor.fieldWidget(QStringLiteral("written_on")));
    QVERIFY(written);
    const QDate writtenBefore = PolicyStore(*m_ds).policy(m_ids.b)->writtenOn;
    for (const QString &text : { QStringLiteral("1900/1/1"), QStringLiteral("0001-01-01") }) {
        written->setText(text);
        emit written->editingFinished();
        QVERIFY2(!written->isAcceptable(), qPrintable(text));
    }
    written->setText(QStringLiteral("1900/1/1"));
    emit written->editingFinished();
    QVERIFY2(written->toolTip().contains(JapaneseDate::display(QDate(2000, 1, 1))),
             qPrintable(written->toolTip()));
    QCOMPARE(PolicyStore(*m_ds).policy(m_ids.b)->writtenOn, writtenBefore);
    QCOMPARE(m_stack->count(), 1);
}

void TestPolicyGui::policyEditorAsOfIsReadOnly()
{
    PolicyEditor editor(m_ds, m_stack);
    editor.setHospital(m_ids.e);
    editor.setAsOf(QDate(2023, 5, 31));
    auto *status = qobject_cast<QComboBox *>(editor.fieldWidget(QStringLiteral("status")));
    QCOMPARE(status->currentData().toString(), QStringLiteral("not_drafted"));
    QVERIFY(!status->isEnabled());
    editor.setAsOf(QDate());
    QCOMPARE(status->currentData().toString(), QStringLiteral("verifying"));
    QVERIFY(status->isEnabled());
}

void TestPolicyGui::hospitalPageShowsEditionsHistoryAndMeetings()
{
    QString error;
    CouncilActions councils(m_ds, m_stack);
    const qint64 c
        = councils.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4301"),
                                QStringLiteral("熊本・上益城地域医療構想調整会議"), QString() },
                              &error);
    CouncilMeeting m;
    m.councilId = c;
    m.heldOn = QDate(2024, 2, 1);
    m.number = 5;
    const qint64 meeting = councils.addMeeting(m, &error);
    QVERIFY(councils.recordAgreement(meeting, { m_ids.a }, PolicyStatus::AgreedVerified, &error));

    HospitalPage page(m_ds, m_stack);
    page.setHospital(m_ids.a);
    QCOMPARE(page.figuresTable()->columnCount(), 2); // 令和5年度 and 令和6年度
    QCOMPARE(page.figuresTable()->horizontalHeaderItem(1)->text(), QStringLiteral("令和6年度"));
    QCOMPARE(page.figuresTable()->item(1, 0)->text(), QStringLiteral("250")); // Acute in R5
    QCOMPARE(page.figuresTable()->item(1, 1)->text(), QStringLiteral("200"));
    QCOMPARE(page.meetingsTable()->rowCount(), 1);
    QCOMPARE(page.historyTable()->rowCount(), 3); // status, agreed on, meeting
    QVERIFY(page.figuresChart()->chart()->series().size() == 1);

    // An edit in the editor shows in the history at once; undo takes it back out of the policy.
    auto *role = qobject_cast<QLineEdit *>(
        page.policyEditor()->fieldWidget(QStringLiteral("planned_role")));
    role->setText(QStringLiteral("三次救急を担う地域の中核病院"));
    emit role->editingFinished();
    QCOMPARE(page.historyTable()->rowCount(), 4);
    m_stack->undo();
    QCOMPARE(page.historyTable()->rowCount(), 5); // the undo is recorded too
    QVERIFY(role->text().isEmpty());
}

void TestPolicyGui::importDialogOffersApplyOnlyForACleanSheet()
{
    PolicyActions actions(m_ds, m_stack);
    Table t = PolicySheet::policyTable(*m_ds, QStringLiteral("43"));
    const int status = int(t.header.indexOf(QStringLiteral("対応方針の状況")));
    t.rows[0][status] = QStringLiteral("合意・検証済");
    t.rows[1][status] = QStringLiteral("ほぼ合意");
    const QString path = m_dir->filePath(QStringLiteral("sheet.csv"));
    QString error;
    QVERIFY(TableWriter::writeCsv(t, path, &error));
    {
        PolicyImportDialog dialog(actions);
        dialog.loadFile(path);
        QVERIFY(!dialog.canApply());
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("対応方針の状況"));
        dialog.accept();
        QCOMPARE(m_stack->count(), 0);
    }
    t.rows[1][status] = QStringLiteral("策定中");
    QVERIFY(TableWriter::writeCsv(t, path, &error));
    PolicyImportDialog dialog(actions);
    dialog.loadFile(path);
    QVERIFY(dialog.canApply());
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"))->rowCount(), 2);
    dialog.accept();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(PolicyStore(*m_ds).policy(t.rows[0][0].toLongLong())->status,
             PolicyStatus::AgreedVerified);
}

void TestPolicyGui::whatIfViewFeedsTableAndChartFromTheSameRows()
{
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.a,
                               { { QStringLiteral("status"), QStringLiteral("agreed_verified") },
                                 { QStringLiteral("beds.Acute"), QStringLiteral("150") },
                                 { QStringLiteral("beds.Recovery"), QStringLiteral("50") } },
                               PolicyFixture::at(2023, 3, 1)));
    WhatIfView view(m_ds);
    view.setArea(QStringLiteral("4301"));
    QCOMPARE(view.rows().size(), 6);
    QCOMPARE(view.table()->rowCount(), 6);
    auto *series = qobject_cast<QBarSeries *>(view.exportableChart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 3);
    QCOMPARE(series->barSets().at(1)->count(), 4); // the four functions, 休棟中等 left out
    // Acute: 150 (A) + 150 (B) + 60 (C) if carried out.
    QCOMPARE(series->barSets().at(1)->at(1), 360.0);
    QVERIFY(view.chartCaveat().contains(QStringLiteral("MHLW")));
    // An edit elsewhere updates the view.
    QString error;
    QVERIFY(PolicyActions(m_ds, m_stack)
                .setValues({ m_ids.a }, { { QStringLiteral("beds.Acute"), QStringLiteral("100") } },
                           QStringLiteral("x"), &error));
    QCOMPARE(qobject_cast<QBarSeries *>(view.exportableChart()->series().value(0))
                 ->barSets()
                 .at(1)
                 ->at(1),
             310.0);
}

void TestPolicyGui::councilPageShowsTheYearAndTheRegionsThatHaveNotMet()
{
    QString error;
    CouncilActions actions(m_ds, m_stack);
    const qint64 c
        = actions.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4301"),
                               QStringLiteral("熊本・上益城地域医療構想調整会議"), QString() },
                             &error);
    CouncilMeeting m;
    m.councilId = c;
    m.heldOn = QDate(2024, 7, 1);
    m.number = 1;
    const qint64 id = actions.addMeeting(m, &error);
    m.heldOn = QDate(2023, 7, 1);
    QVERIFY(actions.addMeeting(m, &error) > 0);
    QVERIFY(actions.recordAgreement(id, { m_ids.a, m_ids.b }, PolicyStatus::Agreed, &error));

    CouncilPage page(m_ds, m_stack);
    page.setFiscalYear(2024);
    QCOMPARE(page.meetingsTable()->rowCount(), 1);
    QCOMPARE(page.regionsWithoutMeeting()->count(), 1);
    QCOMPARE(page.regionsWithoutMeeting()->item(0)->text(), QStringLiteral("宇城"));
    page.selectMeeting(id);
    QCOMPARE(page.agreedPolicies()->count(), 2);
    page.setFiscalYear(0);
    QCOMPARE(page.meetingsTable()->rowCount(), 2);
    // Removing the meeting through the page's action, then undoing it.
    page.selectMeeting(id);
    QVERIFY(actions.removeMeeting(id, &error));
    QCOMPARE(page.meetingsTable()->rowCount(), 1);
    m_stack->undo();
    QCOMPARE(page.meetingsTable()->rowCount(), 2);
}

void TestPolicyGui::ratesPageShowsAllGroups()
{
    PolicyRatesPage page(m_ds);
    // 3 areas × 5 groups (the empty "owner group not set" left out).
    QCOMPARE(page.table()->rowCount(), 15);
    QCOMPARE(page.rates().size(), 18);
    page.setAsOf(QDate(2023, 5, 31));
    int reverification = -1;
    for (const PolicyRate &r : page.rates()) {
        if (r.scope == QLatin1String("43") && r.group == QLatin1String("reverification"))
            reverification = r.hospitalsTotal;
    }
    QCOMPARE(reverification, 0);
}

void TestPolicyGui::councilLinksOpenTheHospitalPage()
{
    QString error;
    CouncilActions actions(m_ds, m_stack);
    const qint64 c = actions.addCouncil({ 0, QStringLiteral("43"), QStringLiteral("4302"),
                                          QStringLiteral("宇城地域医療構想調整会議"), QString() },
                                        &error);
    CouncilMeeting m;
    m.councilId = c;
    m.heldOn = QDate(2024, 9, 1);
    const qint64 id = actions.addMeeting(m, &error);
    QVERIFY(actions.recordAgreement(id, { m_ids.e }, PolicyStatus::AgreedVerified, &error));

    PolicyPages pages;
    QVERIFY(!pages.hospitals());
    pages.setDataset(m_ds, m_stack);
    QCOMPARE(pages.pages().size(), 4);
    QSignalSpy requested(&pages, &PolicyPages::pageRequested);
    pages.councils()->setFiscalYear(2024);
    pages.councils()->selectMeeting(id);
    QListWidget *agreed = pages.councils()->agreedPolicies();
    QCOMPARE(agreed->count(), 1);
    emit agreed->itemDoubleClicked(agreed->item(0));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<QWidget *>(), pages.pages().first().widget);
    QVERIFY(pages.hospitals()->showsHospital());
    QCOMPARE(pages.hospitals()->hospital()->hospitalId(), m_ids.e);
    pages.hospitals()->showList();
    QVERIFY(!pages.hospitals()->showsHospital());
    QCOMPARE(pages.hospitals()->list()->selectedHospitals(), QVector<qint64> { m_ids.e });
    // Closing the dataset takes the pages down with it.
    pages.setDataset(nullptr, nullptr);
    QVERIFY(!pages.hospitals());
    QVERIFY(!pages.councils());
}

void TestPolicyGui::demoInTheMainWindowEditsAndUndoes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.koso"));
    QString error;
    QVERIFY2(DemoGenerator().write(path, &error), qPrintable(error));

    MainWindow window;
    QVERIFY2(window.openFile(path, true, &error), qPrintable(error));
    PolicyPages *pages = window.policyPages();
    QVERIFY(pages && pages->hospitals() && pages->councils());
    Dataset *ds = window.document()->dataset();
    const QString home = ds->homePrefectureCode();

    // The demo prefecture works: councils met every year, most public policies are done.
    CouncilStore councils(*ds);
    QCOMPARE(councils.councils(home).size(), 1 + GeographyStore(*ds).regions(home).size());
    QVERIFY(councils.regionsWithoutMeeting(home, 2023).isEmpty());
    const auto rates = PolicyRates::compute(*ds, home);
    double publicShare = 0, privateShare = 0;
    int reverification = 0;
    for (const PolicyRate &r : rates) {
        if (r.scope != home)
            continue;
        if (r.group == QLatin1String("public"))
            publicShare = r.hospitalShare().value_or(0);
        if (r.group == QLatin1String("private"))
            privateShare = r.hospitalShare().value_or(0);
        if (r.group == QLatin1String("reverification"))
            reverification = r.hospitalsTotal;
    }
    QVERIFY2(publicShare > 0.7, qPrintable(QString::number(publicShare)));
    QVERIFY2(privateShare < publicShare, qPrintable(QString::number(privateShare)));
    QVERIFY(reverification >= 2);
    QVERIFY(!PolicyRates::snapshots(*ds, home).isEmpty());

    // An edit on the list goes on the document's stack: Edit > Undo takes it back.
    HospitalListPage *list = pages->hospitals()->list();
    const qint64 first
        = list->view()->model()->index(0, 0).data(HospitalTableModel::HospitalIdRole).toLongLong();
    const PolicyStatus before = PolicyStore(*ds).policy(first)->status;
    const PolicyStatus other
        = before == PolicyStatus::Implemented ? PolicyStatus::Drafting : PolicyStatus::Implemented;
    list->selectHospitals({ first });
    QVERIFY(list->setStatusOfSelected(int(other)));
    QCOMPARE(PolicyStore(*ds).policy(first)->status, other);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    auto *undoView = window.findChild<QUndoView *>(QStringLiteral("undoView"));
    QVERIFY(undoView);
    QCOMPARE(undoView->model()->rowCount(), 2); // <opened> and the edit
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(PolicyStore(*ds).policy(first)->status, before);
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(PolicyStore(*ds).policy(first)->status, other);

    // Closing the dataset takes the pages down before the document goes.
    window.closeDocument();
    QVERIFY(!pages->hospitals());
}

QTEST_MAIN(TestPolicyGui)
#include "tst_policygui.moc"
