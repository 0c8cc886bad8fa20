// The studio benchmark's inputs: a generated layered topology (20 spouts, 180 bolts, ~300
// streams) and synthetic metric snapshots for it, built in code so the figures are repeatable.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/model/topology_spec.h>

namespace teacup::bench::studio {

struct GeneratedShape {
    int spouts = 20;
    int bolts = 180;
    int layers = 6;  // bolts are spread evenly over the layers
};

// Deterministic: the same shape always gives the same spec. Bolt j of a layer reads one
// component of the previous layer, and a second one when j % 3 != 0, with groupings cycling
// through SHUFFLE, FIELDS(key), LOCAL_OR_SHUFFLE, GLOBAL, ALL and a named stream.
model::TopologySpec generateTopology(const GeneratedShape& shape = {});

// Snapshot `index` (0, 1, ...) of a run at 5 Hz: all-time and 10-minute windows for every
// component with inputs per stream, counters growing with `index`, a capacity that varies.
std::shared_ptr<const metrics::MetricsSnapshot> syntheticSnapshot(const model::TopologySpec& spec, int index);

} // namespace teacup::bench::studio
