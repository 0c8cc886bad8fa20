// teacup.example.Countdown: a reliable spout that emits N, N-1, ..., 1 and then is done.
#pragma once

#include <cstdint>
#include <memory>
#include <set>

#include <teacup/sdk/sdk.h>

namespace example {

// constructorArgs [N] (N >= 0). Declares `default` with the field "n". With several tasks,
// task index i emits the numbers k with (N - k) % tasks == i, so together they emit each
// number once. The number is also the message id; acks and fails are counted, never
// replayed. Exhausted once every number this task emitted is acked or failed.
class CountdownSpout : public teacup::Spout {
public:
    explicit CountdownSpout(std::int64_t from) : m_from(from) {}

    void declareOutputFields(teacup::OutputFieldsDeclarer& declarer) const override;
    void open(const teacup::Config& conf, teacup::TopologyContext& context,
              teacup::SpoutOutputCollector& collector) override;
    void nextTuple() override;
    void ack(const teacup::Value& messageId) override;
    void fail(const teacup::Value& messageId) override;
    bool isExhausted() const override;

private:
    std::int64_t m_from = 0;
    teacup::SpoutOutputCollector* m_collector = nullptr;
    std::int64_t m_next = 0; // next number to emit; done when < 1
    std::int64_t m_step = 1; // the number of tasks of this component
    std::set<std::int64_t> m_pending;
    bool m_opened = false;
};

std::unique_ptr<teacup::Spout> makeCountdownSpout(const teacup::ComponentArgs& args);

} // namespace example
