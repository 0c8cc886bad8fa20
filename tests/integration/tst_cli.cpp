// The `teacup` binary as a user runs it: exit codes, diagnostics with positions, Storm UI
// JSON, repeatable simulated runs, completeTopology results, and Graphviz output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run teacup(const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(TEACUP_SOURCE_DIR);
    p.start(TEACUP_CLI, args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString source(const char* rel) { return QString(TEACUP_SOURCE_DIR) + "/" + rel; }

QStringList rows(const QJsonArray& a) {
    QStringList out;
    for (const auto& v : a) out << QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return out;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validateAcceptsEverySample_data();
    void validateAcceptsEverySample();
    void validateReportsEveryProblemWithPosition();
    void garbageFileIsBadInputNotACrash();
    void usageErrorsExitTwo();
    void runSimPrintsStormUiJson();
    void runSimIsRepeatable();
    void completeReproducesStormsBasicTopology();
    void graphWritesSvg();
};

void TestCli::validateAcceptsEverySample_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("word_count") << "sample_topologies/word_count.yaml";
    QTest::newRow("click_count") << "sample_topologies/click_count.yaml";
    QTest::newRow("reliability_demo") << "sample_topologies/reliability_demo.yaml";
    QTest::newRow("storm simple_wordcount") << "sample_topologies/storm_examples/simple_wordcount.yaml";
    QTest::newRow("storm custom_grouping") << "sample_topologies/storm_examples/custom_grouping.yaml";
}

void TestCli::validateAcceptsEverySample() {
    QFETCH(QString, file);
    auto r = teacup({"validate", file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(": ok: topology '"), r.out.constData());
}

void TestCli::validateReportsEveryProblemWithPosition() {
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: bad\n"
            "spouts:\n"
            "  - id: words\n"
            "    className: teacup.core.RandomSentenceSpout\n"
            "bolts:\n"
            "  - id: split\n"
            "    className: teacup.core.SplitSentense\n"
            "streams:\n"
            "  - from: wrods\n"
            "    to: split\n"
            "    grouping: {type: SHUFFLE}\n");
    f.close();
    auto r = teacup({"validate", path});
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path + ":7:16: error:"), qPrintable(err));  // unknown className
    QVERIFY2(err.contains(path + ":9:"), qPrintable(err));            // unknown component in from
    QVERIFY2(err.contains("SplitSentence"), qPrintable(err));         // did-you-mean hint
}

void TestCli::garbageFileIsBadInputNotACrash() {
    QTemporaryDir dir;
    const QString path = dir.filePath("garbage.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\x01\x02: [{{{\n\t- ]]]\n:::\n");
    f.close();
    for (const char* cmd : {"validate", "run"}) {
        auto r = teacup({cmd, path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("garbage.yaml"), r.err.constData());
    }
    auto missing = teacup({"validate", dir.filePath("missing.yaml")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("missing.yaml"));
}

void TestCli::usageErrorsExitTwo() {
    QCOMPARE(teacup({}).code, 2);
    QCOMPARE(teacup({"frobnicate"}).code, 2);
    QCOMPARE(teacup({"run"}).code, 2);
    QCOMPARE(teacup({"run", "sample_topologies/word_count.yaml", "--stats", "xml"}).code, 2);
    QCOMPARE(teacup({"run", "sample_topologies/word_count.yaml", "--for", "soon"}).code, 2);
}

void TestCli::runSimPrintsStormUiJson() {
    auto r = teacup({"run", "sample_topologies/word_count.yaml", "--sim", "--for", "2s", "--stats", "json"});
    QCOMPARE(r.code, 0);
    auto doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc.isObject(), r.out.constData());
    const auto spouts = doc["spouts"].toArray();
    const auto bolts = doc["bolts"].toArray();
    QCOMPARE(spouts.size(), 1);
    QCOMPARE(bolts.size(), 2);
    const auto s = spouts[0].toObject();
    QCOMPARE(s["spoutId"].toString(), QString("sentences"));
    for (const char* k : {"tasks", "executors", "emitted", "transferred", "acked", "failed", "completeLatency"})
        QVERIFY2(s.contains(k), k);
    QVERIFY(s["acked"].toDouble() > 1000);
    for (const auto& b : bolts)
        for (const char* k : {"boltId", "executed", "executeLatency", "processLatency", "capacity", "acked"})
            QVERIFY2(b.toObject().contains(k), k);
}

void TestCli::runSimIsRepeatable() {
    const QStringList args{"run", "sample_topologies/reliability_demo.yaml", "--sim", "--seed", "9", "--for", "1s",
                           "--stats", "json"};
    auto a = teacup(args);
    auto b = teacup(args);
    QCOMPARE(a.code, 0);
    QCOMPARE(a.out, b.out);
}

void TestCli::completeReproducesStormsBasicTopology() {
    auto r = teacup({"complete", source("tests/integration/data/basic_topology.yaml"), "--mock",
                     "1=" + source("tests/integration/data/basic_words.jsonl")});
    QCOMPARE(r.code, 0);
    auto doc = QJsonDocument::fromJson(r.out);
    QVERIFY2(doc["completed"].toBool(), r.out.constData());
    const auto emitted = doc["emitted"].toObject();
    auto counts = rows(emitted["2"].toObject()["default"].toArray());
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QStringList{R"(["bob",1])", R"(["joey",1])", R"(["nathan",1])", R"(["nathan",2])"}));
    QCOMPARE(rows(emitted["3"].toObject()["default"].toArray()), (QStringList{"[1]", "[2]", "[3]", "[4]"}));
    QCOMPARE(rows(emitted["4"].toObject()["default"].toArray()), (QStringList{"[1]", "[2]", "[3]", "[4]"}));
    QCOMPARE(doc["spouts"]["1"]["acked"].toArray().size(), 4);
    QCOMPARE(doc["spouts"]["1"]["failed"].toArray().size(), 0);
}

void TestCli::graphWritesSvg() {
    QTemporaryDir dir;
    const QString out = dir.filePath("wc.svg");
    auto r = teacup({"graph", "sample_topologies/word_count.yaml", "--format", "svg", "--out", out});
    QCOMPARE(r.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("sentences"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
