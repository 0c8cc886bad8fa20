// The spout interface (Storm's ISpout + IRichSpout) that native components implement.
#pragma once

#include <teacup/sdk/config.h>
#include <teacup/sdk/output_fields_declarer.h>
#include <teacup/sdk/spout_output_collector.h>
#include <teacup/sdk/topology_context.h>

namespace teacup {

// One instance per task, created by the component's factory on the task's executor thread,
// and recreated from scratch when the supervisor restarts a killed task. `context` and
// `collector` outlive the instance. nextTuple should emit at most a few tuples and return;
// when it emits nothing the executor backs off (Storm's spout wait strategy).
// An exception escaping any method is caught by the executor, reported with component and
// task, and the task is restarted by the supervisor.
class Spout {
public:
    virtual ~Spout() = default;
    virtual void declareOutputFields(OutputFieldsDeclarer& declarer) const = 0;
    // Component configuration this spout asks for (Storm's getComponentConfiguration).
    virtual Config componentConfiguration() const { return {}; }

    virtual void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) = 0;
    virtual void nextTuple() = 0;
    virtual void ack(const Value& messageId) { (void)messageId; }
    virtual void fail(const Value& messageId) { (void)messageId; }
    virtual void activate() {}
    virtual void deactivate() {}
    virtual void close() {}
    // Storm's CompletableSpout: true once every tuple it will ever emit is acked or failed.
    // Spouts that never finish return false.
    virtual bool isExhausted() const { return false; }
};

} // namespace teacup
