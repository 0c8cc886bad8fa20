// Same seed, topology and inputs give the same run event for event, in this process and in
// a second process; another seed gives another run.
#include <QProcess>
#include <QtTest>

#include <teacup/trace/sinks.h>

#include "test_components.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

const char* kYaml = R"(
name: determinism
config: {topology.workers: 2, topology.message.timeout.secs: 3}
spouts:
  - {id: feeder, className: test.Feeder, parallelism: 2, constructorArgs: [[num]]}
bolts:
  - {id: fan, className: test.Branching, parallelism: 3, constructorArgs: [3]}
  - {id: agg, className: test.Agg, parallelism: 2, constructorArgs: [2]}
  - {id: sink, className: test.Recording, parallelism: 2}
streams:
  - {from: feeder, to: fan, grouping: {type: SHUFFLE}}
  - {from: fan, to: agg, grouping: {type: FIELDS, args: [num]}}
  - {from: agg, to: sink, grouping: {type: LOCAL_OR_SHUFFLE}}
)";

struct RunResult {
    std::string hash;
    std::uint64_t events = 0;
};

RunResult run(std::uint64_t seed) {
    TestRig rig;
    for (int i = 0; i < 300; ++i) rig.feed->feed({Value(i)}, Value(i));
    auto s = simSession(rig.registry, kYaml, seed);
    auto sink = std::make_shared<trace::HashingSink>();
    s->setTraceSink(sink);
    (void)s->runUntil(20 * kSecond);
    return {sink->hex(), sink->count()};
}

} // namespace

class TestDeterminism : public QObject {
    Q_OBJECT
private slots:
    void sameSeedGivesSameEventSequence();
    void sameSeedGivesSameEventSequenceInAnotherProcess();
    void otherSeedGivesOtherRun();
};

void TestDeterminism::sameSeedGivesSameEventSequence() {
    const auto a = run(42);
    const auto b = run(42);
    QVERIFY(a.events > 1000);
    QCOMPARE(a.hash, b.hash);
    QCOMPARE(a.events, b.events);
}

void TestDeterminism::sameSeedGivesSameEventSequenceInAnotherProcess() {
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("TEACUP_PRINT_RUN_HASH", "42");
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    const auto mine = run(42);
    QCOMPARE(out, QString::fromStdString(mine.hash + " " + std::to_string(mine.events)));
}

void TestDeterminism::otherSeedGivesOtherRun() { QVERIFY(run(42).hash != run(43).hash); }

int main(int argc, char** argv) {
    if (const char* seed = std::getenv("TEACUP_PRINT_RUN_HASH")) {
        const auto r = run(std::strtoull(seed, nullptr, 10));
        std::printf("%s %llu\n", r.hash.c_str(), static_cast<unsigned long long>(r.events));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestDeterminism t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_determinism.moc"
