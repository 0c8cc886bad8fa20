// Small builders for the TaskDescriptors the metrics tests feed the registry, so each test
// reads as the topology it describes.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "metrics/task_descriptor.h"

namespace teacup::metrics::testing {

inline constexpr std::int64_t kSecond = 1'000'000'000;
inline constexpr std::int64_t kMilli = 1'000'000;

inline TaskDescriptor spoutTask(int taskId, int executor, std::string component,
                                std::vector<std::string> streams = {"default"}) {
    return TaskDescriptor{taskId, executor, std::move(component), true, std::move(streams), {}};
}

inline TaskDescriptor boltTask(int taskId, int executor, std::string component,
                               std::vector<std::pair<std::string, std::string>> inputs,
                               std::vector<std::string> streams = {"default"}) {
    return TaskDescriptor{taskId, executor, std::move(component), false, std::move(streams), std::move(inputs)};
}

} // namespace teacup::metrics::testing
