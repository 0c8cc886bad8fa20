// Bit-exact java.util.Random (the 48-bit LCG of the JDK spec). Partial key grouping seeds one
// from the key, so its two candidate tasks match Storm's. Not a general-purpose RNG: Teacup's
// own randomness comes from teacup::Random, seeded by the run.
#pragma once

#include <cstdint>

namespace teacup::grouping {

// Same sequence as `new java.util.Random(seed)` for every method here. Plain value type: cheap
// to construct per call, not thread-safe (one owner at a time).
class JavaRandom {
public:
    explicit JavaRandom(std::int64_t seed) { setSeed(seed); }

    // Random.setSeed: state = (seed ^ 0x5DEECE66D) & (2^48 - 1).
    void setSeed(std::int64_t seed) { m_state = (static_cast<std::uint64_t>(seed) ^ kMultiplier) & kMask; }

    // Random.next(bits), 1 <= bits <= 32: advances the LCG and returns its top `bits` bits,
    // as Java's (int) cast leaves them (bits = 32 can be negative).
    std::int32_t next(int bits) {
        m_state = (m_state * kMultiplier + kAddend) & kMask;
        return static_cast<std::int32_t>(static_cast<std::uint32_t>(m_state >> (48 - bits)));
    }

    std::int32_t nextInt() { return next(32); }

    // Random.nextInt(bound): uniform in [0, bound), with Java's power-of-two shortcut and its
    // rejection loop for other bounds. Precondition: bound > 0 (Java throws); returns 0 otherwise.
    std::int32_t nextInt(std::int32_t bound) {
        if (bound <= 0) return 0;
        std::int32_t r = next(31);
        const std::int32_t m = bound - 1;
        if ((bound & m) == 0) return static_cast<std::int32_t>((static_cast<std::int64_t>(bound) * r) >> 31);
        // Java loops while u - r + m overflows int; the sum is in [0, 2^32), so "overflows" means
        // it exceeds INT32_MAX.
        for (std::int32_t u = r; static_cast<std::int64_t>(u) - (r = u % bound) + m > INT32_MAX; u = next(31)) {}
        return r;
    }

    // Random.nextLong: ((long) next(32) << 32) + next(32), wrapping.
    std::int64_t nextLong() {
        const auto high = static_cast<std::uint64_t>(static_cast<std::int64_t>(next(32)));
        const auto low = static_cast<std::uint64_t>(static_cast<std::int64_t>(next(32)));
        return static_cast<std::int64_t>((high << 32) + low);
    }

    // Random.nextDouble: 53 random bits scaled to [0, 1).
    double nextDouble() {
        const auto high = static_cast<std::int64_t>(next(26));
        const auto low = static_cast<std::int64_t>(next(27));
        return static_cast<double>((high << 27) + low) * 0x1.0p-53;
    }

private:
    static constexpr std::uint64_t kMultiplier = 0x5DEECE66DULL;
    static constexpr std::uint64_t kAddend = 0xBULL;
    static constexpr std::uint64_t kMask = (1ULL << 48) - 1;

    std::uint64_t m_state = 0;
};

} // namespace teacup::grouping
