// TraceStore, TupleRootsModel and TupleTreeModel over hand-written trace events: roots and
// their states, trees growing node by node under their anchors, eviction of the oldest roots.
#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "model_test_main.h"
#include "models/trace_store.h"
#include "models/tuple_roots_model.h"
#include "models/tuple_tree_model.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

// Task 1 = spout "words", tasks 2-3 = bolt "split", task 4 = bolt "count".
QHash<QString, QList<int>> tasks() { return {{"words", {1}}, {"split", {2, 3}}, {"count", {4}}}; }

trace::TraceEvent spoutEmit(std::uint64_t tuple, std::uint64_t root, int msgId, std::vector<std::int32_t> targets) {
    trace::TraceEvent e;
    e.kind = trace::EventKind::Emit;
    e.task = 1;
    e.stream = "default";
    e.tupleId = tuple;
    e.roots = {root};
    e.targets = std::move(targets);
    e.messageId = Value(msgId);
    e.values = {Value("the cow")};
    return e;
}

trace::TraceEvent boltEmit(int task, std::uint64_t tuple, std::uint64_t anchor, std::uint64_t root,
                           std::vector<std::int32_t> targets, const char* word) {
    trace::TraceEvent e;
    e.kind = trace::EventKind::Emit;
    e.task = task;
    e.stream = "default";
    e.tupleId = tuple;
    e.anchors = {anchor};
    e.roots = {root};
    e.targets = std::move(targets);
    e.values = {Value(word)};
    return e;
}

trace::TraceEvent tupleEvent(trace::EventKind kind, int task, std::uint64_t tuple, std::uint64_t root) {
    trace::TraceEvent e;
    e.kind = kind;
    e.task = task;
    e.tupleId = tuple;
    e.roots = {root};
    return e;
}

trace::TraceEvent rootEnd(trace::EventKind kind, std::uint64_t root, int msgId, std::int64_t at) {
    trace::TraceEvent e;
    e.kind = kind;
    e.task = 1;
    e.timeNanos = at;
    e.roots = {root};
    e.messageId = Value(msgId);
    return e;
}

} // namespace

class TestTupleTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rootsListSpoutTuplesWithTheirState();
    void treeGrowsUnderAnchorsAsEventsArrive();
    void stateFilterByRole();
    void oldestRootsAreEvictedBeyondTheLimit();
};

void TestTupleTreeModel::rootsListSpoutTuplesWithTheirState() {
    TraceStore store;
    store.setTasks(tasks());
    TupleRootsModel roots(&store);
    QAbstractItemModelTester tester(&roots, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.append({spoutEmit(10, 100, 0, {2}), spoutEmit(11, 101, 1, {3}), spoutEmit(12, 102, 2, {2})});
    QCOMPARE(roots.rowCount(), 3);
    QCOMPARE(roots.index(1, TupleRootsModel::SpoutColumn).data().toString(), QString("words[1]"));
    QCOMPARE(roots.index(1, TupleRootsModel::MessageIdColumn).data().toString(), QString("1"));
    QCOMPARE(roots.index(1, TupleRootsModel::ValuesColumn).data().toString(), QString("[\"the cow\"]"));
    QCOMPARE(roots.index(0, 0).data(TupleRootsModel::StateRole).toString(), QString("pending"));
    QSignalSpy changed(&roots, &QAbstractItemModel::dataChanged);
    store.append({rootEnd(trace::EventKind::Ack, 100, 0, 2'500'000), rootEnd(trace::EventKind::Fail, 101, 1, 0),
                  rootEnd(trace::EventKind::Timeout, 102, 2, 0)});
    QCOMPARE(changed.count(), 3);
    QCOMPARE(roots.index(0, 0).data(TupleRootsModel::StateRole).toString(), QString("acked"));
    QCOMPARE(roots.index(0, TupleRootsModel::LatencyColumn).data().toString(), QString("2.500"));
    QCOMPARE(roots.index(1, 0).data(TupleRootsModel::StateRole).toString(), QString("failed"));
    QCOMPARE(roots.index(2, 0).data(TupleRootsModel::StateRole).toString(), QString("timed out"));
}

void TestTupleTreeModel::treeGrowsUnderAnchorsAsEventsArrive() {
    TraceStore store;
    store.setTasks(tasks());
    TupleTreeModel tree(&store);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.append({spoutEmit(10, 100, 0, {2})});
    tree.setRoot(100);
    QCOMPARE(tree.rowCount(), 1);
    const QModelIndex top = tree.index(0, 0);
    QCOMPARE(top.data().toString(), QString("words"));
    QCOMPARE(top.data(TupleTreeModel::StateRole).toString(), QString("pending"));

    QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
    store.append({tupleEvent(trace::EventKind::Execute, 2, 10, 100), boltEmit(2, 20, 10, 100, {4}, "the"),
                  boltEmit(2, 21, 10, 100, {4}, "cow"), tupleEvent(trace::EventKind::Ack, 2, 10, 100)});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(tree.rowCount(top), 2);
    QCOMPARE(top.data(TupleTreeModel::StateRole).toString(), QString("acked"));
    const QModelIndex cow = tree.index(1, 0, top);
    QCOMPARE(cow.data(TupleTreeModel::TaskIdRole).toInt(), 2);
    QCOMPARE(tree.index(1, TupleTreeModel::ValuesColumn, top).data().toString(), QString("[\"cow\"]"));
    QCOMPARE(tree.parent(cow), top);

    store.append({boltEmit(4, 30, 21, 100, {}, "cow=1"), tupleEvent(trace::EventKind::Fail, 4, 20, 100)});
    QCOMPARE(tree.rowCount(cow), 1);
    QCOMPARE(tree.index(0, 0, tree.index(0, 0, top)).isValid(), false);
    QCOMPARE(tree.index(0, 0, top).data(TupleTreeModel::StateRole).toString(), QString("failed"));
    QCOMPARE(tree.index(0, 0, cow).data(TupleTreeModel::ComponentIdRole).toString(), QString("count"));
    QCOMPARE(tree.nodeCount(), 4);

    // A tuple of another root does not enter this tree.
    store.append({spoutEmit(11, 101, 1, {3}), boltEmit(3, 40, 11, 101, {4}, "x")});
    QCOMPARE(tree.nodeCount(), 4);
    tree.setRoot(101);
    QCOMPARE(tree.nodeCount(), 2);
}

void TestTupleTreeModel::stateFilterByRole() {
    TraceStore store;
    TupleRootsModel roots(&store);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&roots);
    filter.setFilterRole(TupleRootsModel::StateRole);
    filter.setFilterRegularExpression(QRegularExpression("^acked$"));
    store.append({spoutEmit(10, 100, 0, {2}), spoutEmit(11, 101, 1, {2})});
    QCOMPARE(filter.rowCount(), 0);
    store.append({rootEnd(trace::EventKind::Ack, 101, 1, 0)});
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, TupleRootsModel::MessageIdColumn).data().toString(), QString("1"));
}

void TestTupleTreeModel::oldestRootsAreEvictedBeyondTheLimit() {
    TraceStore store(nullptr, 2);
    TupleRootsModel roots(&store);
    TupleTreeModel tree(&store);
    QAbstractItemModelTester tester(&roots, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.append({spoutEmit(10, 100, 0, {2}), spoutEmit(11, 101, 1, {2})});
    tree.setRoot(100);
    QCOMPARE(tree.nodeCount(), 1);
    store.append({spoutEmit(12, 102, 2, {2})});
    QCOMPARE(roots.rowCount(), 2);
    QCOMPARE(roots.index(0, TupleRootsModel::MessageIdColumn).data().toString(), QString("1"));
    QCOMPARE(tree.nodeCount(), 0); // its root was evicted
    QVERIFY(!store.tuple(10));
    store.append({spoutEmit(13, 103, 3, {2}), spoutEmit(14, 104, 4, {2}), spoutEmit(15, 105, 5, {2})});
    QCOMPARE(roots.rowCount(), 2);
    QCOMPARE(roots.index(1, TupleRootsModel::MessageIdColumn).data().toString(), QString("5"));
    store.clear();
    QCOMPARE(roots.rowCount(), 0);
}

TEACUP_MODEL_TEST_MAIN(TestTupleTreeModel)
#include "tst_tuple_tree_model.moc"
