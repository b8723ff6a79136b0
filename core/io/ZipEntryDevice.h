#pragma once

#include <QIODevice>
#include <QVector>

struct zip;
struct zip_file;

namespace Koso {

// A read-only, sequential QIODevice over one entry of a libzip archive, so that
// QXmlStreamReader can parse an entry while it is being inflated, never holding it whole.
// A zip error (corrupted data, bad CRC) is kept and reported through zipErrorString().
//
// Bounds against decompression bombs: the entry may not inflate to more than its stated size
// or the limit set with setLimits(), and its XML may hold no tag and no run of text (a string,
// whitespace between tags) longer than the run limit, that is no stretch without a '<';
// beyond either, reading stops with limitErrorString().
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(struct zip *archive, qint64 index, qint64 uncompressedSize);
    ~ZipEntryDevice() override;

    // libzip's message for an error code of zip_open().
    static QString errorText(int code);

    // Slims a worksheet's XML before the XML parser sees it, which saves about half of the
    // parsing: drops cells that hold only a style (self-closing <c r="B1" s="2"/>, which can
    // hold no value), the attributes of <row> other than r (heights, spans), and the style of
    // cells whose format is not a date or time (dateStyles, by style index), and moves the
    // value of a number or shared-string cell into an attribute: <c r="B2" t="s" v="12"/>
    // (XlsxReader reads both forms). Types and references pass unchanged.
    void setSheetFilter(const QVector<bool> &dateStyles)
    {
        m_filter = true;
        m_dateStyles = dateStyles;
    }

    // At most maxBytes inflated (besides the stated size), and no tag or text run longer than
    // maxRun bytes (0: no run limit).
    void setLimits(qint64 maxBytes, qint64 maxRun)
    {
        m_maxBytes = maxBytes;
        m_maxRun = maxRun;
    }

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

    // Inflates the rest of the entry without handing it out, so that libzip checks its CRC:
    // false (with zipErrorString()) when the entry is damaged.
    bool drain();

    // Uncompressed bytes read from the entry so far, and its size (for progress).
    qint64 position() const { return m_read; }
    qint64 uncompressedSize() const { return m_size; }
    bool hasZipError() const { return !m_zipError.isEmpty(); }
    QString zipErrorString() const { return m_zipError; }
    bool hasLimitError() const { return !m_limitError.isEmpty(); }
    QString limitErrorString() const { return m_limitError; }
    // The zip or limit error, whichever stopped reading; empty when none did.
    QString errorText() const { return hasLimitError() ? m_limitError : m_zipError; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 readFiltered(char *data, qint64 maxSize);
    // Counts freshly inflated bytes against the limits; false (with the limit error) beyond.
    bool account(const char *data, qint64 size);
    void setZipError();

    struct zip *m_archive = nullptr;
    struct zip_file *m_file = nullptr;
    qint64 m_index = -1;
    qint64 m_size = 0;
    qint64 m_read = 0;
    QString m_zipError;
    QString m_limitError;
    qint64 m_maxBytes = -1;
    qint64 m_maxRun = 0;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_filter = false;
    QVector<bool> m_dateStyles;
    bool m_eof = false;
    QByteArray m_raw; // inflated bytes not yet filtered (an unfinished tag)
    QByteArray m_out; // filtered bytes not yet handed out
    qsizetype m_outPos = 0;
};

} // namespace Koso
