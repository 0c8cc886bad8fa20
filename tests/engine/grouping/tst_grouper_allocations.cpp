// The hot-path promise of the grouping module: once the output buffer has room, choosing targets
// for fields, global, all, shuffle (both flavours) and local-or-shuffle allocates nothing.
// Counts calls to the global operator new, which this test executable replaces.
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

#include "grouping/grouper.h"

namespace {
std::atomic<long> g_allocations{0};
}

void* operator new(std::size_t size) {
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

Q_DECLARE_METATYPE(teacup::GroupingType)

using teacup::GroupingType;
using teacup::Value;

class TestGrouperAllocations : public QObject {
    Q_OBJECT

private slots:
    void replacedOperatorNewCountsAllocations() {
        // Guards the test below against passing only because the counter is not wired in.
        const long before = g_allocations.load();
        auto probe = std::make_unique<std::vector<int>>(100);
        QVERIFY(g_allocations.load() - before >= 2);
    }

    void choosingTasksDoesNotAllocate_data() {
        QTest::addColumn<GroupingType>("type");
        QTest::addColumn<bool>("loadAware");
        QTest::newRow("fields") << GroupingType::Fields << true;
        QTest::newRow("global") << GroupingType::Global << true;
        QTest::newRow("all") << GroupingType::All << true;
        QTest::newRow("load-aware shuffle") << GroupingType::Shuffle << true;
        QTest::newRow("plain shuffle") << GroupingType::Shuffle << false;
        QTest::newRow("local-or-shuffle") << GroupingType::LocalOrShuffle << true;
    }
    void choosingTasksDoesNotAllocate() {
        QFETCH(GroupingType, type);
        QFETCH(bool, loadAware);
        teacup::grouping::GrouperSpec spec;
        spec.type = type;
        spec.targetTasks = {5, 6, 7, 8};
        spec.keyIndexes = {2, 0}; // a non-ASCII string and a list: the slow hash paths
        spec.localTasks = {6, 7};
        spec.loadAware = loadAware;
        spec.seed = 4;
        auto grouper = teacup::grouping::makeGrouper(std::move(spec));
        const teacup::Values tuple = {Value(teacup::ValueList{Value(1), Value("x")}), Value(7LL),
                                      Value("h\xC3\xA9llo \xF0\x9F\x98\x80")};
        std::vector<int> out;
        out.reserve(16);
        const long before = g_allocations.load();
        for (int i = 0; i < 1000; ++i) {
            out.clear();
            grouper->chooseTasks(1, tuple, out);
        }
        QCOMPARE(g_allocations.load() - before, 0L);
        QVERIFY(!out.empty());
    }
};

QTEST_GUILESS_MAIN(TestGrouperAllocations)
#include "tst_grouper_allocations.moc"
