// Routing of each grouping type as Storm routes it: fields (JVM vectors), global, all, none,
// plain and load-aware shuffle, local-or-shuffle, partial key and custom.
#include <QtTest>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <vector>

#include "grouping/grouper.h"
#include "grouping/java_hash.h"
#include "grouping/load_aware_shuffle_grouper.h"
#include "grouping/partial_key_grouper.h"
#include "grouping/shuffle_grouper.h"

Q_DECLARE_METATYPE(teacup::Value)

using teacup::GroupingType;
using teacup::Value;
using teacup::ValueList;
using teacup::Values;
using teacup::grouping::Grouper;
using teacup::grouping::GrouperSpec;
using teacup::grouping::makeGrouper;

namespace {

const std::vector<int> kFourTargets = {5, 6, 7, 8};

GrouperSpec spec(GroupingType type, std::vector<int> targets, std::vector<int> keyIndexes = {},
                 std::uint64_t seed = 1) {
    GrouperSpec s;
    s.type = type;
    s.targetTasks = std::move(targets);
    s.keyIndexes = std::move(keyIndexes);
    s.seed = seed;
    return s;
}

std::vector<int> choose(Grouper& grouper, const Values& values) {
    std::vector<int> out;
    grouper.chooseTasks(1, values, out);
    return out;
}

int chooseOne(Grouper& grouper, const Values& values) {
    const std::vector<int> out = choose(grouper, values);
    return out.size() == 1 ? out.front() : -1;
}

std::map<int, int> countChoices(Grouper& grouper, int tuples) {
    std::map<int, int> counts;
    for (int i = 0; i < tuples; ++i) ++counts[chooseOne(grouper, {Value(i)})];
    return counts;
}

// Records what it was asked and answers with a fixed list, valid or not.
class FixedCustomGrouping : public teacup::CustomStreamGrouping {
public:
    explicit FixedCustomGrouping(std::vector<int> answer) : m_answer(std::move(answer)) {}
    void prepare(const teacup::TopologyContext&, const std::string&, const std::string&,
                 std::span<const int>) override {}
    std::vector<int> chooseTasks(int sourceTaskId, const Values& values) override {
        lastSourceTask = sourceTaskId;
        lastValues = values;
        return m_answer;
    }
    int lastSourceTask = 0;
    Values lastValues;

private:
    std::vector<int> m_answer;
};

} // namespace

class TestGroupers : public QObject {
    Q_OBJECT

private slots:
    void fieldsGroupingChoosesStormsTask_data() {
        QTest::addColumn<Value>("key");
        QTest::addColumn<int>("index3");
        QTest::addColumn<int>("index4");
        QTest::addColumn<int>("index5");
        // Indexes from OpenJDK 17 (floorMod of Arrays.deepHashCode).
        QTest::newRow("string nathan") << Value("nathan") << 1 << 3 << 4;
        QTest::newRow("string jackson") << Value("jackson") << 0 << 2 << 3;
        QTest::newRow("string golda") << Value("golda") << 1 << 0 << 0;
        QTest::newRow("Integer 1") << Value(1) << 2 << 0 << 2;
        QTest::newRow("Integer -1") << Value(-1) << 0 << 2 << 0;
        QTest::newRow("Long -1") << Value(-1LL) << 1 << 3 << 1;
        QTest::newRow("Long 5000000000") << Value(5000000000LL) << 0 << 0 << 1;
        QTest::newRow("true") << Value(true) << 2 << 2 << 2;
        QTest::newRow("false") << Value(false) << 2 << 0 << 3;
        QTest::newRow("list a 1 2L") << Value(ValueList{Value("a"), Value(1), Value(2LL)}) << 0 << 0 << 2;
        QTest::newRow("null") << Value() << 1 << 3 << 1;
    }
    void fieldsGroupingChoosesStormsTask() {
        QFETCH(Value, key);
        QFETCH(int, index3);
        QFETCH(int, index4);
        QFETCH(int, index5);
        const std::vector<int> targetLists[] = {{5, 6, 7}, {5, 6, 7, 8}, {5, 6, 7, 8, 9}};
        const int indexes[] = {index3, index4, index5};
        for (int i = 0; i < 3; ++i) {
            const std::vector<int>& targets = targetLists[i];
            // The key sits in the middle of the tuple: the grouper must read position 1 only.
            auto grouper = makeGrouper(spec(GroupingType::Fields, targets, {1}));
            QCOMPARE(chooseOne(*grouper, {Value("ignored"), key, Value(99)}),
                     targets[static_cast<std::size_t>(indexes[i])]);
        }
    }

    void fieldsGroupingHashesInTheGroupingsFieldOrder() {
        // Stream declares (x, y) = (1, "nathan"); the grouping lists ("y", "x").
        const Values tuple = {Value(1), Value("nathan")};
        auto groupingOrder = makeGrouper(spec(GroupingType::Fields, kFourTargets, {1, 0}));
        auto streamOrder = makeGrouper(spec(GroupingType::Fields, kFourTargets, {0, 1}));
        QCOMPARE(chooseOne(*groupingOrder, tuple), 7); // ("nathan", 1): 1728509038 → index 2
        QCOMPARE(chooseOne(*streamOrder, tuple), 5);   // (1, "nathan"): -1052619340 → index 0
    }

    void fieldsGroupingSendsEqualKeysToOneTask() {
        auto grouper = makeGrouper(spec(GroupingType::Fields, kFourTargets, {0}));
        const int first = chooseOne(*grouper, {Value("golda"), Value(1)});
        for (int i = 0; i < 20; ++i) QCOMPARE(chooseOne(*grouper, {Value("golda"), Value(i)}), first);
    }

    void fieldsGroupingOnNoFieldsIsGlobal() {
        auto grouper = makeGrouper(spec(GroupingType::Fields, {9, 4, 7}, {}));
        QCOMPARE(chooseOne(*grouper, {Value("anything")}), 4);
    }

    void globalGroupingChoosesLowestTask() {
        auto grouper = makeGrouper(spec(GroupingType::Global, {9, 4, 7}));
        for (int i = 0; i < 10; ++i) QCOMPARE(chooseOne(*grouper, {Value(i)}), 4);
    }

    void allGroupingAppendsEveryTargetWithoutClearing() {
        auto grouper = makeGrouper(spec(GroupingType::All, kFourTargets));
        std::vector<int> out = {42};
        grouper->chooseTasks(1, {Value("x")}, out);
        QCOMPARE(out, (std::vector<int>{42, 5, 6, 7, 8}));
    }

    void noneGroupingIsUniformAndRepeatsPerSeed_data() {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 2") << quint64(2);
        QTest::newRow("seed 12345") << quint64(12345);
    }
    void noneGroupingIsUniformAndRepeatsPerSeed() {
        QFETCH(quint64, seed);
        auto grouper = makeGrouper(spec(GroupingType::None, kFourTargets, {}, seed));
        auto twin = makeGrouper(spec(GroupingType::None, kFourTargets, {}, seed));
        auto other = makeGrouper(spec(GroupingType::None, kFourTargets, {}, seed + 1));
        std::map<int, int> counts;
        int differences = 0;
        for (int i = 0; i < 4000; ++i) {
            const int task = chooseOne(*grouper, {Value(i)});
            ++counts[task];
            QCOMPARE(chooseOne(*twin, {Value(i)}), task);
            differences += chooseOne(*other, {Value(i)}) != task ? 1 : 0;
        }
        QCOMPARE(counts.size(), std::size_t{4});
        for (const auto& [task, count] : counts) {
            QVERIFY2(std::count(kFourTargets.begin(), kFourTargets.end(), task) == 1, "chose a non-target");
            QVERIFY2(count > 850 && count < 1150,
                     qPrintable(QStringLiteral("task %1 got %2 of 4000").arg(task).arg(count)));
        }
        QVERIFY(differences > 1000); // a different seed gives a different (random) sequence
    }

    void plainShuffleStartsAtElementOneAndCyclesEvenly_data() {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("seed 1") << quint64(1);
        QTest::newRow("seed 7") << quint64(7);
        QTest::newRow("seed 99") << quint64(99);
    }
    void plainShuffleStartsAtElementOneAndCyclesEvenly() {
        QFETCH(quint64, seed);
        const std::vector<int> targets = {5, 6, 7, 8, 9};
        teacup::grouping::ShuffleGrouper grouper(targets, seed);
        std::vector<int> permutation = grouper.permutation();
        QCOMPARE(teacup::grouping::ShuffleGrouper(targets, seed).permutation(), permutation); // seeded
        std::vector<int> sorted = permutation;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, targets);
        // Storm's cursor: element 1, 2, ..., n-1, then 0, and again.
        for (int cycle = 0; cycle < 3; ++cycle) {
            for (std::size_t i = 1; i <= permutation.size(); ++i)
                QCOMPARE(chooseOne(grouper, {Value(0)}), permutation[i % permutation.size()]);
        }
    }

    void plainShuffleFromFactoryIsEven() {
        GrouperSpec s = spec(GroupingType::Shuffle, kFourTargets, {}, 3);
        s.loadAware = false;
        auto grouper = makeGrouper(std::move(s));
        const std::map<int, int> counts = countChoices(*grouper, 400);
        QCOMPARE(counts, (std::map<int, int>{{5, 100}, {6, 100}, {7, 100}, {8, 100}}));
    }

    void loadAwareShuffleFillsTheRingByWeight() {
        teacup::grouping::LoadAwareShuffleGrouper four(kFourTargets, 11);
        QCOMPARE(four.capacity(), std::size_t{1000});
        QCOMPARE(countChoices(four, 1000), (std::map<int, int>{{5, 250}, {6, 250}, {7, 250}, {8, 250}}));

        teacup::grouping::LoadAwareShuffleGrouper three({5, 6, 7}, 11);
        const std::map<int, int> counts = countChoices(three, 1000); // 333 each + 1 random slot
        for (const auto& [task, count] : counts)
            QVERIFY2(count == 333 || count == 334, qPrintable(QString::number(task)));

        std::vector<int> manyTargets(300);
        std::iota(manyTargets.begin(), manyTargets.end(), 1);
        teacup::grouping::LoadAwareShuffleGrouper many(manyTargets, 11);
        QCOMPARE(many.capacity(), std::size_t{1500}); // max(1000, 5·n)
        teacup::grouping::LoadAwareShuffleGrouper one({5}, 11);
        QCOMPARE(one.capacity(), std::size_t{1});
        QCOMPARE(countChoices(one, 3), (std::map<int, int>{{5, 3}}));
    }

    void loadAwareShuffleShiftsAwayFromLoadedTarget() {
        teacup::grouping::LoadAwareShuffleGrouper grouper(kFourTargets, 5);
        const auto sixLoaded = [](int task) { return task == 6 ? 0.9 : 0.0; };
        grouper.refreshLoad(sixLoaded);
        QCOMPARE(grouper.weight(6), 90);
        QCOMPARE(grouper.weight(5), 100);
        std::map<int, int> counts = countChoices(grouper, 1000);
        // floor(90/390·1000) = 230 slots for task 6, 256 for each other, 2 copied at random.
        QVERIFY2(counts[6] >= 230 && counts[6] <= 232, qPrintable(QString::number(counts[6])));
        for (int task : {5, 7, 8}) QVERIFY(counts[task] >= 256 && counts[task] <= 258);

        for (int i = 0; i < 9; ++i) grouper.refreshLoad(sixLoaded);
        QCOMPARE(grouper.weight(6), 0);
        counts = countChoices(grouper, 3000);
        QCOMPARE(counts.count(6), std::size_t{0});

        grouper.refreshLoad([](int) { return 0.0; }); // load gone: weight grows back slowly
        QCOMPARE(grouper.weight(6), 1);
        QCOMPARE(grouper.weight(7), 100);
        QCOMPARE(grouper.weight(42), -1);
    }

    void loadAwareShuffleTreatsNearMinimumLoadAsIdle() {
        teacup::grouping::LoadAwareShuffleGrouper grouper(kFourTargets, 5);
        grouper.refreshLoad([](int task) { return task == 5 ? 0.30 : (task == 6 ? 0.34 : 0.36); });
        QCOMPARE(grouper.weight(5), 100); // the minimum
        QCOMPARE(grouper.weight(6), 100); // within 0.05 of it
        QCOMPARE(grouper.weight(7), 90);
        QCOMPARE(grouper.weight(8), 90);
    }

    void localOrShuffleStaysInTheWorker() {
        for (bool loadAware : {true, false}) {
            GrouperSpec s = spec(GroupingType::LocalOrShuffle, kFourTargets, {}, 8);
            s.localTasks = {8, 6};
            s.loadAware = loadAware;
            auto grouper = makeGrouper(std::move(s));
            const std::map<int, int> counts = countChoices(*grouper, 1000);
            QCOMPARE(counts, (std::map<int, int>{{6, 500}, {8, 500}}));
        }
    }

    void localOrShuffleUsesAllTargetsWhenNoneIsLocal() {
        for (std::vector<int> local : {std::vector<int>{}, std::vector<int>{42}}) {
            GrouperSpec s = spec(GroupingType::LocalOrShuffle, kFourTargets, {}, 8);
            s.localTasks = local;
            auto grouper = makeGrouper(std::move(s));
            QCOMPARE(countChoices(*grouper, 1000), (std::map<int, int>{{5, 250}, {6, 250}, {7, 250}, {8, 250}}));
        }
    }

    void partialKeyCandidatesMatchStorm_data() {
        QTest::addColumn<Value>("key");
        QTest::addColumn<bool>("withFields");
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        // Targets [5, 6, 7, 8]; seeds and candidates from OpenJDK 17.
        QTest::newRow("fields nathan") << Value("nathan") << true << -887667 << 7 << 8;
        QTest::newRow("no-fields nathan") << Value("nathan") << false << -165116651 << 7 << 5;
        QTest::newRow("fields mike") << Value("mike") << true << 973607 << 5 << 7;
        QTest::newRow("no-fields mike") << Value("mike") << false << 4275063 << 7 << 8;
        // Further OpenJDK 17 vectors.
        QTest::newRow("fields Integer -1") << Value(-1) << true << 892737 << 7 << 8;
        QTest::newRow("fields Long 5000000000") << Value(5000000000LL) << true << 2179115 << 6 << 7;
        QTest::newRow("fields Double 1.5") << Value(1.5) << true << 2792666 << 5 << 6;
        QTest::newRow("fields null") << Value() << true << 923521 << 6 << 5;
        QTest::newRow("fields list a 1 2L")
            << Value(ValueList{Value("a"), Value(1), Value(2LL)}) << true << 923395 << 6 << 8;
        QTest::newRow("fields map k=1") << Value(teacup::ValueMap{{"k", Value(1)}}) << true << 923627 << 6 << 7;
        QTest::newRow("fields emoji") << Value("\xF0\x9F\x98\x80") << true << 949970 << 5 << 8;
        QTest::newRow("no-fields Integer 42") << Value(42) << false << 2623 << 8 << 5;
        QTest::newRow("no-fields Long 42") << Value(42LL) << false << 2623 << 8 << 5;
        QTest::newRow("no-fields true") << Value(true) << false << 4492559 << 7 << 5;
        QTest::newRow("no-fields Double 1.5") << Value(1.5) << false << 78359 << 5 << 7;
        QTest::newRow("no-fields Double 1e7") << Value(1e7) << false << 75300388 << 5 << 8;
        QTest::newRow("no-fields list a 1") << Value(ValueList{Value("a"), Value(1)}) << false << -711286169 << 5 << 6;
        QTest::newRow("no-fields e acute") << Value("\xC3\xA9") << false << -1017 << 6 << 7;
        QTest::newRow("no-fields empty string") << Value("") << false << 1 << 7 << 5;
    }
    void partialKeyCandidatesMatchStorm() {
        QFETCH(Value, key);
        QFETCH(bool, withFields);
        QFETCH(int, first);
        QFETCH(int, second);
        const std::vector<int> keyIndexes = withFields ? std::vector<int>{0} : std::vector<int>{};
        const Values tuple = {key, Value("payload")};
        std::string bytes;
        teacup::grouping::partialKeyBytes(tuple, keyIndexes, bytes);
        QTEST(teacup::grouping::javaBytesHashCode(bytes), "seed");
        const auto [i1, i2] = teacup::grouping::partialKeyCandidateIndexes(bytes, 4);
        QCOMPARE(kFourTargets[static_cast<std::size_t>(i1)], first);
        QCOMPARE(kFourTargets[static_cast<std::size_t>(i2)], second);
        // Through the grouper: ties go to the first candidate, then the counters alternate.
        auto grouper = makeGrouper(spec(GroupingType::PartialKey, kFourTargets, keyIndexes));
        QCOMPARE(chooseOne(*grouper, tuple), first);
        QCOMPARE(chooseOne(*grouper, tuple), second);
        QCOMPARE(chooseOne(*grouper, tuple), first);
    }

    void partialKeyOnTwoFieldsMatchesStorm_data() {
        QTest::addColumn<Value>("a");
        QTest::addColumn<Value>("b");
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("nathan, 1") << Value("nathan") << Value(1) << 559638030 << 8 << 7;
        QTest::newRow("mike, Long 5000000000") << Value("mike") << Value(5000000000LL) << 1499600977 << 8 << 5;
        QTest::newRow("true, null") << Value(true) << Value() << -1738190388 << 8 << 7;
    }
    void partialKeyOnTwoFieldsMatchesStorm() {
        QFETCH(Value, a);
        QFETCH(Value, b);
        // Stream order (b, a); the grouping lists (a, b).
        const Values tuple = {b, a};
        const std::vector<int> keyIndexes = {1, 0};
        std::string bytes;
        teacup::grouping::partialKeyBytes(tuple, keyIndexes, bytes);
        QTEST(teacup::grouping::javaBytesHashCode(bytes), "seed");
        auto grouper = makeGrouper(spec(GroupingType::PartialKey, kFourTargets, keyIndexes));
        QTEST(chooseOne(*grouper, tuple), "first");
        QTEST(chooseOne(*grouper, tuple), "second");
    }

    void partialKeyBalancesBetweenTheTwoCandidates() {
        teacup::grouping::PartialKeyGrouper grouper(kFourTargets, {0});
        for (int i = 0; i < 1000; ++i) chooseOne(grouper, {Value("nathan")}); // candidates 7, 8
        QCOMPARE(grouper.sentTo(7), std::uint64_t{500});
        QCOMPARE(grouper.sentTo(8), std::uint64_t{500});
        QCOMPARE(grouper.sentTo(5), std::uint64_t{0});
        // "mike" has candidates 5 and 7; 7 is busy with "nathan", so "mike" goes to 5.
        for (int i = 0; i < 10; ++i) QCOMPARE(chooseOne(grouper, {Value("mike")}), 5);
    }

    void partialKeyDropsAnEmptyTuple() {
        for (std::vector<int> keyIndexes : {std::vector<int>{}, std::vector<int>{0}}) {
            auto grouper = makeGrouper(spec(GroupingType::PartialKey, kFourTargets, keyIndexes));
            QVERIFY(choose(*grouper, {}).empty());
        }
    }

    void customGroupingDropsAndCountsInvalidIds() {
        auto custom = std::make_unique<FixedCustomGrouping>(std::vector<int>{6, 42, 8, 6, -1, 4});
        FixedCustomGrouping* user = custom.get();
        GrouperSpec s = spec(GroupingType::Custom, kFourTargets);
        s.custom = std::move(custom);
        auto grouper = makeGrouper(std::move(s));
        std::vector<int> out;
        grouper->chooseTasks(17, {Value("k"), Value(3)}, out);
        QCOMPARE(out, (std::vector<int>{6, 8, 6}));
        QCOMPARE(grouper->invalidChoices(), std::uint64_t{3});
        QCOMPARE(user->lastSourceTask, 17);
        QCOMPARE(user->lastValues, (Values{Value("k"), Value(3)}));
        grouper->chooseTasks(17, {Value("k")}, out);
        QCOMPARE(grouper->invalidChoices(), std::uint64_t{6});
    }

    void builtInGroupingsReportNoInvalidChoices() {
        auto grouper = makeGrouper(spec(GroupingType::Fields, kFourTargets, {0}));
        chooseOne(*grouper, {Value("x")});
        QCOMPARE(grouper->invalidChoices(), std::uint64_t{0});
    }

    void directAndTargetlessGroupersChooseNothing() {
        QVERIFY(choose(*makeGrouper(spec(GroupingType::Direct, kFourTargets)), {Value(1)}).empty());
        QVERIFY(choose(*makeGrouper(spec(GroupingType::Custom, kFourTargets)), {Value(1)}).empty()); // no user object
        const GroupingType types[] = {GroupingType::Shuffle,   GroupingType::Fields, GroupingType::All,
                                      GroupingType::Global,    GroupingType::None,   GroupingType::LocalOrShuffle,
                                      GroupingType::PartialKey};
        for (GroupingType type : types) {
            auto grouper = makeGrouper(spec(type, {}, {0}));
            QVERIFY(choose(*grouper, {Value(1)}).empty());
            grouper->refreshLoad([](int) { return 0.5; });
            QVERIFY(choose(*grouper, {Value(1)}).empty());
        }
    }

    void missingKeyFieldHashesAsNull() {
        auto grouper = makeGrouper(spec(GroupingType::Fields, kFourTargets, {3}));
        auto nullKey = makeGrouper(spec(GroupingType::Fields, kFourTargets, {0}));
        QCOMPARE(chooseOne(*grouper, {Value("short")}), chooseOne(*nullKey, {Value()}));
    }
};

QTEST_GUILESS_MAIN(TestGroupers)
#include "tst_groupers.moc"
