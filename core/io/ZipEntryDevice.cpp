#include "io/ZipEntryDevice.h"

#include <QCoreApplication>

#include <zip.h>

#include <cstring>

namespace Koso {

namespace {

QString trDevice(const char *text)
{
    return QCoreApplication::translate("Koso::ZipEntryDevice", text);
}

} // namespace

QString ZipEntryDevice::errorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

ZipEntryDevice::ZipEntryDevice(zip_t *archive, qint64 index, qint64 uncompressedSize)
    : m_archive(archive)
    , m_index(index)
    , m_size(uncompressedSize)
{ }

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_archive || m_index < 0)
        return false;
    m_file = zip_fopen_index(m_archive, zip_uint64_t(m_index), 0);
    if (!m_file) {
        m_zipError = QString::fromLocal8Bit(zip_strerror(m_archive));
        setErrorString(m_zipError);
        return false;
    }
    m_read = 0;
    m_run = 0;
    m_limitError.clear();
    m_eof = false;
    m_raw.clear();
    m_out.clear();
    m_outPos = 0;
    return QIODevice::open(mode | Unbuffered);
}

void ZipEntryDevice::close()
{
    if (m_file) {
        zip_fclose(m_file);
        m_file = nullptr;
    }
    if (isOpen())
        QIODevice::close();
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    return qMax<qint64>(0, m_size - m_read) + (m_out.size() - m_outPos)
        + QIODevice::bytesAvailable();
}

void ZipEntryDevice::setZipError()
{
    m_zipError = QString::fromLocal8Bit(zip_file_strerror(m_file));
    setErrorString(m_zipError);
}

bool ZipEntryDevice::account(const char *data, qint64 size)
{
    m_read += size;
    if (m_size > 0 && m_read > m_size) {
        m_limitError
            = trDevice(QT_TRANSLATE_NOOP(
                           "Koso::ZipEntryDevice",
                           "it inflates to more than the %L1 bytes the zip states; the file "
                           "is damaged or forged"))
                  .arg(m_size);
    } else if (m_maxBytes >= 0 && m_read > m_maxBytes) {
        m_limitError
            = trDevice(QT_TRANSLATE_NOOP(
                           "Koso::ZipEntryDevice",
                           "it inflates to more than %L1 MB, more than Koso reads from one "
                           "part of a workbook"))
                  .arg(m_maxBytes / (1024 * 1024));
    } else if (m_maxRun > 0 && size > 0) {
        // Neither a tag nor a text may hold '<': a run is the bytes since the last one. Only
        // the first and the last '<' of each chunk are looked for.
        const void *first = memchr(data, '<', size_t(size));
        if (!first) {
            m_run += size;
        } else {
            m_run += static_cast<const char *>(first) - data;
            if (m_run <= m_maxRun) {
                const void *last = memrchr(data, '<', size_t(size));
                m_run = data + size - static_cast<const char *>(last) - 1;
            }
        }
        if (m_run > m_maxRun)
            m_limitError
                = trDevice(QT_TRANSLATE_NOOP(
                               "Koso::ZipEntryDevice",
                               "it holds a tag or a text of more than %L1 KB in one piece; "
                               "no cell of a workbook holds that much (Excel allows 32,767 "
                               "characters)"))
                      .arg(m_maxRun / 1024);
    }
    if (m_limitError.isEmpty())
        return true;
    setErrorString(m_limitError);
    return false;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_file || hasZipError() || hasLimitError())
        return -1;
    if (m_filter)
        return readFiltered(data, maxSize);
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        setZipError();
        return -1;
    }
    if (!account(data, n))
        return -1;
    return n;
}

bool ZipEntryDevice::drain()
{
    if (!m_file || hasZipError() || hasLimitError())
        return false;
    QByteArray scratch(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(m_file, scratch.data(), zip_uint64_t(scratch.size()));
        if (n < 0) {
            setZipError();
            return false;
        }
        if (n == 0)
            return true;
        // What follows the data is not parsed: only its size is bounded.
        m_read += n;
        if ((m_size > 0 && m_read > m_size) || (m_maxBytes >= 0 && m_read > m_maxBytes))
            return account(nullptr, 0);
    }
}

qint64 ZipEntryDevice::readFiltered(char *data, qint64 maxSize)
{
    while (m_outPos >= m_out.size()) {
        if (m_eof)
            return 0;
        m_out.resize(0);
        m_outPos = 0;
        const qsizetype carried = m_raw.size();
        constexpr qsizetype chunk = 64 * 1024;
        m_raw.resize(carried + chunk);
        const zip_int64_t n = zip_fread(m_file, m_raw.data() + carried, zip_uint64_t(chunk));
        if (n < 0) {
            setZipError();
            m_raw.clear();
            return -1;
        }
        if (!account(m_raw.constData() + carried, n)) {
            m_raw.clear();
            return -1;
        }
        m_raw.resize(carried + qsizetype(n));
        if (n == 0)
            m_eof = true;

        const char *p = m_raw.constData();
        const char *end = p + m_raw.size();
        m_out.reserve(m_raw.size());
        while (p < end) {
            const char *lt = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
            if (!lt) {
                m_out.append(p, end - p);
                p = end;
                break;
            }
            m_out.append(p, lt - p);
            const char *gt = static_cast<const char *>(memchr(lt, '>', size_t(end - lt)));
            if (!gt && !m_eof) {
                p = lt; // the tag continues in the next chunk
                break;
            }
            const char *tagEnd = gt ? gt + 1 : end;
            p = tagEnd;
            const qsizetype length = tagEnd - lt;
            const bool selfClosing = gt && gt[-1] == '/';
            if (gt && length > 3 && lt[1] == 'c' && lt[2] == ' ') {
                if (selfClosing)
                    continue; // a cell with no value
                // A number or shared-string index, <c r="B2" t="s"><v>12</v></c>, becomes
                // <c r="B2" t="s" v="12"/>: one element instead of three and a text for the
                // parser. Other values (formula strings, errors, inline text) stay as they are.
                const QByteArrayView tag(lt, length);
                const qsizetype typeAt = tag.indexOf(" t=\"");
                const bool plainValue = typeAt < 0 || tag.sliced(typeAt).startsWith(" t=\"s\"")
                    || tag.sliced(typeAt).startsWith(" t=\"n\"");
                const char *valueStart = gt + 4; // after <v>
                const char *valueEnd = nullptr;
                if (plainValue) {
                    if (end - gt < 12 && !m_eof) {
                        p = lt; // the cell's value continues in the next chunk
                        break;
                    }
                    if (end - gt >= 4 && memcmp(gt + 1, "<v>", 3) == 0) {
                        const char *close = static_cast<const char *>(
                            memchr(valueStart, '<', size_t(end - valueStart)));
                        // A value longer than any number is left as it is, for the reader to
                        // refuse (waiting for its end would rescan it chunk after chunk).
                        if (!close && !m_eof && end - valueStart < 64) {
                            p = lt;
                            break;
                        }
                        if (close && end - close < 8 && !m_eof) {
                            p = lt;
                            break;
                        }
                        if (close && end - close >= 8 && memcmp(close, "</v></c>", 8) == 0) {
                            valueEnd = close;
                            for (const char *q = valueStart; q < close && valueEnd; ++q) {
                                if (*q == '&' || *q == '"')
                                    valueEnd = nullptr;
                            }
                        }
                    }
                }
                // <c r="B2" s="12" t="s">: the style only matters for date formats.
                qsizetype keepTo = length - 1; // the tag without its '>'
                qsizetype skipFrom = -1;
                qsizetype skipTo = -1;
                const qsizetype at = tag.indexOf(" s=\"");
                if (at > 0) {
                    qsizetype k = at + 4;
                    int style = 0;
                    while (k < length && tag[k] >= '0' && tag[k] <= '9')
                        style = style * 10 + (tag[k++] - '0');
                    if (k < length && tag[k] == '"'
                        && !(style < m_dateStyles.size() && m_dateStyles.at(style))) {
                        skipFrom = at;
                        skipTo = k + 1;
                    }
                }
                if (skipFrom > 0) {
                    m_out.append(lt, skipFrom);
                    m_out.append(lt + skipTo, keepTo - skipTo);
                } else {
                    m_out.append(lt, keepTo);
                }
                if (valueEnd) {
                    m_out.append(" v=\"", 4);
                    m_out.append(valueStart, valueEnd - valueStart);
                    m_out.append("\"/>", 3);
                    p = valueEnd + 8; // after </v></c>
                } else {
                    m_out.append('>');
                }
                continue;
            } else if (gt && length > 5 && memcmp(lt + 1, "row", 3) == 0
                       && (lt[4] == ' ' || lt[4] == '>' || lt[4] == '/')) {
                // <row r="14" spans="1:30" ht="13.5" …>: only the row number matters.
                const QByteArrayView tag(lt, length);
                const qsizetype at = tag.indexOf(" r=\"");
                m_out.append("<row", 4);
                if (at > 0) {
                    const qsizetype close = tag.indexOf('"', at + 4);
                    if (close > 0)
                        m_out.append(lt + at, close + 1 - at);
                }
                m_out.append(selfClosing ? "/>" : ">", selfClosing ? 2 : 1);
                continue;
            }
            m_out.append(lt, length);
        }
        m_raw.remove(0, p - m_raw.constData());
    }
    const qint64 n = qMin<qint64>(maxSize, m_out.size() - m_outPos);
    memcpy(data, m_out.constData() + m_outPos, size_t(n));
    m_outPos += n;
    return n;
}

} // namespace Koso
