#pragma once
// The privacy accountant: Renyi differential privacy (Mironov 2017) of the sampled Gaussian
// mechanism (Mironov, Talwar and Zhang 2019), composed over rounds and converted to
// (epsilon, delta). docs/privacy.md gives the formulas and the papers.

#include <span>
#include <vector>

namespace fed {

//! The Renyi orders tracked: 1.25 to 10.75 in steps of 0.25, every integer from 11 to 64, then
//! 80, 96, 128, 192, 256 and 512. Epsilon is the best over them.
std::span<const double> defaultRdpOrders();

//! RDP at order `alpha` > 1 of one application of the Gaussian mechanism with sensitivity 1 and
//! noise standard deviation `sigma`, to a batch in which each record took part with probability
//! `q` independently (Poisson sampling; add/remove-one adjacency). q = 1 is the plain Gaussian
//! mechanism, alpha / (2 sigma^2). Integer orders use the binomial expansion; fractional orders
//! the two convergent series of Mironov, Talwar and Zhang (2019), section 3.3. +inf when sigma
//! is 0 and q > 0.
double sampledGaussianRdp(double q, double sigma, double alpha);

//! Epsilon for `delta` from an RDP curve, with the conversion of Balle et al. (2020), Theorem 21:
//! eps = rdp(alpha) + log((alpha - 1) / alpha) - (log delta + log alpha) / (alpha - 1),
//! minimised over the orders and never below 0.
struct PrivacySpent {
    double epsilon = 0.0;
    double order = 0.0; //!< the order that gave it (0 when nothing was spent)
};
PrivacySpent epsilonFromRdp(std::span<const double> orders, std::span<const double> rdp,
                            double delta);

//! Composes mechanisms over rounds: RDP adds up order by order.
class RdpAccountant {
public:
    explicit RdpAccountant(std::span<const double> orders = defaultRdpOrders());

    //! `steps` rounds of the sampled Gaussian mechanism (noise multiplier `sigma`, rate `q`).
    void addSampledGaussian(double q, double sigma, int steps = 1);
    PrivacySpent spent(double delta) const;
    //! The epsilon after `steps` more rounds of the same mechanism, without recording them
    //! (what the budget check asks before a round starts).
    PrivacySpent spentAfter(double q, double sigma, int steps, double delta) const;

    const std::vector<double>& orders() const { return m_orders; }
    const std::vector<double>& rdp() const { return m_rdp; }

private:
    std::vector<double> m_orders;
    std::vector<double> m_rdp;
};

} // namespace fed
