// FixedTupleSpout and FeederSpout (see fixed_tuple_spout.h).
#include "fixed_tuple_spout.h"

#include "arg_checks.h"

namespace teacup::core {

FixedTupleSpout::FixedTupleSpout(std::vector<Values> tuples, std::optional<std::vector<std::string>> fields)
    : m_tuples(std::move(tuples)), m_fields(std::move(fields)) {}

void FixedTupleSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const {
    if (m_fields) declarer.declare(Fields(*m_fields));
}

void FixedTupleSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    (void)conf;
    m_collector = &collector;
    m_taskId = context.thisTaskId();
    const auto tasks = context.componentTasks(context.thisComponentId());
    const std::size_t taskCount = tasks.empty() ? 1 : tasks.size();
    for (std::size_t i = static_cast<std::size_t>(context.thisTaskIndex()); i < m_tuples.size(); i += taskCount)
        m_served.push_back(i);
    m_opened = true;
}

void FixedTupleSpout::nextTuple() {
    if (m_next >= m_served.size()) return;
    const std::size_t index = m_served[m_next++];
    std::string messageId = std::to_string(m_taskId) + ":" + std::to_string(index);
    // Recorded before emitting: with `topology.acker.executors: 0` ack() runs inside emit.
    m_pending.insert(messageId);
    m_collector->emit(m_tuples[index], Value(std::move(messageId)));
}

void FixedTupleSpout::ack(const Value& messageId) {
    if (m_pending.erase(messageId.asString()) > 0) ++m_acked;
}

void FixedTupleSpout::fail(const Value& messageId) {
    if (m_pending.erase(messageId.asString()) > 0) ++m_failed;
}

bool FixedTupleSpout::isExhausted() const {
    return m_opened && m_acked + m_failed == static_cast<std::int64_t>(m_served.size());
}

std::unique_ptr<Spout> makeFixedTupleSpout(const ComponentArgs& args) {
    const std::string expected = "FixedTupleSpout expects constructorArgs [tuples (list of lists)] or [tuples (list "
                                 "of lists), fields (list of strings)]";
    const auto tuples = tupleList(args.arg(0));
    if (args.argCount() < 1 || args.argCount() > 2 || !tuples) return refuseArgs<Spout>(args, expected);
    std::optional<std::vector<std::string>> fields;
    if (args.argCount() == 2) {
        fields = stringList(args.arg(1));
        if (!fields || fields->empty()) return refuseArgs<Spout>(args, expected);
        if (!checkTupleWidths(args, "FixedTupleSpout", *tuples, *fields)) return nullptr;
    }
    if (!checkPropertiesAndMethods(args, "FixedTupleSpout", {})) return nullptr;
    return std::make_unique<FixedTupleSpout>(*tuples, fields);
}

std::unique_ptr<Spout> makeFeederSpout(const ComponentArgs& args) {
    const auto fields = stringList(args.arg(0));
    if (args.argCount() != 1 || !fields || fields->empty())
        return refuseArgs<Spout>(args, "FeederSpout expects constructorArgs [fields (list of strings)]");
    if (!checkPropertiesAndMethods(args, "FeederSpout", {"tuples"})) return nullptr;
    std::vector<Values> tuples;
    if (auto property = args.property("tuples")) {
        auto given = tupleList(*property);
        if (!given) {
            args.refuse("FeederSpout property tuples must be a list of lists (one list of values per tuple)");
            return nullptr;
        }
        tuples = std::move(*given);
    }
    if (!checkTupleWidths(args, "FeederSpout", tuples, *fields)) return nullptr;
    return std::make_unique<FixedTupleSpout>(std::move(tuples), fields);
}

void registerFixedTupleSpouts(PluginRegistrar& registrar) {
    const ComponentDoc fixedDoc{
        "Storm's FixedTupleSpout: task i of n emits tuples i, i+n, ... once each, message id \"<taskId>:<index>\"; "
        "exhausted when they are all acked or failed.",
        "constructorArgs: [tuples (list of lists)] or [tuples, fields (list of strings)]",
        "default: the given fields (nothing declared without fields, as in Storm)"};
    registrar.registerSpout("org.apache.storm.testing.FixedTupleSpout", makeFixedTupleSpout, fixedDoc);
    registrar.registerSpout("teacup.core.FixedTupleSpout", makeFixedTupleSpout, fixedDoc);
    const ComponentDoc feederDoc{
        "Storm's FeederSpout for YAML: the tuples to feed are the `tuples` property, served like FixedTupleSpout "
        "(one per nextTuple, with message ids, never replayed).",
        "constructorArgs: [fields (list of strings)]; property tuples (list of lists)", "default: the given fields"};
    registrar.registerSpout("org.apache.storm.testing.FeederSpout", makeFeederSpout, feederDoc);
    registrar.registerSpout("teacup.core.FeederSpout", makeFeederSpout, feederDoc);
}

} // namespace teacup::core
