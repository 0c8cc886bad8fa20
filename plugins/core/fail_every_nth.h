// teacup.core.FailEveryNth: a pass-through BasicBolt that fails one input in N, to show
// Storm's replay of failed tuple trees (sample_topologies/reliability_demo.yaml).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <teacup/sdk/bolt.h>
#include <teacup/sdk/plugin.h>

namespace teacup::core {

// Counts the inputs this task executes; the Nth, 2Nth, ... throw FailedException (the
// executor fails the input, no error is reported). Others are re-emitted unchanged,
// anchored to the input, on the declared `fields`. Without fields it declares no stream
// and only acks or fails (a failure-injecting sink). The count restarts with the task.
class FailEveryNth : public BasicBolt {
public:
    static constexpr std::int64_t kDefaultN = 10;

    FailEveryNth(std::int64_t n, std::vector<std::string> fields);
    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void execute(const Tuple& input, BasicOutputCollector& collector) override;

private:
    std::int64_t m_n;
    std::vector<std::string> m_fields;
    std::int64_t m_seen = 0;
};

std::unique_ptr<BasicBolt> makeFailEveryNth(const ComponentArgs& args);
void registerFailEveryNth(PluginRegistrar& registrar);

} // namespace teacup::core
