// The dialogs of hospitals, policies and councils as a planner uses them (offscreen): fields
// filled in, OK pressed, the result applied the way the pages apply it (one undo step that
// changes the dataset and that undo takes back), and invalid input refused with a message.

#include "PolicyFixture.h"

#include "analysis/AnalysisSettings.h"
#include "council/AgreementDialog.h"
#include "council/CouncilActions.h"
#include "council/CouncilDialog.h"
#include "council/CouncilStore.h"
#include "council/MeetingDialog.h"
#include "mainwindow/PreferencesDialog.h"
#include "policy/HospitalDialog.h"
#include "policy/MergeDialog.h"
#include "policy/OwnerGroupDialog.h"
#include "policy/PolicyActions.h"
#include "policy/PolicyStore.h"
#include "widgets/DateLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Koso;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void typeDate(DateLineEdit *edit, const QString &text)
{
    edit->setText(text);
    emit edit->editingFinished();
}

// Presses OK on a dialog; a warning it shows instead is closed and its text returned.
QString pressOk(QDialog &dialog)
{
    QString warning;
    QTimer::singleShot(0, [&warning] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                warning = box->text();
                box->accept();
            }
        }
    });
    dialog.accept();
    QCoreApplication::processEvents();
    return warning;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void councilDialogAddsAndEditsInOneStep();
    void councilDialogRefusesAnEmptyName();
    void meetingDialogAddsOneStep();
    void meetingDialogRefusesABadDate();
    void agreementDialogRecordsOneStep();
    void agreementDialogRefusesNoHospital();
    void hospitalDialogAddsAndEditsInOneStep();
    void hospitalDialogRefusesAnEmptyName();
    void mergeDialogIntoExistingAndNew();
    void mergeDialogRefusesANewHospitalWithoutName();
    void ownerGroupDialogSetsTheTickedInOneStep();
    void preferencesDialogSavesAndTellsThePages();

private:
    qint64 addCouncil(const QString &region);
    qint64 addMeeting(qint64 councilId, const QVector<qint64> &discussed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dataset> m_dataset;
    std::unique_ptr<QUndoStack> m_stack;
    PolicyFixture::Ids m_ids;
};

void TestDialogs::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("KosoPlannerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataset = std::make_unique<Dataset>();
    QVERIFY(PolicyFixture::build(*m_dataset, m_dir->filePath(QStringLiteral("d.koso")), &m_ids));
    m_stack = std::make_unique<QUndoStack>();
}

void TestDialogs::cleanup()
{
    m_stack.reset();
    m_dataset.reset();
    m_dir.reset();
    QSettings().clear();
}

qint64 TestDialogs::addCouncil(const QString &region)
{
    Council c;
    c.prefectureCode = QStringLiteral("43");
    c.regionCode = region;
    c.name = QStringLiteral("熊本・上益城地域医療構想調整会議");
    QString error;
    const qint64 id = CouncilActions(m_dataset.get(), m_stack.get()).addCouncil(c, &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

qint64 TestDialogs::addMeeting(qint64 councilId, const QVector<qint64> &discussed)
{
    CouncilMeeting m;
    m.councilId = councilId;
    m.number = 1;
    m.heldOn = QDate(2024, 6, 11);
    m.discussedHospitals = discussed;
    QString error;
    const qint64 id = CouncilActions(m_dataset.get(), m_stack.get()).addMeeting(m, &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

void TestDialogs::councilDialogAddsAndEditsInOneStep()
{
    CouncilDialog dialog(*m_dataset, Council());
    choose(child<QComboBox>(&dialog, "regionCombo"), QStringLiteral("4301"));
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    QVERIFY(name);
    // Left empty, the usual name of the region's council is taken.
    QCOMPARE(dialog.council().name, QStringLiteral("熊本・上益城地域医療構想調整会議"));
    name->setText(QStringLiteral("  熊本・上益城構想区域調整会議 "));
    child<QLineEdit>(&dialog, "noteEdit")->setText(QStringLiteral("年4回"));
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    CouncilActions actions(m_dataset.get(), m_stack.get());
    QString error;
    const qint64 id = actions.addCouncil(dialog.council(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(m_stack->count(), 1);
    auto stored = CouncilStore(*m_dataset).council(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("熊本・上益城構想区域調整会議"));
    QCOMPARE(stored->regionCode, QStringLiteral("4301"));
    QCOMPARE(stored->prefectureCode, QStringLiteral("43"));
    QCOMPARE(stored->note, QStringLiteral("年4回"));

    // Editing: the same dialog over the stored council, one more step.
    CouncilDialog edit(*m_dataset, *stored);
    QCOMPARE(child<QComboBox>(&edit, "regionCombo")->currentData().toString(),
             QStringLiteral("4301"));
    choose(child<QComboBox>(&edit, "regionCombo"), QString()); // the whole prefecture
    QCOMPARE(pressOk(edit), QString());
    QVERIFY(actions.editCouncil(edit.council(), &error));
    QCOMPARE(m_stack->count(), 2);
    QVERIFY(CouncilStore(*m_dataset).council(id)->isPrefectureLevel());
    m_stack->undo();
    QCOMPARE(CouncilStore(*m_dataset).council(id)->regionCode, QStringLiteral("4301"));
    m_stack->undo();
    QVERIFY(!CouncilStore(*m_dataset).council(id));
}

void TestDialogs::councilDialogRefusesAnEmptyName()
{
    const qint64 id = addCouncil(QStringLiteral("4301"));
    QVERIFY(id > 0);
    CouncilDialog dialog(*m_dataset, *CouncilStore(*m_dataset).council(id));
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("   "));
    const QString warning = pressOk(dialog);
    QVERIFY2(warning.contains(QStringLiteral("name")), qPrintable(warning));
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void TestDialogs::meetingDialogAddsOneStep()
{
    const qint64 councilId = addCouncil(QStringLiteral("4301"));
    QVERIFY(councilId > 0);
    CouncilMeeting blank;
    blank.councilId = councilId;
    MeetingDialog dialog(*m_dataset, blank);
    QCOMPARE(child<QComboBox>(&dialog, "councilCombo")->currentData().toLongLong(), councilId);
    QCOMPARE(child<QSpinBox>(&dialog, "numberSpin")->value(), 1); // the next number
    typeDate(child<DateLineEdit>(&dialog, "heldOnEdit"), QStringLiteral("令和6年6月11日"));
    child<QPlainTextEdit>(&dialog, "agendaEdit")
        ->setPlainText(QStringLiteral("対応方針について\n\n病床機能の転換について "));
    child<QPlainTextEdit>(&dialog, "decisionsEdit")->setPlainText(QStringLiteral("了承"));
    auto *hospitals = child<QListWidget>(&dialog, "hospitalList");
    QCOMPARE(hospitals->count(), 3); // A, B, C of 4301
    for (int i = 0; i < hospitals->count(); ++i) {
        if (hospitals->item(i)->data(Qt::UserRole).toLongLong() == m_ids.b)
            hospitals->item(i)->setCheckState(Qt::Checked);
    }
    child<QCheckBox>(&dialog, "papersCheck")->setChecked(true);
    child<QLineEdit>(&dialog, "urlEdit")->setText(QStringLiteral("https://example.jp/kaigi"));
    typeDate(child<DateLineEdit>(&dialog, "reportedEdit"), QStringLiteral("R6.7.1"));
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const int before = m_stack->count();
    QString error;
    const qint64 id
        = CouncilActions(m_dataset.get(), m_stack.get()).addMeeting(dialog.meeting(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(m_stack->count(), before + 1);
    const auto m = CouncilStore(*m_dataset).meeting(id);
    QVERIFY(m);
    QCOMPARE(m->heldOn, QDate(2024, 6, 11));
    QCOMPARE(m->number, std::optional<int>(1));
    QCOMPARE(m->agenda,
             QStringList(
                 { QStringLiteral("対応方針について"), QStringLiteral("病床機能の転換について") }));
    QCOMPARE(m->decisions, QStringLiteral("了承"));
    QVERIFY(m->papersPublished);
    QVERIFY(!m->minutesPublished);
    QCOMPARE(m->reportedToMunicipalitiesOn, QDate(2024, 7, 1));
    QCOMPARE(m->discussedHospitals, QVector<qint64> { m_ids.b });
    m_stack->undo();
    QVERIFY(!CouncilStore(*m_dataset).meeting(id));
}

void TestDialogs::meetingDialogRefusesABadDate()
{
    const qint64 councilId = addCouncil(QStringLiteral("4301"));
    CouncilMeeting blank;
    blank.councilId = councilId;
    {
        MeetingDialog dialog(*m_dataset, blank);
        const QString warning = pressOk(dialog); // no date at all
        QVERIFY2(warning.contains(QStringLiteral("date")), qPrintable(warning));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
    {
        MeetingDialog dialog(*m_dataset, blank);
        typeDate(child<DateLineEdit>(&dialog, "heldOnEdit"), QStringLiteral("令和6年2月30日"));
        QVERIFY(!child<DateLineEdit>(&dialog, "heldOnEdit")->isAcceptable());
        QVERIFY(!pressOk(dialog).isEmpty());
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
    {
        MeetingDialog dialog(*m_dataset, blank);
        typeDate(child<DateLineEdit>(&dialog, "heldOnEdit"), QStringLiteral("2024/6/11"));
        typeDate(child<DateLineEdit>(&dialog, "reportedEdit"), QStringLiteral("いつか"));
        const QString warning = pressOk(dialog);
        QVERIFY2(warning.contains(QStringLiteral("municipalities")), qPrintable(warning));
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
}

void TestDialogs::agreementDialogRecordsOneStep()
{
    const qint64 councilId = addCouncil(QStringLiteral("4301"));
    const qint64 meetingId = addMeeting(councilId, { m_ids.a, m_ids.c });
    QVERIFY(meetingId > 0);
    const int before = m_stack->count();
    const auto meeting = CouncilStore(*m_dataset).meeting(meetingId);
    AgreementDialog dialog(*m_dataset, *meeting);
    auto *list = child<QListWidget>(&dialog, "hospitalList");
    QCOMPARE(list->count(), 3);
    // The hospitals on the agenda come checked; the planner unchecks C.
    QCOMPARE(dialog.hospitals(), (QVector<qint64> { m_ids.a, m_ids.c }));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == m_ids.c)
            list->item(i)->setCheckState(Qt::Unchecked);
    }
    choose(child<QComboBox>(&dialog, "statusCombo"), int(PolicyStatus::AgreedVerified));
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QString error;
    QVERIFY2(CouncilActions(m_dataset.get(), m_stack.get())
                 .recordAgreement(meetingId, dialog.hospitals(), dialog.status(), &error),
             qPrintable(error));
    QCOMPARE(m_stack->count(), before + 1);
    PolicyStore policies(*m_dataset);
    QCOMPARE(policies.policy(m_ids.a)->status, PolicyStatus::AgreedVerified);
    QCOMPARE(policies.policy(m_ids.a)->agreedOn, QDate(2024, 6, 11));
    QCOMPARE(policies.policy(m_ids.a)->agreedMeetingId, std::optional<qint64>(meetingId));
    QVERIFY(policies.policy(m_ids.c)->status != PolicyStatus::AgreedVerified);
    m_stack->undo();
    QVERIFY(PolicyStore(*m_dataset).policy(m_ids.a)->status != PolicyStatus::AgreedVerified);
}

void TestDialogs::agreementDialogRefusesNoHospital()
{
    const qint64 meetingId = addMeeting(addCouncil(QStringLiteral("4301")), {});
    AgreementDialog dialog(*m_dataset, *CouncilStore(*m_dataset).meeting(meetingId));
    QVERIFY(dialog.hospitals().isEmpty());
    const QString warning = pressOk(dialog);
    QVERIFY2(warning.contains(QStringLiteral("hospitals")), qPrintable(warning));
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void TestDialogs::hospitalDialogAddsAndEditsInOneStep()
{
    HospitalDialog dialog(*m_dataset, Hospital());
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral(" 三角みなと病院 "));
    choose(child<QComboBox>(&dialog, "regionCombo"), QStringLiteral("4302"));
    child<QLineEdit>(&dialog, "municipalityEdit")->setText(QStringLiteral("宇城市"));
    choose(child<QComboBox>(&dialog, "kindCombo"), hospitalKindKey(HospitalKind::Clinic));
    choose(child<QComboBox>(&dialog, "ownerGroupCombo"), ownerGroupKey(OwnerGroup::Public));
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(QStringLiteral("手入力"));
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    PolicyActions actions(m_dataset.get(), m_stack.get());
    QString error;
    const qint64 id = actions.addHospital(dialog.hospital(), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(m_stack->count(), 1);
    auto h = HospitalStore(*m_dataset).hospital(id);
    QVERIFY(h);
    QCOMPARE(h->name, QStringLiteral("三角みなと病院"));
    QCOMPARE(h->regionCode, QStringLiteral("4302"));
    QCOMPARE(h->municipality, QStringLiteral("宇城市"));
    QCOMPARE(h->kind, HospitalKind::Clinic);
    QCOMPARE(h->ownerGroup, OwnerGroup::Public);
    QVERIFY(h->addedByHand);

    HospitalDialog edit(*m_dataset, *h);
    QCOMPARE(child<QComboBox>(&edit, "regionCombo")->currentData().toString(),
             QStringLiteral("4302"));
    child<QLineEdit>(&edit, "nameEdit")->setText(QStringLiteral("宇城市立病院"));
    QCOMPARE(pressOk(edit), QString());
    QVERIFY2(actions.editHospital(edit.hospital(), &error), qPrintable(error));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(HospitalStore(*m_dataset).hospital(id)->name, QStringLiteral("宇城市立病院"));
    m_stack->undo();
    QCOMPARE(HospitalStore(*m_dataset).hospital(id)->name, QStringLiteral("三角みなと病院"));
    m_stack->undo();
    QVERIFY(!HospitalStore(*m_dataset).hospital(id));
}

void TestDialogs::hospitalDialogRefusesAnEmptyName()
{
    HospitalDialog dialog(*m_dataset, Hospital());
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("　 "));
    const QString warning = pressOk(dialog);
    QVERIFY2(warning.contains(QStringLiteral("name")), qPrintable(warning));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(m_stack->count(), 0);
}

void TestDialogs::mergeDialogIntoExistingAndNew()
{
    HospitalStore store(*m_dataset);
    const QVector<Hospital> merging = { *store.hospital(m_ids.a), *store.hospital(m_ids.b) };
    PolicyActions actions(m_dataset.get(), m_stack.get());
    QString error;
    {
        MergeDialog dialog(*m_dataset, merging);
        QVERIFY(!dialog.intoNew());
        // The first selected one absorbs the others by default.
        QCOMPARE(dialog.targetId(), m_ids.a);
        QCOMPARE(dialog.absorbed(), QVector<qint64> { m_ids.b });
        QCOMPARE(pressOk(dialog), QString());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(actions.mergeInto(dialog.absorbed(), dialog.targetId(), &error),
                 qPrintable(error));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(HospitalStore(*m_dataset).hospital(m_ids.b)->mergedInto,
                 std::optional<qint64>(m_ids.a));
        m_stack->undo();
        QVERIFY(!HospitalStore(*m_dataset).hospital(m_ids.b)->mergedInto);
    }
    {
        MergeDialog dialog(*m_dataset, merging);
        child<QRadioButton>(&dialog, "newRadio")->setChecked(true);
        QVERIFY(dialog.intoNew());
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("熊本統合病院"));
        QCOMPARE(pressOk(dialog), QString());
        QCOMPARE(dialog.absorbed(), (QVector<qint64> { m_ids.a, m_ids.b }));
        const qint64 id = actions.mergeIntoNew(dialog.absorbed(), dialog.newHospital(), &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(m_stack->count(), 1); // the undone step is replaced
        const auto successor = HospitalStore(*m_dataset).hospital(id);
        QCOMPARE(successor->name, QStringLiteral("熊本統合病院"));
        QCOMPARE(successor->municipality, QStringLiteral("熊本市"));
        QCOMPARE(successor->regionCode, QStringLiteral("4301"));
        QCOMPARE(HospitalStore(*m_dataset).hospital(m_ids.a)->mergedInto,
                 std::optional<qint64>(id));
        m_stack->undo();
        QVERIFY(!HospitalStore(*m_dataset).hospital(id));
        QVERIFY(!HospitalStore(*m_dataset).hospital(m_ids.a)->mergedInto);
    }
}

void TestDialogs::mergeDialogRefusesANewHospitalWithoutName()
{
    HospitalStore store(*m_dataset);
    MergeDialog dialog(*m_dataset, { *store.hospital(m_ids.a), *store.hospital(m_ids.b) });
    child<QRadioButton>(&dialog, "newRadio")->setChecked(true);
    const QString warning = pressOk(dialog);
    QVERIFY2(warning.contains(QStringLiteral("name")), qPrintable(warning));
    QVERIFY(dialog.result() != QDialog::Accepted);
    // One hospital alone merges into nothing.
    MergeDialog single(*m_dataset, { *store.hospital(m_ids.a) });
    QVERIFY(!pressOk(single).isEmpty());
    QVERIFY(single.result() != QDialog::Accepted);
}

void TestDialogs::ownerGroupDialogSetsTheTickedInOneStep()
{
    PolicyActions actions(m_dataset.get(), m_stack.get());
    QString error;
    Hospital h;
    h.regionCode = QStringLiteral("4302");
    h.municipality = QStringLiteral("宇城市");
    h.name = QStringLiteral("宇城市立病院");
    const qint64 city = actions.addHospital(h, &error);
    h.name = QStringLiteral("医療法人社団 光会 宇城病院");
    const qint64 corp = actions.addHospital(h, &error);
    h.name = QStringLiteral("済生会みすみ病院");
    const qint64 saiseikai = actions.addHospital(h, &error);
    h.name = QStringLiteral("宇城中央病院"); // says nothing
    const qint64 plain = actions.addHospital(h, &error);
    QVERIFY(city && corp && saiseikai && plain);
    m_stack->clear();

    const QVector<OwnerGroupSuggestion> suggestions
        = OwnerGroupSuggester().forArea(*m_dataset, QStringLiteral("43"));
    QCOMPARE(suggestions.size(), 3);
    OwnerGroupDialog dialog(&actions, suggestions,
                            OwnerGroupSuggester::unsetCount(*m_dataset, QStringLiteral("43")));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(dialog.checkedSuggestions().size(), 3); // all ticked at first
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("済生会みすみ病院"))
            table->item(r, 0)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(dialog.checkedSuggestions().size(), 2);
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_stack->count(), 1);
    HospitalStore store(*m_dataset);
    QCOMPARE(store.hospital(city)->ownerGroup, OwnerGroup::Public);
    QCOMPARE(store.hospital(corp)->ownerGroup, OwnerGroup::Private);
    QCOMPARE(store.hospital(saiseikai)->ownerGroup, OwnerGroup::Unknown);
    QCOMPARE(store.hospital(plain)->ownerGroup, OwnerGroup::Unknown);
    m_stack->undo();
    QCOMPARE(HospitalStore(*m_dataset).hospital(city)->ownerGroup, OwnerGroup::Unknown);
    QCOMPARE(HospitalStore(*m_dataset).hospital(corp)->ownerGroup, OwnerGroup::Unknown);

    // Cancel applies nothing.
    OwnerGroupDialog cancelled(&actions, suggestions, 4);
    cancelled.reject();
    QCOMPARE(m_stack->index(), 0);
}

void TestDialogs::preferencesDialogSavesAndTellsThePages()
{
    AnalysisSettings::setThreshold(0.10);
    PreferencesDialog dialog;
    QCOMPARE(dialog.thresholdEdit()->value(), 10.0);
    QSignalSpy changed(&dialog, &PreferencesDialog::thresholdChanged);
    dialog.thresholdEdit()->setValue(20);
    choose(dialog.languageCombo(), QStringLiteral("en"));
    dialog.widthEdit()->setValue(1280);
    dialog.heightEdit()->setValue(720);
    dialog.dpiEdit()->setValue(300);
    QCOMPARE(pressOk(dialog), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toDouble(), 0.20);
    QCOMPARE(AnalysisSettings::threshold(), 0.20);
    QCOMPARE(AnalysisSettings::exportSize(), QSize(1280, 720));
    QCOMPARE(AnalysisSettings::exportDpi(), 300);
    PreferencesDialog again;
    QCOMPARE(again.languageCombo()->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(again.dpiEdit()->value(), 300);
    // Unchanged threshold: nothing to follow.
    QSignalSpy quiet(&again, &PreferencesDialog::thresholdChanged);
    QCOMPARE(pressOk(again), QString());
    QCOMPARE(quiet.count(), 0);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
