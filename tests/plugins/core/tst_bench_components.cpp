// ConstSpout batches (bounded by max spout pending when reliable), NullBolt acks, and the
// line format of PrinterBolt / LogInfoBolt.
#include <QTest>

#include <sstream>

#include "bench_components.h"
#include "fake_harness.h"
#include "printer_bolts.h"

using namespace teacup;
using namespace teacup::testing;

class TestBenchComponents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constSpoutEmitsABatchPerCallWithoutIds() {
        core::ConstSpout spout(false, Value("x"), 64);
        FakeContext context;
        FakeSpoutCollector collector;
        spout.open(context.conf, context, collector);
        spout.nextTuple();
        spout.nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(128));
        for (const auto& e : collector.emits) {
            QCOMPARE(e.values, Values{Value("x")});
            QVERIFY(e.messageId.isNull());
        }
    }

    void reliableConstSpoutNumbersTuplesAndRespectsMaxPending() {
        const auto args = makeArgs("teacup.core.ConstSpout", {Value(true)}, {{"batchSize", Value(8)}});
        auto spout = core::makeConstSpout(args);
        QVERIFY2(spout, args.error().c_str());
        FakeContext context;
        const Config conf{{"topology.max.spout.pending", Value(10)}};
        FakeSpoutCollector collector;
        spout->open(conf, context, collector);
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(8));
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(10));
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(10));
        for (std::size_t i = 0; i < collector.emits.size(); ++i)
            QCOMPARE(collector.emits[i].messageId, Value(static_cast<long long>(i)));
        collector.pending = 7;
        spout->nextTuple();
        QCOMPARE(collector.emits.size(), std::size_t(13));
    }

    void nullBoltAcksAndEmitsNothing() {
        core::NullBolt bolt;
        FakeContext context;
        FakeOutputCollector collector;
        bolt.prepare(context.conf, context, collector);
        const Tuple input = makeTuple({Value(1)}, {"value"});
        bolt.execute(input);
        QCOMPARE(collector.acked.size(), std::size_t(1));
        QVERIFY(collector.acked[0] == input);
        QVERIFY(collector.emits.empty());
        QVERIFY(declaredStreams(bolt).empty());
    }

    void printerWritesComponentTaskAndValuesPerLine() {
        std::ostringstream out;
        core::LinePrinterBolt bolt(out);
        FakeContext context(1, "printer", {3, 4}, 1);
        bolt.prepare(context.conf, context);
        executeBasic(bolt, makeTuple({Value("the"), Value(2)}, {"word", "count"}));
        executeBasic(bolt, makeTuple({Value(ValueList{Value(1.5), Value()}), Value(ValueMap{{"k", Value(true)}})},
                                     {"a", "b"}));
        QCOMPARE(out.str(), std::string("printer[4]: [the, 2]\nprinter[4]: [[1.5, null], {k=true}]\n"));
        QVERIFY(declaredStreams(bolt).empty());
    }
};

QTEST_GUILESS_MAIN(TestBenchComponents)
#include "tst_bench_components.moc"
