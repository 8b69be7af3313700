// Byzantine-robust aggregation rules on the flat updates: coordinate-wise median and trimmed
// mean (Yin et al. 2018), Krum and Multi-Krum (Blanchard et al. 2017). None of them weights by
// sample count: a Byzantine client could claim any count. Ties are broken by the update's
// position (ascending client), so that every result is a function of the ordered input and
// the ledger's replay reproduces it bit for bit; docs/ledger-format.md states the arithmetic.
#include "engine/spec/SpecIO.h"
#include "engine/strategy/StrategyParts.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fed::strategy_detail {
namespace {

// The rules are defined on the order (value, position): equal values rank by the update's
// position (ascending client). The selections below run on plain floats, which is several times
// faster than carrying positions along, and then recover what the position order decides:
// which of several equal values is cut, and the sign of a zero (-0 == +0 as floats).

//! Walks the coordinates in blocks: the block's values of every update are copied into one
//! column per coordinate, in position order (each update's block is read contiguously), and
//! rule(column) gives the aggregated value of that coordinate.
template <typename Rule>
void forEachColumn(std::span<const ClientUpdate* const> updates, std::size_t parameters,
                   std::vector<double>& out, Rule&& rule) {
    constexpr std::size_t kBlock = 256;
    const std::size_t n = updates.size();
    std::vector<float> columns(kBlock * n);
    out.assign(parameters, 0.0);
    for (std::size_t begin = 0; begin < parameters; begin += kBlock) {
        const std::size_t width = std::min(kBlock, parameters - begin);
        for (std::size_t k = 0; k < n; ++k) {
            const float* d = updates[k]->delta.data() + begin;
            for (std::size_t j = 0; j < width; ++j)
                columns[j * n + k] = d[j];
        }
        for (std::size_t j = 0; j < width; ++j)
            out[begin + j] = rule(std::span<const float>(columns.data() + j * n, n));
    }
}

//! The value of rank `rank` in (value, position) order, when plain value order says it is a
//! zero: the zeros rank by position, so the sign is that of the right one.
float zeroOfRank(std::span<const float> column, std::size_t rank) {
    std::size_t below = 0;
    for (float v : column)
        below += v < 0.0f ? 1 : 0;
    std::size_t seen = 0;
    for (float v : column)
        if (v == 0.0f && seen++ == rank - below)
            return v;
    return 0.0f;
}

//! The median by (value, position): the middle value, or (a + b) / 2 in double of the two
//! middle values.
double columnMedian(std::span<const float> column, std::vector<float>& scratch) {
    const std::size_t n = column.size();
    const std::size_t upper = n / 2;
    scratch.assign(column.begin(), column.end());
    std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(upper),
                     scratch.end());
    float high = scratch[upper];
    if (high == 0.0f)
        high = zeroOfRank(column, upper);
    if (n % 2 == 1)
        return high;
    float low =
        *std::max_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(upper));
    if (low == 0.0f)
        low = zeroOfRank(column, upper - 1);
    return (static_cast<double>(low) + static_cast<double>(high)) / 2.0;
}

//! Drops the `trim` smallest and `trim` largest values by (value, position) and averages the
//! rest, adding them in position order (ascending client) in double. With lo the trim-th
//! smallest and hi the trim-th largest value, everything below lo and above hi goes; of the
//! values equal to lo the first ones (by position) go, of those equal to hi the last ones.
double columnTrimmedMean(std::span<const float> column, std::size_t trim,
                         std::vector<float>& scratch) {
    const std::size_t n = column.size();
    double sum = 0.0;
    if (trim == 0) {
        for (float v : column)
            sum += static_cast<double>(v);
        return sum / static_cast<double>(n);
    }
    scratch.assign(column.begin(), column.end());
    const auto first = scratch.begin();
    const auto last = scratch.end();
    const auto cut = static_cast<std::ptrdiff_t>(trim);
    std::nth_element(first, first + cut - 1, last);
    const float lo = scratch[trim - 1];
    // The trim largest are among the values after the trim smallest.
    std::nth_element(first + cut, last - cut, last);
    const float hi = scratch[n - trim];
    std::size_t below = 0, above = 0, equalLo = 0, equalHi = 0;
    for (float v : column) {
        below += v < lo ? 1 : 0;
        above += v > hi ? 1 : 0;
        equalLo += v == lo ? 1 : 0;
        equalHi += v == hi ? 1 : 0;
    }
    const std::size_t cutLo = trim - below; // equal to lo and cut: the first ones
    const std::size_t cutHi = trim - above; // equal to hi and cut: the last ones
    std::size_t seenLo = 0, seenHi = 0;
    for (float v : column) {
        if (v < lo || v > hi)
            continue;
        if (lo == hi) {
            // All kept values equal lo: keep ranks [cutLo, equalLo - cutHi) by position.
            const std::size_t rank = seenLo++;
            if (rank < cutLo || rank >= equalLo - cutHi)
                continue;
        } else if (v == lo) {
            if (seenLo++ < cutLo)
                continue;
        } else if (v == hi) {
            if (seenHi++ >= equalHi - cutHi)
                continue;
        }
        sum += static_cast<double>(v);
    }
    return sum / static_cast<double>(n - 2 * trim);
}

class RobustBase : public Strategy {
public:
    explicit RobustBase(const StrategySettings& s)
        : m_eta(s.serverLearningRate) {}

    Result<std::vector<float>> aggregate(std::span<const float> global,
                                         std::span<const ClientUpdate* const> updates) override {
        if (Status s = checkUpdates(global, updates, true); !s)
            return s.takeError();
        std::vector<float> next(global.begin(), global.end());
        if (updates.empty())
            return next;
        auto robust = combine(updates, global.size());
        if (!robust)
            return robust.takeError();
        for (std::size_t i = 0; i < next.size(); ++i)
            next[i] = static_cast<float>(static_cast<double>(global[i]) + m_eta * (*robust)[i]);
        return next;
    }

protected:
    //! The aggregated update, in double, from at least one update.
    virtual Result<std::vector<double>> combine(std::span<const ClientUpdate* const> updates,
                                                std::size_t parameters) = 0;
    double m_eta;
};

//! Coordinate-wise median (Yin et al. 2018).
class Median final : public RobustBase {
public:
    using RobustBase::RobustBase;
    StrategyKind kind() const override { return StrategyKind::Median; }
    QJsonObject parameters() const override { return {{u"server_learning_rate"_s, m_eta}}; }

protected:
    Result<std::vector<double>> combine(std::span<const ClientUpdate* const> updates,
                                        std::size_t parameters) override {
        std::vector<float> scratch;
        std::vector<double> out;
        forEachColumn(updates, parameters, out,
                      [&](std::span<const float> column) { return columnMedian(column, scratch); });
        return out;
    }
};

//! Coordinate-wise trimmed mean (Yin et al. 2018): per coordinate, floor(beta n) values are cut
//! from each end and the rest averaged.
class TrimmedMean final : public RobustBase {
public:
    explicit TrimmedMean(const StrategySettings& s)
        : RobustBase(s)
        , m_beta(s.trimFraction) {}
    StrategyKind kind() const override { return StrategyKind::TrimmedMean; }
    QJsonObject parameters() const override {
        return {{u"server_learning_rate"_s, m_eta}, {u"trim_fraction"_s, m_beta}};
    }

protected:
    Result<std::vector<double>> combine(std::span<const ClientUpdate* const> updates,
                                        std::size_t parameters) override {
        const std::size_t trim = trimCount(updates.size(), m_beta);
        std::vector<float> scratch;
        std::vector<double> out;
        forEachColumn(updates, parameters, out, [&](std::span<const float> column) {
            return columnTrimmedMean(column, trim, scratch);
        });
        return out;
    }

public:
    //! floor(beta n), computed so that e.g. 0.2 * 10 gives 2 despite 0.2 not being exact; at
    //! most (n - 1) / 2, so that one value always remains.
    static std::size_t trimCount(std::size_t n, double beta) {
        const auto cut = static_cast<std::size_t>(std::floor(beta * static_cast<double>(n) + 1e-9));
        return std::min(cut, n == 0 ? 0 : (n - 1) / 2);
    }

private:
    double m_beta;
};

//! Krum and Multi-Krum (Blanchard et al. 2017). Each update is scored by the summed squared
//! distances to its n - f - 2 nearest neighbours; Krum applies the best-scored update,
//! Multi-Krum the plain mean of the m best (m = n - f by default).
class Krum final : public RobustBase {
public:
    explicit Krum(const StrategySettings& s)
        : RobustBase(s)
        , m_multi(s.kind == StrategyKind::MultiKrum)
        , m_f(s.krumByzantine)
        , m_m(s.multiKrumSelected) {}
    StrategyKind kind() const override {
        return m_multi ? StrategyKind::MultiKrum : StrategyKind::Krum;
    }
    QJsonObject parameters() const override {
        QJsonObject p{{u"server_learning_rate"_s, m_eta}, {u"krum_byzantine"_s, m_f}};
        if (m_multi)
            p.insert(u"multi_krum_m"_s, m_m);
        return p;
    }

    //! Squared Euclidean distances between every pair, [i * n + j]. Each pair sums over the
    //! coordinates in eight lanes (coordinate c goes to lane c mod 8), combined as
    //! ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)): independent lanes run at the speed of
    //! the hardware, and the fixed order keeps the sum reproducible.
    static std::vector<double> pairwiseDistances(std::span<const ClientUpdate* const> updates,
                                                 std::size_t parameters) {
        const std::size_t n = updates.size();
        constexpr std::size_t kLanes = 8;
        constexpr std::size_t kBlock = 1024; // a multiple of kLanes; n blocks fit in L2
        std::vector<double> lanes(n * n * kLanes, 0.0);
        for (std::size_t begin = 0; begin < parameters; begin += kBlock) {
            const std::size_t width = std::min(kBlock, parameters - begin);
            for (std::size_t i = 0; i < n; ++i) {
                const float* a = updates[i]->delta.data() + begin;
                for (std::size_t j = i + 1; j < n; ++j) {
                    const float* b = updates[j]->delta.data() + begin;
                    double* l = lanes.data() + (i * n + j) * kLanes;
                    double acc[kLanes];
                    std::copy_n(l, kLanes, acc);
                    std::size_t c = 0;
                    for (; c + kLanes <= width; c += kLanes)
                        for (std::size_t t = 0; t < kLanes; ++t) {
                            const double diff =
                                static_cast<double>(a[c + t]) - static_cast<double>(b[c + t]);
                            acc[t] += diff * diff;
                        }
                    // Only the model's last block can be ragged, and begin is a multiple of 8,
                    // so coordinate begin + c + t still falls into lane t.
                    for (std::size_t t = 0; c + t < width; ++t) {
                        const double diff =
                            static_cast<double>(a[c + t]) - static_cast<double>(b[c + t]);
                        acc[t] += diff * diff;
                    }
                    std::copy_n(acc, kLanes, l);
                }
            }
        }
        std::vector<double> distances(n * n, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                const double* l = lanes.data() + (i * n + j) * kLanes;
                const double d = ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]));
                distances[i * n + j] = d;
                distances[j * n + i] = d;
            }
        return distances;
    }

    //! Krum's scores: for each update, its n - f - 2 smallest distances to the others (at
    //! least 1 and at most n - 1, when rejections leave fewer updates than 2f + 3), summed in
    //! ascending order.
    static std::vector<double> scores(const std::vector<double>& distances, std::size_t n, int f) {
        const auto wanted = static_cast<std::ptrdiff_t>(n) - f - 2;
        const std::size_t neighbours = n < 2 ? 0
                                             : static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(
                                                   wanted, 1, static_cast<std::ptrdiff_t>(n) - 1));
        std::vector<double> out(n, 0.0);
        std::vector<double> row;
        for (std::size_t i = 0; i < n; ++i) {
            row.clear();
            for (std::size_t j = 0; j < n; ++j)
                if (j != i)
                    row.push_back(distances[i * n + j]);
            std::sort(row.begin(), row.end());
            double sum = 0.0;
            for (std::size_t k = 0; k < neighbours; ++k)
                sum += row[k];
            out[i] = sum;
        }
        return out;
    }

    //! Positions of the updates to average: the m best scores, ties to the earlier position,
    //! returned in ascending position.
    std::vector<std::size_t> choose(std::span<const ClientUpdate* const> updates,
                                    std::size_t parameters) const {
        const std::size_t n = updates.size();
        const auto score = scores(pairwiseDistances(updates, parameters), n, m_f);
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return score[a] < score[b]; });
        std::size_t m = 1;
        if (m_multi) {
            const auto byDefault = static_cast<std::ptrdiff_t>(n) - m_f;
            m = m_m > 0 ? static_cast<std::size_t>(m_m)
                        : static_cast<std::size_t>(std::max<std::ptrdiff_t>(1, byDefault));
            m = std::min(m, n);
        }
        order.resize(m);
        std::sort(order.begin(), order.end());
        return order;
    }

protected:
    Result<std::vector<double>> combine(std::span<const ClientUpdate* const> updates,
                                        std::size_t parameters) override {
        const std::vector<std::size_t> chosen = choose(updates, parameters);
        std::vector<double> out(parameters, 0.0);
        for (std::size_t k : chosen) {
            const float* d = updates[k]->delta.data();
            for (std::size_t i = 0; i < parameters; ++i)
                out[i] += static_cast<double>(d[i]);
        }
        const auto m = static_cast<double>(chosen.size());
        if (chosen.size() > 1)
            for (double& v : out)
                v /= m;
        return out;
    }

private:
    bool m_multi;
    int m_f;
    int m_m;
};

} // namespace

std::unique_ptr<Strategy> makeRobust(const StrategySettings& settings) {
    switch (settings.kind) {
    case StrategyKind::Median:
        return std::make_unique<Median>(settings);
    case StrategyKind::TrimmedMean:
        return std::make_unique<TrimmedMean>(settings);
    default:
        return std::make_unique<Krum>(settings);
    }
}

} // namespace fed::strategy_detail
