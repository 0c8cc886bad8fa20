// Spans of YAML parts in the text. yaml-cpp gives where a node starts (its Mark) but not
// where it ends; block parts end where the indentation falls back, flow parts and scalars
// where their closing bracket or quote is.
#include "shell/yaml_text.h"

#include <algorithm>

namespace teacup::studio {

namespace {

bool isBlankOrComment(const std::string& text, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') continue;
        return text[i] == '#';
    }
    return true;
}

int indentOf(const std::string& text, std::size_t begin, std::size_t end) {
    int n = 0;
    for (std::size_t i = begin; i < end && text[i] == ' '; ++i) ++n;
    return n;
}

} // namespace

std::string applyEdits(std::string text, std::vector<TextEdit> edits) {
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit& a, const TextEdit& b) { return a.begin > b.begin; });
    for (const auto& e : edits) text.replace(e.begin, e.end - e.begin, e.replacement);
    return text;
}

YamlText::YamlText(std::string text, YAML::Node root) : m_text(std::move(text)), m_root(std::move(root)) {
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i)
        if (m_text[i] == '\n') m_lineStarts.push_back(i + 1);
}

Result<YamlText> YamlText::parse(std::string text) {
    try {
        YAML::Node root = YAML::Load(text);
        return YamlText(std::move(text), std::move(root));
    } catch (const YAML::Exception& e) {
        return makeError(ErrorCode::InvalidInput, e.what());
    }
}

std::size_t YamlText::offset(const YAML::Mark& mark) const {
    if (mark.line < 0 || static_cast<std::size_t>(mark.line) >= m_lineStarts.size()) return m_text.size();
    std::size_t pos = m_lineStarts[static_cast<std::size_t>(mark.line)];
    // yaml-cpp counts columns in characters; step over UTF-8 continuation bytes.
    for (int c = 0; c < mark.column && pos < m_text.size() && m_text[pos] != '\n'; ++c) {
        ++pos;
        while (pos < m_text.size() && (static_cast<unsigned char>(m_text[pos]) & 0xC0) == 0x80) ++pos;
    }
    return pos;
}

std::size_t YamlText::lineStart(std::size_t pos) const {
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    return *(it - 1);
}

std::size_t YamlText::lineEnd(std::size_t pos) const {
    std::size_t n = m_text.find('\n', pos);
    return n == std::string::npos ? m_text.size() : n;
}

bool YamlText::startsLine(std::size_t pos) const {
    for (std::size_t i = lineStart(pos); i < pos; ++i)
        if (m_text[i] != ' ') return false;
    return true;
}

YAML::Node YamlText::keyNode(const YAML::Node& map, const std::string& key) const {
    if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == key) return it->first;
    return YAML::Node(YAML::NodeType::Undefined);
}

std::size_t YamlText::blockEnd(std::size_t firstLineEnd, int parentColumn, bool indentlessSequence) const {
    std::size_t end = firstLineEnd;
    std::size_t pos = firstLineEnd;
    while (pos < m_text.size()) {
        std::size_t begin = pos + 1;
        std::size_t stop = lineEnd(begin);
        if (begin > m_text.size()) break;
        if (!isBlankOrComment(m_text, begin, stop)) {
            int indent = indentOf(m_text, begin, stop);
            bool dash = m_text.compare(begin + static_cast<std::size_t>(indent), 1, "-") == 0;
            if (indent < parentColumn || (indent == parentColumn && !(indentlessSequence && dash))) break;
            end = stop;
        }
        pos = stop;
    }
    return end;
}

TextSpan YamlText::entrySpan(const YAML::Node& map, const std::string& key) const {
    YAML::Node k = keyNode(map, key);
    std::size_t begin = offset(k.Mark());
    bool sequence = map[key].IsSequence();
    std::size_t firstEnd = lineEnd(begin);
    const YAML::Node value = map[key];
    // A flow collection or quoted scalar may run over several lines; start after its end.
    if (value.IsDefined() && !value.IsNull() && (value.IsScalar() || value.Style() == YAML::EmitterStyle::Flow)) {
        TextSpan v = valueSpan(value);
        if (v.end > firstEnd) firstEnd = lineEnd(v.end > 0 ? v.end - 1 : 0);
    }
    return {begin, blockEnd(firstEnd, column(begin), sequence)};
}

TextSpan YamlText::itemSpan(const YAML::Node& seq, std::size_t index) const {
    const YAML::Node item = seq[index];
    std::size_t at = offset(item.Mark());
    std::size_t ls = lineStart(at);
    // The item's own mark is at its content; the dash is the last '-' before it on the line.
    std::size_t dash = at;
    for (std::size_t i = at; i > ls; --i) {
        if (m_text[i - 1] == '-') {
            dash = i - 1;
            break;
        }
    }
    if (seq.Style() != YAML::EmitterStyle::Block || dash == at) dash = at;
    std::size_t firstEnd = lineEnd(at);
    if (item.IsScalar() || item.Style() == YAML::EmitterStyle::Flow) firstEnd = lineEnd(valueSpan(item).end);
    return {lineStart(dash), blockEnd(firstEnd, column(dash), false)};
}

std::size_t YamlText::scalarEnd(std::size_t pos, bool inFlow) const {
    if (pos >= m_text.size()) return pos;
    char q = m_text[pos];
    if (q == '"' || q == '\'') {
        for (std::size_t i = pos + 1; i < m_text.size(); ++i) {
            if (q == '"' && m_text[i] == '\\') {
                ++i;
                continue;
            }
            if (m_text[i] == q) {
                if (q == '\'' && i + 1 < m_text.size() && m_text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return m_text.size();
    }
    std::size_t end = pos;
    for (std::size_t i = pos; i < m_text.size() && m_text[i] != '\n'; ++i) {
        char c = m_text[i];
        if (c == '#' && i > pos && (m_text[i - 1] == ' ' || m_text[i - 1] == '\t')) break;
        if (inFlow && (c == ',' || c == ']' || c == '}')) break;
        if (c != ' ' && c != '\t' && c != '\r') end = i + 1;
    }
    return end;
}

std::size_t YamlText::flowEnd(std::size_t pos) const {
    int depth = 0;
    for (std::size_t i = pos; i < m_text.size(); ++i) {
        char c = m_text[i];
        if (c == '"' || c == '\'') {
            i = scalarEnd(i, true) - 1;
            continue;
        }
        if (c == '#' && i > 0 && (m_text[i - 1] == ' ' || m_text[i - 1] == '\n')) {
            i = lineEnd(i) - 1;
            continue;
        }
        if (c == '[' || c == '{') ++depth;
        if ((c == ']' || c == '}') && --depth == 0) return i + 1;
    }
    return m_text.size();
}

TextSpan YamlText::valueSpan(const YAML::Node& node) const {
    std::size_t begin = offset(node.Mark());
    if (begin < m_text.size() && (m_text[begin] == '[' || m_text[begin] == '{')) return {begin, flowEnd(begin)};
    bool inFlow = false;
    // Inside a flow collection a plain scalar ends at ',', ']' or '}'.
    for (std::size_t i = begin; i > lineStart(begin); --i) {
        char c = m_text[i - 1];
        if (c == '[' || c == '{' || c == ',') {
            inFlow = true;
            break;
        }
        if (c != ' ') break;
    }
    return {begin, scalarEnd(begin, inFlow)};
}

int YamlText::keyColumn(const YAML::Node& map) const {
    if (!map.IsMap() || map.size() == 0) return 0;
    return column(offset(map.begin()->first.Mark()));
}

int YamlText::dashColumn(const YAML::Node& seq) const {
    if (!seq.IsSequence() || seq.size() == 0) return 0;
    return column(itemSpan(seq, 0).begin +
                  static_cast<std::size_t>(indentOf(m_text, itemSpan(seq, 0).begin, m_text.size())));
}

bool YamlText::itemsSeparatedByBlankLines(const YAML::Node& seq) const {
    if (!seq.IsSequence() || seq.size() < 2) return false;
    TextSpan first = itemSpan(seq, 0);
    TextSpan second = itemSpan(seq, 1);
    for (std::size_t pos = first.end; pos < second.begin;) {
        std::size_t begin = pos + 1;
        std::size_t stop = lineEnd(begin);
        if (begin >= second.begin) break;
        bool blank = true;
        for (std::size_t i = begin; i < stop; ++i)
            if (m_text[i] != ' ' && m_text[i] != '\r') blank = false;
        if (blank) return true;
        pos = stop;
    }
    return false;
}

} // namespace teacup::studio
