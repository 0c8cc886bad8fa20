// Flux's `${...}` substitution on the raw text before YAML parsing: `--filter` properties,
// `${ENV-NAME}` with `--env-filter`, and the `${key[N]}` list-element form of Flux 2.2+.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <teacup/common/diagnostics.h>
#include <teacup/common/result.h>

#include "flux/position_map.h"

namespace teacup::flux {

// A Java .properties file: `key=value`, `key: value` or `key value`, `#`/`!` comments,
// backslash escapes and line continuations. A repeated key keeps its last value.
using Properties = std::map<std::string, std::string>;

Properties parseProperties(std::string_view text);
// An Error naming the path when the file is missing or unreadable.
Result<Properties> readPropertiesFile(const std::string& path);

struct SubstitutionSettings {
    const Properties* properties = nullptr; // null: no --filter given
    bool envFilter = false;
    std::string file; // for diagnostic positions
};

struct SubstitutedText {
    std::string text;
    PositionMap positions;
};

// Replaces every placeholder on every line (a deliberate difference from Storm 2.2+, which
// replaces only the last one per line; such lines get a warning). A placeholder without a
// value stays as written and gets a warning with its position.
SubstitutedText substitute(std::string_view text, const SubstitutionSettings& settings, Diagnostics& diagnostics);

} // namespace teacup::flux
