#pragma once
// The project's own pseudo-random generator (xoshiro256**, seeded by SplitMix64).
// std:: distributions differ between standard libraries; ours are written out here
// so that a spec and a seed give the same partitions, selections and models anywhere,
// which the audit ledger's replay depends on.

#include <cstdint>
#include <initializer_list>
#include <span>
#include <vector>

namespace fed {

class Rng {
public:
    explicit Rng(std::uint64_t seed);

    //! An independent stream for a purpose and its coordinates, e.g. (seed, "shuffle", round,
    //! client).
    static Rng stream(std::uint64_t seed, std::uint64_t purpose,
                      std::initializer_list<std::uint64_t> coordinates = {});

    std::uint64_t next();
    //! Uniform in [0, 1) with 53 random bits.
    double uniform();
    //! Uniform integer in [0, bound), unbiased (Lemire's method).
    std::uint64_t below(std::uint64_t bound);
    //! Standard normal (Marsaglia polar method).
    double normal();
    //! Gamma(shape, 1) (Marsaglia and Tsang 2000; boosted for shape < 1).
    double gamma(double shape);
    //! A point on the simplex drawn from Dirichlet(alpha, ..., alpha) of the given size.
    std::vector<double> dirichlet(double alpha, std::size_t size);

    template <typename T> void shuffle(std::span<T> items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = below(i);
            std::swap(items[i - 1], items[j]);
        }
    }
    template <typename T> void shuffle(std::vector<T>& items) { shuffle(std::span<T>(items)); }

private:
    std::uint64_t m_state[4];
    bool m_hasSpareNormal = false;
    double m_spareNormal = 0.0;
};

//! Stable tags for Rng::stream purposes; never renumber (runs on disk depend on them).
namespace rng_purpose {
constexpr std::uint64_t Partition = 1;
constexpr std::uint64_t Selection = 2;
constexpr std::uint64_t Shuffle = 3;
constexpr std::uint64_t ModelInit = 4;
constexpr std::uint64_t Synthetic = 5;
constexpr std::uint64_t Keys = 6;
constexpr std::uint64_t Adversary = 7;
constexpr std::uint64_t Privacy = 8;
constexpr std::uint64_t Energy = 9;        //!< device assignment and placement (engine/energy)
constexpr std::uint64_t Contribution = 10; //!< Shapley permutations (engine/contribution)
} // namespace rng_purpose

} // namespace fed
