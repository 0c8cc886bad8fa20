// Storm testing-package bolts: TestGlobalCount anchors then acks, TestAggregatesCounter
// emits unanchored, TestPlannerBolt does nothing, IdentityBolt, TestConfBolt, TestWordCounter.
#include <QTest>

#include "fake_harness.h"
#include "storm_test_bolts.h"

using namespace teacup;
using namespace teacup::testing;

class TestStormTestBolts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void globalCountEmitsRunningCountAnchoredThenAcks() {
        core::TestGlobalCount bolt;
        FakeContext context;
        FakeOutputCollector collector;
        bolt.prepare(context.conf, context, collector);
        const Tuple first = makeTuple({Value("a")}, {"word"}, "source", 1, 101);
        const Tuple second = makeTuple({Value("b")}, {"word"}, "source", 1, 102);
        bolt.execute(first);
        bolt.execute(second);
        QCOMPARE(collector.emits.size(), std::size_t(2));
        QCOMPARE(collector.emits[0].values, Values{Value(1)});
        QCOMPARE(collector.emits[1].values, Values{Value(2)});
        QCOMPARE(collector.emits[1].anchors.size(), std::size_t(1));
        QVERIFY(collector.emits[1].anchors[0] == second);
        QCOMPARE(collector.acked.size(), std::size_t(2));
        QVERIFY(collector.acked[0] == first);
        QVERIFY(collector.failed.empty());
        QCOMPARE(declaredStreams(bolt)[0].fields, Fields({"global-count"}));
    }

    void aggregatesCounterEmitsSumOfLatestCountsUnanchored() {
        core::TestAggregatesCounter bolt;
        FakeContext context;
        FakeOutputCollector collector;
        bolt.prepare(context.conf, context, collector);
        const std::vector<std::string> fields{"word", "count"};
        bolt.execute(makeTuple({Value("nathan"), Value(1)}, fields));
        bolt.execute(makeTuple({Value("mike"), Value(1)}, fields));
        bolt.execute(makeTuple({Value("nathan"), Value(2)}, fields));
        QCOMPARE(collector.emits.size(), std::size_t(3));
        QCOMPARE(collector.emits[0].values, Values{Value(1)});
        QCOMPARE(collector.emits[1].values, Values{Value(2)});
        QCOMPARE(collector.emits[2].values, Values{Value(3)});
        for (const auto& e : collector.emits) QVERIFY(e.anchors.empty());
        QCOMPARE(collector.acked.size(), std::size_t(3));
        QCOMPARE(declaredStreams(bolt)[0].fields, Fields({"agg-global"}));
    }

    void plannerBoltNeitherEmitsNorAcks() {
        core::TestPlannerBolt bolt;
        FakeContext context;
        FakeOutputCollector collector;
        bolt.prepare(context.conf, context, collector);
        bolt.execute(makeTuple({Value(1), Value(2)}, {"field1", "field2"}));
        QVERIFY(collector.emits.empty());
        QVERIFY(collector.acked.empty());
        QVERIFY(collector.failed.empty());
        QCOMPARE(declaredStreams(bolt)[0].fields, Fields({"field1", "field2"}));
    }

    void identityBoltReemitsTheInputValues() {
        auto bolt = core::makeIdentityBolt(
            makeArgs("org.apache.storm.testing.IdentityBolt", {Value(ValueList{Value("a"), Value("b")})}));
        QVERIFY(bolt);
        QCOMPARE(declaredStreams(*bolt)[0].fields, Fields({"a", "b"}));
        const auto outcome = executeBasic(*bolt, makeTuple({Value("x"), Value(3)}, {"p", "q"}));
        QCOMPARE(outcome.emits.size(), std::size_t(1));
        QCOMPARE(outcome.emits[0], (Values{Value("x"), Value(3)}));
    }

    void confBoltEmitsTheValueSeenAtPrepare() {
        const ValueMap componentConf{{"fake.key", Value(7)}};
        auto bolt = core::makeTestConfBolt(makeArgs("org.apache.storm.testing.TestConfBolt", {Value(componentConf)}));
        QVERIFY(bolt);
        QCOMPARE(bolt->componentConfiguration().at("fake.key"), Value(7));
        FakeContext context;
        context.conf = {{"topology.name", Value("t")}, {"fake.key", Value(7)}};
        bolt->prepare(context.conf, context);
        const std::vector<std::string> fields{"key"};
        auto outcome = executeBasic(*bolt, makeTuple({Value("fake.key")}, fields));
        QCOMPARE(outcome.emits[0], (Values{Value("fake.key"), Value(7)}));
        outcome = executeBasic(*bolt, makeTuple({Value("absent")}, fields));
        QCOMPARE(outcome.emits[0], (Values{Value("absent"), Value()}));
        QCOMPARE(declaredStreams(*bolt)[0].fields, Fields({"conf", "value"}));
    }

    void testWordCounterCountsWords() {
        auto bolt = core::makeTestWordCounter(makeArgs("org.apache.storm.testing.TestWordCounter"));
        QVERIFY(bolt);
        executeBasic(*bolt, makeTuple({Value("golda")}, {"word"}));
        const auto outcome = executeBasic(*bolt, makeTuple({Value("golda")}, {"word"}));
        QCOMPARE(outcome.emits[0], (Values{Value("golda"), Value(2)}));
        QCOMPARE(declaredStreams(*bolt)[0].fields, Fields({"word", "count"}));
    }
};

QTEST_GUILESS_MAIN(TestStormTestBolts)
#include "tst_storm_test_bolts.moc"
