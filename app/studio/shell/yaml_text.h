// Where the parts of a YAML document sit in its text: spans of map entries, sequence items
// and scalars, found from yaml-cpp's node marks and the block indentation. The studio edits
// Flux files through these spans so that everything outside them (comments, key order,
// blank lines) stays byte for byte. No Qt; any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <teacup/common/result.h>

namespace teacup::studio {

// [begin, end) byte offsets into the text.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Replace [begin, end) with `replacement`; begin == end inserts.
struct TextEdit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
};

// Applies non-overlapping edits (any order given); edits are applied from the end of the
// text backwards so earlier offsets stay valid.
std::string applyEdits(std::string text, std::vector<TextEdit> edits);

// A parsed YAML text. Immutable; re-parse after applying an edit.
class YamlText {
public:
    // An Error (InvalidInput) with yaml-cpp's message and line when the text is not YAML.
    static Result<YamlText> parse(std::string text);

    const std::string& text() const { return m_text; }
    const YAML::Node& root() const { return m_root; }

    std::size_t offset(const YAML::Mark& mark) const;
    std::size_t lineStart(std::size_t pos) const;
    std::size_t lineEnd(std::size_t pos) const; // offset of the '\n' (or the text size)
    int column(std::size_t pos) const { return static_cast<int>(pos - lineStart(pos)); }
    // True when only spaces precede `pos` on its line.
    bool startsLine(std::size_t pos) const;

    // The key node of `key` in `map`, or an undefined node.
    YAML::Node keyNode(const YAML::Node& map, const std::string& key) const;
    // `key: value` from the key to the end of the value's last content line (trailing
    // comment and blank lines are not part of it). The key must exist in the block map.
    TextSpan entrySpan(const YAML::Node& map, const std::string& key) const;
    // Whole lines of item `index` of a block sequence, dash line included, without the
    // final newline.
    TextSpan itemSpan(const YAML::Node& seq, std::size_t index) const;
    // A scalar (quotes included) or a flow collection ([...] / {...}).
    TextSpan valueSpan(const YAML::Node& node) const;
    // Column of the keys of a block map / of the dashes of a block sequence.
    int keyColumn(const YAML::Node& map) const;
    int dashColumn(const YAML::Node& seq) const;
    // True when the items of a block sequence are separated by blank lines.
    bool itemsSeparatedByBlankLines(const YAML::Node& seq) const;

private:
    YamlText(std::string text, YAML::Node root);
    // End of the last content line of a block whose first line ends at `firstLineEnd` and
    // whose continuation lines are indented more than `parentColumn` (or equal and starting
    // with "-" when `indentlessSequence`).
    std::size_t blockEnd(std::size_t firstLineEnd, int parentColumn, bool indentlessSequence) const;
    std::size_t scalarEnd(std::size_t pos, bool inFlow) const;
    std::size_t flowEnd(std::size_t pos) const;

    std::string m_text;
    YAML::Node m_root;
    std::vector<std::size_t> m_lineStarts;
};

} // namespace teacup::studio
