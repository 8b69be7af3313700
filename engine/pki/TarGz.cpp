#include "engine/pki/TarGz.h"

#include <algorithm>
#include <cstring>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace fed::pki {
namespace {

constexpr qsizetype kBlock = 512;

void putOctal(char* field, std::size_t width, unsigned long long value) {
    // width - 1 octal digits and a NUL, as GNU tar writes them.
    std::string digits(width - 1, '0');
    for (std::size_t i = width - 1; i-- > 0 && value != 0; value >>= 3)
        digits[i] = static_cast<char>('0' + (value & 7U));
    std::memcpy(field, digits.data(), width - 1);
    field[width - 1] = '\0';
}

bool getOctal(const char* field, std::size_t width, unsigned long long& value) {
    value = 0;
    std::size_t i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    bool any = false;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i) {
        value = (value << 3) | static_cast<unsigned>(field[i] - '0');
        any = true;
    }
    for (; i < width; ++i) // the rest may only be padding
        if (field[i] != '\0' && field[i] != ' ')
            return false;
    return any;
}

unsigned checksumOf(const char* header) {
    unsigned sum = 0;
    for (qsizetype i = 0; i < kBlock; ++i)
        sum += (i >= 148 && i < 156) ? unsigned{' '} : static_cast<unsigned char>(header[i]);
    return sum;
}

bool safeName(const std::string& name) {
    if (name.empty() || name.front() == '/')
        return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0)
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

Result<QByteArray> writeTarGz(const std::vector<TarEntry>& entries, long long mtime) {
    QByteArray tar;
    for (const TarEntry& e : entries) {
        if (e.name.size() >= 100 || !safeName(e.name))
            return fail(u"cannot archive '%1': names must be relative and under 100 bytes"_s.arg(
                QString::fromStdString(e.name)));
        QByteArray header(kBlock, '\0');
        char* h = header.data();
        std::memcpy(h, e.name.data(), e.name.size());
        putOctal(h + 100, 8, e.mode & 07777U);
        putOctal(h + 108, 8, 0);
        putOctal(h + 116, 8, 0);
        putOctal(h + 124, 12, e.isDirectory() ? 0 : static_cast<unsigned long long>(e.data.size()));
        putOctal(h + 136, 12, static_cast<unsigned long long>(std::max(0LL, mtime)));
        h[156] = e.isDirectory() ? '5' : '0';
        std::memcpy(h + 257, "ustar", 6);
        std::memcpy(h + 263, "00", 2);
        putOctal(h + 148, 7, checksumOf(h));
        h[155] = ' ';
        tar += header;
        if (!e.isDirectory()) {
            tar += e.data;
            tar += QByteArray((kBlock - e.data.size() % kBlock) % kBlock, '\0');
        }
    }
    tar += QByteArray(2 * kBlock, '\0');

    z_stream zs{};
    // windowBits 15 + 16: a gzip wrapper rather than zlib's own.
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return fail(u"cannot start gzip compression"_s);
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(tar.size()))) + 64,
                   Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(tar.data());
    zs.avail_in = static_cast<uInt>(tar.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = static_cast<qsizetype>(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return fail(u"gzip compression failed"_s);
    out.truncate(written);
    return out;
}

Result<std::vector<TarEntry>> readTarGz(const QByteArray& archive, qsizetype maxBytes) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return fail(u"cannot start gzip decompression"_s);
    QByteArray tar;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(archive.constData()));
    zs.avail_in = static_cast<uInt>(archive.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
        zs.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return fail(u"not a gzip archive, or a corrupt one"_s);
        }
        tar.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(zs.avail_out));
        if (tar.size() > maxBytes) {
            inflateEnd(&zs);
            return fail(u"the archive unpacks to more than %1 bytes"_s.arg(maxBytes));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return fail(u"the gzip archive is truncated"_s);
        }
    }
    inflateEnd(&zs);

    std::vector<TarEntry> entries;
    qsizetype pos = 0;
    while (true) {
        if (pos + kBlock > tar.size())
            return fail(u"the tar archive is truncated (no end marker)"_s);
        const char* h = tar.constData() + pos;
        if (std::all_of(h, h + kBlock, [](char c) { return c == '\0'; }))
            break;
        unsigned long long sum = 0, size = 0, mode = 0;
        if (!getOctal(h + 148, 8, sum) || sum != checksumOf(h))
            return fail(u"tar header at byte %1 has a bad checksum"_s.arg(pos));
        if (!getOctal(h + 124, 12, size) || !getOctal(h + 100, 8, mode))
            return fail(u"tar header at byte %1 is malformed"_s.arg(pos));
        std::string name(h, strnlen(h, 100));
        if (std::memcmp(h + 257, "ustar", 5) == 0 && h[345] != '\0')
            name = std::string(h + 345, strnlen(h + 345, 155)) + '/' + name;
        const char type = h[156];
        pos += kBlock;
        if (type != '0' && type != '\0' && type != '5')
            return fail(u"'%1' in the archive is not a regular file or folder"_s.arg(
                QString::fromStdString(name)));
        if (!safeName(name))
            return fail(u"unsafe name '%1' in the archive"_s.arg(QString::fromStdString(name)));
        TarEntry e;
        e.name = name;
        e.mode = static_cast<unsigned>(mode);
        if (type == '5') {
            if (e.name.back() != '/')
                e.name += '/';
        } else {
            const auto n = static_cast<qsizetype>(size);
            if (size > static_cast<unsigned long long>(tar.size()) || pos + n > tar.size())
                return fail(
                    u"'%1' in the archive is truncated"_s.arg(QString::fromStdString(name)));
            e.data = tar.mid(pos, n);
            pos += (n + kBlock - 1) / kBlock * kBlock;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace fed::pki
