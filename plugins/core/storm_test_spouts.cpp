// TestWordSpout and TestPlannerSpout (see storm_test_spouts.h).
#include "storm_test_spouts.h"

#include "arg_checks.h"

namespace teacup::core {

namespace {

Config notDistributedConfig(bool distributed) {
    if (distributed) return {};
    return {{"topology.max.task.parallelism", Value(1)}};
}

} // namespace

const std::vector<std::string>& TestWordSpout::words() {
    static const std::vector<std::string> kWords{"nathan", "mike", "jackson", "golda", "bertels"};
    return kWords;
}

TestWordSpout::TestWordSpout(bool distributed) : m_distributed(distributed) {}

void TestWordSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"word"}); }

Config TestWordSpout::componentConfiguration() const { return notDistributedConfig(m_distributed); }

void TestWordSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    (void)conf;
    m_context = &context;
    m_collector = &collector;
    m_nextEmitNanos = context.nowNanos() + kIntervalNanos;
}

void TestWordSpout::nextTuple() {
    const std::int64_t now = m_context->nowNanos();
    if (now < m_nextEmitNanos) return;
    m_nextEmitNanos = now + kIntervalNanos;
    const auto& all = words();
    m_collector->emit({Value(all[m_context->random().nextInt(static_cast<std::uint32_t>(all.size()))])});
}

TestPlannerSpout::TestPlannerSpout(std::vector<std::string> fields, bool distributed)
    : m_fields(std::move(fields)), m_distributed(distributed) {}

void TestPlannerSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare(Fields(m_fields)); }

Config TestPlannerSpout::componentConfiguration() const { return notDistributedConfig(m_distributed); }

void TestPlannerSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    (void)conf;
    (void)context;
    (void)collector;
}

std::unique_ptr<Spout> makeTestWordSpout(const ComponentArgs& args) {
    const auto distributed = optionalBool(args, 0, true);
    if (!distributed || args.argCount() > 1)
        return refuseArgs<Spout>(args, "TestWordSpout expects constructorArgs [] or [isDistributed (bool)]");
    if (!checkPropertiesAndMethods(args, "TestWordSpout", {})) return nullptr;
    return std::make_unique<TestWordSpout>(*distributed);
}

std::unique_ptr<Spout> makeTestPlannerSpout(const ComponentArgs& args) {
    const std::string expected = "TestPlannerSpout expects constructorArgs [], [fields (list of strings)], "
                                 "[isDistributed (bool)] or [fields, isDistributed]";
    std::vector<std::string> fields{"field1", "field2"};
    bool distributed = true;
    std::size_t next = 0;
    if (args.argCount() > 0 && args.arg(0).isList()) {
        const auto given = stringList(args.arg(0));
        if (!given || given->empty()) return refuseArgs<Spout>(args, expected);
        fields = *given;
        next = 1;
    }
    if (args.argCount() > next) {
        if (!args.arg(next).isBool()) return refuseArgs<Spout>(args, expected);
        distributed = args.arg(next).asBool();
        ++next;
    }
    if (args.argCount() > next) return refuseArgs<Spout>(args, expected);
    if (!checkPropertiesAndMethods(args, "TestPlannerSpout", {})) return nullptr;
    return std::make_unique<TestPlannerSpout>(std::move(fields), distributed);
}

void registerStormTestSpouts(PluginRegistrar& registrar) {
    const ComponentDoc wordDoc{
        "Storm's TestWordSpout: one random word of nathan, mike, jackson, golda, bertels every 100 ms of context "
        "time, unanchored.",
        "constructorArgs: [] or [isDistributed (bool, default true); false sets topology.max.task.parallelism 1]",
        "default: [word]"};
    registrar.registerSpout("org.apache.storm.testing.TestWordSpout", makeTestWordSpout, wordDoc);
    registrar.registerSpout("teacup.core.TestWordSpout", makeTestWordSpout, wordDoc);
    const ComponentDoc plannerDoc{"Storm's TestPlannerSpout: a placeholder spout that emits nothing.",
                                  "constructorArgs: [], [fields], [isDistributed] or [fields (list of strings), "
                                  "isDistributed (bool)]",
                                  "default: the given fields, else [field1, field2]"};
    registrar.registerSpout("org.apache.storm.testing.TestPlannerSpout", makeTestPlannerSpout, plannerDoc);
    registrar.registerSpout("teacup.core.TestPlannerSpout", makeTestPlannerSpout, plannerDoc);
}

} // namespace teacup::core
