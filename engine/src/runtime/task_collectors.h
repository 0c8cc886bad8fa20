// The SDK collectors a task hands its component: thin forwarding to Task's emit paths.
#pragma once

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/spout_output_collector.h>

#include "runtime/task.h"

namespace teacup::runtime {

class Task::SpoutCollector final : public SpoutOutputCollector {
public:
    explicit SpoutCollector(Task& task) : m_task(task) {}
    using SpoutOutputCollector::emit;
    std::span<const int> emit(const std::string& stream, Values values, Value messageId) override {
        return m_task.spoutEmit(stream, std::move(values), std::move(messageId), -1);
    }
    void emitDirect(int taskId, const std::string& stream, Values values, Value messageId) override {
        m_task.spoutEmit(stream, std::move(values), std::move(messageId), taskId);
    }
    void reportError(const std::string& message) override { m_task.reportError(message); }
    int pendingCount() const override { return static_cast<int>(m_task.pendingCount()); }

private:
    Task& m_task;
};

class Task::BoltCollector final : public OutputCollector {
public:
    explicit BoltCollector(Task& task) : m_task(task) {}
    using OutputCollector::emit;
    using OutputCollector::emitDirect;
    std::span<const int> emit(const std::string& stream, std::span<const Tuple> anchors, Values values) override {
        return m_task.boltEmit(stream, anchors, std::move(values), -1);
    }
    void emitDirect(int taskId, const std::string& stream, std::span<const Tuple> anchors, Values values) override {
        m_task.boltEmit(stream, anchors, std::move(values), taskId);
    }
    void ack(const Tuple& input) override { m_task.ack(input); }
    void fail(const Tuple& input) override { m_task.fail(input); }
    void resetTimeout(const Tuple& input) override { m_task.resetTimeout(input); }
    void reportError(const std::string& message) override { m_task.reportError(message); }

private:
    Task& m_task;
};

// Anchors every emit to the input being executed (Storm's BasicOutputCollector).
class Task::BasicCollector final : public BasicOutputCollector {
public:
    explicit BasicCollector(Task& task) : m_task(task) {}
    using BasicOutputCollector::emit;
    using BasicOutputCollector::emitDirect;
    std::span<const int> emit(const std::string& stream, Values values) override {
        return m_task.boltEmit(stream, anchors(), std::move(values), -1);
    }
    void emitDirect(int taskId, const std::string& stream, Values values) override {
        m_task.boltEmit(stream, anchors(), std::move(values), taskId);
    }
    void resetTimeout() override {
        if (m_task.m_currentInput) m_task.resetTimeout(*m_task.m_currentInput);
    }
    void reportError(const std::string& message) override { m_task.reportError(message); }

private:
    std::span<const Tuple> anchors() const {
        if (!m_task.m_currentInput) return {};
        return std::span<const Tuple>(m_task.m_currentInput, 1);
    }
    Task& m_task;
};

} // namespace teacup::runtime
