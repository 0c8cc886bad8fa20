// teacup.core.FailEveryNth (see fail_every_nth.h).
#include "fail_every_nth.h"

#include <teacup/sdk/errors.h>

#include "arg_checks.h"

namespace teacup::core {

FailEveryNth::FailEveryNth(std::int64_t n, std::vector<std::string> fields) : m_n(n), m_fields(std::move(fields)) {}

void FailEveryNth::declareOutputFields(OutputFieldsDeclarer& declarer) const {
    if (!m_fields.empty()) declarer.declare(Fields(m_fields));
}

void FailEveryNth::execute(const Tuple& input, BasicOutputCollector& collector) {
    ++m_seen;
    if (m_seen % m_n == 0) throw FailedException("FailEveryNth: input " + std::to_string(m_seen) + " fails on purpose");
    if (!m_fields.empty()) collector.emit(input.values());
}

std::unique_ptr<BasicBolt> makeFailEveryNth(const ComponentArgs& args) {
    const std::string expected = "FailEveryNth expects constructorArgs [], [N (int >= 1)] or [N, fields (list of "
                                 "strings)]";
    if (args.argCount() > 2) return refuseArgs<BasicBolt>(args, expected);
    std::int64_t n = FailEveryNth::kDefaultN;
    if (args.argCount() >= 1) {
        const auto given = integerValue(args.arg(0));
        if (!given || *given < 1) return refuseArgs<BasicBolt>(args, expected);
        n = *given;
    }
    std::vector<std::string> fields;
    if (args.argCount() == 2) {
        const auto given = stringList(args.arg(1));
        if (!given || given->empty()) return refuseArgs<BasicBolt>(args, expected);
        fields = *given;
    }
    if (!checkPropertiesAndMethods(args, "FailEveryNth", {})) return nullptr;
    return std::make_unique<FailEveryNth>(n, std::move(fields));
}

void registerFailEveryNth(PluginRegistrar& registrar) {
    registrar.registerBasicBolt(
        "teacup.core.FailEveryNth", makeFailEveryNth,
        {"Fails every Nth input it executes (FailedException) and re-emits the others unchanged, anchored.",
         "constructorArgs: [], [N (int, default 10)] or [N, fields (list of strings): the input's fields]",
         "default: the given fields (none without fields)"});
}

} // namespace teacup::core
