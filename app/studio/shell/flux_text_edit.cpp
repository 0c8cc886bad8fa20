// Flux model edits as minimal text rewrites. Each edit that touches several places does them
// one at a time, re-parsing between steps, so every step sees exact offsets.
#include "shell/flux_text_edit.h"

#include <vector>

#include "shell/yaml_patch.h"

namespace teacup::studio::fluxedit {

namespace {

const std::vector<std::string> kTopOrder{"name", "includes", "config", "components", "spouts", "bolts", "streams"};
const std::vector<std::string> kComponentOrder{
    "id",         "className",     "factory",     "factoryArgs", "constructorArgs",
    "properties", "configMethods", "parallelism", "numTasks",    "config"};
const std::vector<std::string> kStreamOrder{"name", "from", "to", "grouping"};
const std::vector<std::string> kGroupingOrder{"type", "streamId", "args", "customClass"};
const std::vector<std::string> kPropertyOrder{"name", "ref", "value"};

struct Located {
    std::string section;
    YAML::Node seq;
    std::size_t index = 0;
    YAML::Node item;
};

Result<YamlText> parseMap(const std::string& text) {
    auto yaml = YamlText::parse(text);
    if (!yaml) return yaml.error();
    if (!yaml->root().IsMap())
        return makeError(ErrorCode::InvalidInput, "the topology is not a YAML map (expected `name:`, `spouts:`, ...)");
    return yaml;
}

// map[key] on a missing key gives an invalid node whose Type() throws; this one is safe.
YAML::Node child(const YAML::Node& map, const std::string& key) {
    if (!map.IsDefined() || !map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key) return it->second;
    return YAML::Node(YAML::NodeType::Undefined);
}

bool isBlockSeq(const YAML::Node& n) { return n.IsSequence() && n.size() > 0 && n.Style() != YAML::EmitterStyle::Flow; }
bool isBlockMap(const YAML::Node& n) { return n.IsMap() && n.size() > 0 && n.Style() != YAML::EmitterStyle::Flow; }

std::string scalarOf(const YAML::Node& map, const char* key) {
    const YAML::Node v = child(map, key);
    return v.IsScalar() ? v.Scalar() : std::string();
}

std::optional<Located> findComponent(const YamlText& yaml, const std::string& id) {
    for (const char* section : {"spouts", "bolts"}) {
        const YAML::Node seq = child(yaml.root(), section);
        if (!seq.IsSequence()) continue;
        for (std::size_t i = 0; i < seq.size(); ++i)
            if (seq[i].IsMap() && scalarOf(seq[i], "id") == id) return Located{section, seq, i, seq[i]};
    }
    return std::nullopt;
}

Error notFound(const std::string& id) {
    return makeError(ErrorCode::NotFound, "no spout or bolt with id '" + id + "' in the file");
}

// Runs `edit` on the component's item map.
template <typename F> Result<std::string> onComponent(const std::string& text, const std::string& id, F edit) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    auto at = findComponent(*yaml, id);
    if (!at) return notFound(id);
    if (!isBlockMap(at->item))
        return makeError(ErrorCode::InvalidInput, "component '" + id + "' is not written as a block map");
    return applyEdits(text, {edit(*yaml, at->item, detectStyle(text))});
}

// Sets or removes `key` inside the `config:` map of `parent`.
TextEdit configEdit(const YamlText& yaml, const YAML::Node& parent, const std::string& key,
                    const std::optional<Value>& value, const std::vector<std::string>& order, bool topLevel) {
    RenderStyle style = detectStyle(yaml.text());
    const YAML::Node config = child(parent, "config");
    if (isBlockMap(config)) {
        if (value) return setEntry(yaml, config, key, *value, style, {});
        if (!yaml.keyNode(config, key).IsDefined()) return {};
        if (config.size() == 1) return removeEntry(yaml, parent, "config");
        return removeEntry(yaml, config, key);
    }
    if (!value) return {};
    return setEntryLines(yaml, parent, "config", renderEntry("config", Value(ValueMap{{key, *value}}), style), order,
                         topLevel);
}

std::vector<std::string> sectionLines(const std::string& section, const std::vector<std::string>& item, int indent) {
    std::vector<std::string> lines{section + ":"};
    auto body = indented(asItem(item), indent);
    lines.insert(lines.end(), body.begin(), body.end());
    return lines;
}

// Appends an item to a top-level sequence, creating the section when it is missing or empty.
Result<std::string> appendToSection(const std::string& text, const std::string& section,
                                    const std::vector<std::string>& item) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    const YAML::Node seq = child(yaml->root(), section);
    if (isBlockSeq(seq)) return applyEdits(text, {appendItem(*yaml, seq, item)});
    bool exists = yaml->keyNode(yaml->root(), section).IsDefined();
    std::string out = applyEdits(
        text, {setEntryLines(*yaml, yaml->root(), section, sectionLines(section, item, 2), kTopOrder, !exists)});
    if (out.empty() || out.back() != '\n') out += '\n';
    return out;
}

} // namespace

std::string newTopologyText(const std::string& name) {
    return "name: " + renderFlow(Value(name), RenderStyle{}) + "\n";
}

Result<std::string> addComponent(const std::string& text, model::ComponentKind kind, const std::string& id,
                                 const std::string& className, int parallelism) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    if (findComponent(*yaml, id))
        return makeError(ErrorCode::InvalidInput, "a spout or bolt with id '" + id + "' already exists");
    model::ComponentDef def;
    def.id = id;
    def.kind = kind;
    def.object.className = className;
    def.parallelism = parallelism;
    return appendToSection(text, kind == model::ComponentKind::Spout ? "spouts" : "bolts",
                           renderComponentItem(def, detectStyle(text)));
}

Result<std::string> removeStream(const std::string& text, std::size_t index) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    const YAML::Node seq = child(yaml->root(), "streams");
    if (!seq.IsSequence() || index >= seq.size())
        return makeError(ErrorCode::NotFound, "no stream number " + std::to_string(index + 1) + " in `streams:`");
    if (seq.size() == 1) return applyEdits(text, {removeEntry(*yaml, yaml->root(), "streams")});
    return applyEdits(text, {removeItem(*yaml, seq, index)});
}

Result<std::string> removeComponent(const std::string& text, const std::string& id) {
    std::string out = text;
    for (bool removed = true; removed;) {
        removed = false;
        auto yaml = parseMap(out);
        if (!yaml) return yaml.error();
        const YAML::Node seq = child(yaml->root(), "streams");
        for (std::size_t i = seq.IsSequence() ? seq.size() : 0; i-- > 0;) {
            if (!seq[i].IsMap() || (scalarOf(seq[i], "from") != id && scalarOf(seq[i], "to") != id)) continue;
            auto next = removeStream(out, i);
            if (!next) return next.error();
            out = std::move(*next);
            removed = true;
            break;
        }
    }
    auto yaml = parseMap(out);
    if (!yaml) return yaml.error();
    auto at = findComponent(*yaml, id);
    if (!at) return notFound(id);
    if (at->seq.size() == 1) return applyEdits(out, {removeEntry(*yaml, yaml->root(), at->section)});
    return applyEdits(out, {removeItem(*yaml, at->seq, at->index)});
}

Result<std::string> renameComponent(const std::string& text, const std::string& oldId, const std::string& newId) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    auto at = findComponent(*yaml, oldId);
    if (!at) return notFound(oldId);
    if (oldId != newId && findComponent(*yaml, newId))
        return makeError(ErrorCode::InvalidInput, "a spout or bolt with id '" + newId + "' already exists");
    auto rewrite = [&](const YAML::Node& scalar) {
        TextSpan span = yaml->valueSpan(scalar);
        RenderStyle style;
        style.quoteStrings = text[span.begin] == '"' || text[span.begin] == '\'';
        return TextEdit{span.begin, span.end, renderFlow(Value(newId), style)};
    };
    std::vector<TextEdit> edits{rewrite(child(at->item, "id"))};
    const YAML::Node streams = child(yaml->root(), "streams");
    for (std::size_t i = 0; streams.IsSequence() && i < streams.size(); ++i) {
        for (const char* end : {"from", "to"})
            if (streams[i].IsMap() && scalarOf(streams[i], end) == oldId)
                edits.push_back(rewrite(child(streams[i], end)));
    }
    return applyEdits(text, std::move(edits));
}

Result<std::string> setClassName(const std::string& text, const std::string& id, const std::string& className) {
    return onComponent(text, id, [&](const YamlText& y, const YAML::Node& item, const RenderStyle& style) {
        return setEntry(y, item, "className", Value(className), style, kComponentOrder);
    });
}

Result<std::string> setParallelism(const std::string& text, const std::string& id, int parallelism) {
    return onComponent(text, id, [&](const YamlText& y, const YAML::Node& item, const RenderStyle& style) {
        return setEntry(y, item, "parallelism", Value(parallelism), style, kComponentOrder);
    });
}

Result<std::string> setConstructorArgs(const std::string& text, const std::string& id, const ValueList& args) {
    return onComponent(text, id, [&](const YamlText& y, const YAML::Node& item, const RenderStyle& style) {
        if (!args.empty()) return setEntry(y, item, "constructorArgs", Value(args), style, kComponentOrder);
        if (!y.keyNode(item, "constructorArgs").IsDefined()) return TextEdit{};
        return removeEntry(y, item, "constructorArgs");
    });
}

Result<std::string> setProperty(const std::string& text, const std::string& id, const std::string& name,
                                const std::optional<Value>& value) {
    return onComponent(text, id, [&](const YamlText& y, const YAML::Node& item, const RenderStyle& style) {
        const YAML::Node props = child(item, "properties");
        if (!isBlockSeq(props)) {
            if (!value) return TextEdit{};
            std::vector<std::string> lines{"properties:"};
            auto body = indented(asItem(renderPropertyItem(name, *value, style)), style.indent);
            lines.insert(lines.end(), body.begin(), body.end());
            return setEntryLines(y, item, "properties", lines, kComponentOrder);
        }
        for (std::size_t i = 0; i < props.size(); ++i) {
            if (!props[i].IsMap() || scalarOf(props[i], "name") != name) continue;
            if (value) return setEntry(y, props[i], "value", *value, style, kPropertyOrder);
            return props.size() == 1 ? removeEntry(y, item, "properties") : removeItem(y, props, i);
        }
        if (!value) return TextEdit{};
        return appendItem(y, props, renderPropertyItem(name, *value, style));
    });
}

Result<std::string> setComponentConfig(const std::string& text, const std::string& id, const std::string& key,
                                       const std::optional<Value>& value) {
    return onComponent(text, id, [&](const YamlText& y, const YAML::Node& item, const RenderStyle&) {
        return configEdit(y, item, key, value, kComponentOrder, false);
    });
}

Result<std::string> setTopologyConfig(const std::string& text, const std::string& key,
                                      const std::optional<Value>& value) {
    auto yaml = parseMap(text);
    if (!yaml) return yaml.error();
    return applyEdits(text, {configEdit(*yaml, yaml->root(), key, value, kTopOrder, true)});
}

Result<std::string> addStream(const std::string& text, const model::StreamDef& stream) {
    return appendToSection(text, "streams", renderStreamItem(stream, detectStyle(text)));
}

Result<std::string> setGrouping(const std::string& text, std::size_t index, const model::GroupingDef& grouping) {
    auto step = [index](const std::string& current, auto edit) -> Result<std::string> {
        auto yaml = parseMap(current);
        if (!yaml) return yaml.error();
        const YAML::Node seq = child(yaml->root(), "streams");
        if (!seq.IsSequence() || index >= seq.size() || !isBlockMap(seq[index]))
            return makeError(ErrorCode::NotFound, "no stream number " + std::to_string(index + 1) + " in `streams:`");
        return applyEdits(current, {edit(*yaml, seq[index], detectStyle(current))});
    };
    RenderStyle plain;
    plain.quoteStrings = false;
    auto whole = [&](const YamlText& y, const YAML::Node& s, const RenderStyle& style) {
        return setEntryLines(y, s, "grouping", renderGroupingEntry(grouping, style), kStreamOrder);
    };
    auto probe = YamlText::parse(text);
    if (!probe) return probe.error();
    const YAML::Node streams = child(probe->root(), "streams");
    if (!streams.IsSequence() || index >= streams.size() || !isBlockMap(child(streams[index], "grouping")))
        return step(text, whole);
    // Key by key inside `grouping:` so that comments in it survive.
    auto out = step(text, [&](const YamlText& y, const YAML::Node& s, const RenderStyle&) {
        return setEntry(y, child(s, "grouping"), "type", Value(model::groupingTypeName(grouping.type)), plain,
                        kGroupingOrder);
    });
    auto keyed = [&](const char* key, const std::optional<Value>& v) {
        if (!out) return;
        out = step(*out, [&](const YamlText& y, const YAML::Node& s, const RenderStyle& style) {
            const YAML::Node g = child(s, "grouping");
            if (v) return setEntry(y, g, key, *v, style, kGroupingOrder);
            return y.keyNode(g, key).IsDefined() ? removeEntry(y, g, key) : TextEdit{};
        });
    };
    keyed("streamId", grouping.streamId != "default" ? std::optional<Value>(grouping.streamId) : std::nullopt);
    ValueList fields(grouping.fields.begin(), grouping.fields.end());
    keyed("args", fields.empty() ? std::nullopt : std::optional<Value>(Value(fields)));
    if (!grouping.customClass) keyed("customClass", std::nullopt);
    if (out && grouping.customClass) {
        out = step(*out, [&](const YamlText& y, const YAML::Node& s, const RenderStyle& style) {
            auto lines = renderGroupingEntry(grouping, style);
            auto at = std::find(lines.begin(), lines.end(), "  customClass:");
            std::vector<std::string> custom;
            for (auto it = at; it != lines.end(); ++it) custom.push_back(it->substr(2));
            return setEntryLines(y, child(s, "grouping"), "customClass", custom, kGroupingOrder);
        });
    }
    return out;
}

} // namespace teacup::studio::fluxedit
