// Hand-written matchers for SnakeYAML's YAML 1.1 resolver patterns (Resolver.java: BOOL, INT,
// FLOAT, NULL, TIMESTAMP, MERGE) and its number constructors. No std::regex: its recursion
// overflows the stack on long scalars, and a fuzzer will find that.
#include "flux/yaml11_scalar.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace teacup::flux {

namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string_view stripSign(std::string_view s) {
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
    return s;
}

// `[digits_]*` containing at least one digit accepted by `ok`.
template <typename Pred> bool digitsWithUnderscores(std::string_view s, Pred ok) {
    bool any = false;
    for (char c : s) {
        if (c == '_') continue;
        if (!ok(c)) return false;
        any = true;
    }
    return any;
}

// `(:[0-5]?[0-9])+` over the whole of `s`.
bool sexagesimalTail(std::string_view s) {
    if (s.empty()) return false;
    while (!s.empty()) {
        if (s[0] != ':') return false;
        s.remove_prefix(1);
        std::size_t n = 0;
        while (n < s.size() && n < 2 && isDigit(s[n])) ++n;
        if (n == 0) return false;
        if (n == 2 && s[0] > '5') return false;
        s.remove_prefix(n);
    }
    return true;
}

bool matchesInt(std::string_view text) {
    std::string_view r = stripSign(text);
    if (r == "0") return true;
    if (r.size() > 2 && r.substr(0, 2) == "0b")
        return digitsWithUnderscores(r.substr(2), [](char c) { return c == '0' || c == '1'; });
    if (r.size() > 2 && r.substr(0, 2) == "0x") return digitsWithUnderscores(r.substr(2), isHex);
    if (r.size() > 1 && r[0] == '0')
        return digitsWithUnderscores(r.substr(1), [](char c) { return c >= '0' && c <= '7'; });
    if (r.empty() || r[0] < '1' || r[0] > '9') return false;
    std::size_t i = 1;
    while (i < r.size() && (isDigit(r[i]) || r[i] == '_')) ++i;
    return i == r.size() || sexagesimalTail(r.substr(i));
}

// `[-+]?(\.[0-9]+|[0-9_]+(\.[0-9_]*)?)([eE][-+]?[0-9]+)?`
bool matchesDecimalFloat(std::string_view r) {
    std::size_t i = 0;
    if (i < r.size() && r[i] == '.') {
        ++i;
        std::size_t start = i;
        while (i < r.size() && isDigit(r[i])) ++i;
        if (i == start) return false;
    } else {
        std::size_t start = i;
        while (i < r.size() && (isDigit(r[i]) || r[i] == '_')) ++i;
        if (i == start) return false;
        if (i < r.size() && r[i] == '.') {
            ++i;
            while (i < r.size() && (isDigit(r[i]) || r[i] == '_')) ++i;
        }
    }
    if (i < r.size() && (r[i] == 'e' || r[i] == 'E')) {
        ++i;
        if (i < r.size() && (r[i] == '+' || r[i] == '-')) ++i;
        std::size_t start = i;
        while (i < r.size() && isDigit(r[i])) ++i;
        if (i == start) return false;
    }
    return i == r.size();
}

// `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`
bool matchesSexagesimalFloat(std::string_view r) {
    if (r.empty() || !isDigit(r[0])) return false;
    auto dot = r.rfind('.');
    if (dot == std::string_view::npos) return false;
    for (char c : r.substr(dot + 1))
        if (!isDigit(c) && c != '_') return false;
    std::string_view head = r.substr(0, dot);
    std::size_t i = 1;
    while (i < head.size() && (isDigit(head[i]) || head[i] == '_')) ++i;
    return sexagesimalTail(head.substr(i));
}

bool matchesFloat(std::string_view text) {
    if (text == ".nan" || text == ".NaN" || text == ".NAN") return true;
    std::string_view r = stripSign(text);
    if (r == ".inf" || r == ".Inf" || r == ".INF") return true;
    return matchesDecimalFloat(r) || matchesSexagesimalFloat(r);
}

bool digitsExactly(std::string_view s, std::size_t& i, std::size_t min, std::size_t max) {
    std::size_t n = 0;
    while (i < s.size() && n < max && isDigit(s[i])) ++i, ++n;
    return n >= min;
}

// `YYYY-MM-DD` or `YYYY-M-D[Tt ]H:MM:SS[.frac][ ][Z|±H[:MM]]`
bool matchesTimestamp(std::string_view s) {
    std::size_t i = 0;
    if (!digitsExactly(s, i, 4, 4) || i >= s.size() || s[i++] != '-') return false;
    std::size_t monthStart = i;
    if (!digitsExactly(s, i, 1, 2) || i >= s.size() || s[i++] != '-') return false;
    std::size_t dayStart = i;
    if (!digitsExactly(s, i, 1, 2)) return false;
    if (i == s.size()) return i - dayStart == 2 && dayStart - monthStart == 3;
    if (s[i] == 'T' || s[i] == 't') {
        ++i;
    } else {
        std::size_t start = i;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        if (i == start) return false;
    }
    if (!digitsExactly(s, i, 1, 2) || i >= s.size() || s[i++] != ':') return false;
    if (!digitsExactly(s, i, 2, 2) || i >= s.size() || s[i++] != ':') return false;
    if (!digitsExactly(s, i, 2, 2)) return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) ++i;
    }
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i == s.size()) return true;
    if (s[i] == 'Z') return i + 1 == s.size();
    if (s[i] != '+' && s[i] != '-') return false;
    ++i;
    if (!digitsExactly(s, i, 1, 2)) return false;
    if (i < s.size() && s[i] == ':') {
        ++i;
        if (!digitsExactly(s, i, 2, 2)) return false;
    }
    return i == s.size();
}

std::string withoutUnderscores(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '_') out += c;
    return out;
}

// Unsigned magnitude in `radix`; nullopt when a digit is invalid or it passes 2^63.
std::optional<std::uint64_t> parseMagnitude(std::string_view digits, int radix, bool& tooLarge) {
    if (digits.empty()) return std::nullopt;
    std::uint64_t v = 0;
    constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;
    for (char c : digits) {
        int d = isDigit(c)               ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : 99;
        if (d >= radix) return std::nullopt;
        if (tooLarge) continue;
        if (v > (kLimit - static_cast<std::uint64_t>(d)) / static_cast<std::uint64_t>(radix)) tooLarge = true;
        else v = v * static_cast<std::uint64_t>(radix) + static_cast<std::uint64_t>(d);
    }
    if (tooLarge) return std::nullopt;
    return v;
}

std::optional<std::uint64_t> parseSexagesimal(std::string_view s, bool& tooLarge) {
    std::uint64_t total = 0;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto colon = s.find(':', start);
        std::string_view part = s.substr(start, colon == std::string_view::npos ? s.npos : colon - start);
        auto digit = parseMagnitude(part, 10, tooLarge);
        if (!digit) return std::nullopt;
        if (total > ((std::uint64_t{1} << 63) - *digit) / 60) {
            tooLarge = true;
            return std::nullopt;
        }
        total = total * 60 + *digit;
        if (colon == std::string_view::npos) break;
        start = colon + 1;
    }
    return total;
}

std::optional<std::vector<unsigned char>> decodeBase64(std::string_view text) {
    std::vector<unsigned char> out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        int v;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (isDigit(c)) v = c - '0' + 52;
        else if (c == '+') v = 62;
        else if (c == '/') v = 63;
        else if (c == '=' || c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        else return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<unsigned char>((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

ScalarValue intValue(const std::string& text) {
    IntParse parsed = constructInt(text);
    if (parsed.value) return {Value::integer(*parsed.value), {}, false};
    if (parsed.tooLarge)
        return {Value(text), "integer " + text + " does not fit 64 bits; Teacup keeps it as a string", false};
    return {Value(text), "'" + text + "' is not an integer", true};
}

ScalarValue floatValue(const std::string& text) {
    if (auto d = constructFloat(text)) return {Value(*d), {}, false};
    return {Value(text), "'" + text + "' is not a number", true};
}

ScalarValue resolvePlain(const std::string& text) {
    switch (implicitType(text)) {
    case ImplicitType::Null: return {Value(), {}, false};
    case ImplicitType::Bool: return {Value(*boolWord(text)), {}, false};
    case ImplicitType::Int: return intValue(text);
    case ImplicitType::Float: {
        // A few texts match the pattern but not Java's parser (`+_`); they stay strings.
        if (auto d = constructFloat(text)) return {Value(*d), {}, false};
        return {Value(text), {}, false};
    }
    case ImplicitType::Timestamp: // SnakeYAML makes a java.util.Date; Teacup keeps the text
    case ImplicitType::Merge:
    case ImplicitType::String: break;
    }
    return {Value(text), {}, false};
}

} // namespace

ImplicitType implicitType(std::string_view text) {
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return ImplicitType::Null;
    static constexpr std::array<std::string_view, 18> kBools{"yes",  "Yes",  "YES",  "no",    "No",    "NO",
                                                             "true", "True", "TRUE", "false", "False", "FALSE",
                                                             "on",   "On",   "ON",   "off",   "Off",   "OFF"};
    for (auto b : kBools)
        if (text == b) return ImplicitType::Bool;
    const char first = text[0];
    const bool numberStart = isDigit(first) || first == '-' || first == '+' || first == '.';
    if (numberStart && first != '.' && matchesInt(text)) return ImplicitType::Int;
    if (numberStart && matchesFloat(text)) return ImplicitType::Float;
    if (text == "<<") return ImplicitType::Merge;
    if (isDigit(first) && matchesTimestamp(text)) return ImplicitType::Timestamp;
    return ImplicitType::String;
}

std::optional<bool> boolWord(std::string_view text) {
    std::string lower(text);
    for (auto& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lower == "yes" || lower == "true" || lower == "on") return true;
    if (lower == "no" || lower == "false" || lower == "off") return false;
    return std::nullopt;
}

IntParse constructInt(std::string_view text) {
    std::string s = withoutUnderscores(text);
    bool negative = false;
    std::string_view r = s;
    if (!r.empty() && (r[0] == '-' || r[0] == '+')) {
        negative = r[0] == '-';
        r.remove_prefix(1);
    }
    bool tooLarge = false;
    std::optional<std::uint64_t> magnitude;
    if (r == "0") magnitude = 0;
    else if (r.substr(0, 2) == "0b") magnitude = parseMagnitude(r.substr(2), 2, tooLarge);
    else if (r.substr(0, 2) == "0x") magnitude = parseMagnitude(r.substr(2), 16, tooLarge);
    else if (!r.empty() && r[0] == '0') magnitude = parseMagnitude(r.substr(1), 8, tooLarge);
    else if (r.find(':') != std::string_view::npos) magnitude = parseSexagesimal(r, tooLarge);
    else magnitude = parseMagnitude(r, 10, tooLarge);

    IntParse out;
    constexpr std::uint64_t kMaxPositive = std::uint64_t{1} << 63; // one past INT64_MAX
    if (magnitude && (*magnitude < kMaxPositive || (negative && *magnitude == kMaxPositive))) {
        out.value = negative ? static_cast<std::int64_t>(0 - *magnitude) : static_cast<std::int64_t>(*magnitude);
    } else if (magnitude || tooLarge) {
        out.tooLarge = true;
    }
    return out;
}

std::optional<double> constructFloat(std::string_view text) {
    std::string s = withoutUnderscores(text);
    bool negative = false;
    std::string_view r = s;
    if (!r.empty() && (r[0] == '-' || r[0] == '+')) {
        negative = r[0] == '-';
        r.remove_prefix(1);
    }
    const double sign = negative ? -1.0 : 1.0;
    if (r == ".inf" || r == ".Inf" || r == ".INF") return sign * std::numeric_limits<double>::infinity();
    if (r == ".nan" || r == ".NaN" || r == ".NAN") return std::numeric_limits<double>::quiet_NaN();
    if (r.find(':') != std::string_view::npos) {
        double total = 0;
        std::size_t start = 0;
        while (true) {
            auto colon = r.find(':', start);
            std::string_view part = r.substr(start, colon == std::string_view::npos ? r.npos : colon - start);
            double d = 0;
            auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), d);
            if (ec != std::errc() || ptr != part.data() + part.size()) return std::nullopt;
            total = total * 60 + d;
            if (colon == std::string_view::npos) break;
            start = colon + 1;
        }
        return sign * total;
    }
    if (r.empty() || r[0] == '+' || r[0] == '-') return std::nullopt;
    double d = 0;
    auto [ptr, ec] = std::from_chars(r.data(), r.data() + r.size(), d);
    if (ptr != r.data() + r.size()) return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Java's Double.valueOf rounds overflow to infinity and underflow to zero.
        auto e = r.find_first_of("eE");
        bool negativeExponent = e != std::string_view::npos && e + 1 < r.size() && r[e + 1] == '-';
        return sign * (negativeExponent ? 0.0 : std::numeric_limits<double>::infinity());
    }
    if (ec != std::errc()) return std::nullopt;
    return sign * d;
}

ScalarValue resolveScalar(const std::string& text, const std::string& tag) {
    if (tag == "?" || tag.empty()) return resolvePlain(text);
    if (tag == "!") return {Value(text), {}, false};
    if (tag.compare(0, kTagPrefix.size(), kTagPrefix) != 0)
        return {Value(text), "unsupported YAML tag '" + tag + "'; Teacup reads the value as a string", false};
    std::string_view kind = std::string_view(tag).substr(kTagPrefix.size());
    if (kind == "str" || kind == "timestamp") return {Value(text), {}, false};
    if (kind == "int") return intValue(text);
    if (kind == "float") return floatValue(text);
    if (kind == "null") return {Value(), {}, false};
    if (kind == "bool") {
        if (auto b = boolWord(text)) return {Value(*b), {}, false};
        return {Value(text), "'" + text + "' is not a boolean (yes/no/true/false/on/off)", true};
    }
    if (kind == "binary") {
        if (auto bytes = decodeBase64(text))
            return {Value(Bytes{std::string(bytes->begin(), bytes->end())}), {}, false};
        return {Value(text), "!!binary value is not base64", true};
    }
    return {Value(text), "unsupported YAML tag '!!" + std::string(kind) + "'; Teacup reads the value as a string",
            false};
}

bool needsQuotes(std::string_view text) { return implicitType(text) != ImplicitType::String; }

} // namespace teacup::flux
