// teacup.core.RandomSentenceSpout (see random_sentence_spout.h).
#include "random_sentence_spout.h"

#include "arg_checks.h"

namespace teacup::core {

const char* const RandomSentenceSpout::kSentences[kSentenceCount] = {
    "the cow jumped over the moon", "an apple a day keeps the doctor away", "four score and seven years ago",
    "snow white and the seven dwarfs", "i am at two with nature"};

RandomSentenceSpout::RandomSentenceSpout(bool reliable, std::optional<std::int64_t> maxTuples)
    : m_reliable(reliable), m_maxTuples(maxTuples) {}

void RandomSentenceSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare({"sentence"}); }

void RandomSentenceSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    (void)conf;
    m_context = &context;
    m_collector = &collector;
}

void RandomSentenceSpout::nextTuple() {
    if (!m_replay.empty()) {
        const std::int64_t sequence = m_replay.front();
        m_replay.pop_front();
        auto it = m_pending.find(sequence);
        if (it != m_pending.end()) m_collector->emit({Value(it->second)}, Value(static_cast<long long>(sequence)));
        return;
    }
    if (m_maxTuples && m_nextSequence >= *m_maxTuples) return;
    const std::string sentence = kSentences[m_context->random().nextInt(kSentenceCount)];
    const std::int64_t sequence = m_nextSequence++;
    if (!m_reliable) {
        m_collector->emit({Value(sentence)});
        return;
    }
    // Recorded before emitting: with `topology.acker.executors: 0` ack() runs inside emit.
    m_pending.emplace(sequence, sentence);
    m_collector->emit({Value(sentence)}, Value(static_cast<long long>(sequence)));
}

void RandomSentenceSpout::ack(const Value& messageId) { m_pending.erase(messageId.asInt()); }

void RandomSentenceSpout::fail(const Value& messageId) {
    if (m_pending.count(messageId.asInt()) > 0) m_replay.push_back(messageId.asInt());
}

bool RandomSentenceSpout::isExhausted() const {
    return m_maxTuples && m_nextSequence >= *m_maxTuples && m_pending.empty();
}

std::unique_ptr<Spout> makeRandomSentenceSpout(const ComponentArgs& args) {
    const std::string expected = "RandomSentenceSpout expects constructorArgs [] or [reliable (bool)]";
    const auto reliable = optionalBool(args, 0, true);
    if (!reliable || args.argCount() > 1) return refuseArgs<Spout>(args, expected);
    if (!checkPropertiesAndMethods(args, "RandomSentenceSpout", {"maxTuples"})) return nullptr;
    std::optional<std::int64_t> maxTuples;
    if (auto property = args.property("maxTuples")) {
        maxTuples = integerValue(*property);
        if (!maxTuples || *maxTuples < 0) {
            args.refuse("RandomSentenceSpout property maxTuples must be an integer >= 0");
            return nullptr;
        }
    }
    return std::make_unique<RandomSentenceSpout>(*reliable, maxTuples);
}

void registerRandomSentenceSpout(PluginRegistrar& registrar) {
    registrar.registerSpout(
        "teacup.core.RandomSentenceSpout", makeRandomSentenceSpout,
        {"Emits one of storm-starter's five sentences, chosen by the task's seeded random source, per nextTuple; "
         "reliable mode replays failed sentences.",
         "constructorArgs: [] or [reliable (bool, default true)]; property maxTuples (int): stop after that many "
         "sentences and report exhaustion once they are all acked",
         "default: [sentence]"});
}

} // namespace teacup::core
