// Text forms of tuple values (see value_text.h); no I/O here, callers decide where text goes.
#include "value_text.h"

#include <charconv>

namespace teacup::core {

namespace {

std::string formatDouble(double d) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
    if (ec != std::errc()) return "NaN";
    std::string text(buffer, end);
    // Java prints a whole double with ".0"; keep that so 2.0 never reads as the integer 2.
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
}

std::string formatMap(const ValueMap& map, StringStyle style) {
    std::string out = "{";
    bool first = true;
    for (const auto& [key, v] : map) {
        if (!first) out += ", ";
        first = false;
        out += style == StringStyle::Quoted ? "\"" + key + "\": " : key + "=";
        out += formatValue(v, style);
    }
    return out + "}";
}

} // namespace

std::string formatValue(const Value& value, StringStyle style) {
    switch (value.kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return value.asBool() ? "true" : "false";
    case ValueKind::Int:
    case ValueKind::Long: return std::to_string(value.asInt());
    case ValueKind::Double: return formatDouble(value.asDouble());
    case ValueKind::String: return style == StringStyle::Quoted ? "\"" + value.asString() + "\"" : value.asString();
    case ValueKind::Bytes: return "<" + std::to_string(value.asBytes().data.size()) + " bytes>";
    case ValueKind::List: return formatValues(value.asList(), style, "[", "]");
    case ValueKind::Map: return formatMap(value.asMap(), style);
    }
    return "?";
}

std::string formatValues(const ValueList& values, StringStyle style, const char* open, const char* close) {
    std::string out = open;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += formatValue(values[i], style);
    }
    return out + close;
}

std::string formatValues(const Values& values, StringStyle style) { return formatValues(values, style, "[", "]"); }

std::string countKey(const Value& value) {
    const char tag = static_cast<char>('0' + static_cast<int>(value.kind()));
    if (value.isString()) return tag + value.asString();
    return tag + formatValue(value, StringStyle::Quoted);
}

} // namespace teacup::core
