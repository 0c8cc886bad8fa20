// YAML text for the Flux parts the studio adds or rewrites (a component, a stream, a
// grouping, a config entry), written as a person writes Flux: block maps, flow lists of
// scalars, two-space indentation. Lines are relative to the entry's own indentation.
#pragma once

#include <string>
#include <vector>

#include <teacup/model/topology_spec.h>
#include <teacup/sdk/value.h>

namespace teacup::studio {

struct RenderStyle {
    bool quoteStrings = true; // "id": follow the opened file (the samples quote strings)
    int indent = 2;
};

// The style of an existing file: strings quoted if its ids/classNames are.
RenderStyle detectStyle(const std::string& text);

// One value in flow form (`"word"`, `3`, `[1, "a"]`, `{k: v}`).
std::string renderFlow(const Value& value, const RenderStyle& style);
// `key: value`, block form for maps and lists of maps.
std::vector<std::string> renderEntry(const std::string& key, const Value& value, const RenderStyle& style);
// The keys of a sequence item (without the dash): `id`, `className`, `parallelism`, ...
std::vector<std::string> renderComponentItem(const model::ComponentDef& component, const RenderStyle& style);
std::vector<std::string> renderStreamItem(const model::StreamDef& stream, const RenderStyle& style);
std::vector<std::string> renderGroupingEntry(const model::GroupingDef& grouping, const RenderStyle& style);
// `- name: ... / value: ...` item of Flux `properties`.
std::vector<std::string> renderPropertyItem(const std::string& name, const Value& value, const RenderStyle& style);

// Lines joined with '\n'; the first line gets `firstIndent` spaces, the others `restIndent`.
std::string joinLines(const std::vector<std::string>& lines, int firstIndent, int restIndent);
// A sequence item: "- " before the first line, the rest indented to line up after it.
std::vector<std::string> asItem(const std::vector<std::string>& lines);
std::vector<std::string> indented(const std::vector<std::string>& lines, int by);

// What a user typed in an editor cell, read as a YAML 1.1 scalar or flow value: `3` is an
// int, `2.5` a double, `true` a bool, `[a, b]` a list, anything else the string itself.
Value parseValueText(const std::string& text);
// The inverse for showing a value in an editor cell.
std::string valueToText(const Value& value);

} // namespace teacup::studio
