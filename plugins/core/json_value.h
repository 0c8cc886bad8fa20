// JSON text to tuple Values for the core pack's file spouts; parsing is nlohmann-json's, the
// mapping onto Value kinds (Int/Long/Double, lists, maps) is ours.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <teacup/sdk/value.h>

namespace teacup::core {

struct JsonParse {
    std::optional<Value> value;  // set on success
    std::string error;           // parser message on failure, e.g. "syntax error ... column 7"
};

// Parses one JSON document. Integers become Value::integer (Int when they fit 32 bits, else
// Long, as Storm's JSON decoder does); unsigned values past int64 and fractions become Double.
JsonParse parseJsonValue(std::string_view text);

} // namespace teacup::core
