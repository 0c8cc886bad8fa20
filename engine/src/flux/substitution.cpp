// Placeholder substitution as Flux's FluxParser does it, line by line on raw text (comments
// included), keeping a map back to the original positions. See docs/topology-format.md.
#include "flux/substitution.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

namespace teacup::flux {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Java's Properties.load escapes: \t \n \r \f \uXXXX, and `\x` is `x`.
std::string unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        switch (c) {
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            unsigned cp = 0;
            std::size_t n = 0;
            while (n < 4 && i + 1 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1]))) {
                char h = s[++i];
                cp = cp * 16 + static_cast<unsigned>(
                                   std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (h | 0x20) - 'a' + 10);
                ++n;
            }
            appendUtf8(out, cp);
            break;
        }
        default: out += c;
        }
    }
    return out;
}

// Physical lines joined where a line ends in an odd number of backslashes.
std::vector<std::string> logicalLines(std::string_view text) {
    std::vector<std::string> lines;
    std::string current;
    bool continuing = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (continuing) {
            while (!line.empty() && isBlank(line.front())) line.remove_prefix(1);
        } else {
            std::string_view t = trimmed(line);
            if (t.empty() || t.front() == '#' || t.front() == '!') {
                if (end == std::string_view::npos) break;
                start = end + 1;
                continue;
            }
        }
        std::size_t backslashes = 0;
        while (backslashes < line.size() && line[line.size() - 1 - backslashes] == '\\') ++backslashes;
        continuing = backslashes % 2 == 1;
        current += continuing ? line.substr(0, line.size() - 1) : line;
        if (!continuing) {
            lines.push_back(std::move(current));
            current.clear();
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    if (!current.empty()) lines.push_back(std::move(current));
    return lines;
}

std::optional<std::string> listElement(const std::string& listText, std::size_t index) {
    std::string_view s = trimmed(listText);
    if (!s.empty() && s.front() == '[') s.remove_prefix(1);
    if (!s.empty() && s.back() == ']') s.remove_suffix(1);
    std::size_t i = 0;
    std::size_t start = 0;
    while (true) {
        auto comma = s.find(',', start);
        if (i == index) {
            std::string_view e = trimmed(s.substr(start, comma == std::string_view::npos ? s.npos : comma - start));
            if (e.size() >= 2 && (e.front() == '"' || e.front() == '\'') && e.back() == e.front())
                e = e.substr(1, e.size() - 2);
            return std::string(e);
        }
        if (comma == std::string_view::npos) return std::nullopt;
        start = comma + 1;
        ++i;
    }
}

struct Lookup {
    std::optional<std::string> value;
    std::string hint;
};

// Flux's order: the property itself, then `key[N]` of a list property, then `ENV-NAME`.
Lookup lookup(const std::string& var, const SubstitutionSettings& settings) {
    if (settings.properties) {
        if (auto it = settings.properties->find(var); it != settings.properties->end()) return {it->second, {}};
        auto open = var.rfind('[');
        if (open != std::string::npos && open > 0 && var.back() == ']' && open + 2 < var.size()) {
            std::string digits = var.substr(open + 1, var.size() - open - 2);
            bool allDigits = digits.size() < 9 && digits.find_first_not_of("0123456789") == std::string::npos;
            auto it = settings.properties->find(var.substr(0, open));
            if (allDigits && it != settings.properties->end()) {
                if (auto e = listElement(it->second, std::stoul(digits))) return {e, {}};
                return {std::nullopt, "property '" + it->first + "' has no element " + digits};
            }
        }
    }
    if (var.rfind("ENV-", 0) == 0) {
        std::string name = var.substr(4);
        if (!settings.envFilter)
            return {std::nullopt, "turn on the environment filter (--env-filter) to read $" + name};
        if (const char* env = std::getenv(name.c_str())) return {std::string(env), {}};
        return {std::nullopt, "environment variable " + name + " is not set"};
    }
    if (!settings.properties)
        return {std::nullopt, "give a --filter properties file that defines '" + var +
                                  "' (Storm's Flux fails on any ${...} when no --filter is given)"};
    return {std::nullopt, "define '" + var + "' in the --filter properties file"};
}

struct Placeholder {
    std::size_t start; // of `${`
    std::size_t end;   // one past `}`
    std::string var;
};

std::vector<Placeholder> findPlaceholders(std::string_view line) {
    std::vector<Placeholder> found;
    std::size_t pos = 0;
    while ((pos = line.find("${", pos)) != std::string_view::npos) {
        auto close = line.find('}', pos + 2);
        if (close == std::string_view::npos) break;
        auto inner = line.find("${", pos + 2);
        if (inner != std::string_view::npos && inner < close) {
            pos = inner; // innermost placeholder wins: `${a${b}}` substitutes `${b}`
            continue;
        }
        if (close > pos + 2) found.push_back({pos, close + 1, std::string(line.substr(pos + 2, close - pos - 2))});
        pos = close + 1;
    }
    return found;
}

// Builds output lines and their position segments; text may contain newlines.
class LineBuilder {
public:
    LineBuilder(std::string& out, PositionMap& map, int originalLine) : m_out(out), m_map(map) {
        m_line.originalLine = originalLine;
    }
    void append(std::string_view text, int originalColumn, bool verbatim) {
        std::size_t start = 0;
        while (true) {
            auto nl = text.find('\n', start);
            std::string_view piece = text.substr(start, nl == std::string_view::npos ? text.npos : nl - start);
            if (!piece.empty())
                m_line.segments.push_back({m_column, originalColumn + (verbatim ? static_cast<int>(start) : 0),
                                           static_cast<int>(piece.size()), verbatim});
            m_out += piece;
            m_column += static_cast<int>(piece.size());
            if (nl == std::string_view::npos) break;
            m_out += '\n';
            finishLine();
            start = nl + 1;
        }
    }
    void finishLine() {
        int original = m_line.originalLine;
        m_map.addLine(std::move(m_line));
        m_line = PositionMap::Line{original, {}};
        m_column = 0;
    }

private:
    std::string& m_out;
    PositionMap& m_map;
    PositionMap::Line m_line;
    int m_column = 0;
};

void substituteLine(std::string_view line, int lineIndex, const SubstitutionSettings& settings,
                    Diagnostics& diagnostics, LineBuilder& builder) {
    auto placeholders = findPlaceholders(line);
    std::set<std::string> distinct;
    for (const auto& p : placeholders) distinct.insert(p.var);
    if (distinct.size() > 1)
        diagnostics.warning(
            {settings.file, lineIndex + 1, static_cast<int>(placeholders.front().start) + 1},
            "line has " + std::to_string(distinct.size()) +
                " different placeholders; Teacup substitutes all of them, Storm's Flux only the last one",
            "put each placeholder on a line of its own so the file behaves the same on Storm");
    std::size_t copied = 0;
    for (const auto& p : placeholders) {
        builder.append(line.substr(copied, p.start - copied), static_cast<int>(copied), true);
        Lookup found = lookup(p.var, settings);
        if (found.value) {
            builder.append(*found.value, static_cast<int>(p.start), false);
        } else {
            diagnostics.warning({settings.file, lineIndex + 1, static_cast<int>(p.start) + 1},
                                "no value for placeholder '${" + p.var + "}'; it stays as written", found.hint);
            builder.append(line.substr(p.start, p.end - p.start), static_cast<int>(p.start), true);
        }
        copied = p.end;
    }
    builder.append(line.substr(copied), static_cast<int>(copied), true);
}

} // namespace

Properties parseProperties(std::string_view text) {
    Properties props;
    for (const auto& line : logicalLines(text)) {
        std::string_view s = line;
        while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
        std::size_t keyEnd = 0;
        while (keyEnd < s.size()) {
            char c = s[keyEnd];
            if (c == '\\') {
                keyEnd += 2;
                continue;
            }
            if (c == '=' || c == ':' || isBlank(c)) break;
            ++keyEnd;
        }
        keyEnd = std::min(keyEnd, s.size());
        std::string_view rest = s.substr(keyEnd);
        while (!rest.empty() && isBlank(rest.front())) rest.remove_prefix(1);
        if (!rest.empty() && (rest.front() == '=' || rest.front() == ':')) rest.remove_prefix(1);
        while (!rest.empty() && isBlank(rest.front())) rest.remove_prefix(1);
        props[unescape(s.substr(0, keyEnd))] = unescape(rest);
    }
    return props;
}

Result<Properties> readPropertiesFile(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return makeError(ErrorCode::NotFound, "filter file '" + path + "' does not exist or is not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorCode::NotFound, "cannot read filter file '" + path + "'");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return makeError(ErrorCode::Io, "cannot read filter file '" + path + "'");
    return parseProperties(buffer.str());
}

SubstitutedText substitute(std::string_view text, const SubstitutionSettings& settings, Diagnostics& diagnostics) {
    SubstitutedText result;
    result.text.reserve(text.size());
    std::size_t start = 0;
    int lineIndex = 0;
    while (true) {
        auto end = text.find('\n', start);
        std::string_view line = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        LineBuilder builder(result.text, result.positions, lineIndex);
        substituteLine(line, lineIndex, settings, diagnostics, builder);
        builder.finishLine();
        if (end == std::string_view::npos) break;
        result.text += '\n';
        start = end + 1;
        ++lineIndex;
    }
    return result;
}

} // namespace teacup::flux
