// Minimal text edits on YAML: the span to replace comes from YamlText, the new text from
// yaml_render, in the indentation of the surrounding block.
#include "shell/yaml_patch.h"

#include <algorithm>

namespace teacup::studio {

namespace {

bool lineIsBlank(const std::string& text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
        if (text[i] != ' ' && text[i] != '\r') return false;
    return true;
}

bool lineIsComment(const std::string& text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == ' ') continue;
        return text[i] == '#';
    }
    return false;
}

// Start of the comment lines directly above the line starting at `lineBegin`.
std::size_t attachedCommentsStart(const YamlText& yaml, std::size_t lineBegin) {
    const std::string& text = yaml.text();
    std::size_t start = lineBegin;
    while (start > 0) {
        std::size_t prev = yaml.lineStart(start - 1);
        if (!lineIsComment(text, prev, start - 1)) break;
        start = prev;
    }
    return start;
}

bool isFlowOrScalar(const YAML::Node& node) {
    return node.IsDefined() && !node.IsNull() && (node.IsScalar() || node.Style() == YAML::EmitterStyle::Flow);
}

bool isFlat(const Value& v) {
    if (v.isMap()) return v.asMap().empty();
    if (!v.isList()) return true;
    return std::all_of(v.asList().begin(), v.asList().end(), [](const Value& i) { return !i.isList() && !i.isMap(); });
}

} // namespace

TextEdit replaceValue(const YamlText& yaml, const YAML::Node& node, const std::string& flowText) {
    TextSpan span = yaml.valueSpan(node);
    return {span.begin, span.end, flowText};
}

TextEdit setEntry(const YamlText& yaml, const YAML::Node& map, const std::string& key, const Value& value,
                  const RenderStyle& style, const std::vector<std::string>& order) {
    YAML::Node existing = yaml.keyNode(map, key).IsDefined() ? map[key] : YAML::Node(YAML::NodeType::Undefined);
    if (isFlowOrScalar(existing) && isFlat(value)) {
        RenderStyle local = style;
        if (existing.IsScalar()) {
            TextSpan span = yaml.valueSpan(existing);
            local.quoteStrings = yaml.text()[span.begin] == '"' || yaml.text()[span.begin] == '\'';
        }
        return replaceValue(yaml, existing, renderFlow(value, local));
    }
    return setEntryLines(yaml, map, key, renderEntry(key, value, style), order);
}

TextEdit setEntryLines(const YamlText& yaml, const YAML::Node& map, const std::string& key,
                       const std::vector<std::string>& lines, const std::vector<std::string>& order, bool blankLines) {
    int column = yaml.keyColumn(map);
    if (yaml.keyNode(map, key).IsDefined()) {
        TextSpan span = yaml.entrySpan(map, key);
        return {span.begin, span.end, joinLines(lines, 0, column)};
    }
    auto rank = [&order](const std::string& k) {
        auto it = std::find(order.begin(), order.end(), k);
        return it == order.end() ? order.size() : static_cast<std::size_t>(it - order.begin());
    };
    std::size_t lastEnd = 0;
    std::size_t before = std::string::npos;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::string other = it->first.Scalar();
        std::size_t at = yaml.offset(it->first.Mark());
        lastEnd = std::max(lastEnd, yaml.entrySpan(map, other).end);
        if (rank(other) > rank(key) && yaml.startsLine(at) && (before == std::string::npos || at < before)) before = at;
    }
    if (before != std::string::npos) {
        std::size_t pos = attachedCommentsStart(yaml, yaml.lineStart(before));
        return {pos, pos, joinLines(lines, column, column) + (blankLines ? "\n\n" : "\n")};
    }
    return {lastEnd, lastEnd, (blankLines ? "\n\n" : "\n") + joinLines(lines, column, column)};
}

TextEdit removeEntry(const YamlText& yaml, const YAML::Node& map, const std::string& key) {
    TextSpan span = yaml.entrySpan(map, key);
    const std::string& text = yaml.text();
    if (!yaml.startsLine(span.begin)) {
        // `- key: v` shares the dash line: the next entry moves up to the dash.
        std::size_t next = std::string::npos;
        for (auto it = map.begin(); it != map.end(); ++it) {
            std::size_t at = yaml.offset(it->first.Mark());
            if (at > span.begin && at < next) next = at;
        }
        if (next == std::string::npos) return {span.begin, span.end, "{}"};
        return {span.begin, next, ""};
    }
    std::size_t begin = yaml.lineStart(span.begin);
    std::size_t end = span.end < text.size() ? span.end + 1 : span.end;
    return {begin, end, ""};
}

TextEdit appendItem(const YamlText& yaml, const YAML::Node& seq, const std::vector<std::string>& itemLines) {
    TextSpan last = yaml.itemSpan(seq, seq.size() - 1);
    int dash = yaml.dashColumn(seq);
    std::string lead = yaml.itemsSeparatedByBlankLines(seq) ? "\n\n" : "\n";
    return {last.end, last.end, lead + joinLines(asItem(itemLines), dash, dash)};
}

TextEdit removeItem(const YamlText& yaml, const YAML::Node& seq, std::size_t index) {
    const std::string& text = yaml.text();
    TextSpan span = yaml.itemSpan(seq, index);
    std::size_t begin = attachedCommentsStart(yaml, span.begin);
    std::size_t end = span.end < text.size() ? span.end + 1 : span.end;
    if (index > 0 && begin > 0) {
        std::size_t prev = yaml.lineStart(begin - 1);
        if (lineIsBlank(text, prev, begin - 1)) begin = prev;
    } else if (index == 0 && seq.size() > 1 && end < text.size()) {
        std::size_t nextEnd = yaml.lineEnd(end);
        if (lineIsBlank(text, end, nextEnd)) end = nextEnd < text.size() ? nextEnd + 1 : nextEnd;
    }
    return {begin, end, ""};
}

} // namespace teacup::studio
