// Java hashCode() rules for Teacup values (the JDK contracts Storm's fields grouping relies on), computed in place
// without building Java-shaped copies; index helpers for fields grouping and acker choice.
#include "grouping/java_hash.h"

#include <bit>
#include <cmath>

#include "grouping/java_utf8.h"

namespace teacup::grouping {
namespace {

constexpr std::int32_t kTrueHash = 1231;
constexpr std::int32_t kFalseHash = 1237;
constexpr std::uint64_t kCanonicalNaNBits = 0x7FF8000000000000ULL; // Double.doubleToLongBits(NaN)

// Unsigned so that overflow wraps as Java's int arithmetic does.
std::uint32_t step(std::uint32_t h, std::int32_t element) { return 31U * h + static_cast<std::uint32_t>(element); }

std::int32_t listHashCode(const teacup::ValueList& list) {
    std::uint32_t h = 1;
    for (const teacup::Value& e : list) h = step(h, javaHashCode(e));
    return static_cast<std::int32_t>(h);
}

std::int32_t mapHashCode(const teacup::ValueMap& map) {
    std::uint32_t sum = 0;
    for (const auto& [key, value] : map)
        sum += static_cast<std::uint32_t>(javaStringHashCode(key) ^ javaHashCode(value));
    return static_cast<std::int32_t>(sum);
}

} // namespace

std::int32_t javaLongHashCode(std::int64_t v) {
    const auto bits = static_cast<std::uint64_t>(v);
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(bits ^ (bits >> 32)));
}

std::int32_t javaDoubleHashCode(double v) {
    const std::uint64_t bits = std::isnan(v) ? kCanonicalNaNBits : std::bit_cast<std::uint64_t>(v);
    return javaLongHashCode(static_cast<std::int64_t>(bits));
}

std::int32_t javaBytesHashCode(std::string_view bytes) {
    std::uint32_t h = 1;
    for (char b : bytes) h = step(h, static_cast<std::int8_t>(b));
    return static_cast<std::int32_t>(h);
}

std::int32_t javaHashCode(const teacup::Value& v) {
    using teacup::ValueKind;
    switch (v.kind()) {
    case ValueKind::Null: return 0;
    case ValueKind::Bool: return v.asBool() ? kTrueHash : kFalseHash;
    case ValueKind::Int: return v.rawInt();
    case ValueKind::Long: return javaLongHashCode(v.rawLong());
    case ValueKind::Double: return javaDoubleHashCode(v.asDouble());
    case ValueKind::String: return javaStringHashCode(v.asString());
    case ValueKind::Bytes: return javaBytesHashCode(v.asBytes().data);
    case ValueKind::List: return listHashCode(v.asList());
    case ValueKind::Map: return mapHashCode(v.asMap());
    }
    return 0;
}

std::int32_t javaDeepHashCode(std::span<const teacup::Value> key) {
    std::uint32_t h = 1;
    for (const teacup::Value& e : key) h = step(h, javaHashCode(e));
    return static_cast<std::int32_t>(h);
}

int fieldsIndex(std::int32_t hash, int n) {
    if (n <= 0) return 0;
    const int r = hash % n; // n > 0, so no INT_MIN / -1 overflow
    return r < 0 ? r + n : r;
}

int ackerIndex(std::uint64_t rootId, int nAckers) {
    // One-field key [Long R]: deepHashCode = 31·1 + Long.hashCode(R), wrapping.
    const auto keyHash = static_cast<std::int32_t>(step(1, javaLongHashCode(static_cast<std::int64_t>(rootId))));
    return fieldsIndex(keyHash, nAckers);
}

} // namespace teacup::grouping
