// TestWordSpout (paced by context time, unanchored) and TestPlannerSpout (emits nothing).
#include <QTest>

#include "fake_harness.h"
#include "storm_test_spouts.h"

using namespace teacup;
using namespace teacup::testing;

namespace {
constexpr std::int64_t kMillis = 1'000'000;
} // namespace

class TestStormTestSpouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void testWordSpoutEmitsOnceEvery100msOfContextTime() {
        core::TestWordSpout spout(true);
        FakeContext context;
        context.now = 5 * kMillis;
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        const std::vector<std::pair<std::int64_t, std::size_t>> steps{
            {5, 0}, {104, 0}, {105, 1}, {150, 1}, {204, 1}, {205, 2}, {500, 3}, {599, 3}, {600, 4}};
        for (const auto& [atMillis, expectedEmits] : steps) {
            context.now = atMillis * kMillis;
            spout.nextTuple();
            QCOMPARE(collector.emits.size(), expectedEmits);
        }
    }

    void testWordSpoutEmitsKnownWordsUnanchored() {
        core::TestWordSpout spout(true);
        FakeContext context(99);
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        for (int i = 1; i <= 50; ++i) {
            context.now = i * 100 * kMillis;
            spout.nextTuple();
        }
        QCOMPARE(collector.emits.size(), std::size_t(50));
        const auto& words = core::TestWordSpout::words();
        std::set<std::string> seen;
        for (const auto& e : collector.emits) {
            QVERIFY(e.messageId.isNull());
            QCOMPARE(e.stream, kDefaultStream);
            QVERIFY(std::find(words.begin(), words.end(), e.values.at(0).asString()) != words.end());
            seen.insert(e.values.at(0).asString());
        }
        QCOMPARE(seen.size(), words.size());
        QCOMPARE(declaredStreams(spout)[0].fields, Fields({"word"}));
    }

    void nonDistributedSpoutsAskForOneTask_data() {
        QTest::addColumn<QString>("className");
        QTest::addColumn<bool>("distributed");
        QTest::newRow("TestWordSpout distributed") << "TestWordSpout" << true;
        QTest::newRow("TestWordSpout not distributed") << "TestWordSpout" << false;
        QTest::newRow("TestPlannerSpout not distributed") << "TestPlannerSpout" << false;
    }
    void nonDistributedSpoutsAskForOneTask() {
        QFETCH(QString, className);
        QFETCH(bool, distributed);
        const auto args = makeArgs(className.toStdString(), {Value(distributed)});
        auto spout = className == "TestWordSpout" ? core::makeTestWordSpout(args) : core::makeTestPlannerSpout(args);
        QVERIFY2(spout, args.error().c_str());
        const Config conf = spout->componentConfiguration();
        if (distributed) {
            QVERIFY(conf.empty());
        } else {
            QCOMPARE(conf.size(), std::size_t(1));
            QCOMPARE(conf.at("topology.max.task.parallelism"), Value(1));
        }
    }

    void testPlannerSpoutEmitsNothingAndDeclaresItsFields() {
        auto spout = core::makeTestPlannerSpout(makeArgs("org.apache.storm.testing.TestPlannerSpout"));
        QCOMPARE(declaredStreams(*spout)[0].fields, Fields({"field1", "field2"}));
        FakeContext context;
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        spout->nextTuple();
        QVERIFY(collector.emits.empty());
        QVERIFY(spout->isExhausted());
        auto custom = core::makeTestPlannerSpout(
            makeArgs("org.apache.storm.testing.TestPlannerSpout", {Value(ValueList{Value("a")}), Value(false)}));
        QCOMPARE(declaredStreams(*custom)[0].fields, Fields({"a"}));
    }
};

QTEST_GUILESS_MAIN(TestStormTestSpouts)
#include "tst_storm_test_spouts.moc"
