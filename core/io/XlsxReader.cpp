#include "io/XlsxReader.h"

#include "io/ZipEntryDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

namespace Koso {

namespace {

const QByteArray oleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// UTF-16LE "EncryptedPackage": the stream an encrypted Office Open XML file keeps inside
// its OLE container, next to "EncryptionInfo".
QByteArray utf16le(const char *ascii)
{
    QByteArray out;
    for (const char *p = ascii; *p; ++p) {
        out.append(*p);
        out.append('\0');
    }
    return out;
}

// Excel writes characters XML cannot hold as _xHHHH_ (for example _x000D_ for a carriage
// return).
void decodeEscapes(QString &s)
{
    if (!s.contains(QLatin1String("_x")))
        return;
    QString out;
    out.reserve(s.size());
    const int n = int(s.size());
    for (int i = 0; i < n; ++i) {
        if (s.at(i) == u'_' && i + 6 < n && s.at(i + 1) == u'x' && s.at(i + 6) == u'_') {
            bool ok = false;
            const ushort code = QStringView(s).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
                i += 6;
                continue;
            }
        }
        out.append(s.at(i));
    }
    s = out;
}

// Joins a relationship target to the folder of the part that refers to it.
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder.isEmpty() ? target : baseFolder + u'/' + target);
}

QString folderOf(const QString &part)
{
    const int slash = int(part.lastIndexOf(u'/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relsPathOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString file = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") + file
        + QStringLiteral(".rels");
}

QStringView attribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name)
            return a.value();
    }
    return QStringView();
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30 and the Japanese
// locale's 27–36 and 50–58).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString &code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    bool inQuote = false;
    bool inBracket = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        if (inBracket) {
            // [h], [mm], [ss] are elapsed times; [Red], [$-411] are not date parts.
            if (c == u']')
                inBracket = false;
            else if (c == u'h' || c == u'H' || c == u's' || c == u'S')
                return true;
            continue;
        }
        switch (c.toLower().unicode()) {
        case u'"':
            inQuote = true;
            break;
        case u'[':
            inBracket = true;
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i; // the next character is literal or padding
            break;
        case u'y':
        case u'm':
        case u'd':
        case u'h':
        case u's':
        case u'e': // Japanese era year
        case u'g': // Japanese era name
            return true;
        default:
            break;
        }
    }
    return false;
}

// The t attribute of a cell.
enum class CellType { Number, Shared, Inline, FormulaText, Boolean, Error, Date, Unknown };

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::Shared;
    if (t == u"str")
        return CellType::FormulaText;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::Date;
    return CellType::Unknown;
}

} // namespace

namespace {

// Why a part's reading stopped: the device's limit or zip error first (the XML parser only
// sees the data end), else the XML's own error. *limit tells a refusal from damage.
QString readError(const ZipEntryDevice &dev, const QXmlStreamReader &xml, bool *limit)
{
    *limit = dev.hasLimitError();
    if (dev.hasLimitError() || dev.hasZipError())
        return dev.errorText();
    return xml.errorString();
}

} // namespace

struct XlsxReader::Private
{
    zip_t *archive = nullptr;
    QHash<QString, qint64> entries; // lower-case part name → zip index
    QVector<QString> sharedStrings;
    QVector<bool> dateStyles; // by cell format (xf) index

    // The sheet being read.
    int sheet = -1;
    std::unique_ptr<ZipEntryDevice> device;
    QXmlStreamReader xml;
    int lastRow = 0;
    bool inSheetData = false;
    bool finished = false;
    QString valueText; // the current cell's <v>, a buffer kept from cell to cell

    ~Private() { closeArchive(); }

    void closeSheet()
    {
        xml.clear();
        device.reset();
        sheet = -1;
        lastRow = 0;
        inSheetData = false;
        finished = false;
    }

    void closeArchive()
    {
        closeSheet();
        if (archive) {
            zip_discard(archive);
            archive = nullptr;
        }
        entries.clear();
        sharedStrings.clear();
        dateStyles.clear();
    }

    qint64 entryIndex(const QString &part) const { return entries.value(part.toLower(), -1); }

    qint64 entrySize(qint64 index) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(index), 0, &st) != 0
            || !(st.valid & ZIP_STAT_SIZE))
            return 0;
        return qint64(st.size);
    }

    // Opens a part for streaming, inflating at most maxBytes; nullptr when it cannot, with an
    // empty error when the part is absent, and *limit set when it is refused for its size.
    std::unique_ptr<ZipEntryDevice> openPart(const QString &part, qint64 maxBytes, QString *error,
                                             bool *limit) const
    {
        *limit = false;
        const qint64 index = entryIndex(part);
        if (index < 0) {
            *error = QString();
            return nullptr;
        }
        const qint64 size = entrySize(index);
        if (size > maxBytes) {
            *limit = true;
            *error = XlsxReader::tr("the part would inflate to %L1 MB, more than the %L2 MB Koso "
                                    "reads from one part of a workbook")
                         .arg((size + XlsxLimits::MB - 1) / XlsxLimits::MB)
                         .arg(maxBytes / XlsxLimits::MB);
            return nullptr;
        }
        auto dev = std::make_unique<ZipEntryDevice>(archive, index, size);
        dev->setLimits(maxBytes, XlsxLimits::MaxRunBytes);
        if (!dev->open(QIODevice::ReadOnly)) {
            *error = dev->zipErrorString();
            return nullptr;
        }
        return dev;
    }

    // Parses a whole part: onElement is called at each start element and may read on (false
    // stops with *error set); then what is left is inflated so that the zip checks the part's
    // CRC. Absent parts give Absent; *limit tells a refusal for size from damage.
    enum class PartResult { Ok, Absent, Failed };
    PartResult parsePart(const QString &part, qint64 maxBytes, bool xmlErrorsMatter,
                         const std::function<bool(QXmlStreamReader &, QString *)> &onElement,
                         QString *error, bool *limit) const
    {
        auto dev = openPart(part, maxBytes, error, limit);
        if (!dev)
            return error->isEmpty() ? PartResult::Absent : PartResult::Failed;
        QXmlStreamReader xml(dev.get());
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && !onElement(xml, error)) {
                *limit = true;
                return PartResult::Failed;
            }
        }
        if (xml.hasError() && (xmlErrorsMatter || dev->hasLimitError() || dev->hasZipError())) {
            *error = readError(*dev, xml, limit);
            return PartResult::Failed;
        }
        if (!dev->drain()) {
            *error = readError(*dev, xml, limit);
            return PartResult::Failed;
        }
        return PartResult::Ok;
    }

    // Collects the text of a string item (<si> or <is>): plain <t>, or the <t> of each rich
    // text run <r>; phonetic guides (<rPh>, furigana) are not part of the value. False when
    // the text is longer than a cell may hold.
    static bool readStringItem(QXmlStreamReader &reader, QString *text)
    {
        text->clear();
        const QString end = reader.name().toString();
        while (!reader.atEnd() && !reader.hasError()) {
            const auto token = reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = reader.name();
                if (name == u"t")
                    *text += reader.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (name == u"rPh" || name == u"phoneticPr")
                    reader.skipCurrentElement();
                if (text->size() > XlsxLimits::MaxStringChars)
                    return false;
            } else if (token == QXmlStreamReader::EndElement && reader.name() == end) {
                break;
            }
        }
        decodeEscapes(*text);
        return true;
    }
};

XlsxReader::XlsxReader()
    : d(std::make_unique<Private>())
{ }

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString XlsxReader::partError(const QString &part, const QString &why, bool limit) const
{
    const QString name = QFileInfo(m_path).fileName();
    if (limit)
        return tr("%1 is refused (part %2): %3.").arg(name, part, why);
    return tr("%1 is damaged: cannot read %2 (%3).").arg(name, part, why);
}

XlsxReader::FileType XlsxReader::sniff(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return FileType::Missing;
    if (!f.open(QIODevice::ReadOnly))
        return FileType::Unknown;
    const QByteArray head = f.read(4096);
    if (head.isEmpty())
        return FileType::Empty;
    if (f.size() < 22) // the end record alone of a zip archive is 22 bytes
        return FileType::TooSmall;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileType::Zip;
    if (head.startsWith(oleMagic)) {
        // The directory of a compound file may sit anywhere in it; these files are small.
        f.seek(0);
        const QByteArray all = f.read(64 * 1024 * 1024);
        if (all.contains(utf16le("EncryptedPackage")) || all.contains(utf16le("EncryptionInfo")))
            return FileType::EncryptedOoxml;
        return FileType::OleCompound;
    }
    if (!head.contains('\0'))
        return FileType::Text;
    return FileType::Unknown;
}

bool XlsxReader::open(const QString &path)
{
    close();
    m_path = path;
    const QString name = QFileInfo(path).fileName();
    switch (sniff(path)) {
    case FileType::Missing:
        return fail(tr("%1 does not exist.").arg(path));
    case FileType::Empty:
        return fail(tr("%1 is empty: it is not an Excel workbook.").arg(name));
    case FileType::TooSmall:
        return fail(tr("%1 is only %n byte(s) long: it is not an Excel workbook (perhaps it was "
                       "not copied or downloaded completely).",
                       "", int(QFileInfo(path).size()))
                        .arg(name));
    case FileType::OleCompound:
        return fail(tr("%1 is an Excel 97–2003 workbook (.xls) or another old Office file, "
                       "not an .xlsx workbook. Open it in Excel and save it as an Excel "
                       "workbook (.xlsx).")
                        .arg(name));
    case FileType::EncryptedOoxml:
        return fail(tr("%1 is password-protected. Remove the password in Excel (File > Info > "
                       "Protect Workbook) and save it again.")
                        .arg(name));
    case FileType::Text:
        return fail(
            tr("%1 is a text file (for example CSV), not an Excel workbook (.xlsx).").arg(name));
    case FileType::Unknown:
        return fail(tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.").arg(name));
    case FileType::Zip:
        break;
    }

    int code = 0;
    d->archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!d->archive) {
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return fail(tr("Cannot read %1: %2").arg(name, ZipEntryDevice::errorText(code)));
        return fail(tr("%1 is damaged or incomplete (a truncated or corrupted zip archive: %2).")
                        .arg(name, ZipEntryDevice::errorText(code)));
    }
    if (!readEntries() || !readWorkbookParts()) {
        d->closeArchive();
        return false;
    }
    return true;
}

// The zip's directory: every name once (the last of two entries of one name would otherwise
// win unseen), nothing encrypted, and not more in all than a workbook may expand to.
bool XlsxReader::readEntries()
{
    const QString name = QFileInfo(m_path).fileName();
    const zip_int64_t count = zip_get_num_entries(d->archive, 0);
    if (count > XlsxLimits::MaxEntries)
        return fail(tr("%1 is refused: its zip archive holds %L2 files, more than the %L3 of "
                       "any workbook Koso reads.")
                        .arg(name)
                        .arg(count)
                        .arg(XlsxLimits::MaxEntries));
    d->entries.reserve(int(count));
    qint64 total = 0;
    qint64 largestSize = 0;
    QString largest;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(d->archive, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(st.name);
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return fail(tr("%1 is password-protected (its part %2 is encrypted). Remove the "
                           "password in Excel (File > Info > Protect Workbook) and save it "
                           "again.")
                            .arg(name, entry));
        const QString key = entry.toLower();
        if (d->entries.contains(key))
            return fail(tr("%1 is refused: its zip archive holds two parts named %2, and Koso "
                           "cannot tell which one Excel would read; the file is damaged or "
                           "was altered.")
                            .arg(name, entry));
        d->entries.insert(key, i);
        if (st.valid & ZIP_STAT_SIZE) {
            const qint64 size = qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(1) << 50));
            total += size;
            if (size > largestSize) {
                largestSize = size;
                largest = entry;
            }
        }
    }
    auto megabytes = [](qint64 bytes) {
        return (bytes + XlsxLimits::MB - 1) / XlsxLimits::MB;
    };
    if (total > XlsxLimits::MaxWorkbookBytes)
        return fail(tr("%1 is refused: its parts would inflate to %L2 MB (the part %3 alone to "
                       "%L4 MB), more than the %L5 MB Koso reads from one workbook.")
                        .arg(name)
                        .arg(megabytes(total))
                        .arg(largest)
                        .arg(megabytes(largestSize))
                        .arg(XlsxLimits::MaxWorkbookBytes / XlsxLimits::MB));
    return true;
}

bool XlsxReader::openShared(const XlsxReader &source)
{
    close();
    if (!source.isOpen())
        return fail(tr("No workbook is open."));
    m_path = source.m_path;
    int code = 0;
    d->archive = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    if (!d->archive)
        return fail(tr("Cannot read %1: %2")
                        .arg(QFileInfo(m_path).fileName(), ZipEntryDevice::errorText(code)));
    d->entries = source.d->entries;
    d->sharedStrings = source.d->sharedStrings;
    d->dateStyles = source.d->dateStyles;
    m_sheets = source.m_sheets;
    m_date1904 = source.m_date1904;
    return true;
}

void XlsxReader::close()
{
    d->closeArchive();
    m_sheets.clear();
    m_error.clear();
    m_date1904 = false;
}

bool XlsxReader::isOpen() const
{
    return d->archive != nullptr;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxSheetInfo &s : m_sheets)
        names << s.name;
    return names;
}

int XlsxReader::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name == name)
            return i;
    }
    return -1;
}

bool XlsxReader::readWorkbookParts()
{
    const QString name = QFileInfo(m_path).fileName();
    auto notWorkbook = [&](const QString &why) {
        return fail(tr("%1 is a zip archive but not an Excel workbook (%2).").arg(name, why));
    };

    // Relationships of a part: id → (type, resolved target).
    struct Rel
    {
        QString type;
        QString target;
    };
    auto readRels = [&](const QString &relsPart, const QString &baseFolder,
                        QHash<QString, Rel> *rels) -> bool {
        QString error;
        bool limit = false;
        const auto result = d->parsePart(
            relsPart, XlsxLimits::MaxPartBytes, true,
            [&](QXmlStreamReader &xml, QString *) {
                if (xml.name() != u"Relationship")
                    return true;
                const QXmlStreamAttributes a = xml.attributes();
                if (attribute(a, u"TargetMode") != u"External")
                    rels->insert(
                        attribute(a, u"Id").toString(),
                        Rel { attribute(a, u"Type").toString(),
                              resolveTarget(baseFolder, attribute(a, u"Target").toString()) });
                return true;
            },
            &error, &limit);
        if (result == Private::PartResult::Failed)
            return fail(partError(relsPart, error, limit));
        return true;
    };

    // The package's relationships name the workbook part; xl/workbook.xml by convention.
    QHash<QString, Rel> packageRels;
    if (!readRels(QStringLiteral("_rels/.rels"), QString(), &packageRels))
        return false;
    QString workbookPart;
    for (const Rel &r : std::as_const(packageRels)) {
        if (r.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = r.target;
    }
    if (workbookPart.isEmpty() || d->entryIndex(workbookPart) < 0)
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (d->entryIndex(workbookPart) < 0) {
        if (d->entryIndex(QStringLiteral("word/document.xml")) >= 0)
            return notWorkbook(tr("it is a Word document"));
        if (d->entryIndex(QStringLiteral("content.xml")) >= 0)
            return notWorkbook(tr("it is an OpenDocument file; save it as .xlsx"));
        return notWorkbook(tr("it has no xl/workbook.xml"));
    }

    QHash<QString, Rel> workbookRels;
    if (!readRels(relsPathOf(workbookPart), folderOf(workbookPart), &workbookRels))
        return false;

    QString error;
    bool limit = false;
    bool missingSheet = false;
    const auto result = d->parsePart(
        workbookPart, XlsxLimits::MaxPartBytes, true,
        [&](QXmlStreamReader &xml, QString *why) {
            const QStringView element = xml.name();
            if (element == u"workbookPr") {
                const QStringView v = attribute(xml.attributes(), u"date1904");
                m_date1904 = v == u"1" || v == u"true";
            } else if (element == u"sheet") {
                const QXmlStreamAttributes a = xml.attributes();
                QString relId;
                for (const QXmlStreamAttribute &attr : a) {
                    // r:id, in the transitional or the strict relationships namespace.
                    if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                        relId = attr.value().toString();
                }
                XlsxSheetInfo info;
                info.name = attribute(a, u"name").toString();
                const QStringView state = attribute(a, u"state");
                info.hidden = state == u"hidden" || state == u"veryHidden";
                const Rel rel = workbookRels.value(relId);
                // Chart sheets and dialog sheets have no cells: only worksheets are listed.
                if (!rel.type.endsWith(QLatin1String("/worksheet")))
                    return true;
                info.path = rel.target;
                const qint64 index = d->entryIndex(info.path);
                if (index < 0) {
                    missingSheet = true; // damage, not a refusal
                    *why = tr("the sheet \"%1\" is missing").arg(info.name);
                    return false;
                }
                info.size = d->entrySize(index);
                m_sheets << info;
            }
            return true;
        },
        &error, &limit);
    if (result == Private::PartResult::Failed)
        return fail(partError(workbookPart, error, limit && !missingSheet));
    if (result == Private::PartResult::Absent)
        return notWorkbook(tr("it has no %1").arg(workbookPart));

    for (const Rel &r : std::as_const(workbookRels)) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")) && !readSharedStrings(r.target))
            return false;
        if (r.type.endsWith(QLatin1String("/styles")) && !readStyles(r.target))
            return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(const QString &part)
{
    QString error;
    bool limit = false;
    qint64 chars = 0;
    const auto result = d->parsePart(
        part, XlsxLimits::MaxSharedStringsBytes, true,
        [&](QXmlStreamReader &xml, QString *why) {
            if (xml.name() == u"sst") {
                const int unique = attribute(xml.attributes(), u"uniqueCount").toInt();
                if (unique > 0)
                    d->sharedStrings.reserve(std::min(unique, XlsxLimits::MaxSharedStrings));
                return true;
            }
            if (xml.name() != u"si")
                return true;
            if (d->sharedStrings.size() >= XlsxLimits::MaxSharedStrings) {
                *why
                    = tr("it holds more than %L1 shared strings").arg(XlsxLimits::MaxSharedStrings);
                return false;
            }
            QString text;
            if (!Private::readStringItem(xml, &text)) {
                *why = tr("shared string %L1 is longer than the %L2 characters a cell can hold")
                           .arg(d->sharedStrings.size() + 1)
                           .arg(XlsxLimits::MaxStringChars);
                return false;
            }
            chars += text.size();
            if (chars > XlsxLimits::MaxSharedStringChars) {
                *why = tr("its shared strings hold more than %L1 million characters in all")
                           .arg(XlsxLimits::MaxSharedStringChars / XlsxLimits::MB);
                return false;
            }
            d->sharedStrings << text;
            return true;
        },
        &error, &limit);
    if (result == Private::PartResult::Failed)
        return fail(partError(part, error, limit));
    return true; // an absent part listed in the relationships: no shared strings
}

bool XlsxReader::readStyles(const QString &part)
{
    QHash<int, bool> customIsDate;
    bool inCellXfs = false;
    QString error;
    bool limit = false;
    // A styles part that is not well-formed only costs date recognition (the cells themselves
    // are intact), but a part too large or with a wrong CRC is refused like any other.
    const auto result = d->parsePart(
        part, XlsxLimits::MaxPartBytes, false,
        [&](QXmlStreamReader &xml, QString *) {
            const QStringView element = xml.name();
            if (element == u"numFmt") {
                const QXmlStreamAttributes a = xml.attributes();
                customIsDate.insert(attribute(a, u"numFmtId").toInt(),
                                    isDateFormatCode(attribute(a, u"formatCode").toString()));
            } else if (element == u"cellXfs") {
                inCellXfs = true;
                d->dateStyles.clear();
            } else if (element == u"xf" && inCellXfs) {
                const int id = attribute(xml.attributes(), u"numFmtId").toInt();
                d->dateStyles << customIsDate.value(id, isBuiltInDateFormat(id));
            } else if (element == u"cellStyles" || element == u"dxfs") {
                inCellXfs = false; // what follows </cellXfs>
            }
            return true;
        },
        &error, &limit);
    if (result == Private::PartResult::Failed)
        return fail(partError(part, error, limit));
    return true;
}

QString XlsxReader::sheetError(const QString &message) const
{
    const QString sheet
        = d->sheet >= 0 && d->sheet < m_sheets.size() ? m_sheets.at(d->sheet).name : QString();
    return tr("%1, sheet \"%2\": %3").arg(QFileInfo(m_path).fileName(), sheet, message);
}

bool XlsxReader::failRow(const QString &message)
{
    m_error = sheetError(message);
    d->finished = true;
    return false;
}

bool XlsxReader::refuseRow(const QString &why)
{
    const XlsxSheetInfo sheet = m_sheets.value(d->sheet);
    m_error = tr("%1 is refused (sheet \"%2\", part %3): %4.")
                  .arg(QFileInfo(m_path).fileName(), sheet.name, sheet.path, why);
    d->finished = true;
    return false;
}

bool XlsxReader::sheetReadFailed()
{
    const QString where
        = d->lastRow > 0 ? tr("after row %1").arg(d->lastRow) : tr("before its first row");
    if (d->device->hasLimitError())
        return refuseRow(tr("%1 (%2)").arg(d->device->limitErrorString(), where));
    if (d->device->hasZipError())
        return failRow(tr("the file is damaged (%1) %2").arg(d->device->zipErrorString(), where));
    return failRow(tr("the sheet's XML is damaged %1 (%2)").arg(where, d->xml.errorString()));
}

bool XlsxReader::openSheet(int index)
{
    d->closeSheet();
    m_error.clear();
    if (!d->archive)
        return fail(tr("No workbook is open."));
    if (index < 0 || index >= m_sheets.size())
        return fail(
            tr("%1 has no sheet number %2.").arg(QFileInfo(m_path).fileName()).arg(index + 1));
    d->sheet = index;
    QString error;
    bool limit = false;
    d->device = d->openPart(m_sheets.at(index).path, XlsxLimits::MaxSheetBytes, &error, &limit);
    if (!d->device) {
        if (limit)
            return refuseRow(error);
        m_error = sheetError(tr("cannot read the sheet (%1)").arg(error));
        return false;
    }
    d->device->setSheetFilter(d->dateStyles);
    d->xml.setDevice(d->device.get());
    return true;
}

qint64 XlsxReader::sheetBytesRead() const
{
    return d->device ? d->device->position() : 0;
}

bool XlsxReader::readRow(XlsxRow *row)
{
    row->cells.clear();
    row->number = 0;
    if (!d->device || d->finished || hasError())
        return false;
    QXmlStreamReader &xml = d->xml;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
            d->finished = true;
            // What follows the cells (merged ranges, page setup) is not needed, but inflating
            // it lets libzip check the entry's CRC: damaged data must not pass for good.
            if (!d->device->drain()) {
                if (d->device->hasLimitError())
                    return refuseRow(d->device->limitErrorString());
                m_error
                    = sheetError(tr("the file is damaged (%1)").arg(d->device->zipErrorString()));
            }
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            d->inSheetData = true;
            continue;
        }
        if (!d->inSheetData || xml.name() != u"row")
            continue;
        if (!readCells(row))
            return false;
        if (!row->cells.isEmpty())
            return true;
        row->number = 0;
    }
    if (xml.hasError())
        return sheetReadFailed();
    // A sheet without <sheetData> is simply empty.
    d->finished = true;
    return false;
}

// The cells of the <row> just started, until </row>, in column order.
bool XlsxReader::readCells(XlsxRow *row)
{
    QXmlStreamReader &xml = d->xml;
    int rowNumber = attribute(xml.attributes(), u"r").toInt();
    if (rowNumber <= 0)
        rowNumber = d->lastRow + 1;
    if (rowNumber > XlsxLimits::MaxRows)
        return refuseRow(
            tr("row %L1 is beyond Excel's last row, %L2").arg(rowNumber).arg(XlsxLimits::MaxRows));
    d->lastRow = rowNumber;
    row->number = rowNumber;
    int column = -1;
    bool sorted = true;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::EndElement && xml.name() == u"row")
            break;
        if (t != QXmlStreamReader::StartElement || xml.name() != u"c")
            continue;
        if (row->cells.size() >= XlsxLimits::MaxColumns)
            return refuseRow(tr("row %L1 has more than %L2 cells, Excel's number of columns")
                                 .arg(rowNumber)
                                 .arg(XlsxLimits::MaxColumns));
        if (!readCell(rowNumber, &column, &sorted, row))
            return false;
    }
    if (xml.hasError())
        return sheetReadFailed();
    if (!sorted)
        std::stable_sort(row->cells.begin(), row->cells.end(),
                         [](const XlsxCell &a, const XlsxCell &b) { return a.column < b.column; });
    return true;
}

// A cell being read: what its attributes and children said so far.
struct XlsxReader::CellState
{
    int row = 0;
    CellType type = CellType::Number;
    int style = 0;
    bool hasValue = false;
    int sharedIndex = -1;
    QString inlineText;
    bool inlineString = false;
    XlsxCell cell;

    QString name() const { return XlsxCell::columnName(cell.column) + QString::number(row); }
};

// One <c> just started: its attributes, then its <v>, <f> or <is> until </c>. Appends the
// cell to the row unless it holds no value.
bool XlsxReader::readCell(int rowNumber, int *column, bool *sorted, XlsxRow *row)
{
    CellState c;
    c.row = rowNumber;
    QStringView ref;
    QStringView compactValue; // v="…", as ZipEntryDevice's sheet filter writes it
    for (const QXmlStreamAttribute &a : d->xml.attributes()) {
        const QStringView n = a.name();
        if (n == u"r")
            ref = a.value();
        else if (n == u"t")
            c.type = cellType(a.value());
        else if (n == u"s")
            c.style = a.value().toInt();
        else if (n == u"v" && a.namespaceUri().isEmpty())
            compactValue = a.value();
    }
    int cellColumn = *column + 1;
    if (!ref.isEmpty()) {
        int refRow = 0;
        if (!XlsxCell::parseReference(ref, &cellColumn, &refRow))
            return failRow(tr("row %1 has a malformed cell reference \"%2\"")
                               .arg(rowNumber)
                               .arg(ref.left(40).toString()));
    }
    if (cellColumn >= XlsxLimits::MaxColumns)
        return refuseRow(tr("row %L1 has a cell beyond Excel's last column, XFD").arg(rowNumber));
    if (cellColumn <= *column)
        *sorted = false;
    *column = cellColumn;
    c.cell.column = cellColumn;
    d->valueText.resize(0);
    if (!compactValue.isNull()) {
        c.hasValue = true;
        if (c.type == CellType::Number) {
            if (!readNumber(c, compactValue, false))
                return false;
        } else {
            bool ok = false;
            c.sharedIndex = compactValue.toInt(&ok);
            if (!ok)
                c.sharedIndex = -1;
        }
    }
    return readCellContent(c) && storeCell(c, row);
}

// The number of a cell's value; false (refused or failed) when it is none. An empty <v> is
// no value; an empty compact v="" is an error.
bool XlsxReader::readNumber(CellState &c, QStringView value, bool emptyIsNoValue)
{
    bool ok = value.size() <= XlsxLimits::MaxNumberChars;
    if (ok)
        c.cell.number = value.toDouble(&ok);
    if (ok || (emptyIsNoValue && value.isEmpty()))
        return true;
    if (value.size() > XlsxLimits::MaxNumberChars)
        return refuseRow(
            tr("cell %1 holds a number of %L2 characters").arg(c.name()).arg(value.size()));
    return failRow(tr("cell %1%2 holds \"%3\" where a number belongs")
                       .arg(XlsxCell::columnName(c.cell.column))
                       .arg(c.row)
                       .arg(value.toString()));
}

// The children of a <c>: its value <v>, formula <f> or inline string <is>, until </c>.
bool XlsxReader::readCellContent(CellState &c)
{
    QXmlStreamReader &xml = d->xml;
    QString &valueText = d->valueText;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto ct = xml.readNext();
        if (ct == QXmlStreamReader::EndElement) {
            if (xml.name() == u"c")
                break;
            continue;
        }
        if (ct != QXmlStreamReader::StartElement)
            continue;
        const QStringView n = xml.name();
        if (n == u"v") {
            c.hasValue = true;
            // Copied into a buffer that keeps its capacity from cell to cell, so that
            // numbers and shared-string indexes cost no allocation.
            valueText.resize(0);
            while (!xml.atEnd() && !xml.hasError()) {
                const auto vt = xml.readNext();
                if (vt == QXmlStreamReader::Characters)
                    valueText.append(xml.text());
                else if (vt == QXmlStreamReader::EndElement)
                    break;
                if (valueText.size() > XlsxLimits::MaxStringChars)
                    return refuseRow(tr("cell %1 holds a value longer than the %L2 characters a "
                                        "cell can hold")
                                         .arg(c.name())
                                         .arg(XlsxLimits::MaxStringChars));
            }
            const QStringView value(valueText);
            if (c.type == CellType::Number) {
                if (!readNumber(c, value, true))
                    return false;
                c.hasValue = !value.isEmpty();
            } else if (c.type == CellType::Shared || c.type == CellType::Boolean) {
                bool ok = false;
                c.sharedIndex = value.toInt(&ok);
                if (!ok)
                    c.sharedIndex = -1;
            }
        } else if (n == u"f") {
            c.cell.formula = true;
            xml.skipCurrentElement();
        } else if (n == u"is") {
            if (!Private::readStringItem(xml, &c.inlineText))
                return refuseRow(tr("cell %1 holds a text longer than the %L2 characters a cell "
                                    "can hold")
                                     .arg(c.name())
                                     .arg(XlsxLimits::MaxStringChars));
            c.inlineString = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return sheetReadFailed();
    return true;
}

// The cell's value by its type, appended to the row unless it holds none.
bool XlsxReader::storeCell(CellState &c, XlsxRow *row)
{
    XlsxCell &cell = c.cell;
    QString &valueText = d->valueText;
    switch (c.type) {
    case CellType::Number:
        if (!c.hasValue)
            return true;
        cell.type = XlsxCell::Type::Number;
        cell.dateFormatted
            = c.style >= 0 && c.style < d->dateStyles.size() && d->dateStyles.at(c.style);
        break;
    case CellType::Shared:
        if (!c.hasValue)
            return true;
        if (c.sharedIndex < 0 || c.sharedIndex >= d->sharedStrings.size())
            return failRow(tr("cell %1%2 refers to a shared string that does not exist")
                               .arg(XlsxCell::columnName(cell.column))
                               .arg(c.row));
        cell.text = d->sharedStrings.at(c.sharedIndex);
        cell.type = XlsxCell::Type::Text;
        break;
    case CellType::Inline:
        cell.text = c.inlineString ? c.inlineText : valueText;
        cell.type = XlsxCell::Type::Text;
        break;
    case CellType::FormulaText:
    case CellType::Date:
        decodeEscapes(valueText);
        cell.text = valueText;
        cell.type = XlsxCell::Type::Text;
        break;
    case CellType::Boolean:
        if (!c.hasValue)
            return true;
        cell.number = c.sharedIndex == 1 ? 1 : 0;
        cell.type = XlsxCell::Type::Boolean;
        break;
    case CellType::Error:
        cell.text = valueText;
        cell.type = XlsxCell::Type::Error;
        break;
    case CellType::Unknown:
        return true;
    }
    if (cell.type == XlsxCell::Type::Text && cell.text.isEmpty())
        return true;
    row->cells.append(std::move(cell));
    return true;
}

bool XlsxReader::readSheet(int index, const std::function<bool(const XlsxRow &)> &onRow)
{
    if (!openSheet(index))
        return false;
    XlsxRow row;
    while (readRow(&row)) {
        if (!onRow(row))
            break;
    }
    const bool ok = !hasError();
    d->closeSheet();
    return ok;
}

QVector<XlsxRow> XlsxReader::readRows(int index, int maxRows)
{
    QVector<XlsxRow> rows;
    readSheet(index, [&](const XlsxRow &row) {
        rows << row;
        return maxRows < 0 || rows.size() < maxRows;
    });
    return rows;
}

} // namespace Koso
