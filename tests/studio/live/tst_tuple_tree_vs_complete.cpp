// The tuple-tree models built from a RunController's trace show what `teacup complete` reports
// for the same mocked inputs and seed: acked/failed message ids and every anchored emit.
#include <algorithm>
#include <fstream>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "live/run_controller.h"
#include "models/trace_store.h"
#include "models/tuple_roots_model.h"
#include "models/tuple_tree_model.h"
#include "run_fixture.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;
using namespace teacup::studio::testing;

namespace {

constexpr int kWaitMs = 240'000;
constexpr std::int64_t kHourNanos = 3'600'000'000'000;
const QString kTopology = QStringLiteral(TEACUP_SOURCE_DIR "/tests/integration/data/basic_topology.yaml");
const QString kWords = QStringLiteral(TEACUP_SOURCE_DIR "/tests/integration/data/basic_words.jsonl");

QJsonValue toJson(const Value& v) {
    switch (v.kind()) {
    case ValueKind::Null: return QJsonValue::Null;
    case ValueKind::Bool: return v.asBool();
    case ValueKind::Int:
    case ValueKind::Long: return QJsonValue(static_cast<qint64>(v.asInt()));
    case ValueKind::Double: return v.asDouble();
    case ValueKind::String: return QString::fromStdString(v.asString());
    case ValueKind::List: {
        QJsonArray a;
        for (const auto& e : v.asList()) a.append(toJson(e));
        return a;
    }
    default: return QString::fromStdString("?");
    }
}

QString compact(const QJsonValue& v) {
    if (v.isArray()) return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// What `teacup complete --mock 1=FILE` does to the spec: spout "1" becomes the built-in
// MockSpout emitting one tuple per JSON line on the spout's declared streams, message id =
// line index.
void mockFromJsonl(model::TopologySpec& spec, const plugin::Registry& registry, const std::string& id,
               const QString& jsonl) {
    ValueList tuples;
    std::ifstream in(jsonl.toStdString());
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const QJsonArray a = QJsonDocument::fromJson(QByteArray::fromStdString(line)).array();
        ValueList values;
        for (const auto& e : a) values.push_back(Value(e.toString().toStdString()));
        tuples.push_back(Value(ValueMap{{"stream", Value("default")}, {"values", Value(std::move(values))}}));
    }
    const auto mocked = plugin::mockSpout(spec, registry, id, std::move(tuples));
    QVERIFY2(mocked.ok(), mocked.ok() ? "" : mocked.error().message.c_str());
}

QJsonObject runComplete(int seed) {
    QProcess cli;
    cli.start(QStringLiteral(TEACUP_BINARY_DIR "/bin/teacup"),
              {QStringLiteral("complete"), kTopology, QStringLiteral("--mock"), QStringLiteral("1=") + kWords,
               QStringLiteral("--seed"), QString::number(seed)});
    if (!cli.waitForFinished(kWaitMs) || cli.exitCode() != 0) {
        qWarning("teacup complete failed: %s", cli.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

QStringList sortedTexts(const QJsonArray& a) {
    QStringList out;
    for (const auto& v : a) out << compact(v);
    out.sort();
    return out;
}

// Every node under `parent`, depth first: "component/stream/[values]" per tuple.
void collectTree(const TraceStore& store, const TupleTreeModel& tree, const QModelIndex& parent,
                 QHash<QString, QStringList>& byComponent) {
    for (int r = 0; r < tree.rowCount(parent); ++r) {
        const QModelIndex i = tree.index(r, 0, parent);
        const auto* t = store.tuple(i.data(TupleTreeModel::TupleIdRole).toULongLong());
        QJsonArray values;
        for (const auto& v : t->values) values.append(toJson(v));
        byComponent[t->component] << t->stream + QLatin1Char('/') + compact(values);
        collectTree(store, tree, i, byComponent);
    }
}

} // namespace

class TestTupleTreeVsComplete : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tupleTreeMatchesTeacupComplete();
};

void TestTupleTreeVsComplete::tupleTreeMatchesTeacupComplete() {
    constexpr int kSeed = 3;
    const QJsonObject expected = runComplete(kSeed);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.value("completed").toBool());

    auto registry = sharedRegistry();
    auto spec = loadSpec(kTopology.toStdString());
    mockFromJsonl(spec, *registry, "1", kWords);
    if (QTest::currentTestFailed()) return;

    RunController controller(registry);
    TraceStore store;
    TupleRootsModel roots(&store);
    TupleTreeModel tree(&store);
    QAbstractItemModelTester rootsTester(&roots, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&controller, &RunController::started, &store, &TraceStore::setTasks);
    connect(&controller, &RunController::traceEvents, &store, &TraceStore::append);
    controller.setStartPaused(true);
    controller.start(spec, simulatedOptions(kSeed));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);

    // Step a few deliveries with the first root selected: its tree grows while we watch.
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    for (int i = 0; i < 40 && roots.rowCount() == 0; ++i) {
        const qsizetype before = snapshots.count();
        controller.step(1);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    }
    QVERIFY(roots.rowCount() > 0);
    tree.setRoot(roots.index(0, 0).data(TupleRootsModel::RootIdRole).toULongLong());
    const int nodesAtFirst = tree.nodeCount();
    for (int i = 0; i < 40; ++i) {
        const qsizetype before = snapshots.count();
        controller.step(1);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
    }
    QVERIFY2(tree.nodeCount() > nodesAtFirst, "the selected tree grows as deliveries are stepped");

    const qsizetype beforeCompletion = snapshots.count();
    controller.runToCompletion(kHourNanos);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > beforeCompletion, kWaitMs);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);

    // Spout results: message ids by state, from the roots list.
    QJsonArray acked, failed;
    QHash<QString, QStringList> emitted;
    for (int r = 0; r < roots.rowCount(); ++r) {
        const QModelIndex i = roots.index(r, 0);
        const auto* root = store.root(i.data(TupleRootsModel::RootIdRole).toULongLong());
        const QString state = i.data(TupleRootsModel::StateRole).toString();
        QVERIFY2(state != "pending", "every tree completed");
        (state == "acked" ? acked : failed).append(toJson(root->messageId));
        tree.setRoot(root->rootId);
        collectTree(store, tree, {}, emitted);
    }
    const QJsonObject spout = expected.value("spouts").toObject().value("1").toObject();
    QCOMPARE(sortedTexts(acked), sortedTexts(spout.value("acked").toArray()));
    QCOMPARE(sortedTexts(failed), sortedTexts(spout.value("failed").toArray()));
    QCOMPARE(acked.size() + failed.size(), 4); // four words in basic_words.jsonl

    // Emits per component: every anchored emit is a tree node. "4" (TestAggregatesCounter)
    // emits unanchored, so its tuples belong to no tree: `teacup complete` lists them, the
    // tree view cannot.
    const QJsonObject cliEmitted = expected.value("emitted").toObject();
    for (const QString& component : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        QStringList want;
        const QJsonObject streams = cliEmitted.value(component).toObject();
        for (auto it = streams.begin(); it != streams.end(); ++it)
            for (const auto& v : it.value().toArray()) want << it.key() + QLatin1Char('/') + compact(v);
        want.sort();
        QStringList got = emitted.value(component);
        got.sort();
        QCOMPARE(got, want);
    }
    QVERIFY(cliEmitted.contains("4"));
    QVERIFY(!emitted.contains("4"));
}

TEACUP_STUDIO_TEST_MAIN(TestTupleTreeVsComplete)
#include "tst_tuple_tree_vs_complete.moc"
