#include "engine/privacy/Accountant.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace fed {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> makeOrders() {
    std::vector<double> orders;
    for (int i = 5; i <= 43; ++i) // 1.25, 1.5, ..., 10.75
        orders.push_back(i / 4.0);
    for (int a = 11; a <= 64; ++a)
        orders.push_back(a);
    for (double a : {80.0, 96.0, 128.0, 192.0, 256.0, 512.0})
        orders.push_back(a);
    return orders;
}

//! log(exp(a) + exp(b)) without overflow.
double logAdd(double a, double b) {
    if (a == -kInf)
        return b;
    if (b == -kInf)
        return a;
    const double hi = std::max(a, b);
    return hi + std::log1p(std::exp(std::min(a, b) - hi));
}

//! log(erfc(x)); erfc underflows past x ~ 26, where the asymptotic series takes over.
double logErfc(double x) {
    if (x < 25.0)
        return std::log(std::erfc(x));
    const double x2 = x * x;
    return -x2 - std::log(x) - 0.5 * std::log(std::numbers::pi) +
           std::log1p(-1.0 / (2.0 * x2) + 3.0 / (4.0 * x2 * x2) - 15.0 / (8.0 * x2 * x2 * x2));
}

double logBinomial(double n, double k) {
    return std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0);
}

//! log A_alpha for integer alpha: A = sum_k C(alpha, k) (1 - q)^(alpha - k) q^k
//! exp((k^2 - k) / (2 sigma^2)), every term positive.
double logAInteger(double q, double sigma, int alpha) {
    double logA = -kInf;
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    for (int k = 0; k <= alpha; ++k) {
        const double kd = k;
        const double term = logBinomial(alpha, kd) + (alpha - kd) * log1mQ + kd * logQ +
                            (kd * kd - kd) / (2.0 * sigma * sigma);
        logA = logAdd(logA, term);
    }
    return logA;
}

//! log A_alpha for fractional alpha. With mu0 = N(0, sigma^2), r(z) = exp((2z - 1) / (2 sigma^2))
//! the likelihood ratio of N(1, sigma^2) to mu0, A = E_mu0[(1 - q + q r)^alpha]. Below
//! z0 = sigma^2 log(1/q - 1) + 1/2, q r < 1 - q and the generalised binomial series in q r
//! converges; above it, the series in (1 - q) does. Each term's Gaussian integral over its half
//! line is a shifted normal tail, which is where the erfc factors come from.
double logAFractional(double q, double sigma, double alpha) {
    const double s2 = sigma * sigma;
    const double z0 = s2 * std::log(1.0 / q - 1.0) + 0.5;
    const double logQ = std::log(q);
    const double log1mQ = std::log1p(-q);
    const double root2Sigma = std::sqrt(2.0) * sigma;
    // Positive and negative terms are summed apart in log space; C(alpha, i) changes sign for
    // i > alpha, and the alternating tail is what makes the series converge.
    double logPositive = -kInf;
    double logNegative = -kInf;
    double logCoef = 0.0; // log |C(alpha, i)|
    bool negative = false;
    constexpr int kMaxTerms = 200000;
    for (int i = 0; i < kMaxTerms; ++i) {
        if (i > 0) {
            const double factor = (alpha - i + 1.0) / i;
            logCoef += std::log(std::abs(factor));
            if (factor < 0)
                negative = !negative;
        }
        const double id = i;
        const double j = alpha - id;
        const double t0 = logCoef + id * logQ + j * log1mQ + (id * id - id) / (2.0 * s2) +
                          std::log(0.5) + logErfc((id - z0) / root2Sigma);
        const double t1 = logCoef + j * logQ + id * log1mQ + (j * j - j) / (2.0 * s2) +
                          std::log(0.5) + logErfc((z0 - j) / root2Sigma);
        const double term = logAdd(t0, t1);
        if (negative)
            logNegative = logAdd(logNegative, term);
        else
            logPositive = logAdd(logPositive, term);
        // Past alpha the terms alternate and shrink: stop once they no longer move the sum.
        if (id > alpha + 1.0 && term < logPositive - 40.0)
            break;
    }
    if (logNegative == -kInf)
        return logPositive;
    return logPositive + std::log1p(-std::exp(logNegative - logPositive));
}

} // namespace

std::span<const double> defaultRdpOrders() {
    static const std::vector<double> orders = makeOrders();
    return orders;
}

double sampledGaussianRdp(double q, double sigma, double alpha) {
    if (q <= 0.0)
        return 0.0;
    if (sigma <= 0.0)
        return kInf;
    if (q >= 1.0)
        return alpha / (2.0 * sigma * sigma);
    const double logA = alpha == std::floor(alpha) ? logAInteger(q, sigma, static_cast<int>(alpha))
                                                   : logAFractional(q, sigma, alpha);
    // Rounding can leave log A a hair below 0 when almost nothing is spent.
    return std::max(0.0, logA / (alpha - 1.0));
}

PrivacySpent epsilonFromRdp(std::span<const double> orders, std::span<const double> rdp,
                            double delta) {
    PrivacySpent best{kInf, 0.0};
    bool any = false;
    for (std::size_t i = 0; i < orders.size() && i < rdp.size(); ++i) {
        const double a = orders[i];
        if (!std::isfinite(rdp[i]))
            continue;
        if (rdp[i] == 0.0) {
            best = {0.0, 0.0};
            return best;
        }
        const double eps =
            rdp[i] + std::log1p(-1.0 / a) - (std::log(delta) + std::log(a)) / (a - 1.0);
        if (!any || eps < best.epsilon)
            best = {eps, a};
        any = true;
    }
    best.epsilon = std::max(0.0, best.epsilon);
    return best;
}

RdpAccountant::RdpAccountant(std::span<const double> orders)
    : m_orders(orders.begin(), orders.end())
    , m_rdp(m_orders.size(), 0.0) {}

void RdpAccountant::addSampledGaussian(double q, double sigma, int steps) {
    for (std::size_t i = 0; i < m_orders.size(); ++i)
        m_rdp[i] += steps * sampledGaussianRdp(q, sigma, m_orders[i]);
}

PrivacySpent RdpAccountant::spent(double delta) const {
    return epsilonFromRdp(m_orders, m_rdp, delta);
}

PrivacySpent RdpAccountant::spentAfter(double q, double sigma, int steps, double delta) const {
    std::vector<double> rdp = m_rdp;
    for (std::size_t i = 0; i < m_orders.size(); ++i)
        rdp[i] += steps * sampledGaussianRdp(q, sigma, m_orders[i]);
    return epsilonFromRdp(m_orders, rdp, delta);
}

} // namespace fed
