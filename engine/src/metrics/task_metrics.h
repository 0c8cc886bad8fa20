// The hot-path counters of one task: emits, transfers, executes, acks, fails and their
// latency sums, written by the task's executor thread and read by the metrics sampler.
#pragma once

#include <atomic>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace teacup::metrics {

// Counters of one task, cumulative since the task's metrics were created.
//
// Lifecycle and ownership: created and owned by MetricsRegistry for the whole run; the runtime
// keeps a reference (stable for the registry's life) in the task's executor.
//
// Threads: exactly ONE writer thread at a time (the executor thread running the task); every
// writer method does a relaxed load and a relaxed store, no read-modify-write and no lock, so
// a second concurrent writer would lose counts. Any number of reader threads may call the
// const methods concurrently; they see each counter's value at some recent moment (counters
// are read one by one, so two counters of one read need not be from the same instant).
//
// Indexes: `stream` is the index of the task's output stream and `input` the index of its
// input (source component, stream), both in the order given to MetricsRegistry. Passing an
// index out of range is a runtime bug; debug builds assert.
//
// Counting is exact: every call counts (Storm samples 1 event in 20 and multiplies by 20).
// Negative durations count as 0.
class TaskMetrics {
public:
    enum class OutputCounter : std::size_t { Emitted, Transferred, Acked, Failed, CompleteNanos };
    enum class InputCounter : std::size_t { Executed, ExecuteNanos, Acked, Failed, ProcessNanos };
    static constexpr std::size_t kCountersPerOutput = 5;
    static constexpr std::size_t kCountersPerInput = 5;

    TaskMetrics(int taskId, std::size_t outputStreamCount, std::size_t inputCount);
    TaskMetrics(const TaskMetrics&) = delete;
    TaskMetrics& operator=(const TaskMetrics&) = delete;

    int taskId() const { return m_taskId; }
    std::size_t outputStreamCount() const { return m_outputCount; }
    std::size_t inputCount() const { return m_inputCount; }

    // --- writer side: the task's executor thread only ---

    // `n` emit calls on `stream` (Storm's "emitted").
    void emitted(std::size_t stream, std::uint64_t n = 1) { add(output(stream, OutputCounter::Emitted), n); }
    // `n` destination tasks reached on `stream` (Storm's "transferred"; 0 when nobody subscribes).
    void transferred(std::size_t stream, std::uint64_t n) { add(output(stream, OutputCounter::Transferred), n); }
    // A bolt finished execute() for a tuple from `input`, taking `executeNanos`.
    void executed(std::size_t input, std::int64_t executeNanos) {
        add(in(input, InputCounter::Executed), 1);
        add(in(input, InputCounter::ExecuteNanos), nonNegative(executeNanos));
    }
    // A bolt acked a tuple from `input`, `processNanos` after its execute() started.
    void boltAcked(std::size_t input, std::int64_t processNanos) {
        add(in(input, InputCounter::Acked), 1);
        add(in(input, InputCounter::ProcessNanos), nonNegative(processNanos));
    }
    // A bolt failed a tuple from `input`.
    void boltFailed(std::size_t input) { add(in(input, InputCounter::Failed), 1); }
    // A spout root emitted on `stream` completed `completeNanos` after the acker saw it.
    void spoutAcked(std::size_t stream, std::int64_t completeNanos) {
        add(output(stream, OutputCounter::Acked), 1);
        add(output(stream, OutputCounter::CompleteNanos), nonNegative(completeNanos));
    }
    // A spout root emitted on `stream` failed (explicit fail or timeout).
    void spoutFailed(std::size_t stream) { add(output(stream, OutputCounter::Failed), 1); }
    // Gauges, overwritten on every call; readers see the latest value.
    void setQueueDepth(std::int64_t depth) { m_queueDepth.store(depth, std::memory_order_relaxed); }
    void setBackpressure(bool on) { m_backpressure.store(on, std::memory_order_relaxed); }

    // --- reader side: any thread ---

    std::int64_t queueDepth() const { return m_queueDepth.load(std::memory_order_relaxed); }
    bool backpressure() const { return m_backpressure.load(std::memory_order_relaxed); }
    std::uint64_t outputCounter(std::size_t stream, OutputCounter c) const;
    std::uint64_t inputCounter(std::size_t input, InputCounter c) const;

    // Number of cumulative counters readCounters() writes.
    std::size_t counterCount() const { return m_outputCount * kCountersPerOutput + m_inputCount * kCountersPerInput; }
    // Copies every cumulative counter to out[0 .. counterCount()): outputs first (stream by
    // stream, OutputCounter order), then inputs (InputCounter order).
    void readCounters(std::uint64_t* out) const;

private:
    // One cache line per stream or input, so neighbouring tasks on other threads never share
    // a line with this task's counters.
    static constexpr std::size_t kCacheLineBytes = 64;
    static constexpr std::size_t kCountersPerLine = 5;
    static_assert(kCountersPerOutput <= kCountersPerLine && kCountersPerInput <= kCountersPerLine);
    struct alignas(kCacheLineBytes) Line {
        std::atomic<std::uint64_t> value[kCountersPerLine]{};
    };

    static void add(std::atomic<std::uint64_t>& c, std::uint64_t n) {
        c.store(c.load(std::memory_order_relaxed) + n, std::memory_order_relaxed);
    }
    static std::uint64_t nonNegative(std::int64_t v) { return v > 0 ? static_cast<std::uint64_t>(v) : 0; }
    std::atomic<std::uint64_t>& output(std::size_t stream, OutputCounter c) {
        assert(stream < m_outputCount && "TaskMetrics: output stream index out of range");
        return m_outputs[stream].value[static_cast<std::size_t>(c)];
    }
    std::atomic<std::uint64_t>& in(std::size_t input, InputCounter c) {
        assert(input < m_inputCount && "TaskMetrics: input index out of range");
        return m_inputs[input].value[static_cast<std::size_t>(c)];
    }

    int m_taskId;
    std::size_t m_outputCount;
    std::size_t m_inputCount;
    std::unique_ptr<Line[]> m_outputs;
    std::unique_ptr<Line[]> m_inputs;
    alignas(kCacheLineBytes) std::atomic<std::int64_t> m_queueDepth{0};
    std::atomic<bool> m_backpressure{false};
};

} // namespace teacup::metrics
