// Storm's FixedTupleSpout and FeederSpout as YAML can use them: spouts that serve a list
// of tuples given in the topology file, split across tasks, and finish when all complete.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <teacup/sdk/plugin.h>
#include <teacup/sdk/spout.h>

namespace teacup::core {

// One instance per task; with n tasks, task index i serves tuples i, i+n, i+2n, ... one per
// nextTuple, as Storm's FixedTupleSpout does. Message id = the string "<taskId>:<index>"
// (Storm draws a random UUID; ours is deterministic so simulated runs repeat). Acks and
// fails are counted, never replayed. Exhausted once acked + failed = tuples this task serves.
// Declares `default` with `fields` only when fields are given; without them, like Storm, it
// declares nothing, so its emits fail as an unknown stream (give fields to use it).
class FixedTupleSpout : public Spout {
public:
    FixedTupleSpout(std::vector<Values> tuples, std::optional<std::vector<std::string>> fields);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override;
    void ack(const Value& messageId) override;
    void fail(const Value& messageId) override;
    bool isExhausted() const override;

    std::int64_t ackedCount() const { return m_acked; }
    std::int64_t failedCount() const { return m_failed; }

private:
    std::vector<Values> m_tuples;
    std::optional<std::vector<std::string>> m_fields;
    SpoutOutputCollector* m_collector = nullptr;
    std::vector<std::size_t> m_served;  // indexes into m_tuples this task emits, in order
    std::size_t m_next = 0;
    int m_taskId = 0;
    bool m_opened = false;
    std::set<std::string> m_pending;
    std::int64_t m_acked = 0;
    std::int64_t m_failed = 0;
};

// org.apache.storm.testing.FixedTupleSpout: constructorArgs [tuples] or [tuples, fields].
std::unique_ptr<Spout> makeFixedTupleSpout(const ComponentArgs& args);
// org.apache.storm.testing.FeederSpout: constructorArgs [fields], property `tuples`. Storm's
// feed() is a Java call YAML cannot make, so the tuples to feed are given up front.
std::unique_ptr<Spout> makeFeederSpout(const ComponentArgs& args);
void registerFixedTupleSpouts(PluginRegistrar& registrar);

} // namespace teacup::core
