// The word-count family of the core pack: SplitSentence, WordCount and FieldCount, all
// BasicBolts (the executor anchors their emits to the input and acks it afterwards).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/plugin.h>

namespace teacup::core {

// teacup.core.SplitSentence: splits the string in input field 0 on whitespace and emits one
// tuple per non-empty word on field `word`. A non-string input emits nothing.
class SplitSentence : public BasicBolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;
};

// Running count of values, one map per task (a restarted task starts from zero).
class ValueCounter {
public:
    // The new count of `value` (Int while it fits 32 bits, as a Java Integer count would).
    Value increment(const Value& value);

private:
    std::unordered_map<std::string, std::int64_t> m_counts;
};

// teacup.core.WordCount (and Storm's TestWordCounter): counts input field 0 per task and
// emits (word, count) with the new count on fields `word`, `count`.
class WordCount : public BasicBolt {
public:
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    ValueCounter m_counter;
};

// teacup.core.FieldCount: counts the values of one named input field per task and emits
// (value, count) on fields `<field>`, `count`. An input without that field fails with a
// reported error naming the source component.
class FieldCount : public BasicBolt {
public:
    explicit FieldCount(std::string field);
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    std::string m_field;
    ValueCounter m_counter;
};

std::unique_ptr<BasicBolt> makeSplitSentence(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeWordCount(const ComponentArgs& args);
std::unique_ptr<BasicBolt> makeFieldCount(const ComponentArgs& args);
void registerWordBolts(PluginRegistrar& registrar);

} // namespace teacup::core
