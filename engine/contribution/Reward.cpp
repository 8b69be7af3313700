#include "engine/contribution/Reward.h"

#include <algorithm>
#include <cmath>

namespace fed {

std::vector<double> proportionalRewards(std::span<const double> scores,
                                        std::span<const double> joules, double pool,
                                        double energyWeight) {
    const std::size_t n = scores.size();
    std::vector<double> a(n, 0.0);
    std::vector<double> e(n, 0.0);
    double sumA = 0.0;
    double sumE = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        a[i] = std::isfinite(scores[i]) ? std::max(0.0, scores[i]) : 0.0;
        const double j = i < joules.size() ? joules[i] : 0.0;
        e[i] = (std::isfinite(j) && j > 0.0) ? a[i] / j : 0.0;
        sumA += a[i];
        sumE += e[i];
    }
    std::vector<double> w(n, 0.0);
    double sumW = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double byScore = sumA > 0.0 ? a[i] / sumA : 0.0;
        const double byEnergy = sumE > 0.0 ? e[i] / sumE : 0.0;
        w[i] = (1.0 - energyWeight) * byScore + energyWeight * byEnergy;
        sumW += w[i];
    }
    std::vector<double> rewards(n, 0.0);
    if (sumW > 0.0)
        for (std::size_t i = 0; i < n; ++i)
            rewards[i] = pool * w[i] / sumW;
    return rewards;
}

bool sameAmount(double a, double b) {
    if (a == b)
        return true;
    if (!std::isfinite(a) || !std::isfinite(b))
        return false;
    return std::abs(a - b) <= 1e-12 + 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace fed
