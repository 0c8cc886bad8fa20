// toDot: the topology as DOT text. Styling lives here and only here, so the CLI's files and
// the studio's layout agree on node sizes.
#include <teacup/layout/dot_writer.h>

#include <map>
#include <set>
#include <string_view>

#include "node_order.h"

namespace teacup::layout {

namespace {

constexpr std::string_view kGraphAttributes =
    "  graph [rankdir=LR, nodesep=0.4, ranksep=0.8, fontname=\"Helvetica,Arial,sans-serif\"];\n"
    "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, margin=\"0.15,0.06\"];\n"
    "  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, color=\"#555555\"];\n";

// Storm UI's palette idea: spouts warm, bolts cool.
constexpr std::string_view kSpoutStyle =
    "class=\"spout\", shape=box, style=\"filled\", fillcolor=\"#fde2b8\", color=\"#c77d1a\"";
constexpr std::string_view kBoltStyle =
    "class=\"bolt\", shape=box, style=\"rounded,filled\", fillcolor=\"#d6e6f5\", color=\"#3d6f9e\"";
constexpr std::string_view kMissingStyle =
    "class=\"missing\", shape=box, style=\"dashed\", color=\"#b03030\", fontcolor=\"#b03030\"";

// A DOT double-quoted label string. Backslashes are doubled so Graphviz's label escapes (\N, \l, ...)
// never fire on user text; newlines become DOT's centred line break.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    out += '"';
    return out;
}

// DOT keeps backslashes in names verbatim and cannot end a quoted name with one, so an id with
// a backslash or a line break gets a generated name; its label still shows the real id.
std::string nodeName(const std::string& id, std::size_t index) {
    if (id.find_first_of("\\\r\n") != std::string::npos) return quoted("component-" + std::to_string(index));
    return quoted(id);
}

std::string nodeLabel(const model::ComponentDef& component) {
    std::string label = component.id;
    const std::string shortName = shortClassName(component.object.className);
    if (!shortName.empty()) label += "\n" + shortName;
    label += "\n\u00d7" + std::to_string(component.parallelism);
    if (component.numTasks && *component.numTasks != component.parallelism)
        label += " (" + std::to_string(*component.numTasks) + " tasks)";
    return label;
}

std::string nodeAttributes(const model::TopologySpec& spec, const std::string& id) {
    const model::ComponentDef* component = spec.findComponent(id);
    if (!component) return std::string(kMissingStyle) + ", label=" + quoted(id + "\n(missing)");
    const std::string_view style = component->kind == model::ComponentKind::Spout ? kSpoutStyle : kBoltStyle;
    return std::string(style) + ", label=" + quoted(nodeLabel(*component));
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += ", ";
        out += p;
    }
    return out;
}

} // namespace

std::string shortClassName(const std::string& className) {
    const auto cut = className.find_last_of(".:/$");
    return cut == std::string::npos ? className : className.substr(cut + 1);
}

std::string edgeLabel(const model::StreamDef& stream) {
    const auto& g = stream.grouping;
    std::string grouping = model::groupingTypeName(g.type);
    if (g.type == GroupingType::Fields || g.type == GroupingType::PartialKey)
        grouping += "(" + joined(g.fields) + ")";
    else if (g.type == GroupingType::Custom && g.customClass)
        grouping += "(" + shortClassName(g.customClass->className) + ")";
    if (g.streamId.empty() || g.streamId == "default") return grouping;
    return g.streamId + "\n" + grouping;
}

std::vector<std::string> nodeOrder(const model::TopologySpec& spec) {
    std::vector<std::string> order;
    std::set<std::string> seen;
    auto add = [&](const std::string& id) {
        if (seen.insert(id).second) order.push_back(id);
    };
    for (const auto& spout : spec.spouts)
        add(spout.id);
    for (const auto& bolt : spec.bolts)
        add(bolt.id);
    for (const auto& stream : spec.streams) {
        add(stream.from);
        add(stream.to);
    }
    return order;
}

std::string toDot(const model::TopologySpec& spec) {
    std::string out = "digraph " + quoted(spec.name.empty() ? "topology" : spec.name) + " {\n";
    out += kGraphAttributes;
    std::map<std::string, std::string> names;
    const auto order = nodeOrder(spec);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::string& name = names[order[i]] = nodeName(order[i], i);
        out += "  " + name + " [" + nodeAttributes(spec, order[i]) + "];\n";
    }
    for (const auto& stream : spec.streams) {
        out += "  " + names[stream.from] + " -> " + names[stream.to] + " [label=" + quoted(edgeLabel(stream)) +
               "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace teacup::layout
