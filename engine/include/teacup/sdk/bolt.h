// The bolt interfaces native components implement: Bolt (Storm's IRichBolt) and BasicBolt
// (Storm's IBasicBolt, auto-anchored and auto-acked).
#pragma once

#include <teacup/sdk/config.h>
#include <teacup/sdk/errors.h>
#include <teacup/sdk/output_collector.h>
#include <teacup/sdk/output_fields_declarer.h>
#include <teacup/sdk/topology_context.h>

namespace teacup {

// One instance per task; lifecycle as for Spout. execute runs once per input tuple on the
// task's executor thread; the bolt must ack or fail every input (or hold it and do so later).
class Bolt {
public:
    virtual ~Bolt() = default;
    virtual void declareOutputFields(OutputFieldsDeclarer& declarer) const = 0;
    virtual Config componentConfiguration() const { return {}; }

    virtual void prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) = 0;
    virtual void execute(const Tuple& input) = 0;
    virtual void cleanup() {}
};

// Emits of a BasicBolt: every emit is anchored to the input being executed.
class BasicOutputCollector {
public:
    virtual ~BasicOutputCollector() = default;
    virtual std::span<const int> emit(const std::string& streamId, Values values) = 0;
    virtual void emitDirect(int taskId, const std::string& streamId, Values values) = 0;
    virtual void resetTimeout() = 0;
    virtual void reportError(const std::string& message) = 0;

    std::span<const int> emit(Values values) { return emit(kDefaultStream, std::move(values)); }
    void emitDirect(int taskId, Values values) { emitDirect(taskId, kDefaultStream, std::move(values)); }
};

// The input is acked when execute returns; FailedException fails it (ReportedFailedException
// also reports the message). Any other exception fails it and crashes the task, which the
// supervisor restarts.
class BasicBolt {
public:
    virtual ~BasicBolt() = default;
    virtual void declareOutputFields(OutputFieldsDeclarer& declarer) const = 0;
    virtual Config componentConfiguration() const { return {}; }

    virtual void prepare(const Config& conf, TopologyContext& context) {
        (void)conf;
        (void)context;
    }
    virtual void execute(const Tuple& input, BasicOutputCollector& collector) = 0;
    virtual void cleanup() {}
};

} // namespace teacup
