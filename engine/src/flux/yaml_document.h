// Parsing the one YAML document of a Flux file with yaml-cpp 0.7, working around its
// LoadAll() bug: a token no document can consume (a leading ',') made it loop forever,
// allocating a null document per turn (jbeder/yaml-cpp#1040, fixed after 0.8 by #1319).
#pragma once

#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

namespace teacup::flux {

struct YamlDocument {
    YAML::Node root;                          // the first document; Null when there is none
    bool empty = true;                        // no document at all (blank or comments only)
    std::optional<YAML::Mark> secondDocument; // where a second document starts, if any
    std::optional<YAML::Mark> stuckAt;        // text yaml-cpp cannot parse but does not reject
};

// Throws YAML::ParserException for syntax errors, as yaml-cpp does; the caller converts it.
YamlDocument parseYamlDocument(const std::string& text);

} // namespace teacup::flux
