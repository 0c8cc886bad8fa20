// The studio's spdlog sink: every record the engine (or the studio) logs is copied into a
// mutex-protected queue that the log panel drains on a GUI-thread timer.
#pragma once

#include <memory>
#include <mutex>

#include <QVector>

#include "models/log_model.h"

namespace teacup::studio {

// Thread-safe: push() from any logging thread, drain() from the GUI thread. Bounded: beyond
// `kCapacity` queued records the oldest are dropped (the panel shows the newest anyway).
class StudioLogQueue {
public:
    static constexpr int kCapacity = 50'000;
    void push(LogRecord record);
    QVector<LogRecord> drain();

private:
    std::mutex m_mutex;
    QVector<LogRecord> m_records;
};

// Adds the studio sink to spdlog's default logger and to every logger registered so far.
// Idempotent: later calls return the same queue. Call once on the GUI thread at start-up,
// before any run (spdlog's sink lists are not meant to change while others log).
std::shared_ptr<StudioLogQueue> installStudioLogSink();
// The installed queue; nullptr before installStudioLogSink().
std::shared_ptr<StudioLogQueue> studioLogQueue();

} // namespace teacup::studio
