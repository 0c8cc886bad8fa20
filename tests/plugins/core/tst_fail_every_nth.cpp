// FailEveryNth: fails the Nth, 2Nth... input with FailedException, re-emits the others.
#include <QTest>

#include "fail_every_nth.h"
#include "fake_harness.h"

using namespace teacup;
using namespace teacup::testing;

class TestFailEveryNth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failsEveryNthInputAndReemitsTheOthers_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("failedInputs");
        QTest::newRow("every third") << 3 << QList<int>{3, 6, 9};
        QTest::newRow("every input") << 1 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::newRow("every tenth") << 10 << QList<int>{10};
    }
    void failsEveryNthInputAndReemitsTheOthers() {
        QFETCH(int, n);
        QFETCH(QList<int>, failedInputs);
        auto bolt = core::makeFailEveryNth(
            makeArgs("teacup.core.FailEveryNth", {Value(n), Value(ValueList{Value("sentence")})}));
        QVERIFY(bolt);
        QList<int> failed;
        for (int i = 1; i <= 10; ++i) {
            const auto outcome = executeBasic(*bolt, makeTuple({Value("s" + std::to_string(i))}, {"sentence"}));
            QVERIFY(!outcome.reported);  // FailedException, not ReportedFailedException
            if (outcome.failed) {
                failed << i;
                QVERIFY(outcome.emits.empty());
            } else {
                QCOMPARE(outcome.emits.size(), std::size_t(1));
                QCOMPARE(outcome.emits[0], Values{Value("s" + std::to_string(i))});
            }
        }
        QCOMPARE(failed, failedInputs);
    }

    void defaultsToEveryTenthWithoutOutputs() {
        auto bolt = core::makeFailEveryNth(makeArgs("teacup.core.FailEveryNth"));
        QVERIFY(bolt);
        QVERIFY(declaredStreams(*bolt).empty());
        int failures = 0;
        for (int i = 1; i <= 20; ++i) {
            const auto outcome = executeBasic(*bolt, makeTuple({Value(i)}, {"n"}));
            QVERIFY(outcome.emits.empty());
            failures += outcome.failed ? 1 : 0;
        }
        QCOMPARE(failures, 2);
    }

    void declaresTheGivenFields() {
        core::FailEveryNth bolt(4, {"a", "b"});
        QCOMPARE(declaredStreams(bolt)[0].fields, Fields({"a", "b"}));
    }
};

QTEST_GUILESS_MAIN(TestFailEveryNth)
#include "tst_fail_every_nth.moc"
