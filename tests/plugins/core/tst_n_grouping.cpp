// NGrouping: every tuple goes to the n lowest target task ids.
#include <QTest>

#include "fake_harness.h"
#include "n_grouping.h"

using namespace teacup;
using namespace teacup::testing;

class TestNGrouping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sendsEveryTupleToTheNLowestTasks_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("targets");
        QTest::addColumn<QList<int>>("chosen");
        QTest::newRow("one of four") << 1 << QList<int>{5, 6, 7, 8} << QList<int>{5};
        QTest::newRow("two of unsorted") << 2 << QList<int>{9, 3, 7} << QList<int>{3, 7};
        QTest::newRow("n equals count") << 3 << QList<int>{4, 5, 6} << QList<int>{4, 5, 6};
        QTest::newRow("n above count") << 5 << QList<int>{4, 5} << QList<int>{4, 5};
    }
    void sendsEveryTupleToTheNLowestTasks() {
        QFETCH(int, n);
        QFETCH(QList<int>, targets);
        QFETCH(QList<int>, chosen);
        const auto args = makeArgs("org.apache.storm.testing.NGrouping", {Value(n)});
        auto grouping = core::makeNGrouping(args);
        QVERIFY2(grouping, args.error().c_str());
        const std::vector<int> targetTasks(targets.begin(), targets.end());
        FakeContext context;
        grouping->prepare(context, "spout", kDefaultStream, targetTasks);
        for (int i = 0; i < 3; ++i) {
            const auto tasks = grouping->chooseTasks(1, {Value(i)});
            QCOMPARE(QList<int>(tasks.begin(), tasks.end()), chosen);
        }
    }
};

QTEST_GUILESS_MAIN(TestNGrouping)
#include "tst_n_grouping.moc"
