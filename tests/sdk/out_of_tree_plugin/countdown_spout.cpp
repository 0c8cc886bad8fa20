// CountdownSpout (see countdown_spout.h).
#include "countdown_spout.h"

namespace example {

void CountdownSpout::declareOutputFields(teacup::OutputFieldsDeclarer& declarer) const {
    declarer.declare(teacup::Fields{"n"});
}

void CountdownSpout::open(const teacup::Config& conf, teacup::TopologyContext& context,
                          teacup::SpoutOutputCollector& collector) {
    (void)conf;
    m_collector = &collector;
    const auto tasks = context.componentTasks(context.thisComponentId());
    m_step = tasks.empty() ? 1 : static_cast<std::int64_t>(tasks.size());
    m_next = m_from - context.thisTaskIndex();
    m_opened = true;
}

void CountdownSpout::nextTuple() {
    if (m_next < 1) return;
    const std::int64_t n = m_next;
    m_next -= m_step;
    // Recorded before emitting: with `topology.acker.executors: 0` ack() runs inside emit.
    m_pending.insert(n);
    m_collector->emit({teacup::Value::integer(n)}, teacup::Value::integer(n));
}

void CountdownSpout::ack(const teacup::Value& messageId) { m_pending.erase(messageId.asInt()); }

void CountdownSpout::fail(const teacup::Value& messageId) { m_pending.erase(messageId.asInt()); }

bool CountdownSpout::isExhausted() const { return m_opened && m_next < 1 && m_pending.empty(); }

std::unique_ptr<teacup::Spout> makeCountdownSpout(const teacup::ComponentArgs& args) {
    if (args.argCount() != 1 || !args.arg(0).isInteger() || args.arg(0).asInt() < 0) {
        args.refuse("Countdown expects constructorArgs [N] with N >= 0");
        return nullptr;
    }
    return std::make_unique<CountdownSpout>(args.arg(0).asInt());
}

} // namespace example
