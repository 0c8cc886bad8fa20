// YAML 1.1 scalar rules as SnakeYAML (the parser inside Storm's Flux) applies them: which
// plain scalars are booleans, nulls, integers, floats or dates, and how numbers are read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <teacup/sdk/value.h>

namespace teacup::flux {

// What SnakeYAML's implicit resolver makes of a plain (unquoted, untagged) scalar.
enum class ImplicitType { Null, Bool, Int, Float, Timestamp, Merge, String };

ImplicitType implicitType(std::string_view text);

// `yes/no/on/off/true/false`, lower case after folding (SnakeYAML's ConstructYamlBool); the
// implicit resolver is stricter and only knows the three spellings yes, Yes and YES.
std::optional<bool> boolWord(std::string_view text);

struct IntParse {
    std::optional<std::int64_t> value; // set when the text is an integer that fits 64 bits
    bool tooLarge = false;             // an integer, but beyond 64 bits (Java BigInteger)
};
// SnakeYAML's ConstructYamlInt: `_` separators, sign, 0b binary, 0x hex, leading-0 octal,
// base 60 (`1:30` is 90). It does not check the implicit pattern, so "2.0" fails.
IntParse constructInt(std::string_view text);

// SnakeYAML's ConstructYamlFloat: `_` separators, `.inf`, `.nan`, base 60, Java's
// Double.valueOf for the rest (overflow gives infinity).
std::optional<double> constructFloat(std::string_view text);

// A resolved scalar, or the reason it could not be read (reported by the caller).
struct ScalarValue {
    Value value;
    std::string problem;  // empty when fine
    bool isError = false; // problem is an error rather than a warning
};

// `tag` is yaml-cpp's: "?" plain, "!" quoted or block, or an explicit tag such as
// "tag:yaml.org,2002:int".
ScalarValue resolveScalar(const std::string& text, const std::string& tag);

// True when `text` written as a plain scalar would not read back as the same string.
bool needsQuotes(std::string_view text);

} // namespace teacup::flux
