// A PluginRegistrar that records every registration, and the list of classNames the core
// pack must register; shared by the factory tests and the dlopen test.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <teacup/sdk/plugin.h>

namespace teacup::testing {

enum class RegisteredKind { Spout, Bolt, BasicBolt, Grouping };

struct Registration {
    RegisteredKind kind;
    SpoutFactory spout;
    BoltFactory bolt;
    BasicBoltFactory basicBolt;
    GroupingFactory grouping;
    ComponentDoc doc;
};

class RecordingRegistrar : public PluginRegistrar {
public:
    std::map<std::string, Registration> classes;
    std::vector<std::string> duplicates;

    void registerSpout(const std::string& className, SpoutFactory factory, ComponentDoc doc) override {
        add(className, {RegisteredKind::Spout, std::move(factory), {}, {}, {}, std::move(doc)});
    }
    void registerBolt(const std::string& className, BoltFactory factory, ComponentDoc doc) override {
        add(className, {RegisteredKind::Bolt, {}, std::move(factory), {}, {}, std::move(doc)});
    }
    void registerBasicBolt(const std::string& className, BasicBoltFactory factory, ComponentDoc doc) override {
        add(className, {RegisteredKind::BasicBolt, {}, {}, std::move(factory), {}, std::move(doc)});
    }
    void registerGrouping(const std::string& className, GroupingFactory factory, ComponentDoc doc) override {
        add(className, {RegisteredKind::Grouping, {}, {}, {}, std::move(factory), std::move(doc)});
    }

    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& [name, r] : classes) out.push_back(name);
        return out;
    }

private:
    void add(const std::string& className, Registration r) {
        if (!classes.emplace(className, std::move(r)).second) duplicates.push_back(className);
    }
};

// Every className plugins/core/README.md promises, sorted.
inline std::vector<std::string> expectedCoreClassNames() {
    std::vector<std::string> names{
        "org.apache.storm.flux.wrappers.bolts.LogInfoBolt",
        "org.apache.storm.testing.FeederSpout",
        "org.apache.storm.testing.FixedTupleSpout",
        "org.apache.storm.testing.IdentityBolt",
        "org.apache.storm.testing.NGrouping",
        "org.apache.storm.testing.TestAggregatesCounter",
        "org.apache.storm.testing.TestConfBolt",
        "org.apache.storm.testing.TestGlobalCount",
        "org.apache.storm.testing.TestPlannerBolt",
        "org.apache.storm.testing.TestPlannerSpout",
        "org.apache.storm.testing.TestWordCounter",
        "org.apache.storm.testing.TestWordSpout",
        "teacup.core.ConstSpout",
        "teacup.core.FailEveryNth",
        "teacup.core.FeederSpout",
        "teacup.core.FieldCount",
        "teacup.core.FixedTupleSpout",
        "teacup.core.IdentityBolt",
        "teacup.core.JsonLinesSpout",
        "teacup.core.LogInfoBolt",
        "teacup.core.NGrouping",
        "teacup.core.NullBolt",
        "teacup.core.PrinterBolt",
        "teacup.core.RandomSentenceSpout",
        "teacup.core.SplitSentence",
        "teacup.core.TestAggregatesCounter",
        "teacup.core.TestConfBolt",
        "teacup.core.TestGlobalCount",
        "teacup.core.TestPlannerBolt",
        "teacup.core.TestPlannerSpout",
        "teacup.core.TestWordCounter",
        "teacup.core.TestWordSpout",
        "teacup.core.WordCount",
    };
    return names;
}

} // namespace teacup::testing
