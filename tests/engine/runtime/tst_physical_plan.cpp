// Storm's physical model: task ids in Java String order from 1 (acker included), executor
// ranges with larger chunks first, round-robin workers, acker count, task caps, and the
// component config whitelist (storm.md §1).
#include <QtTest>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

runtime::PhysicalPlan planOf(TestRig& rig, const model::TopologySpec& spec) {
    auto plan = runtime::buildPlan(spec, rig.registry, {});
    if (!plan.ok()) throw std::runtime_error(plan.error().message);
    return std::move(plan).value();
}

std::vector<int> tasksOf(const runtime::PhysicalPlan& p, const std::string& id) { return p.component(id)->tasks; }

std::vector<std::pair<int, int>> executorsOf(const runtime::PhysicalPlan& p, const std::string& id) {
    std::vector<std::pair<int, int>> out;
    for (int e : p.component(id)->executors) out.emplace_back(p.executors[e].firstTask, p.executors[e].lastTask);
    return out;
}

std::vector<int> range(int a, int b) {
    std::vector<int> v;
    for (int i = a; i <= b; ++i) v.push_back(i);
    return v;
}

} // namespace

class TestPhysicalPlan : public QObject {
    Q_OBJECT
private slots:
    void taskIdsFollowJavaStringOrderWithAckerFirst();
    void systemIdsSortAfterUppercaseAndDigits();
    void executorsTakeLargerChunksFirst();
    void executorsAreDealtRoundRobinToWorkers();
    void ackerCountDefaultsToWorkers();
    void maxTaskParallelismCapsTasks();
    void componentConfigKeepsOnlyWhitelistedStormKeys();
};

void TestPhysicalPlan::taskIdsFollowJavaStringOrderWithAckerFirst() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: ids
spouts:
  - {id: words, className: test.Feeder, parallelism: 2, constructorArgs: [[word]]}
bolts:
  - {id: split, className: test.Identity, parallelism: 3, numTasks: 6, constructorArgs: [[word]]}
  - {id: count, className: test.Recording, parallelism: 2}
streams:
  - {from: words, to: split, grouping: {type: SHUFFLE}}
  - {from: split, to: count, grouping: {type: FIELDS, args: [word]}}
)");
    auto p = planOf(rig, spec);
    QCOMPARE(tasksOf(p, "__acker"), std::vector<int>{1});
    QCOMPARE(tasksOf(p, "count"), range(2, 3));
    QCOMPARE(tasksOf(p, "split"), range(4, 9));
    QCOMPARE(tasksOf(p, "words"), range(10, 11));
    QCOMPARE(executorsOf(p, "split"), (std::vector<std::pair<int, int>>{{4, 5}, {6, 7}, {8, 9}}));
    QCOMPARE(p.tasks[6 - 1].index, 2);  // task 6 is split's third task
}

void TestPhysicalPlan::systemIdsSortAfterUppercaseAndDigits() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: order
spouts:
  - {id: spout, className: test.Feeder}
  - {id: Spout, className: test.Feeder2}
bolts:
  - {id: "1", className: test.Recording}
  - {id: "2", className: test.Recording}
  - {id: count, className: test.Recording}
streams:
  - {from: spout, to: "1", grouping: {type: SHUFFLE}}
  - {from: Spout, to: "2", grouping: {type: SHUFFLE}}
  - {from: spout, to: count, grouping: {type: SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    std::vector<std::string> order;
    for (const auto& c : p.components) order.push_back(c.id);
    QCOMPARE(order, (std::vector<std::string>{"1", "2", "Spout", "__acker", "count", "spout"}));
    QCOMPARE(tasksOf(p, "__acker"), std::vector<int>{4});
}

void TestPhysicalPlan::executorsTakeLargerChunksFirst() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: chunks
spouts:
  - {id: a, className: test.Feeder, parallelism: 3, numTasks: 10}
bolts:
  - {id: b, className: test.Recording, parallelism: 4, numTasks: 2}
streams:
  - {from: a, to: b, grouping: {type: SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    QCOMPARE(executorsOf(p, "a"), (std::vector<std::pair<int, int>>{{2, 5}, {6, 8}, {9, 11}}));
    QCOMPARE(executorsOf(p, "b").size(), std::size_t(2));  // executors = min(hint, tasks)
}

void TestPhysicalPlan::executorsAreDealtRoundRobinToWorkers() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: workers
config: {topology.workers: 2}
spouts:
  - {id: a, className: test.Feeder, parallelism: 2}
bolts:
  - {id: b, className: test.Recording, parallelism: 3}
streams:
  - {from: a, to: b, grouping: {type: LOCAL_OR_SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    QCOMPARE(p.ackers, 2);  // ackers default to topology.workers
    for (std::size_t e = 0; e < p.executors.size(); ++e) QCOMPARE(p.executors[e].worker, static_cast<int>(e % 2));
}

void TestPhysicalPlan::ackerCountDefaultsToWorkers() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: ackers
config: {topology.acker.executors: 3}
spouts:
  - {id: a, className: test.Feeder}
bolts:
  - {id: b, className: test.Recording}
streams:
  - {from: a, to: b, grouping: {type: SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    QCOMPARE(p.ackers, 3);
    QCOMPARE(executorsOf(p, "__acker").size(), std::size_t(3));
    QVERIFY(p.component("a")->findStream("__ack_init"));
    QVERIFY(p.component("b")->findStream("__ack_ack"));
}

void TestPhysicalPlan::maxTaskParallelismCapsTasks() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: caps
config: {topology.max.task.parallelism: 2}
spouts:
  - {id: a, className: test.Feeder, parallelism: 5}
bolts:
  - {id: b, className: test.Recording, parallelism: 3, numTasks: 8}
streams:
  - {from: a, to: b, grouping: {type: SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    QCOMPARE(tasksOf(p, "a").size(), std::size_t(2));
    QCOMPARE(tasksOf(p, "b").size(), std::size_t(2));
}

void TestPhysicalPlan::componentConfigKeepsOnlyWhitelistedStormKeys() {
    TestRig rig;
    auto spec = loadYaml(R"(
name: conf
config: {topology.message.timeout.secs: 30}
spouts:
  - id: a
    className: test.Feeder
    config: {topology.max.spout.pending: 7, topology.message.timeout.secs: 99, fake.config: 123}
bolts:
  - {id: b, className: test.Recording}
streams:
  - {from: a, to: b, grouping: {type: SHUFFLE}}
)");
    auto p = planOf(rig, spec);
    const auto& c = p.component("a")->config;
    QCOMPARE(configInt(c, "topology.max.spout.pending").value_or(0), 7);
    QCOMPARE(configInt(c, "topology.message.timeout.secs").value_or(0), 30);  // not overridable
    QCOMPARE(configInt(c, "fake.config").value_or(0), 123);
}

QTEST_GUILESS_MAIN(TestPhysicalPlan)
#include "tst_physical_plan.moc"
