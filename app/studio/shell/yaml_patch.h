// Minimal text edits on a parsed YAML text: set, insert or remove one map entry, append or
// remove one sequence item, replace one value. Each returns a TextEdit covering only the
// part that changes, so comments and key order elsewhere survive. No Qt; any thread.
#pragma once

#include <string>
#include <vector>

#include "shell/yaml_render.h"
#include "shell/yaml_text.h"

namespace teacup::studio {

// `key: value` in block map `map`. An existing scalar or flow value is replaced in place
// (its quoting and a trailing comment are kept); a block value regenerates the entry. A new
// key goes before the first existing key that `order` puts after it, else after the last
// entry. `map` must be a block map with at least one entry.
TextEdit setEntry(const YamlText& yaml, const YAML::Node& map, const std::string& key, const Value& value,
                  const RenderStyle& style, const std::vector<std::string>& order);
// The same with the entry's lines already rendered (`key:` first). `blankLines` adds an
// empty line around a newly inserted entry (top-level sections).
TextEdit setEntryLines(const YamlText& yaml, const YAML::Node& map, const std::string& key,
                       const std::vector<std::string>& lines, const std::vector<std::string>& order,
                       bool blankLines = false);
// Removes the entry's lines (an entry sharing a line with a sequence dash hands the dash to
// the next entry).
TextEdit removeEntry(const YamlText& yaml, const YAML::Node& map, const std::string& key);
// Appends an item to a non-empty block sequence, in its indentation and blank-line style.
TextEdit appendItem(const YamlText& yaml, const YAML::Node& seq, const std::vector<std::string>& itemLines);
// Removes item `index` with the comment lines directly above it.
TextEdit removeItem(const YamlText& yaml, const YAML::Node& seq, std::size_t index);
// Replaces a scalar or flow value with `flowText`.
TextEdit replaceValue(const YamlText& yaml, const YAML::Node& node, const std::string& flowText);

} // namespace teacup::studio
