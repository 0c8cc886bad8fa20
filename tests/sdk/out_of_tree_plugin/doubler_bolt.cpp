// DoublerBolt (see doubler_bolt.h).
#include "doubler_bolt.h"

namespace example {

void DoublerBolt::declareOutputFields(teacup::OutputFieldsDeclarer& declarer) const {
    declarer.declare(teacup::Fields{"n", "doubled"});
}

void DoublerBolt::execute(const teacup::Tuple& input, teacup::BasicOutputCollector& collector) {
    const teacup::Value& n = input.value(0);
    if (!n.isInteger()) throw teacup::FailedException("Doubler expects an integer");
    collector.emit({n, teacup::Value::integer(n.asInt() * 2)});
}

std::unique_ptr<teacup::BasicBolt> makeDoublerBolt(const teacup::ComponentArgs& args) {
    if (args.argCount() != 0) {
        args.refuse("Doubler takes no constructorArgs");
        return nullptr;
    }
    return std::make_unique<DoublerBolt>();
}

} // namespace example
