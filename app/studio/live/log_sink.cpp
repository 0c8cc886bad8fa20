// installStudioLogSink(): an spdlog sink feeding StudioLogQueue (see log_sink.h).
#include "live/log_sink.h"

#include <algorithm>
#include <chrono>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

namespace teacup::studio {

namespace {

LogLevel levelOf(spdlog::level::level_enum level) {
    switch (level) {
    case spdlog::level::trace: return LogLevel::Trace;
    case spdlog::level::debug: return LogLevel::Debug;
    case spdlog::level::info: return LogLevel::Info;
    case spdlog::level::warn: return LogLevel::Warn;
    case spdlog::level::err: return LogLevel::Error;
    default: return LogLevel::Critical;
    }
}

class QueueSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit QueueSink(std::shared_ptr<StudioLogQueue> queue) : m_queue(std::move(queue)) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        LogRecord r;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count();
        r.time = QDateTime::fromMSecsSinceEpoch(ms);
        r.level = levelOf(msg.level);
        r.logger = QString::fromUtf8(msg.logger_name.data(), static_cast<qsizetype>(msg.logger_name.size()));
        r.message = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        r.component = componentOfMessage(r.message);
        m_queue->push(std::move(r));
    }
    void flush_() override {}

private:
    std::shared_ptr<StudioLogQueue> m_queue;
};

std::mutex g_installMutex;
std::shared_ptr<StudioLogQueue> g_queue;

} // namespace

void StudioLogQueue::push(LogRecord record) {
    std::lock_guard lock(m_mutex);
    if (m_records.size() >= kCapacity) m_records.removeFirst();
    m_records.push_back(std::move(record));
}

QVector<LogRecord> StudioLogQueue::drain() {
    std::lock_guard lock(m_mutex);
    QVector<LogRecord> out;
    out.swap(m_records);
    return out;
}

std::shared_ptr<StudioLogQueue> installStudioLogSink() {
    std::lock_guard lock(g_installMutex);
    if (g_queue) return g_queue;
    g_queue = std::make_shared<StudioLogQueue>();
    auto sink = std::make_shared<QueueSink>(g_queue);
    spdlog::default_logger()->sinks().push_back(sink);
    spdlog::apply_all([&sink](const std::shared_ptr<spdlog::logger>& logger) {
        auto& sinks = logger->sinks();
        if (std::find(sinks.begin(), sinks.end(), sink) == sinks.end()) sinks.push_back(sink);
    });
    return g_queue;
}

std::shared_ptr<StudioLogQueue> studioLogQueue() {
    std::lock_guard lock(g_installMutex);
    return g_queue;
}

} // namespace teacup::studio
