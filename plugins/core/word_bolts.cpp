// The word-count family: SplitSentence, WordCount, FieldCount (see word_bolts.h).
#include "word_bolts.h"

#include <teacup/sdk/errors.h>

#include "arg_checks.h"
#include "value_text.h"

namespace teacup::core {

void SplitSentence::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"word"}); }

void SplitSentence::execute(const Tuple& input, BasicOutputCollector& collector) {
    const std::string& sentence = input.value(0).asString();
    std::size_t pos = 0;
    while (pos < sentence.size()) {
        const std::size_t start = sentence.find_first_not_of(" \t\r\n", pos);
        if (start == std::string::npos) break;
        const std::size_t end = std::min(sentence.find_first_of(" \t\r\n", start), sentence.size());
        collector.emit({Value(sentence.substr(start, end - start))});
        pos = end;
    }
}

Value ValueCounter::increment(const Value& value) { return Value::integer(++m_counts[countKey(value)]); }

void WordCount::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"word", "count"}); }

void WordCount::execute(const Tuple& input, BasicOutputCollector& collector) {
    const Value& word = input.value(0);
    collector.emit({word, m_counter.increment(word)});
}

FieldCount::FieldCount(std::string field) : m_field(std::move(field)) {}

void FieldCount::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({m_field, "count"}); }

void FieldCount::execute(const Tuple& input, BasicOutputCollector& collector) {
    if (!input.contains(m_field))
        throw ReportedFailedException("FieldCount: input from '" + input.sourceComponent() + "' has no field '" +
                                      m_field + "'");
    const Value& value = input.valueByField(m_field);
    collector.emit({value, m_counter.increment(value)});
}

std::unique_ptr<BasicBolt> makeSplitSentence(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "SplitSentence")) return nullptr;
    return std::make_unique<SplitSentence>();
}

std::unique_ptr<BasicBolt> makeWordCount(const ComponentArgs& args) {
    if (!acceptsNoArgs(args, "WordCount")) return nullptr;
    return std::make_unique<WordCount>();
}

std::unique_ptr<BasicBolt> makeFieldCount(const ComponentArgs& args) {
    if (args.argCount() != 1 || !args.arg(0).isString() || args.arg(0).asString().empty())
        return refuseArgs<BasicBolt>(args, "FieldCount expects constructorArgs [field (string)]");
    if (args.arg(0).asString() == "count")
        return refuseArgs<BasicBolt>(args, "FieldCount cannot count a field named 'count' (its output field)");
    if (!checkPropertiesAndMethods(args, "FieldCount", {})) return nullptr;
    return std::make_unique<FieldCount>(args.arg(0).asString());
}

void registerWordBolts(PluginRegistrar& registrar) {
    registrar.registerBasicBolt("teacup.core.SplitSentence", makeSplitSentence,
                                {"Splits the sentence in input field 0 on whitespace, one tuple per word.",
                                 "no constructorArgs", "default: [word]"});
    registrar.registerBasicBolt("teacup.core.WordCount", makeWordCount,
                                {"Counts input field 0 per task and emits the new count (use a FIELDS grouping).",
                                 "no constructorArgs", "default: [word, count]"});
    registrar.registerBasicBolt("teacup.core.FieldCount", makeFieldCount,
                                {"Counts the values of one named input field per task and emits the new count.",
                                 "constructorArgs: [field (string)]", "default: [<field>, count]"});
}

} // namespace teacup::core
