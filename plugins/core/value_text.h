// Text forms of tuple values for the core pack: Java-style lists for printers and logs,
// JSON-like quoting for refusal messages, and a typed key for per-value counters.
#pragma once

#include <string>

#include <teacup/sdk/value.h>

namespace teacup::core {

enum class StringStyle { Bare, Quoted };

// Java's List.toString shape: [the, 1, {k=v}]. Quoted style writes strings as "the" so a
// refusal message shows exactly what the YAML gave.
std::string formatValue(const Value& value, StringStyle style = StringStyle::Bare);
std::string formatValues(const Values& values, StringStyle style = StringStyle::Bare);
std::string formatValues(const ValueList& values, StringStyle style, const char* open, const char* close);

// A map key that keeps kinds apart, so the word "1" and the integer 1 count separately
// (Java's HashMap compares them with equals, which differs by class).
std::string countKey(const Value& value);

} // namespace teacup::core
