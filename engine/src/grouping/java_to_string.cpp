// Java toString() of tuple values, for partial key grouping's no-fields key. Double formatting
// follows the Double.toString contract (plain between 1e-3 and 1e7, else computerized
// scientific notation, at least one fraction digit).
#include "grouping/java_to_string.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include "grouping/java_utf8.h"

namespace teacup::grouping {
namespace {

constexpr double kPlainLower = 1e-3;
constexpr double kPlainUpper = 1e7;

// Significant digits (no trailing zeros, at least one) and decimal exponent of `v` (> 0, finite):
// v ≈ D[0].D[1..] × 10^exponent.
struct Decimal {
    std::string digits;
    int exponent = 0;
};

Decimal scientificDigits(double v, int precision) {
    char buf[64];
    const auto res = precision < 0 ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific)
                                   : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific, precision);
    const std::string_view text(buf, static_cast<std::size_t>(res.ptr - buf));
    const std::size_t e = text.find('e');
    Decimal d;
    for (char c : text.substr(0, e))
        if (c != '.') d.digits.push_back(c);
    d.exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
    while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
    return d;
}

// When the shortest round-trip decimal has one digit, Java's Double.toString prints the closest
// two-digit decimal instead (Double.MIN_VALUE → 4.9E-324, not 5.0E-324).
Decimal javaDigits(double v) {
    Decimal d = scientificDigits(v, -1);
    if (d.digits.size() == 1) d = scientificDigits(v, 1);
    return d;
}

void appendPlain(const Decimal& d, std::string& out) {
    if (d.exponent < 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-d.exponent - 1), '0');
        out += d.digits;
        return;
    }
    const auto intDigits = static_cast<std::size_t>(d.exponent) + 1;
    if (d.digits.size() <= intDigits) {
        out += d.digits;
        out.append(intDigits - d.digits.size(), '0');
        out += ".0";
        return;
    }
    out.append(d.digits, 0, intDigits);
    out += '.';
    out.append(d.digits, intDigits);
}

void appendDouble(double v, std::string& out) {
    if (std::isnan(v)) {
        out += "NaN";
        return;
    }
    if (std::signbit(v)) out += '-';
    const double a = std::fabs(v);
    if (std::isinf(a)) {
        out += "Infinity";
        return;
    }
    if (a == 0.0) {
        out += "0.0";
        return;
    }
    const Decimal d = javaDigits(a);
    if (a >= kPlainLower && a < kPlainUpper) {
        appendPlain(d, out);
        return;
    }
    out += d.digits[0];
    out += '.';
    out += d.digits.size() > 1 ? std::string_view(d.digits).substr(1) : std::string_view("0");
    out += 'E';
    out += std::to_string(d.exponent);
}

template <typename Container, typename AppendOne>
void appendJoined(const Container& items, char open, char close, std::string& out, AppendOne appendOne) {
    out += open;
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += ", ";
        first = false;
        appendOne(item);
    }
    out += close;
}

} // namespace

void appendJavaToString(const teacup::Value& value, std::string& out) {
    using teacup::ValueKind;
    switch (value.kind()) {
    case ValueKind::Null: out += "null"; return;
    case ValueKind::Bool: out += value.asBool() ? "true" : "false"; return;
    case ValueKind::Int:
    case ValueKind::Long: out += std::to_string(value.asInt()); return;
    case ValueKind::Double: appendDouble(value.asDouble(), out); return;
    case ValueKind::String: appendJavaUtf8(value.asString(), out); return;
    case ValueKind::Bytes: appendJavaUtf8(value.asBytes().data, out); return;
    case ValueKind::List:
        appendJoined(value.asList(), '[', ']', out, [&out](const teacup::Value& e) { appendJavaToString(e, out); });
        return;
    case ValueKind::Map:
        appendJoined(value.asMap(), '{', '}', out, [&out](const auto& entry) {
            appendJavaUtf8(entry.first, out);
            out += '=';
            appendJavaToString(entry.second, out);
        });
        return;
    }
}

} // namespace teacup::grouping
