// LogModel and LogFilterModel: records appended at the bottom, the oldest dropped past the
// capacity, filters by minimum level and by component (parsed from "component[task]: ...").
#include <QAbstractItemModelTester>
#include <QTest>

#include "model_test_main.h"
#include "models/log_model.h"

using namespace teacup::studio;

namespace {

LogRecord record(LogLevel level, const QString& message) {
    LogRecord r;
    r.time = QDateTime::fromMSecsSinceEpoch(0);
    r.level = level;
    r.message = message;
    r.component = componentOfMessage(message);
    return r;
}

QStringList messages(const QAbstractItemModel& m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, LogModel::MessageColumn).data().toString();
    return out;
}

} // namespace

class TestLogModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void componentIsParsedFromTheMessage_data();
    void componentIsParsedFromTheMessage();
    void levelFilterHidesLowerLevels();
    void componentFilterShowsOneComponent();
    void oldestRecordsLeaveBeyondCapacity();
};

void TestLogModel::componentIsParsedFromTheMessage_data() {
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("component");
    QTest::newRow("restart") << "split[5]: restarted by the supervisor"
                             << "split";
    QTest::newRow("acker") << "__acker[1]: killed by the user"
                           << "__acker";
    QTest::newRow("plain text") << "loaded 3 plugins"
                                << "";
    QTest::newRow("no task") << "split: something"
                             << "";
}

void TestLogModel::componentIsParsedFromTheMessage() {
    QFETCH(QString, message);
    QFETCH(QString, component);
    QCOMPARE(componentOfMessage(message), component);
}

void TestLogModel::levelFilterHidesLowerLevels() {
    LogModel model;
    LogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({record(LogLevel::Debug, "d"), record(LogLevel::Info, "i"), record(LogLevel::Warn, "w"),
                  record(LogLevel::Error, "e")});
    QCOMPARE(messages(filter), (QStringList{"d", "i", "w", "e"}));
    filter.setMinimumLevel(LogLevel::Warn);
    QCOMPARE(messages(filter), (QStringList{"w", "e"}));
    model.append({record(LogLevel::Critical, "c"), record(LogLevel::Info, "i2")});
    QCOMPARE(messages(filter), (QStringList{"w", "e", "c"}));
    QCOMPARE(filter.index(0, LogModel::LevelColumn).data().toString(), QString("warning"));
}

void TestLogModel::componentFilterShowsOneComponent() {
    LogModel model;
    LogFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({record(LogLevel::Warn, "split[5]: killed by the user"), record(LogLevel::Info, "count[2]: hello"),
                  record(LogLevel::Info, "split[5]: restarted by the supervisor"), record(LogLevel::Info, "other")});
    filter.setComponent("split");
    QCOMPARE(messages(filter), (QStringList{"split[5]: killed by the user", "split[5]: restarted by the supervisor"}));
    QCOMPARE(filter.index(0, LogModel::LoggerColumn).data().toString(), QString("split"));
    filter.setComponent(QString());
    QCOMPARE(filter.rowCount(), 4);
}

void TestLogModel::oldestRecordsLeaveBeyondCapacity() {
    LogModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append({record(LogLevel::Info, "1"), record(LogLevel::Info, "2")});
    model.append({record(LogLevel::Info, "3"), record(LogLevel::Info, "4")});
    QCOMPARE(messages(model), (QStringList{"2", "3", "4"}));
    model.append({record(LogLevel::Info, "5"), record(LogLevel::Info, "6"), record(LogLevel::Info, "7"),
                  record(LogLevel::Info, "8")});
    QCOMPARE(messages(model), (QStringList{"6", "7", "8"}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

TEACUP_MODEL_TEST_MAIN(TestLogModel)
#include "tst_log_model.moc"
