#pragma once

// Zips written byte by byte for the tests of hostile input: sizes, names and flags can be
// anything a real archive (or a forged one) holds.

#include <QByteArray>
#include <QString>
#include <QVector>
#include <QtEndian>

#include <zlib.h>

namespace HandZip {

// One entry of a zip written by hand, so that sizes, names and flags can be anything.
struct ZipEntry
{
    QByteArray name;
    QByteArray data; // as stored: deflated (method 8) or not (method 0)
    quint32 crc = 0;
    quint32 size = 0; // the uncompressed size the zip states
    quint16 method = 8;
    quint16 flags = 0; // bit 0: encrypted
};

inline void put16(QByteArray &b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}

inline void put32(QByteArray &b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}

inline QByteArray zipArchive(const QVector<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, quint32(e.data.size()));
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralAt = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralAt);
    put16(out, 0);
    return out;
}

inline ZipEntry stored(const QString &name, const QByteArray &content)
{
    ZipEntry e;
    e.name = name.toUtf8();
    e.data = content;
    e.method = 0;
    e.size = quint32(content.size());
    e.crc = quint32(
        crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    return e;
}

// A deflated entry with its true size and CRC (UTF-8 name).
inline ZipEntry deflated(const QString &name, const QByteArray &content)
{
    ZipEntry e;
    e.name = name.toUtf8();
    e.flags = 0x0800; // UTF-8 names
    e.size = quint32(content.size());
    e.crc = quint32(
        crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(content.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
    z.avail_in = uInt(content.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(int(z.total_out));
    deflateEnd(&z);
    e.data = out;
    return e;
}

} // namespace HandZip
