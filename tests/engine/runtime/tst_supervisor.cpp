// Killing tasks and ackers: the task's queue and state are lost, its trees time out at the
// spout and replay, and the supervisor restarts it after the configured delay with fresh
// state (storm.md §3.12).
#include <QtTest>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

const char* kYaml = R"(
name: supervised
config:
  topology.message.timeout.secs: 5
  teacup.supervisor.restart.delay.ms: 1000
spouts:
  - id: feeder
    className: test.Feeder
    constructorArgs: [[num]]
    properties: [{name: replay, value: true}]
bolts:
  - {id: relay, className: test.Identity, constructorArgs: [[num]]}
  - {id: sink, className: test.Recording}
streams:
  - {from: feeder, to: relay, grouping: {type: SHUFFLE}}
  - {from: relay, to: sink, grouping: {type: SHUFFLE}}
)";

int taskOf(const runtime::Session& s, const std::string& component) { return s.plan().component(component)->tasks.front(); }

} // namespace

class TestSupervisor : public QObject {
    Q_OBJECT
private slots:
    void killedBoltTimesOutTreesAndSpoutReplays();
    void killedAckerTimesOutTreesAndSpoutReplays();
    void killedTaskRestartsAfterDelayWithFreshState();
    void killingAnUnknownTaskIsAnError();
};

void TestSupervisor::killedBoltTimesOutTreesAndSpoutReplays() {
    TestRig rig;
    auto s = simSession(rig.registry, kYaml);
    QVERIFY(s->runUntil(kSecond / 10).ok());
    QVERIFY(s->killTask(taskOf(*s, "relay")).ok());
    QCOMPARE(s->taskState(taskOf(*s, "relay")), runtime::TaskState::Killed);
    for (int i = 1; i <= 5; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntil(2 * kSecond).ok());
    QCOMPARE(s->taskState(taskOf(*s, "relay")), runtime::TaskState::Running);
    QVERIFY(rig.feed->acked.empty());  // the tuples died in the killed task's queue
    QVERIFY(s->runUntil(30 * kSecond).ok());
    QCOMPARE(rig.feed->failed.size(), std::size_t(5));  // each timed out once...
    QCOMPARE(rig.feed->acked.size(), std::size_t(5));   // ...and its replay was acked
    QCOMPARE(rig.seen->tuples.size(), std::size_t(5));
    bool reported = false;
    for (const auto& e : s->errors()) reported = reported || e.find("relay[") == 0;
    QVERIFY(reported);
}

void TestSupervisor::killedAckerTimesOutTreesAndSpoutReplays() {
    TestRig rig;
    auto s = simSession(rig.registry, kYaml);
    QVERIFY(s->runUntil(kSecond / 10).ok());
    QVERIFY(s->killTask(taskOf(*s, "__acker")).ok());
    for (int i = 1; i <= 5; ++i) rig.feed->feed({Value(i)}, Value(i));
    QVERIFY(s->runUntil(30 * kSecond).ok());
    QCOMPARE(rig.feed->failed.size(), std::size_t(5));
    QCOMPARE(rig.feed->acked.size(), std::size_t(5));
    QCOMPARE(rig.seen->tuples.size(), std::size_t(10));  // processed twice: at-least-once
}

void TestSupervisor::killedTaskRestartsAfterDelayWithFreshState() {
    TestRig rig;
    auto s = simSession(rig.registry, kYaml);
    QVERIFY(s->runUntil(kSecond).ok());
    const int sink = taskOf(*s, "sink");
    QVERIFY(s->killTask(sink).ok());
    QVERIFY(s->runUntil(kSecond + kSecond / 2).ok());
    QCOMPARE(s->taskState(sink), runtime::TaskState::Killed);
    QVERIFY(s->runUntil(2 * kSecond + kSecond / 10).ok());
    QCOMPARE(s->taskState(sink), runtime::TaskState::Running);
    rig.feed->feed({Value(7)}, Value(7));
    QVERIFY(s->runUntil(3 * kSecond).ok());
    QCOMPARE(rig.feed->acked, std::vector<Value>{Value(7)});
}

void TestSupervisor::killingAnUnknownTaskIsAnError() {
    TestRig rig;
    auto s = simSession(rig.registry, kYaml);
    auto st = s->killTask(99);
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.find("no task 99") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
