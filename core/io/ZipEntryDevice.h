#pragma once

#include <QIODevice>

struct zip;
struct zip_file;

namespace Koso {

// A read-only, sequential QIODevice over one entry of a libzip archive, so that
// QXmlStreamReader can parse an entry while it is being inflated, never holding it whole.
// A zip error (corrupted data, bad CRC) is kept and reported through zipErrorString().
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(struct zip *archive, qint64 index, qint64 uncompressedSize);
    ~ZipEntryDevice() override;

    // Worksheets list many cells that hold only a style (<c r="B1" s="2"/>); dropping them
    // before the XML parser sees them saves about a third of the parsing. Only self-closing
    // <c …/> elements are dropped: they can hold no value.
    void setDropEmptyCells(bool drop) { m_dropEmptyCells = drop; }

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

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 readFiltered(char *data, qint64 maxSize);

    struct zip *m_archive = nullptr;
    struct zip_file *m_file = nullptr;
    qint64 m_index = -1;
    qint64 m_size = 0;
    qint64 m_read = 0;
    QString m_zipError;
    bool m_dropEmptyCells = false;
    bool m_eof = false;
    QByteArray m_raw; // inflated bytes not yet filtered (an unfinished tag)
    QByteArray m_out; // filtered bytes not yet handed out
    qsizetype m_outPos = 0;
};

} // namespace Koso
