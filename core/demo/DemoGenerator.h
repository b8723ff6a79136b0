#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace Koso {

class Dataset;
class DemoRandom;

// Writes the demo dataset: the fictional prefecture サンプル県 (code 99) with 5 regions and about
// 85 facilities, shaped like MHLW's published data (acute beds above the need, recovery far
// below it, totals slowly falling), or a synthetic national-size dataset for benchmarks.
//
// The output depends only on the variant and the seed. Generation runs as a list of named
// steps in one transaction; each step draws from its own random stream, so adding a step (for
// example response policies or checklist answers) leaves the other steps' data unchanged.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Koso::DemoGenerator)

public:
    enum class Variant {
        Prefecture, // サンプル県: 5 regions, reported 2015 and 2018–2024
        National // 47 prefectures, 339 regions, ~8,000 facilities, reported 2015–2024
    };
    // A step reads what earlier steps wrote through the stores (same transaction).
    using StepFunction = std::function<bool(Dataset &, DemoRandom &, QString *error)>;
    struct Step
    {
        QString name;
        StepFunction run;
    };

    static constexpr quint64 DefaultSeed = 20240328;
    static QString demoPrefectureCode(); // 99
    static QString demoPrefectureName(); // サンプル県
    // The national dataset is seen from 東京都 (13), the largest prefecture.
    static QString nationalHomePrefectureCode();
    // meta key holding "prefecture" or "national" in a generated dataset.
    static QString variantMetaKey();

    explicit DemoGenerator(Variant variant = Variant::Prefecture, quint64 seed = DefaultSeed);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    Variant variant() const { return m_variant; }
    // The day the demo's dated content is placed around (study sessions: one held before it,
    // one whose MHLW request is due soon after it, one being planned). Callers that write a
    // demo for a person to look at pass today (koso demo, the planner's demo); without it a
    // fixed date is used, so tests stay deterministic.
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    QDate referenceDate() const { return m_referenceDate; }
    QString homePrefectureCode() const;

    // Creates a new dataset file at path (refuses an existing file) and fills it. On failure
    // the partly written file is removed.
    bool write(const QString &path, QString *error);
    // Writes next to path and renames the result into place, so a failure leaves an existing
    // file as it was; an existing path is refused unless replace is set.
    bool writeFile(const QString &path, bool replace, QString *error);
    // Fills a freshly created, empty dataset whose home prefecture is homePrefectureCode(),
    // all steps in one transaction: on failure nothing is written.
    bool fill(Dataset &dataset, QString *error);

    // The steps in the order they run. Later issues add theirs at the end of the list in
    // DemoGenerator.cpp (response policies and councils, checklist assessments).
    QVector<Step> steps();

private:
    struct State;

    bool geography(Dataset &dataset, DemoRandom &random, QString *error);
    bool editions(Dataset &dataset, DemoRandom &random, QString *error);
    bool hospitals(Dataset &dataset, DemoRandom &random, QString *error);
    bool doctors(Dataset &dataset, DemoRandom &random, QString *error);
    bool clinicalVolumes(Dataset &dataset, DemoRandom &random, QString *error);
    bool regionFigures(Dataset &dataset, DemoRandom &random, QString *error);
    bool prefectureFigures(Dataset &dataset, DemoRandom &random, QString *error);
    bool reportingRates(Dataset &dataset, DemoRandom &random, QString *error);

    Variant m_variant;
    quint64 m_seed;
    QDate m_referenceDate;
    std::unique_ptr<State> d;
};

} // namespace Koso
