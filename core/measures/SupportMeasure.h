#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Koso {

// One version of a support measure (支援策) of the catalogue: the shipped text is version 0,
// every edit by the office stores the next version. Retired measures keep their versions.
struct SupportMeasure
{
    QString id; // stable: fund-bed-reorganisation, wam-loan, …
    int version = 0;
    QString name;
    QString category; // 基金, 税制, 融資, 国の支援, 制度 …
    QString basis; // legal basis
    QString eligible; // who can use it
    QString conditions;
    QString summary;
    QDate validFrom; // invalid: not stated
    QDate validTo; // invalid: open-ended
    QDate retiredOn; // invalid: in use
    QDateTime changedAt; // invalid for the shipped version
    QString changedBy;

    bool isShipped() const { return version == 0; }
    bool isRetired() const { return retiredOn.isValid(); }
    // Usable on a day: within its validity and not retired by then.
    bool isValidOn(const QDate &day) const;
    // The text fields equal (what an edit compares).
    bool sameContent(const SupportMeasure &o) const;
};

// A measure a hospital plans to use or has used for its response policy.
struct MeasureUse
{
    Q_DECLARE_TR_FUNCTIONS(Koso::MeasureUse)

public:
    enum class Stage { Planned, Used };

    qint64 id = 0;
    QString measureId;
    qint64 hospitalId = 0;
    Stage stage = Stage::Planned;
    int fiscalYear = 0; // 0: not known
    std::optional<qint64> amountYen;
    QString note;

    bool operator==(const MeasureUse &o) const
    {
        return id == o.id && measureId == o.measureId && hospitalId == o.hospitalId
            && stage == o.stage && fiscalYear == o.fiscalYear && amountYen == o.amountYen
            && note == o.note;
    }
    static QString stageKey(Stage stage);
    static Stage stageFromKey(const QString &key);
    static QString stageName(Stage stage); // 活用予定, 活用済
    // "12,000千円" style: yen with thousands separators ("—" when unknown).
    static QString amountText(const std::optional<qint64> &yen);
};

// A good practice (好事例) of the library.
struct PracticeCase
{
    Q_DECLARE_TR_FUNCTIONS(Koso::PracticeCase)

public:
    enum class Kind { Prefecture, Conversion, Merger, Downsizing, Network };
    struct Link
    {
        QString kind; // region, session, council
        QString target; // region code or id
        bool operator==(const Link &o) const { return kind == o.kind && target == o.target; }
    };

    qint64 id = 0;
    QString title;
    Kind kind = Kind::Prefecture;
    QString regionSize; // 人口20万人程度の構想区域 …
    QString background;
    QString actions;
    QString results;
    QString source; // document (別添7 …)
    QString sourcePage;
    QStringList tags;
    QVector<Link> links;

    bool operator==(const PracticeCase &o) const
    {
        return id == o.id && title == o.title && kind == o.kind && regionSize == o.regionSize
            && background == o.background && actions == o.actions && results == o.results
            && source == o.source && sourcePage == o.sourcePage && tags == o.tags
            && links == o.links;
    }
    static QVector<Kind> kinds();
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
};

} // namespace Koso
