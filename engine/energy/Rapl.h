#pragma once
// Measured energy: the CPU packages' RAPL counters under /sys/class/powercap, read where the
// kernel lets us (since Linux 5.10 energy_uj is root-only by default, so usually it does not).
// A measured figure is always reported beside the modelled one, never in its place.

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace fed {

class RaplReader {
public:
    //! Finds the package domains (intel-rapl:N whose name starts with "package") under `root`
    //! and checks that their counters can be read; unavailable otherwise, with the reason.
    static RaplReader open(const QString& root = QStringLiteral("/sys/class/powercap"));

    bool available() const { return !m_domains.empty(); }
    //! Why no measurement is possible, e.g. "/sys/class/powercap/intel-rapl:0/energy_uj is not
    //! readable (Permission denied)"; empty when available.
    const QString& unavailableReason() const { return m_reason; }
    int packageCount() const { return static_cast<int>(m_domains.size()); }

    using Sample = std::vector<std::uint64_t>; //!< microjoules, one per package
    //! The counters now; nothing when a read fails (the measurement is then not reported).
    std::optional<Sample> sample() const;
    //! Joules used by all packages between two samples. A counter that went backwards wrapped
    //! at its max_energy_range_uj, once: measure intervals shorter than a wrap (minutes).
    double joulesBetween(const Sample& before, const Sample& after) const;

private:
    struct Domain {
        QString energyFile;
        std::uint64_t maxRangeUj = 0;
    };
    std::vector<Domain> m_domains;
    QString m_reason;
};

} // namespace fed
