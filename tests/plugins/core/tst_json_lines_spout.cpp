// JsonLinesSpout: JSON to values, file:line reports, replay of failed lines, exhaustion,
// path resolution against teacup.topology.dir, and the factory's missing-file refusal.
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "fake_harness.h"
#include "json_lines_spout.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

const std::vector<std::string> kFields{"urlref", "url", "ts"};

// One open spout task over a file, with everything it emitted and reported.
struct Run {
    explicit Run(const std::string& path, FakeContext context = FakeContext(),
                 std::optional<std::int64_t> maxReplays = std::nullopt)
        : context(std::move(context)), spout(path, kFields, maxReplays) {
        spout.open(this->context.conf, this->context, collector);
    }
    Run(const std::string& path, const Config& conf) : spout(path, kFields, std::nullopt) {
        context.conf = conf;
        spout.open(context.conf, context, collector);
    }
    void pull(int times) {
        for (int i = 0; i < times; ++i) spout.nextTuple();
    }

    FakeContext context;
    FakeSpoutCollector collector;
    core::JsonLinesSpout spout;
};

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream(path) << text;
    return path;
}

const char* const kThreeClicks = R"(["news", "/a", 1316390401851]
{"url": "/b", "urlref": "social", "ts": 12}

{"urlref": "mail", "ts": 2.5, "extra": true}
)";

} // namespace

class TestJsonLinesSpout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arraysAndObjectsBecomeTuplesInFieldOrder() {
        QTemporaryDir dir;
        Run run(writeFile(dir, "clicks.jsonl", kThreeClicks));
        run.pull(5);
        QVERIFY(run.collector.errors.empty());
        QCOMPARE(run.collector.emits.size(), std::size_t(3));
        QCOMPARE(run.collector.emits[0].values, (Values{Value("news"), Value("/a"), Value(1316390401851LL)}));
        QCOMPARE(run.collector.emits[1].values, (Values{Value("social"), Value("/b"), Value(12)}));
        QCOMPARE(run.collector.emits[2].values, (Values{Value("mail"), Value(), Value(2.5)}));
        QCOMPARE(run.collector.emits[0].messageId, Value(1LL));
        QCOMPARE(run.collector.emits[2].messageId, Value(4LL));
        QCOMPARE(declaredStreams(run.spout)[0].fields, Fields(kFields));
    }

    void malformedLineIsReportedWithFileAndLineAndSkipped_data() {
        QTest::addColumn<QString>("badLine");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << "{\"urlref\": " << "parse error";
        QTest::newRow("wrong width") << "[\"a\", \"b\"]" << "expected 3 values (urlref, url, ts), got 2";
        QTest::newRow("scalar") << "42" << "expected a JSON array or object";
    }
    void malformedLineIsReportedWithFileAndLineAndSkipped() {
        QFETCH(QString, badLine);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "bad.jsonl", "[1, 2, 3]\n" + badLine.toStdString() + "\n[4, 5, 6]\n");
        Run run(path);
        run.pull(2);
        QCOMPARE(run.collector.emits.size(), std::size_t(2));
        QCOMPARE(run.collector.emits[1].messageId, Value(3LL));
        QCOMPARE(run.collector.errors.size(), std::size_t(1));
        const std::string& error = run.collector.errors[0];
        QVERIFY2(error.find(path + ":2: ") == 0, error.c_str());
        QVERIFY2(error.find(reason.toStdString()) != std::string::npos, error.c_str());
    }

    void failedLineIsEmittedAgainWithItsLineNumber() {
        QTemporaryDir dir;
        Run run(writeFile(dir, "clicks.jsonl", kThreeClicks));
        run.pull(1);
        run.spout.fail(Value(1LL));
        run.pull(1);
        QCOMPARE(run.collector.emits.size(), std::size_t(2));
        QCOMPARE(run.collector.emits[1].messageId, Value(1LL));
        QCOMPARE(run.collector.emits[1].values, run.collector.emits[0].values);
    }

    void exhaustedOnlyWhenEveryLineIsAcked() {
        QTemporaryDir dir;
        Run run(writeFile(dir, "clicks.jsonl", kThreeClicks));
        run.pull(4);
        QVERIFY(!run.spout.isExhausted());
        run.spout.ack(Value(1LL));
        run.spout.ack(Value(2LL));
        run.spout.fail(Value(4LL));
        QVERIFY(!run.spout.isExhausted());
        run.pull(1);
        run.spout.ack(Value(4LL));
        QVERIFY(run.spout.isExhausted());
    }

    void maxReplaysGivesALineUp() {
        QTemporaryDir dir;
        Run run(writeFile(dir, "one.jsonl", "[1, 2, 3]\n"), FakeContext(), 1);
        run.pull(2);
        run.spout.fail(Value(1LL));
        run.pull(1);
        QCOMPARE(run.collector.emits.size(), std::size_t(2));
        run.spout.fail(Value(1LL));
        run.pull(1);
        QCOMPARE(run.collector.emits.size(), std::size_t(2));
        QVERIFY(run.spout.isExhausted());
    }

    void tasksShareTheFileWithoutDuplicates() {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "five.jsonl", "[1,0,0]\n[2,0,0]\n[3,0,0]\n[4,0,0]\n[5,0,0]\n");
        Run first(path, FakeContext(1, "clicks", {4, 5}, 0));
        Run second(path, FakeContext(1, "clicks", {4, 5}, 1));
        first.pull(5);
        second.pull(5);
        std::vector<std::int64_t> firstIds, secondIds;
        for (const auto& e : first.collector.emits) firstIds.push_back(e.messageId.asInt());
        for (const auto& e : second.collector.emits) secondIds.push_back(e.messageId.asInt());
        QCOMPARE(firstIds, (std::vector<std::int64_t>{1, 3, 5}));
        QCOMPARE(secondIds, (std::vector<std::int64_t>{2, 4}));
    }

    void relativePathStartsAtTheTopologyDirectory() {
        QTemporaryDir dir;
        writeFile(dir, "clicks.jsonl", kThreeClicks);
        Run run("clicks.jsonl", Config{{core::kTopologyDirKey, Value(dir.path().toStdString())}});
        run.pull(1);
        QVERIFY(run.collector.errors.empty());
        QCOMPARE(run.collector.emits.size(), std::size_t(1));
    }

    void missingRelativeFileIsReportedAtOpenAndEmitsNothing() {
        QTemporaryDir dir;
        Run run("nowhere.jsonl", Config{{core::kTopologyDirKey, Value(dir.path().toStdString())}});
        run.pull(1);
        QVERIFY(run.collector.emits.empty());
        QCOMPARE(run.collector.errors.size(), std::size_t(1));
        const std::string expectedPath = (std::filesystem::path(dir.path().toStdString()) / "nowhere.jsonl").string();
        QVERIFY2(run.collector.errors[0].find("'" + expectedPath + "'") != std::string::npos,
                 run.collector.errors[0].c_str());
        QVERIFY(run.spout.isExhausted());
    }

    void factoryRefusesAMissingAbsoluteFileNamingIt() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing.jsonl").toStdString();
        const auto args = makeArgs("teacup.core.JsonLinesSpout", {Value(path), Value(ValueList{Value("line")})});
        QVERIFY(!core::makeJsonLinesSpout(args));
        QVERIFY2(args.error().find("'" + path + "'") != std::string::npos, args.error().c_str());
    }

    void bundledClickCountSampleReadsCleanly() {
        const std::string dir = std::string(TEACUP_SOURCE_DIR) + "/sample_topologies";
        Run run("click_count/urls.jsonl", Config{{core::kTopologyDirKey, Value(dir)}});
        run.pull(250);
        QVERIFY(run.collector.errors.empty());
        QCOMPARE(run.collector.emits.size(), std::size_t(200));
        for (const auto& e : run.collector.emits) {
            QVERIFY(e.values[0].isString());
            QVERIFY(e.values[1].isString());
            QCOMPARE(e.values[2].kind(), ValueKind::Long);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonLinesSpout)
#include "tst_json_lines_spout.moc"
