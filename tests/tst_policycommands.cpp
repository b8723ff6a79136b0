#include "PolicyFixture.h"

#include "policy/PolicyActions.h"
#include "policy/PolicyStore.h"
#include "policy/SetPolicyValuesCommand.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Koso;

class TestPolicyCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void singleEditUndoesAndRedoes();
    void bulkStatusIsOneUndoStep();
    void undoIsRecordedInTheHistory();
    void unchangedValuesPushNothing();
    void failedWriteLeavesTheStackAlone();
    void viewsAreToldWhatChanged();
    void addedHospitalKeepsItsIdThroughUndo();
    void mergerKeepsBothHistories();
    void mergerIntoANewHospital();
    void editHospitalFields();

private:
    QTemporaryDir *m_dir = nullptr;
    Dataset *m_ds = nullptr;
    QUndoStack *m_stack = nullptr;
    PolicyFixture::Ids m_ids;
};

void TestPolicyCommands::init()
{
    qputenv("KOSO_USER", "tester");
    m_dir = new QTemporaryDir;
    m_ds = new Dataset;
    m_stack = new QUndoStack;
    QVERIFY(PolicyFixture::build(*m_ds, m_dir->filePath(QStringLiteral("t.koso")), &m_ids));
}

void TestPolicyCommands::cleanup()
{
    delete m_stack;
    delete m_ds;
    delete m_dir;
}

void TestPolicyCommands::singleEditUndoesAndRedoes()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(
        actions.setValues({ m_ids.a },
                          { { QStringLiteral("beds.Acute"), QStringLiteral("150") },
                            { QStringLiteral("notes"), QStringLiteral("2病棟を回復期へ転換") } },
                          QStringLiteral("edit"), &error));
    QCOMPARE(m_stack->count(), 1);
    PolicyStore store(*m_ds);
    QCOMPARE(store.policy(m_ids.a)->plannedBeds.value(QStringLiteral("Acute")), 150);
    m_stack->undo();
    QVERIFY(store.policy(m_ids.a)->plannedBeds.isEmpty());
    QVERIFY(store.policy(m_ids.a)->notes.isEmpty());
    m_stack->redo();
    QCOMPARE(store.policy(m_ids.a)->notes, QStringLiteral("2病棟を回復期へ転換"));
}

void TestPolicyCommands::bulkStatusIsOneUndoStep()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("verifying") } },
                               PolicyFixture::at(2023, 1, 1)));
    QVERIFY(actions.setStatus({ m_ids.a, m_ids.b, m_ids.c }, PolicyStatus::AgreedVerified, &error));
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->undoText().contains(QStringLiteral("3")));
    PolicyStore store(*m_ds);
    for (qint64 id : { m_ids.a, m_ids.b, m_ids.c })
        QCOMPARE(store.policy(id)->status, PolicyStatus::AgreedVerified);
    m_stack->undo();
    QCOMPARE(store.policy(m_ids.a)->status, PolicyStatus::NotDrafted);
    QCOMPARE(store.policy(m_ids.b)->status, PolicyStatus::Verifying);
    QCOMPARE(store.policy(m_ids.c)->status, PolicyStatus::NotDrafted);
    QCOMPARE(store.policy(m_ids.d)->status, PolicyStatus::NotDrafted);
    m_stack->redo();
    QCOMPARE(store.policy(m_ids.b)->status, PolicyStatus::AgreedVerified);
}

void TestPolicyCommands::undoIsRecordedInTheHistory()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(actions.setStatus({ m_ids.c }, PolicyStatus::Drafting, &error));
    m_stack->undo();
    const auto history = PolicyStore(*m_ds).history(m_ids.c);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).newValue, QStringLiteral("drafting"));
    QCOMPARE(history.at(1).oldValue, QStringLiteral("drafting"));
    QCOMPARE(history.at(1).newValue, QStringLiteral("not_drafted"));
    QCOMPARE(history.at(1).changedBy, QStringLiteral("tester"));
}

void TestPolicyCommands::unchangedValuesPushNothing()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(actions.setStatus({ m_ids.a }, PolicyStatus::NotDrafted, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(m_stack->count(), 0);
    // In a bulk edit only the hospitals that change are written.
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.b,
                               { { QStringLiteral("status"), QStringLiteral("drafted") } },
                               PolicyFixture::at(2023, 1, 1)));
    auto command = SetPolicyValuesCommand::create(
        m_ds, { m_ids.a, m_ids.b }, { { QStringLiteral("status"), QStringLiteral("drafted") } },
        QStringLiteral("bulk"), &error);
    QVERIFY(command);
    QCOMPARE(command->changes().size(), 1);
    QCOMPARE(command->changes().first().hospitalId, m_ids.a);
}

void TestPolicyCommands::failedWriteLeavesTheStackAlone()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(!actions.setValues({ m_ids.a, m_ids.b },
                               { { QStringLiteral("merged_into"), QString::number(m_ids.b) } },
                               QStringLiteral("merge"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_stack->count(), 0);
    // The first hospital's write was rolled back with the second's failure.
    QVERIFY(!PolicyStore(*m_ds).policy(m_ids.a)->mergedInto);
    QVERIFY(PolicyStore(*m_ds).history(m_ids.a).isEmpty());

    QVERIFY(!actions.setValues({ 4242 },
                               { { QStringLiteral("status"), QStringLiteral("drafted") } },
                               QStringLiteral("x"), &error));
    QCOMPARE(m_stack->count(), 0);
}

void TestPolicyCommands::viewsAreToldWhatChanged()
{
    PolicyActions actions(m_ds, m_stack);
    QSignalSpy spy(m_ds, &Dataset::changed);
    QString error;
    QVERIFY(actions.setStatus({ m_ids.a }, PolicyStatus::Drafting, &error));
    QCOMPARE(spy.count(), 1);
    auto changes = spy.takeFirst().at(0).value<DataChanges>();
    QVERIFY(changes.testFlag(DataChange::Policies));
    QVERIFY(!changes.testFlag(DataChange::Hospitals));
    QVERIFY(actions.setValues({ m_ids.a },
                              { { QStringLiteral("owner_group"), QStringLiteral("private") } },
                              QStringLiteral("group"), &error));
    changes = spy.takeFirst().at(0).value<DataChanges>();
    QVERIFY(changes.testFlag(DataChange::Hospitals));
    m_stack->undo();
    QCOMPARE(spy.count(), 1);
}

void TestPolicyCommands::addedHospitalKeepsItsIdThroughUndo()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    Hospital h;
    h.regionCode = QStringLiteral("4301");
    h.name = QStringLiteral("益城リハビリテーション病院");
    h.municipality = QStringLiteral("益城町");
    h.ownerGroup = OwnerGroup::Private;
    const qint64 id = actions.addHospital(h, &error);
    QVERIFY2(id > 0, qPrintable(error));
    HospitalStore hospitals(*m_ds);
    QVERIFY(hospitals.hospital(id)->addedByHand);
    QVERIFY(actions.setStatus({ id }, PolicyStatus::Drafting, &error));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(!hospitals.hospital(id));
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(hospitals.hospital(id)->name, h.name);
    QCOMPARE(PolicyStore(*m_ds).policy(id)->status, PolicyStatus::Drafting);

    // A duplicate (same region, name and municipality) is refused and not pushed.
    const int count = m_stack->count();
    QCOMPARE(actions.addHospital(h, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_stack->count(), count);
}

void TestPolicyCommands::mergerKeepsBothHistories()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    QVERIFY(PolicyFixture::set(*m_ds, m_ids.c,
                               { { QStringLiteral("status"), QStringLiteral("drafted") } },
                               PolicyFixture::at(2023, 1, 1)));
    QVERIFY(actions.mergeInto({ m_ids.c }, m_ids.a, &error));
    HospitalStore hospitals(*m_ds);
    QCOMPARE(hospitals.hospital(m_ids.c)->mergedInto.value_or(0), m_ids.a);
    // Both keep their figures and history.
    QCOMPARE(hospitals.figureHistory(m_ids.c).size(), 1);
    QCOMPARE(PolicyStore(*m_ds).history(m_ids.c).size(), 2);
    QVERIFY(!actions.mergeInto({ m_ids.a }, m_ids.a, &error));
    m_stack->undo();
    QVERIFY(!hospitals.hospital(m_ids.c)->mergedInto);
}

void TestPolicyCommands::mergerIntoANewHospital()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    Hospital successor;
    successor.regionCode = QStringLiteral("4302");
    successor.name = QStringLiteral("宇城総合医療センター");
    successor.municipality = QStringLiteral("宇城市");
    successor.ownerGroup = OwnerGroup::Public;
    const qint64 id = actions.mergeIntoNew({ m_ids.d, m_ids.e }, successor, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(m_stack->count(), 1);
    HospitalStore hospitals(*m_ds);
    QCOMPARE(hospitals.hospital(m_ids.d)->mergedInto.value_or(0), id);
    QCOMPARE(hospitals.hospital(m_ids.e)->mergedInto.value_or(0), id);
    m_stack->undo();
    QVERIFY(!hospitals.hospital(id));
    QVERIFY(!hospitals.hospital(m_ids.e)->mergedInto);
    m_stack->redo();
    QCOMPARE(hospitals.hospital(m_ids.e)->mergedInto.value_or(0), id);
}

void TestPolicyCommands::editHospitalFields()
{
    PolicyActions actions(m_ds, m_stack);
    QString error;
    Hospital h = *HospitalStore(*m_ds).hospital(m_ids.d);
    h.kind = HospitalKind::Hospital;
    h.ownerGroup = OwnerGroup::QuasiPublic;
    h.note = QStringLiteral("2024年に病院化");
    QVERIFY(actions.editHospital(h, &error));
    const Hospital stored = *HospitalStore(*m_ds).hospital(m_ids.d);
    QCOMPARE(stored.kind, HospitalKind::Hospital);
    QCOMPARE(stored.ownerGroup, OwnerGroup::QuasiPublic);
    QCOMPARE(stored.note, h.note);
    QCOMPARE(PolicyStore(*m_ds).history(m_ids.d).size(), 3);
    m_stack->undo();
    QCOMPARE(HospitalStore(*m_ds).hospital(m_ids.d)->kind, HospitalKind::Clinic);
}

QTEST_GUILESS_MAIN(TestPolicyCommands)
#include "tst_policycommands.moc"
