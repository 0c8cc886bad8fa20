// The statistics table shows the same all-time numbers as `teacup run --sim --stats json`
// for the same file, seed and simulated time (the CLI run as a real child process).
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "live/run_controller.h"
#include "models/stats_table_model.h"
#include "run_fixture.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;
using namespace teacup::studio::testing;

namespace {

constexpr int kWaitMs = 240'000;

QJsonObject runCli(const QString& file, int seed, const QString& forText) {
    QProcess cli;
    cli.start(QStringLiteral(TEACUP_BINARY_DIR "/bin/teacup"),
              {QStringLiteral("run"), file, QStringLiteral("--sim"), QStringLiteral("--seed"), QString::number(seed),
               QStringLiteral("--for"), forText, QStringLiteral("--stats"), QStringLiteral("json")});
    if (!cli.waitForFinished(kWaitMs) || cli.exitCode() != 0) {
        qWarning("teacup run failed: %s", cli.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

// The table's cell as the CLI's JSON writes it: counts as integers, latencies and capacity
// as "%.3f" strings.
QString cellText(const StatsTableModel& model, const QModelIndex& row, int column) {
    const QVariant raw = model.index(row.row(), column).data(StatsTableModel::RawValueRole);
    if (raw.typeId() == QMetaType::Double) return QString::number(raw.toDouble(), 'f', 3);
    return raw.toString();
}

QString jsonText(const QJsonValue& v) {
    if (v.isString()) return v.toString();
    return QString::number(v.toInteger());
}

} // namespace

class TestStatsVsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statsTableEqualsCliJsonForSameSeed();
};

void TestStatsVsCli::statsTableEqualsCliJsonForSameSeed() {
    const QString file = QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml");
    constexpr int kSeed = 7;
    // `teacup run --sim --for D` runs the simulated scheduler until D (runUntil), stops the
    // session and reports session.snapshotNow(); the controller does the same for runUntil + stop.
    constexpr std::int64_t kForNanos = 400'000'000;
    const QJsonObject expected = runCli(file, kSeed, QStringLiteral("400ms"));
    QVERIFY(!expected.isEmpty());

    RunController controller(sharedRegistry());
    StatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(&controller, &RunController::snapshotReady, &model,
            [&model](std::shared_ptr<const metrics::MetricsSnapshot> s) { model.setSnapshot(std::move(s)); });
    controller.setTraceEnabled(false);
    controller.setStartPaused(true);
    controller.start(loadSpec(file.toStdString()), simulatedOptions(kSeed));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kWaitMs);
    QSignalSpy snapshots(&controller, &RunController::snapshotReady);
    controller.runUntil(kForNanos);
    // stop() would cut a runUntil still in progress short: wait for the snapshot it publishes.
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), kWaitMs);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Stopped, kWaitMs);
    QCOMPARE(model.window(), metrics::Window::AllTime);

    struct Check {
        const char* key;
        int column;
    };
    const Check spoutChecks[] = {{"tasks", StatsTableModel::TasksColumn},
                                 {"executors", StatsTableModel::ExecutorsColumn},
                                 {"emitted", StatsTableModel::EmittedColumn},
                                 {"transferred", StatsTableModel::TransferredColumn},
                                 {"acked", StatsTableModel::AckedColumn},
                                 {"failed", StatsTableModel::FailedColumn},
                                 {"completeLatency", StatsTableModel::CompleteLatencyColumn},
                                 {"lastError", StatsTableModel::LastErrorColumn}};
    const Check boltChecks[] = {{"tasks", StatsTableModel::TasksColumn},
                                {"executors", StatsTableModel::ExecutorsColumn},
                                {"emitted", StatsTableModel::EmittedColumn},
                                {"transferred", StatsTableModel::TransferredColumn},
                                {"executed", StatsTableModel::ExecutedColumn},
                                {"acked", StatsTableModel::AckedColumn},
                                {"failed", StatsTableModel::FailedColumn},
                                {"executeLatency", StatsTableModel::ExecuteLatencyColumn},
                                {"processLatency", StatsTableModel::ProcessLatencyColumn},
                                {"capacity", StatsTableModel::CapacityColumn},
                                {"lastError", StatsTableModel::LastErrorColumn}};
    int compared = 0;
    auto compareRows = [&](const QJsonArray& rows, const char* idKey, auto& checks) {
        for (const auto& r : rows) {
            const QJsonObject o = r.toObject();
            const QString id = o.value(idKey).toString();
            const QModelIndex row = model.indexOfComponent(id);
            QVERIFY2(row.isValid(), qPrintable(id));
            for (const auto& c : checks) {
                QCOMPARE(cellText(model, row, c.column), jsonText(o.value(c.key)));
                ++compared;
            }
        }
    };
    compareRows(expected.value("spouts").toArray(), "spoutId", spoutChecks);
    compareRows(expected.value("bolts").toArray(), "boltId", boltChecks);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(compared, 8 + 2 * 11);
    // The run did something: the numbers compared are not all zero.
    QVERIFY(model.index(0, StatsTableModel::AckedColumn).data(StatsTableModel::RawValueRole).toULongLong() > 0);
}

TEACUP_STUDIO_TEST_MAIN(TestStatsVsCli)
#include "tst_stats_vs_cli.moc"
