// Comparing two topology models by content, ignoring where they came from: used to check
// that writeYaml round-trips and to tell whether an edited model differs from its file.
#pragma once

#include <string>
#include <vector>

#include <teacup/model/topology_spec.h>
#include <teacup/sdk/value.h>

namespace teacup::flux {

// Every difference between `a` and `b`, one readable line each ("bolts[1].parallelism:
// 2 != 3"); empty when they are equal. Ignored: SourceLocations, configLocations,
// sourceFile and includes (provenance, not content; a written file holds the merged
// topology). Values compare deeply, Int and Long apart, NaN equal to NaN.
std::vector<std::string> specDifferences(const model::TopologySpec& a, const model::TopologySpec& b);

inline bool sameContent(const model::TopologySpec& a, const model::TopologySpec& b) {
    return specDifferences(a, b).empty();
}

// A Value as compact YAML-like text for messages: `[a, 1, {k: true}]`.
std::string describeValue(const Value& v);

} // namespace teacup::flux
