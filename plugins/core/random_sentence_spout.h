// teacup.core.RandomSentenceSpout: storm-starter's sentence source, drawing from the task's
// seeded Random so simulated runs repeat; reliable mode replays failed sentences.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <teacup/sdk/plugin.h>
#include <teacup/sdk/spout.h>

namespace teacup::core {

// One instance per task. Emits one sentence per nextTuple on field `sentence`.
// Reliable: message id = this task's sequence number (Long, from 0); a failed sentence is
// re-emitted with the same id before any new one. Unreliable: no message id.
// maxTuples (optional) caps the number of fresh sentences; the spout is then exhausted once
// all of them are emitted (unreliable) or acked (reliable; failures are replayed first).
class RandomSentenceSpout : public Spout {
public:
    static constexpr int kSentenceCount = 5;
    static const char* const kSentences[kSentenceCount];

    RandomSentenceSpout(bool reliable, std::optional<std::int64_t> maxTuples);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override;
    void ack(const Value& messageId) override;
    void fail(const Value& messageId) override;
    bool isExhausted() const override;

private:
    bool m_reliable;
    std::optional<std::int64_t> m_maxTuples;
    TopologyContext* m_context = nullptr;
    SpoutOutputCollector* m_collector = nullptr;
    std::int64_t m_nextSequence = 0;
    std::map<std::int64_t, std::string> m_pending;  // sequence -> sentence, reliable only
    std::deque<std::int64_t> m_replay;              // failed sequences, oldest first
};

std::unique_ptr<Spout> makeRandomSentenceSpout(const ComponentArgs& args);
void registerRandomSentenceSpout(PluginRegistrar& registrar);

} // namespace teacup::core
