// Stand-ins for Storm's TestWordSpout and TestPlannerSpout (org.apache.storm.testing), so
// Flux files that name them run unmodified. Time comes from the task's context clock.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <teacup/sdk/plugin.h>
#include <teacup/sdk/spout.h>

namespace teacup::core {

// Storm's TestWordSpout sleeps 100 ms in every nextTuple and then emits one random word of
// {nathan, mike, jackson, golda, bertels}, unanchored (no message id), on field `word`.
// Teacup never sleeps in a component: nextTuple emits only once the context clock reached
// 100 ms after open or after the previous emit, and otherwise returns empty-handed so the
// executor's idle backoff paces it (in the simulated scheduler too). Non-distributed asks
// for topology.max.task.parallelism = 1, as Storm's does.
class TestWordSpout : public Spout {
public:
    static constexpr std::int64_t kIntervalNanos = 100'000'000;
    static const std::vector<std::string>& words();

    explicit TestWordSpout(bool distributed);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    Config componentConfiguration() const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override;

private:
    bool m_distributed;
    TopologyContext* m_context = nullptr;
    SpoutOutputCollector* m_collector = nullptr;
    std::int64_t m_nextEmitNanos = 0;
};

// Storm's TestPlannerSpout: a placeholder that emits nothing, declares `fields` (default
// field1, field2). Since it never emits, it reports itself exhausted from the start.
class TestPlannerSpout : public Spout {
public:
    TestPlannerSpout(std::vector<std::string> fields, bool distributed);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    Config componentConfiguration() const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override {}
    bool isExhausted() const override { return true; }

private:
    std::vector<std::string> m_fields;
    bool m_distributed;
};

std::unique_ptr<Spout> makeTestWordSpout(const ComponentArgs& args);
std::unique_ptr<Spout> makeTestPlannerSpout(const ComponentArgs& args);
void registerStormTestSpouts(PluginRegistrar& registrar);

} // namespace teacup::core
