// RandomSentenceSpout: seeded sentences, sequence message ids, replay of failures, maxTuples.
#include <QTest>

#include "fake_harness.h"
#include "random_sentence_spout.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

std::vector<std::string> sentencesFor(std::uint64_t seed, int count) {
    core::RandomSentenceSpout spout(false, std::nullopt);
    FakeContext context(seed);
    FakeSpoutCollector collector;
    spout.open(context.conf, context, collector);
    for (int i = 0; i < count; ++i) spout.nextTuple();
    std::vector<std::string> out;
    for (const auto& e : collector.emits) out.push_back(e.values.at(0).asString());
    return out;
}

} // namespace

class TestRandomSentenceSpout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedGivesSameSentences() {
        QCOMPARE(sentencesFor(42, 50), sentencesFor(42, 50));
        QVERIFY(sentencesFor(42, 50) != sentencesFor(43, 50));
    }

    void emitsOnlyTheFiveStarterSentencesOnFieldSentence() {
        const auto streams = declaredStreams(core::RandomSentenceSpout(true, std::nullopt));
        QCOMPARE(streams.size(), std::size_t(1));
        QCOMPARE(streams[0].fields, Fields({"sentence"}));
        std::set<std::string> seen;
        for (const auto& s : sentencesFor(7, 200)) seen.insert(s);
        const std::set<std::string> expected(std::begin(core::RandomSentenceSpout::kSentences),
                                             std::end(core::RandomSentenceSpout::kSentences));
        QCOMPARE(seen, expected);
    }

    void reliableSpoutNumbersTuplesPerTask() {
        core::RandomSentenceSpout spout(true, std::nullopt);
        FakeContext context;
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        for (int i = 0; i < 3; ++i) spout.nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) QCOMPARE(collector.emits[i].messageId, Value(static_cast<long long>(i)));
    }

    void unreliableSpoutEmitsWithoutMessageId() {
        auto spout = core::makeRandomSentenceSpout(makeArgs("teacup.core.RandomSentenceSpout", {Value(false)}));
        QVERIFY(spout);
        FakeContext context;
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(1));
        QVERIFY(collector.emits[0].messageId.isNull());
    }

    void failedSentenceIsReplayedWithItsIdBeforeNewOnes() {
        core::RandomSentenceSpout spout(true, std::nullopt);
        FakeContext context;
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        spout.nextTuple();
        spout.nextTuple();
        spout.fail(collector.emits[0].messageId);
        spout.nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(3));
        QCOMPARE(collector.emits[2].messageId, collector.emits[0].messageId);
        QCOMPARE(collector.emits[2].values, collector.emits[0].values);
        spout.nextTuple();
        QCOMPARE(collector.emits[3].messageId, Value(2LL));
    }

    void maxTuplesStopsAndExhaustsOnceAllAreAcked() {
        auto spout = core::makeRandomSentenceSpout(
            makeArgs("teacup.core.RandomSentenceSpout", {}, {{"maxTuples", Value(2)}}));
        QVERIFY(spout);
        FakeContext context;
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        for (int i = 0; i < 5; ++i) spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(2));
        QVERIFY(!spout->isExhausted());
        spout->ack(collector.emits[0].messageId);
        spout->fail(collector.emits[1].messageId);
        QVERIFY(!spout->isExhausted());
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(3));
        spout->ack(collector.emits[2].messageId);
        QVERIFY(spout->isExhausted());
    }

    void unreliableMaxTuplesExhaustsOnceEmitted() {
        core::RandomSentenceSpout spout(false, 3);
        FakeContext context;
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        for (int i = 0; i < 2; ++i) spout.nextTuple();
        QVERIFY(!spout.isExhausted());
        spout.nextTuple();
        QVERIFY(spout.isExhausted());
    }
};

QTEST_GUILESS_MAIN(TestRandomSentenceSpout)
#include "tst_random_sentence_spout.moc"
