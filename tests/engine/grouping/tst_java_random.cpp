// Bit-exactness of JavaRandom against java.util.Random: vectors produced on OpenJDK 17
// (power-of-two bounds, the rejection loop, extreme seeds).
#include <QtTest>

#include <cstdint>

#include "grouping/java_random.h"

using teacup::grouping::JavaRandom;

class TestJavaRandom : public QObject {
    Q_OBJECT

private slots:
    void nextIntWithBoundMatchesJava() {
        // new Random(42).nextInt(10) five times.
        JavaRandom random(42);
        const int expected[] = {0, 3, 8, 4, 0};
        for (int value : expected) QCOMPARE(random.nextInt(10), value);
    }

    void nextLongMatchesJava() {
        JavaRandom random(42);
        QCOMPARE(random.nextLong(), std::int64_t{-5025562857975149833LL});
    }

    void mixedCallSequenceMatchesJava() {
        JavaRandom random(-887667); // the partial key seed of ("nathan")
        QCOMPARE(random.nextInt(), -1590740871);
        QCOMPARE(random.nextInt(16), 10);
        QCOMPARE(random.nextInt(1000000007), 222241295);
        QCOMPARE(random.nextInt(INT32_MAX), 1025715942);
        QCOMPARE(random.nextLong(), std::int64_t{-8928174068492100651LL});
        QCOMPARE(random.nextDouble(), 0.941471029782151);
    }

    void powerOfTwoBoundUsesHighBits() {
        JavaRandom random(0);
        QCOMPARE(random.nextInt(1 << 30), 784870680);
        QCOMPARE(random.nextInt(1 << 30), 892752974);
        QCOMPARE(random.nextInt(1 << 30), 258274014);
    }

    void rejectionLoopMatchesJava() {
        // A bound just above 2^30 rejects about half of the draws.
        JavaRandom random(7);
        const int expected[] = {20678044, 747989380, 1053566254, 755731200, 259278708, 542588911, 178712961, 234738279};
        for (int value : expected) QCOMPARE(random.nextInt((1 << 30) + 1), value);
    }

    void extremeSeedsMatchJava() {
        JavaRandom minSeed(INT64_MIN);
        QCOMPARE(minSeed.nextInt(), -1155484576);
        QCOMPARE(minSeed.nextLong(), std::int64_t{-3109364765729502342LL});
        QCOMPARE(minSeed.nextInt(7), 2);
        JavaRandom minusOne(-1);
        QCOMPARE(minusOne.nextInt(1), 0);
        QCOMPARE(minusOne.nextInt(2), 0);
        QCOMPARE(minusOne.nextInt(3), 0);
    }

    void setSeedRestartsTheSequence() {
        JavaRandom random(42);
        random.nextLong();
        random.setSeed(42);
        QCOMPARE(random.nextInt(10), 0);
        QCOMPARE(random.nextInt(10), 3);
    }

    void nonPositiveBoundReturnsZero() {
        JavaRandom random(42);
        QCOMPARE(random.nextInt(0), 0);
        QCOMPARE(random.nextInt(-5), 0);
    }
};

QTEST_GUILESS_MAIN(TestJavaRandom)
#include "tst_java_random.moc"
