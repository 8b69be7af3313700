#pragma once
// A minimal ustar writer and reader with gzip (zlib), for node kits: one archive per node that
// `tar xzf` unpacks and loadNodeKit reads in memory, without depending on a `tar` binary.
// Only what kits need: regular files and directories, names up to 100 bytes, no links.

#include "engine/core/Result.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace fed::pki {

struct TarEntry {
    std::string name; //!< relative path; directories end with '/'
    unsigned mode = 0644;
    QByteArray data; //!< empty for directories
    bool isDirectory() const { return !name.empty() && name.back() == '/'; }
};

//! The gzip-compressed ustar archive of `entries`, in order; `mtime` in seconds since 1970.
Result<QByteArray> writeTarGz(const std::vector<TarEntry>& entries, long long mtime);

//! Parses a gzip-compressed ustar archive; refuses absolute names, "..", links and devices,
//! bad header checksums, truncation, and more than `maxBytes` unpacked.
Result<std::vector<TarEntry>> readTarGz(const QByteArray& archive,
                                        qsizetype maxBytes = 64 * 1024 * 1024);

} // namespace fed::pki
