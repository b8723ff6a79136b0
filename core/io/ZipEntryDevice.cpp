#include "io/ZipEntryDevice.h"

#include <zip.h>

#include <cstring>

namespace Koso {

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

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_file || hasZipError())
        return -1;
    if (m_dropEmptyCells)
        return readFiltered(data, maxSize);
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_zipError = QString::fromLocal8Bit(zip_file_strerror(m_file));
        setErrorString(m_zipError);
        return -1;
    }
    m_read += n;
    return n;
}

bool ZipEntryDevice::drain()
{
    if (!m_file || hasZipError())
        return false;
    QByteArray scratch(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(m_file, scratch.data(), zip_uint64_t(scratch.size()));
        if (n < 0) {
            m_zipError = QString::fromLocal8Bit(zip_file_strerror(m_file));
            setErrorString(m_zipError);
            return false;
        }
        if (n == 0)
            return true;
        m_read += n;
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
            m_zipError = QString::fromLocal8Bit(zip_file_strerror(m_file));
            setErrorString(m_zipError);
            m_raw.clear();
            return -1;
        }
        m_read += n;
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
            if (gt && end - lt > 2 && lt[1] == 'c' && lt[2] == ' ' && gt[-1] == '/') {
                p = gt + 1; // an empty cell
                continue;
            }
            const char *tagEnd = gt ? gt + 1 : end;
            m_out.append(lt, tagEnd - lt);
            p = tagEnd;
        }
        m_raw.remove(0, p - m_raw.constData());
    }
    const qint64 n = qMin<qint64>(maxSize, m_out.size() - m_outPos);
    memcpy(data, m_out.constData() + m_outPos, size_t(n));
    m_outPos += n;
    return n;
}

} // namespace Koso
