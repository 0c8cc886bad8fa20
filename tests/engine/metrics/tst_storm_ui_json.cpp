// toStormUiJson(): Storm UI's field names, window keys, "%.3f" strings, the 200-character
// lastError cut and sys=0 hiding of "__" components and streams.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <teacup/metrics/storm_ui_json.h>

#include "metrics/metrics_registry.h"
#include "metrics_test_topology.h"

using namespace teacup::metrics;
using namespace teacup::metrics::testing;

namespace {

// words (spout) -> count (bolt), plus an acker.
std::vector<TaskDescriptor> wordCountTasks() {
    return {spoutTask(1, 0, "words", {"default", "__ack_init"}), boltTask(2, 1, "count", {{"words", "default"}}),
            boltTask(3, 2, "__acker", {{"words", "__ack_init"}}, {"__ack_ack"})};
}

// Ten seconds of activity at one tuple per second.
std::shared_ptr<const MetricsSnapshot> smallRun(MetricsRegistry& registry) {
    for (int k = 1; k <= 10; ++k) {
        registry.task(1)->emitted(0);
        registry.task(1)->transferred(0, 1);
        registry.task(1)->emitted(1);
        registry.task(1)->transferred(1, 1);
        registry.task(1)->spoutAcked(0, 12'345'678);
        registry.task(2)->executed(0, 500 * kMilli);
        registry.task(2)->boltAcked(0, 750 * kMilli);
        registry.task(3)->executed(0, 0);
        registry.sample(k * kSecond);
    }
    return registry.snapshot(10 * kSecond);
}

QJsonObject parse(const std::string& text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError) qWarning("%s", qPrintable(error.errorString()));
    return doc.object();
}

QStringList keysOf(const QJsonObject& o) {
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestStormUiJson : public QObject {
    Q_OBJECT

private slots:
    void spoutAndBoltRowsUseStormFieldNames() {
        MetricsRegistry registry(wordCountTasks());
        const QJsonObject doc = parse(toStormUiJson(*smallRun(registry), Window::TenMinutes));
        QCOMPARE(keysOf(doc), (QStringList{"bolts", "spouts", "topologyStats", "uptimeSeconds", "window", "windowPretty"}));
        QCOMPARE(doc["window"].toString(), QString("600"));
        QCOMPARE(doc["windowPretty"].toString(), QString("10m 0s"));
        QCOMPARE(doc["uptimeSeconds"].toInteger(), 10);
        const QJsonObject spout = doc["spouts"].toArray().at(0).toObject();
        QCOMPARE(keysOf(spout), (QStringList{"acked", "completeLatency", "emitted", "executors", "failed",
                                             "lastError", "spoutId", "tasks", "transferred"}));
        const QJsonObject bolt = doc["bolts"].toArray().at(0).toObject();
        QCOMPARE(keysOf(bolt), (QStringList{"acked", "boltId", "capacity", "emitted", "executeLatency", "executed",
                                            "executors", "failed", "lastError", "processLatency", "tasks",
                                            "transferred"}));
    }

    void numbersAndLatencyStringsAreFormattedAsStorm() {
        MetricsRegistry registry(wordCountTasks());
        const QJsonObject doc = parse(toStormUiJson(*smallRun(registry), Window::AllTime));
        QCOMPARE(doc["window"].toString(), QString(":all-time"));
        const QJsonObject spout = doc["spouts"].toArray().at(0).toObject();
        QCOMPARE(spout["spoutId"].toString(), QString("words"));
        QCOMPARE(spout["emitted"].toInteger(), 10);       // "__ack_init" left out with sys=0
        QCOMPARE(spout["acked"].toInteger(), 10);
        QCOMPARE(spout["completeLatency"].toString(), QString("12.346"));
        QCOMPARE(spout["lastError"].toString(), QString(""));
        const QJsonObject bolt = doc["bolts"].toArray().at(0).toObject();
        QCOMPARE(bolt["boltId"].toString(), QString("count"));
        QCOMPARE(bolt["executed"].toInteger(), 10);
        QCOMPARE(bolt["executeLatency"].toString(), QString("500.000"));
        QCOMPARE(bolt["processLatency"].toString(), QString("750.000"));
        QCOMPARE(bolt["capacity"].toString(), QString("0.500"));
        QCOMPARE(bolt["tasks"].toInteger(), 1);
        QCOMPARE(bolt["executors"].toInteger(), 1);
    }

    void topologyStatsListEveryWindow() {
        MetricsRegistry registry(wordCountTasks());
        const QJsonObject doc = parse(toStormUiJson(*smallRun(registry), Window::TenSeconds));
        const QJsonArray rows = doc["topologyStats"].toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).toObject()["window"].toString(), QString("10"));
        QCOMPARE(rows.at(1).toObject()["windowPretty"].toString(), QString("1m 0s"));
        QCOMPARE(rows.at(3).toObject()["windowPretty"].toString(), QString("All time"));
        QCOMPARE(keysOf(rows.at(2).toObject()),
                 (QStringList{"acked", "completeLatency", "emitted", "failed", "transferred", "window", "windowPretty"}));
        QCOMPARE(rows.at(3).toObject()["emitted"].toInteger(), 10);
    }

    void systemComponentsAndStreamsAppearOnlyWithSys_data() {
        QTest::addColumn<bool>("sys");
        QTest::addColumn<int>("bolts");
        QTest::addColumn<int>("spoutEmitted");
        QTest::newRow("sys=0 hides __acker and __ack_init") << false << 1 << 10;
        QTest::newRow("sys=1 shows them") << true << 2 << 20;
    }
    void systemComponentsAndStreamsAppearOnlyWithSys() {
        QFETCH(bool, sys);
        QFETCH(int, bolts);
        QFETCH(int, spoutEmitted);
        MetricsRegistry registry(wordCountTasks());
        const QJsonObject doc = parse(toStormUiJson(*smallRun(registry), Window::AllTime, sys));
        QCOMPARE(doc["bolts"].toArray().size(), bolts);
        QCOMPARE(doc["spouts"].toArray().at(0).toObject()["emitted"].toInteger(), spoutEmitted);
    }

    void lastErrorIsCutToTwoHundredCharacters() {
        MetricsRegistry registry({boltTask(1, 0, "count", {{"words", "default"}})});
        registry.setLastError(1, std::string(250, 'x'));
        const QJsonObject doc = parse(toStormUiJson(*registry.snapshot(kSecond), Window::TenSeconds));
        QCOMPARE(doc["bolts"].toArray().at(0).toObject()["lastError"].toString(), QString(200, 'x'));
    }

    void emptyTopologyGivesEmptyTables() {
        MetricsRegistry registry({});
        const QJsonObject doc = parse(toStormUiJson(*registry.latest(), Window::OneMinute));
        QCOMPARE(doc["spouts"].toArray().size(), 0);
        QCOMPARE(doc["bolts"].toArray().size(), 0);
        QCOMPARE(doc["window"].toString(), QString("60"));
    }
};

QTEST_APPLESS_MAIN(TestStormUiJson)
#include "tst_storm_ui_json.moc"
