// teacup.example.Doubler: a basic bolt that emits each input number and its double.
#pragma once

#include <memory>

#include <teacup/sdk/sdk.h>

namespace example {

// No arguments. Reads the input's first value as an integer and emits ["n", "doubled"] on
// `default`, anchored to the input; the input is acked when execute returns (BasicBolt).
// A non-integer input fails the tuple (FailedException), which the spout sees as fail().
class DoublerBolt : public teacup::BasicBolt {
public:
    void declareOutputFields(teacup::OutputFieldsDeclarer& declarer) const override;
    void execute(const teacup::Tuple& input, teacup::BasicOutputCollector& collector) override;
};

std::unique_ptr<teacup::BasicBolt> makeDoublerBolt(const teacup::ComponentArgs& args);

} // namespace example
