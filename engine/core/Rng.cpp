#include "engine/core/Rng.h"

#include <cmath>

namespace fed {
namespace {

std::uint64_t splitMix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(std::uint64_t seed) {
    for (auto& word : m_state)
        word = splitMix64(seed);
}

Rng Rng::stream(std::uint64_t seed, std::uint64_t purpose,
                std::initializer_list<std::uint64_t> coordinates) {
    // Mix every coordinate through SplitMix64 so nearby coordinates give unrelated streams.
    std::uint64_t mix = seed;
    std::uint64_t h = splitMix64(mix);
    mix ^= purpose * 0xd1b54a32d192ed03ULL;
    h ^= splitMix64(mix);
    for (std::uint64_t c : coordinates) {
        mix ^= c + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
        h = rotl(h, 17) ^ splitMix64(mix);
    }
    return Rng(h);
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double Rng::uniform() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

// __int128 is a GCC/Clang extension; Lemire's method needs the 128-bit product.
__extension__ typedef unsigned __int128 Uint128;

std::uint64_t Rng::below(std::uint64_t bound) {
    if (bound <= 1)
        return 0;
    Uint128 m = static_cast<Uint128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = static_cast<Uint128>(next()) * bound;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Rng::normal() {
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    double u, v, s;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpareNormal = true;
    return u * factor;
}

double Rng::gamma(double shape) {
    if (shape < 1.0) {
        // Gamma(a) = Gamma(a + 1) * U^(1/a).
        const double u = uniform();
        return gamma(shape + 1.0) * std::pow(u > 0.0 ? u : 0x1.0p-53, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v;
        if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

std::vector<double> Rng::dirichlet(double alpha, std::size_t size) {
    std::vector<double> p(size);
    double sum = 0.0;
    for (auto& x : p) {
        x = gamma(alpha);
        sum += x;
    }
    if (sum <= 0.0) {
        // Every draw underflowed (tiny alpha): all mass on one coordinate, still a valid draw.
        p.assign(size, 0.0);
        p[below(size)] = 1.0;
        return p;
    }
    for (auto& x : p)
        x /= sum;
    return p;
}

} // namespace fed
