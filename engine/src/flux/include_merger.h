// Flux's include merge rules (FluxParser.processIncludes), applied to Teacup's model.
#pragma once

#include <teacup/model/topology_spec.h>

namespace teacup::flux {

// Merges an included file into `into`:
// - name: taken when `into` has none, or when `override` is set;
// - config keys: added, or replaced only with `override`;
// - components, spouts, bolts: by id under the same rule (a replaced entry keeps its place);
// - streams: always appended, whatever `override` says.
// Ids repeated inside one file are kept for validation to report.
void mergeInclude(model::TopologySpec& into, model::TopologySpec included, bool override);

} // namespace teacup::flux
