// The per-component statistics table `teacup run` prints (live on a terminal, and at the end).
#pragma once

#include <string>

#include <teacup/metrics/metrics_snapshot.h>

namespace teacup::cli {

// One row per component (spouts first), Storm UI's columns, for window `w`.
std::string formatStatsTable(const metrics::MetricsSnapshot& snapshot, metrics::Window w, bool showSystem);

} // namespace teacup::cli
