#include "engine/energy/Rapl.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace fed {

using namespace Qt::StringLiterals;

namespace {

//! The unsigned decimal number a sysfs file holds, or the reason it cannot be had.
std::optional<std::uint64_t> readCounter(const QString& path, QString* why = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = u"%1 is not readable (%2)"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll().trimmed();
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok) {
        if (why)
            *why = u"%1 does not hold a counter"_s.arg(path);
        return std::nullopt;
    }
    return static_cast<std::uint64_t>(value);
}

} // namespace

RaplReader RaplReader::open(const QString& root) {
    RaplReader reader;
    const QDir dir(root);
    if (!dir.exists()) {
        reader.m_reason = u"%1 does not exist (no powercap support)"_s.arg(root);
        return reader;
    }
    // Top-level zones only: intel-rapl:0:0 and the like are parts of a package, already counted.
    static const QRegularExpression zone(u"^intel-rapl:\\d+$"_s);
    QStringList problems;
    const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& entry : entries) {
        if (!zone.match(entry).hasMatch())
            continue;
        const QString base = dir.filePath(entry);
        QFile nameFile(base + u"/name"_s);
        // psys (the whole platform) is also a top-level zone on some laptops; it includes the
        // packages, so adding it would count them twice.
        if (!nameFile.open(QIODevice::ReadOnly) ||
            !nameFile.readAll().trimmed().startsWith("package"))
            continue;
        QString why;
        const auto range = readCounter(base + u"/max_energy_range_uj"_s, &why);
        const auto now = range ? readCounter(base + u"/energy_uj"_s, &why) : std::nullopt;
        if (!range || !now || *range == 0) {
            problems << (why.isEmpty() ? u"%1 has no energy range"_s.arg(base) : why);
            continue;
        }
        reader.m_domains.push_back({base + u"/energy_uj"_s, *range});
    }
    if (!problems.isEmpty()) {
        // Half a machine's packages would be a wrong measurement, not a partial one.
        reader.m_domains.clear();
        reader.m_reason = problems.join(u"; "_s);
    } else if (reader.m_domains.empty()) {
        reader.m_reason = u"%1 has no RAPL package domains"_s.arg(root);
    }
    return reader;
}

std::optional<RaplReader::Sample> RaplReader::sample() const {
    if (m_domains.empty())
        return std::nullopt;
    Sample values;
    values.reserve(m_domains.size());
    for (const Domain& d : m_domains) {
        const auto v = readCounter(d.energyFile);
        if (!v)
            return std::nullopt;
        values.push_back(*v);
    }
    return values;
}

double RaplReader::joulesBetween(const Sample& before, const Sample& after) const {
    double joules = 0.0;
    const std::size_t n = std::min({before.size(), after.size(), m_domains.size()});
    for (std::size_t i = 0; i < n; ++i) {
        // A reading above the range it claims is not a wrap we can undo; count from zero.
        const std::uint64_t range = std::max(m_domains[i].maxRangeUj, before[i]);
        const std::uint64_t delta =
            after[i] >= before[i] ? after[i] - before[i] : range - before[i] + after[i];
        joules += static_cast<double>(delta) * 1e-6;
    }
    return joules;
}

} // namespace fed
