// Benchmark components: ConstSpout and NullBolt (see bench_components.h).
#include "bench_components.h"

#include <algorithm>

#include "arg_checks.h"

namespace teacup::core {

namespace {
constexpr std::int64_t kMaxBatchSize = 4096;
} // namespace

ConstSpout::ConstSpout(bool reliable, Value value, int batchSize)
    : m_reliable(reliable), m_value(std::move(value)), m_batchSize(batchSize) {}

void ConstSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"value"}); }

void ConstSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    (void)context;
    m_collector = &collector;
    m_maxPending = configInt(conf, "topology.max.spout.pending");
}

void ConstSpout::nextTuple() {
    if (!m_reliable) {
        for (int i = 0; i < m_batchSize; ++i) m_collector->emit({m_value});
        return;
    }
    std::int64_t room = m_batchSize;
    if (m_maxPending && *m_maxPending > 0)
        room = std::min<std::int64_t>(room, *m_maxPending - m_collector->pendingCount());
    for (std::int64_t i = 0; i < room; ++i) m_collector->emit({m_value}, Value(static_cast<long long>(m_nextSequence++)));
}

void NullBolt::declareOutputFields(OutputFieldsDeclarer& declarer) const { (void)declarer; }

void NullBolt::prepare(const Config& conf, TopologyContext& context, OutputCollector& collector) {
    (void)conf;
    (void)context;
    m_collector = &collector;
}

void NullBolt::execute(const Tuple& input) { m_collector->ack(input); }

std::unique_ptr<Spout> makeConstSpout(const ComponentArgs& args) {
    const auto reliable = optionalBool(args, 0, false);
    if (!reliable || args.argCount() > 1)
        return refuseArgs<Spout>(args, "ConstSpout expects constructorArgs [] or [reliable (bool)]");
    if (!checkPropertiesAndMethods(args, "ConstSpout", {"value", "batchSize"})) return nullptr;
    Value value("teacup");
    if (auto property = args.property("value")) value = *property;
    std::int64_t batchSize = ConstSpout::kDefaultBatchSize;
    if (auto property = args.property("batchSize")) {
        const auto given = integerValue(*property);
        if (!given || *given < 1 || *given > kMaxBatchSize) {
            args.refuse("ConstSpout property batchSize must be an integer from 1 to " + std::to_string(kMaxBatchSize));
            return nullptr;
        }
        batchSize = *given;
    }
    return std::make_unique<ConstSpout>(*reliable, std::move(value), static_cast<int>(batchSize));
}

std::unique_ptr<Bolt> makeNullBolt(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "NullBolt")) return nullptr;
    return std::make_unique<NullBolt>();
}

void registerBenchComponents(PluginRegistrar& registrar) {
    registrar.registerSpout(
        "teacup.core.ConstSpout", makeConstSpout,
        {"Benchmark source: emits a batch of one constant value per nextTuple; reliable mode numbers the tuples "
         "and stays within topology.max.spout.pending.",
         "constructorArgs: [] or [reliable (bool, default false)]; properties value (any, default \"teacup\"), "
         "batchSize (int 1-4096, default 64)",
         "default: [value]"});
    registrar.registerBolt("teacup.core.NullBolt", makeNullBolt,
                           {"Benchmark sink: acks every input and emits nothing.", "no constructorArgs",
                            "none"});
}

} // namespace teacup::core
