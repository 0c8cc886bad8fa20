// Storm UI's REST view of a metrics snapshot (the spouts/bolts part of
// /api/v1/topology/{id}?window=W), so Storm tooling and users read Teacup's numbers as usual.
#pragma once

#include <string>

#include <teacup/metrics/metrics_snapshot.h>

namespace teacup::metrics {

// One JSON document for window `w`:
//   {"window", "windowPretty", "uptimeSeconds", "topologyStats":[...one per window...],
//    "spouts":[{"spoutId","tasks","executors","emitted","transferred","acked","failed",
//               "completeLatency","lastError"}],
//    "bolts":[{"boltId","tasks","executors","emitted","transferred","acked","failed",
//              "executed","executeLatency","processLatency","capacity","lastError"}]}
// Window keys are Storm's ("10", "60", "600", ":all-time"); latencies and capacity are
// strings formatted "%.3f" and lastError is cut to 200 characters, as Storm sends them.
// With `sys` false (Storm's default sys=0) components whose id starts with "__" are left out
// and emitted/transferred leave out "__" streams; with `sys` true both are included.
// Never throws.
std::string toStormUiJson(const MetricsSnapshot& snapshot, Window w, bool sys = false);

} // namespace teacup::metrics
