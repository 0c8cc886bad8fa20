// Reader side of TaskMetrics: copies the cumulative counters out for the sampler.
#include "metrics/task_metrics.h"

namespace teacup::metrics {

TaskMetrics::TaskMetrics(int taskId, std::size_t outputStreamCount, std::size_t inputCount)
    : m_taskId(taskId), m_outputCount(outputStreamCount), m_inputCount(inputCount),
      m_outputs(std::make_unique<Line[]>(outputStreamCount)), m_inputs(std::make_unique<Line[]>(inputCount)) {}

std::uint64_t TaskMetrics::outputCounter(std::size_t stream, OutputCounter c) const {
    assert(stream < m_outputCount && "TaskMetrics: output stream index out of range");
    return m_outputs[stream].value[static_cast<std::size_t>(c)].load(std::memory_order_relaxed);
}

std::uint64_t TaskMetrics::inputCounter(std::size_t input, InputCounter c) const {
    assert(input < m_inputCount && "TaskMetrics: input index out of range");
    return m_inputs[input].value[static_cast<std::size_t>(c)].load(std::memory_order_relaxed);
}

void TaskMetrics::readCounters(std::uint64_t* out) const {
    for (std::size_t s = 0; s < m_outputCount; ++s)
        for (std::size_t c = 0; c < kCountersPerOutput; ++c)
            *out++ = m_outputs[s].value[c].load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < m_inputCount; ++i)
        for (std::size_t c = 0; c < kCountersPerInput; ++c)
            *out++ = m_inputs[i].value[c].load(std::memory_order_relaxed);
}

} // namespace teacup::metrics
