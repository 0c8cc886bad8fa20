// The core pack's registrations: every promised className with a doc, factories that build
// from good arguments, and refusals that name the class and the expected shape.
#include <QTest>

#include "core_components.h"
#include "fake_harness.h"
#include "recording_registrar.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

struct FactoryInput {
    ValueList args;
    std::vector<std::pair<std::string, Value>> properties;
};

ValueList strings(std::initializer_list<const char*> items) {
    ValueList out;
    for (const char* s : items) out.push_back(Value(s));
    return out;
}

// Calls the registered factory; true when it returned an instance.
bool create(const Registration& r, const ComponentArgs& args) {
    switch (r.kind) {
    case RegisteredKind::Spout: return r.spout(args) != nullptr;
    case RegisteredKind::Bolt: return r.bolt(args) != nullptr;
    case RegisteredKind::BasicBolt: return r.basicBolt(args) != nullptr;
    case RegisteredKind::Grouping: return r.grouping(args) != nullptr;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(FactoryInput)

class TestCoreFactories : public QObject {
    Q_OBJECT
private:
    RecordingRegistrar m_registrar;

private Q_SLOTS:
    void initTestCase() { core::registerCoreComponents(m_registrar); }

    void registersEveryPromisedClassNameOnceWithADoc() {
        QCOMPARE(m_registrar.names(), expectedCoreClassNames());
        QVERIFY(m_registrar.duplicates.empty());
        for (const auto& [name, r] : m_registrar.classes) {
            QVERIFY2(!r.doc.summary.empty() && !r.doc.args.empty() && !r.doc.outputs.empty(), name.c_str());
        }
    }

    void everyClassBuildsFromArgumentsLikeTheSamples_data() {
        QTest::addColumn<QString>("className");
        QTest::addColumn<FactoryInput>("input");
        const ValueList tuples{Value(strings({"a"})), Value(strings({"b"}))};
        const std::map<std::string, FactoryInput> inputs{
            {"JsonLinesSpout", {{Value("data.jsonl"), Value(strings({"x"}))}, {}}},
            {"FieldCount", {{Value("urlref")}, {}}},
            {"FailEveryNth", {{Value(10), Value(strings({"sentence"}))}, {}}},
            {"FixedTupleSpout", {{Value(tuples), Value(strings({"word"}))}, {}}},
            {"FeederSpout", {{Value(strings({"word"}))}, {{"tuples", Value(tuples)}}}},
            {"IdentityBolt", {{Value(strings({"word"}))}, {}}},
            {"NGrouping", {{Value(1)}, {}}},
        };
        for (const auto& name : expectedCoreClassNames()) {
            const std::string shortName = name.substr(name.rfind('.') + 1);
            auto it = inputs.find(shortName);
            QTest::newRow(name.c_str()) << QString::fromStdString(name)
                                        << (it == inputs.end() ? FactoryInput{} : it->second);
        }
    }
    void everyClassBuildsFromArgumentsLikeTheSamples() {
        QFETCH(QString, className);
        QFETCH(FactoryInput, input);
        const auto args = makeArgs(className.toStdString(), input.args, input.properties);
        QVERIFY2(create(m_registrar.classes.at(className.toStdString()), args), args.error().c_str());
        QVERIFY(args.error().empty());
    }

    void badArgumentsAreRefusedWithTheExpectedShape_data() {
        QTest::addColumn<QString>("className");
        QTest::addColumn<FactoryInput>("input");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const char* cls, FactoryInput in, const char* msg) {
            QTest::newRow(name) << QString(cls) << in << QString(msg);
        };
        row("FixedTupleSpout flat list", "org.apache.storm.testing.FixedTupleSpout", {{Value(strings({"a", "b"}))}, {}},
            "FixedTupleSpout expects constructorArgs [tuples (list of lists)] or [tuples (list of lists), fields (list "
            "of strings)], got [[\"a\", \"b\"]]");
        row("FixedTupleSpout width", "teacup.core.FixedTupleSpout",
            {{Value(ValueList{Value(strings({"a", "b"}))}), Value(strings({"word"}))}, {}},
            "FixedTupleSpout: tuple 0 [\"a\", \"b\"] has 2 values but 1 fields are declared [\"word\"]");
        row("TestWordSpout string flag", "org.apache.storm.testing.TestWordSpout", {{Value("yes")}, {}},
            "TestWordSpout expects constructorArgs [] or [isDistributed (bool)], got [\"yes\"]");
        row("RandomSentenceSpout two args", "teacup.core.RandomSentenceSpout", {{Value(true), Value(true)}, {}},
            "RandomSentenceSpout expects constructorArgs [] or [reliable (bool)]");
        row("RandomSentenceSpout unknown property", "teacup.core.RandomSentenceSpout",
            {{}, {{"maxTuple", Value(3)}}}, "RandomSentenceSpout has no property 'maxTuple' (known: maxTuples)");
        row("RandomSentenceSpout negative maxTuples", "teacup.core.RandomSentenceSpout",
            {{}, {{"maxTuples", Value(-1)}}}, "maxTuples must be an integer >= 0");
        row("JsonLinesSpout missing fields", "teacup.core.JsonLinesSpout", {{Value("a.jsonl")}, {}},
            "JsonLinesSpout expects constructorArgs [path (string), fields (list of strings)]");
        row("JsonLinesSpout numeric field", "teacup.core.JsonLinesSpout",
            {{Value("a.jsonl"), Value(ValueList{Value(1)})}, {}}, "fields (list of strings)");
        row("SplitSentence with args", "teacup.core.SplitSentence", {{Value(1)}, {}},
            "SplitSentence takes no constructorArgs, got [1]");
        row("WordCount property", "teacup.core.WordCount", {{}, {{"x", Value(1)}}},
            "WordCount has no property 'x' (it takes none)");
        row("FieldCount no field", "teacup.core.FieldCount", {{}, {}}, "FieldCount expects constructorArgs [field");
        row("FailEveryNth zero", "teacup.core.FailEveryNth", {{Value(0)}, {}}, "FailEveryNth expects constructorArgs");
        row("FailEveryNth string N", "teacup.core.FailEveryNth", {{Value("10")}, {}}, "got [\"10\"]");
        row("ConstSpout batch too big", "teacup.core.ConstSpout", {{}, {{"batchSize", Value(100000)}}},
            "batchSize must be an integer from 1 to 4096");
        row("FeederSpout tuples not lists", "org.apache.storm.testing.FeederSpout",
            {{Value(strings({"word"}))}, {{"tuples", Value(strings({"a"}))}}}, "tuples must be a list of lists");
        row("IdentityBolt no fields", "org.apache.storm.testing.IdentityBolt", {{}, {}},
            "IdentityBolt expects constructorArgs [fields (list of strings)]");
        row("TestConfBolt list", "org.apache.storm.testing.TestConfBolt", {{Value(strings({"a"}))}, {}},
            "TestConfBolt expects constructorArgs [] or [componentConf (map)]");
        row("TestPlannerSpout three args", "org.apache.storm.testing.TestPlannerSpout",
            {{Value(strings({"a"})), Value(true), Value(true)}, {}}, "TestPlannerSpout expects constructorArgs");
        row("NGrouping string", "org.apache.storm.testing.NGrouping", {{Value("1")}, {}},
            "NGrouping expects constructorArgs [n (int >= 1)], got [\"1\"]");
        row("LogInfoBolt args", "org.apache.storm.flux.wrappers.bolts.LogInfoBolt", {{Value("x")}, {}},
            "LogInfoBolt takes no constructorArgs");
    }
    void badArgumentsAreRefusedWithTheExpectedShape() {
        QFETCH(QString, className);
        QFETCH(FactoryInput, input);
        QFETCH(QString, message);
        const auto args = makeArgs(className.toStdString(), input.args, input.properties);
        QVERIFY(!create(m_registrar.classes.at(className.toStdString()), args));
        QVERIFY2(args.error().find(message.toStdString()) != std::string::npos, args.error().c_str());
    }

    void configMethodsAreRefusedByName() {
        auto args = makeArgs("teacup.core.NullBolt");
        args.configMethods.push_back({"setDefaultStream", {}});
        QVERIFY(!create(m_registrar.classes.at("teacup.core.NullBolt"), args));
        QCOMPARE(args.error(), std::string("NullBolt has no config method 'setDefaultStream' (it takes none)"));
    }
};

QTEST_GUILESS_MAIN(TestCoreFactories)
#include "tst_core_factories.moc"
