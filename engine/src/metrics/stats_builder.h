// Turns windowed counter differences into Storm UI's statistics: per task, then per executor
// and component, then the topology row. Pure functions; the registry supplies the numbers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <teacup/metrics/component_stats.h>
#include <teacup/metrics/metrics_snapshot.h>

#include "metrics/task_descriptor.h"

namespace teacup::metrics {

// Counter differences of one task over a window, in TaskMetrics::readCounters() layout.
// `capacity` is the task's share of the capacity window spent in execute() (bolts only).
TaskStats buildTaskStats(const TaskDescriptor& task, const std::uint64_t* delta, double capacity);

// Sum of execute() nanoseconds over every input of one task's counter slice.
std::uint64_t executeNanosOf(const TaskDescriptor& task, const std::uint64_t* counters);

// Rolls the tasks of one component (ascending task ids, one component, gauges already set)
// into its row; `lastError` is the component's most recent error ("" when none).
ComponentStats aggregateComponent(std::vector<TaskStats> tasks, std::string lastError);

// Storm's topologyStats row from the component rows of one window.
TopologyStats aggregateTopology(const std::vector<ComponentStats>& components);

} // namespace teacup::metrics
