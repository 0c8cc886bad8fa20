// FixedTupleSpout and FeederSpout: tuples split by task index, deterministic message ids,
// exhaustion once acked + failed covers what the task serves, fields only when given.
#include <QTest>

#include "fake_harness.h"
#include "fixed_tuple_spout.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

ValueList tupleValues(int count) {
    ValueList tuples;
    for (int i = 0; i < count; ++i) tuples.push_back(Value(ValueList{Value(i)}));
    return tuples;
}

std::unique_ptr<Spout> fixedSpout(int count, bool withFields = true) {
    ValueList args{Value(tupleValues(count))};
    if (withFields) args.push_back(Value(ValueList{Value("n")}));
    return core::makeFixedTupleSpout(makeArgs("org.apache.storm.testing.FixedTupleSpout", args));
}

} // namespace

class TestFixedTupleSpout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void taskIndexServesEveryNthTuple_data() {
        QTest::addColumn<int>("taskCount");
        QTest::addColumn<int>("taskIndex");
        QTest::addColumn<QList<int>>("served");
        QTest::newRow("one task serves all") << 1 << 0 << QList<int>{0, 1, 2, 3, 4, 5, 6};
        QTest::newRow("first of three") << 3 << 0 << QList<int>{0, 3, 6};
        QTest::newRow("second of three") << 3 << 1 << QList<int>{1, 4};
        QTest::newRow("third of three") << 3 << 2 << QList<int>{2, 5};
        QTest::newRow("more tasks than tuples") << 9 << 8 << QList<int>{};
    }
    void taskIndexServesEveryNthTuple() {
        QFETCH(int, taskCount);
        QFETCH(int, taskIndex);
        QFETCH(QList<int>, served);
        std::vector<int> tasks;
        for (int i = 0; i < taskCount; ++i) tasks.push_back(10 + i);
        auto spout = fixedSpout(7);
        FakeContext context(1, "fixed", tasks, taskIndex);
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        for (int i = 0; i < 10; ++i) spout->nextTuple();
        QList<int> emitted;
        for (const auto& e : collector.emits) emitted << static_cast<int>(e.values.at(0).asInt());
        QCOMPARE(emitted, served);
    }

    void messageIdsNameTaskAndIndex() {
        auto spout = fixedSpout(4);
        FakeContext context(1, "fixed", {7, 8}, 1);
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        spout->nextTuple();
        spout->nextTuple();
        QCOMPARE(collector.emits[0].messageId, Value("8:1"));
        QCOMPARE(collector.emits[1].messageId, Value("8:3"));
    }

    void exhaustedOnceAckedPlusFailedCoversServedTuples() {
        auto spout = fixedSpout(3);
        FakeContext context;
        FakeSpoutCollector collector;
        QVERIFY(!spout->isExhausted());
        spout->open(context.conf, context, collector);
        for (int i = 0; i < 3; ++i) spout->nextTuple();
        spout->ack(collector.emits[0].messageId);
        spout->fail(collector.emits[1].messageId);
        spout->ack(collector.emits[1].messageId);  // already completed: not counted twice
        QVERIFY(!spout->isExhausted());
        spout->ack(collector.emits[2].messageId);
        QVERIFY(spout->isExhausted());
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(3));  // failures are not replayed
    }

    void declaresFieldsOnlyWhenGiven() {
        const auto withFields = declaredStreams(*fixedSpout(1));
        QCOMPARE(withFields.size(), std::size_t(1));
        QCOMPARE(withFields[0].fields, Fields({"n"}));
        QVERIFY(declaredStreams(*fixedSpout(1, false)).empty());
    }

    void feederSpoutServesTheTuplesProperty() {
        const auto args = makeArgs("org.apache.storm.testing.FeederSpout", {Value(ValueList{Value("word")})},
                                   {{"tuples", Value(tupleValues(2))}});
        auto spout = core::makeFeederSpout(args);
        QVERIFY2(spout, args.error().c_str());
        QCOMPARE(declaredStreams(*spout)[0].fields, Fields({"word"}));
        FakeContext context;
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        for (int i = 0; i < 3; ++i) spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(2));
        QVERIFY(!collector.emits[0].messageId.isNull());
        spout->ack(collector.emits[0].messageId);
        spout->ack(collector.emits[1].messageId);
        QVERIFY(spout->isExhausted());
    }

    void feederSpoutWithoutTuplesIsExhaustedAtOnce() {
        auto spout = core::makeFeederSpout(makeArgs("teacup.core.FeederSpout", {Value(ValueList{Value("word")})}));
        FakeContext context;
        FakeSpoutCollector collector;
        spout->open(context.conf, context, collector);
        QVERIFY(spout->isExhausted());
    }
};

QTEST_GUILESS_MAIN(TestFixedTupleSpout)
#include "tst_fixed_tuple_spout.moc"
