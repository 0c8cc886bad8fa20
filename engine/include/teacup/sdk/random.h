// Randomness for components: seeded per task by the scheduler, so a simulated run repeats
// exactly. Components must draw random numbers from here, never from std::random_device.
#pragma once

#include <cstdint>

namespace teacup {

// SplitMix64-seeded xoshiro256** generator. Not thread-safe; each task owns one.
class Random {
public:
    explicit Random(std::uint64_t seed = 0) { reseed(seed); }

    void reseed(std::uint64_t seed) {
        for (auto& s : m_s) s = splitMix(seed);
    }
    std::uint64_t nextU64() {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n); n must be > 0 (returns 0 otherwise).
    std::uint32_t nextInt(std::uint32_t n) {
        if (n == 0) return 0;
        return static_cast<std::uint32_t>((static_cast<unsigned __int128>(nextU64()) * n) >> 64);
    }
    // Uniform in [0, 1).
    double nextDouble() { return static_cast<double>(nextU64() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t m_s[4];
};

} // namespace teacup
