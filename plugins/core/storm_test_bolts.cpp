// Storm testing-package bolts (see storm_test_bolts.h).
#include "storm_test_bolts.h"

#include "arg_checks.h"
#include "value_text.h"
#include "word_bolts.h"

namespace teacup::core {

void TestGlobalCount::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"global-count"}); }

void TestGlobalCount::prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) {
    (void)conf;
    (void)context;
    m_collector = &collector;
}

void TestGlobalCount::execute(const Tuple& input) {
    m_collector->emit(input, {Value::integer(++m_count)});
    m_collector->ack(input);
}

void TestAggregatesCounter::declareOutputFields(OutputFieldsDeclarer& declarer) const {
    declarer.declare({"agg-global"});
}

void TestAggregatesCounter::prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) {
    (void)conf;
    (void)context;
    m_collector = &collector;
}

void TestAggregatesCounter::execute(const Tuple& input) {
    m_latest[countKey(input.value(0))] = input.value(1).asInt();
    std::int64_t sum = 0;
    for (const auto& [word, count] : m_latest) sum += count;
    m_collector->emit({Value::integer(sum)});
    m_collector->ack(input);
}

void TestPlannerBolt::declareOutputFields(OutputFieldsDeclarer& declarer) const {
    declarer.declare({"field1", "field2"});
}

void TestPlannerBolt::prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) {
    (void)conf;
    (void)context;
    (void)collector;
}

void TestPlannerBolt::execute(const Tuple& input) { (void)input; }

IdentityBolt::IdentityBolt(std::vector<std::string> fields) : m_fields(std::move(fields)) {}

void IdentityBolt::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare(Fields(m_fields)); }

void IdentityBolt::execute(const Tuple& input, BasicOutputCollector& collector) { collector.emit(input.values()); }

TestConfBolt::TestConfBolt(Config componentConf) : m_componentConf(std::move(componentConf)) {}

void TestConfBolt::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"conf", "value"}); }

void TestConfBolt::prepare(const Config& conf, TopologyContext& context) {
    (void)context;
    m_conf = conf;
}

void TestConfBolt::execute(const Tuple& input, BasicOutputCollector& collector) {
    const Value& key = input.value(0);
    auto it = m_conf.find(key.asString());
    collector.emit({key, it == m_conf.end() ? Value() : it->second});
}

std::unique_ptr<Bolt> makeTestGlobalCount(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "TestGlobalCount")) return nullptr;
    return std::make_unique<TestGlobalCount>();
}

std::unique_ptr<Bolt> makeTestAggregatesCounter(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "TestAggregatesCounter")) return nullptr;
    return std::make_unique<TestAggregatesCounter>();
}

std::unique_ptr<Bolt> makeTestPlannerBolt(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "TestPlannerBolt")) return nullptr;
    return std::make_unique<TestPlannerBolt>();
}

std::unique_ptr<BasicBolt> makeTestWordCounter(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "TestWordCounter")) return nullptr;
    return std::make_unique<WordCount>();
}

std::unique_ptr<BasicBolt> makeIdentityBolt(const ComponentArgs& args) {
    const auto fields = stringList(args.arg(0));
    if (args.argCount() != 1 || !fields || fields->empty())
        return refuseArgs<BasicBolt>(args, "IdentityBolt expects constructorArgs [fields (list of strings)]");
    if (!checkPropertiesAndMethods(args, "IdentityBolt", {})) return nullptr;
    return std::make_unique<IdentityBolt>(*fields);
}

std::unique_ptr<BasicBolt> makeTestConfBolt(const ComponentArgs& args) {
    if (args.argCount() > 1 || (args.argCount() == 1 && !args.arg(0).isMap()))
        return refuseArgs<BasicBolt>(args, "TestConfBolt expects constructorArgs [] or [componentConf (map)]");
    if (!checkPropertiesAndMethods(args, "TestConfBolt", {})) return nullptr;
    return std::make_unique<TestConfBolt>(args.arg(0).asMap());
}

void registerStormTestBolts(PluginRegistrar& registrar) {
    // Every class answers to Storm's name and to the teacup.core alias.
    const auto bolt = [&registrar](const std::string& name, BoltFactory factory, const ComponentDoc& doc) {
        registrar.registerBolt("org.apache.storm.testing." + name, factory, doc);
        registrar.registerBolt("teacup.core." + name, std::move(factory), doc);
    };
    const auto basic = [&registrar](const std::string& name, BasicBoltFactory factory, const ComponentDoc& doc) {
        registrar.registerBasicBolt("org.apache.storm.testing." + name, factory, doc);
        registrar.registerBasicBolt("teacup.core." + name, std::move(factory), doc);
    };
    basic("TestWordCounter", makeTestWordCounter,
         {"Storm's TestWordCounter: counts input field 0 per task and emits (word, new count).", "no constructorArgs",
          "default: [word, count]"});
    bolt("TestGlobalCount", makeTestGlobalCount,
         {"Counts its inputs and emits the running count anchored to each, then acks.", "no constructorArgs",
          "default: [global-count]"});
    bolt("TestAggregatesCounter", makeTestAggregatesCounter,
         {"Input (word, count): keeps the latest count per word and emits their sum unanchored, then acks.",
          "no constructorArgs", "default: [agg-global]"});
    bolt("TestPlannerBolt", makeTestPlannerBolt,
         {"A placeholder bolt that does nothing (it does not ack, so trees through it time out).",
          "no constructorArgs", "default: [field1, field2]"});
    basic("IdentityBolt", makeIdentityBolt,
         {"Re-emits every input's values unchanged, anchored.", "constructorArgs: [fields (list of strings)]",
          "default: the given fields"});
    basic("TestConfBolt", makeTestConfBolt,
         {"Input field 0 names a config key; emits (key, its value in the config seen at prepare).",
          "constructorArgs: [] or [componentConf (map): returned as component configuration]",
          "default: [conf, value]"});
}

} // namespace teacup::core
