// What the metrics need to know about one task of the physical plan: its place (component,
// executor) and the names behind the stream and input indexes the hot path counts by.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teacup::metrics {

// Filled by the runtime from its physical plan, one per task (system tasks such as ackers
// included). The index of a name in `outputStreams` / `inputs` is the index TaskMetrics takes.
struct TaskDescriptor {
    int taskId = 0;
    int executor = 0;                  // tasks sharing a value share an executor (one thread)
    std::string component;
    bool spout = false;
    std::vector<std::string> outputStreams;                    // declared output stream ids
    std::vector<std::pair<std::string, std::string>> inputs;   // (source component, stream)
};

// Storm hides streams and components whose id starts with "__" unless sys=1.
inline bool isSystemId(std::string_view id) { return id.size() >= 2 && id[0] == '_' && id[1] == '_'; }

} // namespace teacup::metrics
