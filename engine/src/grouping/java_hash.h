// Java hashCode() of tuple values and the index arithmetic Storm builds on it: the fields
// grouping's task choice and the acker choice. Grouper objects live in grouper.h.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include <teacup/sdk/value.h>

namespace teacup::grouping {

// hashCode() of the boxed value Storm would hold for `v` (JDK spec, all int32 wrapping):
// Null → 0; Int → the value; Long → (int)(v ^ v>>>32); Double → the same fold over
// doubleToLongBits (every NaN canonical, -0.0 ≠ 0.0); Bool → 1231/1237; String → String.hashCode
// over UTF-16 code units of the Java-decoded UTF-8 (see java_utf8.h); Bytes → Arrays.hashCode of
// the signed bytes; List → List.hashCode; Map → Σ (keyHash ^ valueHash).
// Difference from Java: a byte[] nested inside a List or Map hashes by content here, where Java
// would use its identity hash (which no two runs share).
std::int32_t javaHashCode(const teacup::Value& v);

// Arrays.deepHashCode over a key: h = 1, then h = 31·h + javaHashCode(e) per element.
std::int32_t javaDeepHashCode(std::span<const teacup::Value> key);

// Long.hashCode: (int)(v ^ (v >>> 32)).
std::int32_t javaLongHashCode(std::int64_t v);
// Double.hashCode: Long.hashCode(doubleToLongBits(v)).
std::int32_t javaDoubleHashCode(double v);
// Arrays.hashCode(byte[]): h = 1, then h = 31·h + (signed) byte.
std::int32_t javaBytesHashCode(std::string_view bytes);

// Math.floorMod(hash, n): the result has the sign of n, so it is in [0, n) for n > 0.
// Precondition: n > 0 (Java throws for 0); returns 0 when n <= 0.
int fieldsIndex(std::int32_t hash, int n);

// Index of the acker task (in the ascending acker task list) that owns root id `rootId`:
// floorMod(31 + Long.hashCode(rootId), nAckers), i.e. a fields grouping on the one field "id"
// holding a Long, as Storm wires its acker inputs. Precondition: nAckers > 0; returns 0 otherwise.
int ackerIndex(std::uint64_t rootId, int nAckers);

} // namespace teacup::grouping
