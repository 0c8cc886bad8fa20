// Rendering of Flux parts as hand-written YAML, and reading of typed values.
#include "shell/yaml_render.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <regex>

#include <yaml-cpp/yaml.h>

#include <teacup/flux/flux.h>

namespace teacup::studio {

namespace {

bool isYamlWord(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    static const char* words[] = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"};
    return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

bool safePlain(const std::string& s) {
    static const std::regex plain("^[A-Za-z_][A-Za-z0-9_.\\-/]*$");
    return std::regex_match(s, plain) && !isYamlWord(s);
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

std::string renderString(const std::string& s, const RenderStyle& style) {
    return style.quoteStrings || !safePlain(s) ? quote(s) : s;
}

// Map keys (config keys such as topology.workers) stay plain whenever YAML allows it.
std::string renderKey(const std::string& s) { return safePlain(s) ? s : quote(s); }

bool isScalarValue(const Value& v) { return !v.isList() && !v.isMap(); }

Value fromNode(const YAML::Node& node) {
    if (node.IsSequence()) {
        ValueList list;
        for (const auto& item : node) list.push_back(fromNode(item));
        return Value(std::move(list));
    }
    if (node.IsMap()) {
        ValueMap map;
        for (auto it = node.begin(); it != node.end(); ++it) map[it->first.Scalar()] = fromNode(it->second);
        return Value(std::move(map));
    }
    if (!node.IsScalar()) return Value();
    const std::string& s = node.Scalar();
    if (node.Tag() == "!") return Value(s); // quoted: always a string
    static const std::regex integer("^[-+]?[0-9]+$");
    static const std::regex real("^[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$");
    if (std::regex_match(s, integer)) {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(s.data() + (s[0] == '+'), s.data() + s.size(), v);
        if (ec == std::errc() && p == s.data() + s.size()) return Value::integer(v);
    }
    if (std::regex_match(s, real)) return Value(std::stod(s));
    std::string lower = s;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "true") return Value(true);
    if (lower == "false") return Value(false);
    if (lower == "null" || lower == "~" || s.empty()) return Value();
    return Value(s);
}

} // namespace

RenderStyle detectStyle(const std::string& text) {
    RenderStyle style;
    bool quoted = text.find("id: \"") != std::string::npos || text.find("className: \"") != std::string::npos;
    bool plain = text.find("id: ") != std::string::npos || text.find("className: ") != std::string::npos;
    style.quoteStrings = quoted || !plain;
    return style;
}

std::string renderFlow(const Value& v, const RenderStyle& style) {
    switch (v.kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return v.asBool() ? "true" : "false";
    case ValueKind::Int:
    case ValueKind::Long: return std::to_string(v.asInt());
    case ValueKind::Double: return flux::formatYamlDouble(v.asDouble());
    case ValueKind::String: return renderString(v.asString(), style);
    case ValueKind::Bytes: return quote(v.asBytes().data);
    case ValueKind::List: {
        std::string out = "[";
        for (const auto& item : v.asList()) out += (out.size() > 1 ? ", " : "") + renderFlow(item, style);
        return out + "]";
    }
    case ValueKind::Map: {
        std::string out = "{";
        for (const auto& [k, item] : v.asMap())
            out += (out.size() > 1 ? ", " : "") + renderKey(k) + ": " + renderFlow(item, style);
        return out + "}";
    }
    }
    return "null";
}

std::vector<std::string> indented(const std::vector<std::string>& lines, int by) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(std::string(static_cast<std::size_t>(by), ' ') + l);
    return out;
}

std::vector<std::string> asItem(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size(); ++i) out.push_back((i == 0 ? "- " : "  ") + lines[i]);
    return out;
}

std::vector<std::string> renderEntry(const std::string& key, const Value& value, const RenderStyle& style) {
    std::string head = key + ":";
    if (value.isMap() && !value.asMap().empty()) {
        std::vector<std::string> lines{head};
        for (const auto& [k, v] : value.asMap()) {
            auto sub = indented(renderEntry(renderKey(k), v, style), style.indent);
            lines.insert(lines.end(), sub.begin(), sub.end());
        }
        return lines;
    }
    if (value.isList() && !std::all_of(value.asList().begin(), value.asList().end(), isScalarValue)) {
        std::vector<std::string> lines{head};
        for (const auto& item : value.asList()) {
            std::vector<std::string> body;
            if (item.isMap() && !item.asMap().empty()) {
                for (const auto& [k, v] : item.asMap()) {
                    auto sub = renderEntry(renderKey(k), v, style);
                    body.insert(body.end(), sub.begin(), sub.end());
                }
            } else {
                body.push_back(renderFlow(item, style));
            }
            auto sub = indented(asItem(body), style.indent);
            lines.insert(lines.end(), sub.begin(), sub.end());
        }
        return lines;
    }
    return {head + " " + renderFlow(value, style)};
}

std::vector<std::string> renderPropertyItem(const std::string& name, const Value& value, const RenderStyle& style) {
    std::vector<std::string> lines{"name: " + renderString(name, style)};
    auto v = renderEntry("value", value, style);
    lines.insert(lines.end(), v.begin(), v.end());
    return lines;
}

std::vector<std::string> renderComponentItem(const model::ComponentDef& c, const RenderStyle& style) {
    std::vector<std::string> lines{"id: " + renderString(c.id, style),
                                   "className: " + renderString(c.object.className, style)};
    auto append = [&lines](std::vector<std::string> more) { lines.insert(lines.end(), more.begin(), more.end()); };
    if (!c.object.constructorArgs.empty())
        append(renderEntry("constructorArgs", Value(c.object.constructorArgs), style));
    if (!c.object.properties.empty()) {
        lines.push_back("properties:");
        for (const auto& [name, value] : c.object.properties)
            append(indented(asItem(renderPropertyItem(name, value, style)), style.indent));
    }
    lines.push_back("parallelism: " + std::to_string(c.parallelism));
    if (c.numTasks) lines.push_back("numTasks: " + std::to_string(*c.numTasks));
    if (!c.config.empty()) append(renderEntry("config", Value(ValueMap(c.config.begin(), c.config.end())), style));
    return lines;
}

std::vector<std::string> renderGroupingEntry(const model::GroupingDef& g, const RenderStyle& style) {
    std::vector<std::string> lines{"grouping:"};
    std::vector<std::string> body{std::string("type: ") + model::groupingTypeName(g.type)};
    if (g.streamId != "default") body.push_back("streamId: " + renderString(g.streamId, style));
    if (!g.fields.empty()) {
        ValueList fields(g.fields.begin(), g.fields.end());
        body.push_back("args: " + renderFlow(Value(fields), style));
    }
    if (g.customClass) {
        body.push_back("customClass:");
        std::vector<std::string> custom{"className: " + renderString(g.customClass->className, style)};
        if (!g.customClass->constructorArgs.empty())
            custom.push_back("constructorArgs: " + renderFlow(Value(g.customClass->constructorArgs), style));
        auto sub = indented(custom, style.indent);
        body.insert(body.end(), sub.begin(), sub.end());
    }
    auto sub = indented(body, style.indent);
    lines.insert(lines.end(), sub.begin(), sub.end());
    return lines;
}

std::vector<std::string> renderStreamItem(const model::StreamDef& s, const RenderStyle& style) {
    std::vector<std::string> lines;
    if (!s.name.empty()) lines.push_back("name: " + renderString(s.name, style));
    lines.push_back("from: " + renderString(s.from, style));
    lines.push_back("to: " + renderString(s.to, style));
    auto g = renderGroupingEntry(s.grouping, style);
    lines.insert(lines.end(), g.begin(), g.end());
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines, int firstIndent, int restIndent) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += '\n';
        if (lines[i].empty()) continue;
        out.append(static_cast<std::size_t>(i == 0 ? firstIndent : restIndent), ' ');
        out += lines[i];
    }
    return out;
}

Value parseValueText(const std::string& text) {
    try {
        YAML::Node node = YAML::Load(text);
        if (!node.IsDefined() || node.IsNull()) return text.empty() ? Value(std::string()) : Value();
        return fromNode(node);
    } catch (const YAML::Exception&) {
        return Value(text);
    }
}

std::string valueToText(const Value& value) {
    // A string that would read back as something else ("3", "true") is shown quoted.
    if (value.isString() && parseValueText(value.asString()) == value) return value.asString();
    return renderFlow(value, RenderStyle{true, 2});
}

} // namespace teacup::studio
