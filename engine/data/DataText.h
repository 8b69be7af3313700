#pragma once
// Internal to fed_data: helpers shared by the loaders and partitioners.

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <cstdint>

namespace fed::data_detail {

//! Error messages reach users, so they go through Qt's translator under one context.
struct DataText {
    Q_DECLARE_TR_FUNCTIONS(DataText)
};

//! Paths in messages are shown the way the platform spells them.
inline QString shownPath(const QString& path) {
    return QDir::toNativeSeparators(path);
}

//! A relative path resolves against the spec's folder, so specs can travel with their data.
inline QString resolvePath(const QString& baseDirectory, const QString& path) {
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDirectory.isEmpty())
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDirectory).filePath(path));
}

//! Stable Rng::stream coordinates under rng_purpose::Partition; never renumber.
namespace partition_stream {
constexpr std::uint64_t Iid = 1;
constexpr std::uint64_t Dirichlet = 2;
constexpr std::uint64_t Shards = 3;
constexpr std::uint64_t Quantity = 4;
constexpr std::uint64_t CsvHoldOut = 100;
} // namespace partition_stream

} // namespace fed::data_detail
