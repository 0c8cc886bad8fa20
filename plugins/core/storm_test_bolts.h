// Stand-ins for the bolts of Storm's org.apache.storm.testing package that a Flux file can
// name: TestGlobalCount, TestAggregatesCounter, TestPlannerBolt, IdentityBolt, TestConfBolt
// (TestWordCounter is WordCount, see word_bolts.h).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/plugin.h>

namespace teacup::core {

// Rich bolt: counts its inputs, emits (count) anchored to the input, then acks it; field
// `global-count`.
class TestGlobalCount : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) override;
    void execute(const Tuple& input) override;

private:
    OutputCollector* m_collector = nullptr;
    std::int64_t m_count = 0;
};

// Rich bolt: input (word, count); keeps the latest count per word and emits their sum
// **unanchored**, then acks; field `agg-global`.
class TestAggregatesCounter : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) override;
    void execute(const Tuple& input) override;

private:
    OutputCollector* m_collector = nullptr;
    std::map<std::string, std::int64_t> m_latest;
};

// Rich bolt that does nothing at all, declares (field1, field2). Like Storm's, it does not
// even ack, so trees through it time out: it is a planning placeholder, not a sink.
class TestPlannerBolt : public Bolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) override;
    void execute(const Tuple& input) override;
};

// BasicBolt that re-emits every input's values unchanged on the given fields.
class IdentityBolt : public BasicBolt {
public:
    explicit IdentityBolt(std::vector<std::string> fields);
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    std::vector<std::string> m_fields;
};

// BasicBolt: input field 0 names a config key; emits (key, its value in the config seen at
// prepare, null when absent) on fields `conf`, `value`. Returns the map it was given as its
// component configuration, so it shows how component config overlays topology config.
class TestConfBolt : public BasicBolt {
public:
    explicit TestConfBolt(Config componentConf);
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    Config componentConfiguration() const override { return m_componentConf; }
    void prepare(const Config& conf, TopologyContext& context) override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    Config m_componentConf;
    Config m_conf;
};

std::unique_ptr<Bolt> makeTestGlobalCount(const ComponentArgs& args);
std::unique_ptr<Bolt> makeTestAggregatesCounter(const ComponentArgs& args);
std::unique_ptr<Bolt> makeTestPlannerBolt(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeIdentityBolt(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeTestConfBolt(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeTestWordCounter(const ComponentArgs& args);
void registerStormTestBolts(PluginRegistrar& registrar);

} // namespace teacup::core
