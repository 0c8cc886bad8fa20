// Benchmark components of the core pack: ConstSpout (a constant tuple as fast as it is
// asked) and NullBolt (acks and drops), so a run measures the runtime, not the components.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/plugin.h>
#include <teacup/sdk/spout.h>

namespace teacup::core {

// teacup.core.ConstSpout: each nextTuple emits up to `batchSize` copies of one value on
// field `value`. Reliable: message id = this task's sequence number (Long), and a batch
// never takes the task past `topology.max.spout.pending` open trees. Never exhausted.
class ConstSpout : public Spout {
public:
    static constexpr int kDefaultBatchSize = 64;

    ConstSpout(bool reliable, Value value, int batchSize);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override;

private:
    bool m_reliable;
    Value m_value;
    int m_batchSize;
    std::optional<std::int64_t> m_maxPending;
    SpoutOutputCollector* m_collector = nullptr;
    std::int64_t m_nextSequence = 0;
};

// teacup.core.NullBolt: acks every input, emits nothing, declares no stream.
class NullBolt : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) override;
    void execute(const Tuple& input) override;

private:
    OutputCollector* m_collector = nullptr;
};

std::unique_ptr<Spout> makeConstSpout(const ComponentArgs& args);
std::unique_ptr<Bolt> makeNullBolt(const ComponentArgs& args);
void registerBenchComponents(PluginRegistrar& registrar);

} // namespace teacup::core
