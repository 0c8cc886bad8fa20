// ring-limit: the physical limit of one tuple hop on this machine. A producer thread pushes
// 64-byte items through an SpscRing to a consumer thread as fast as the two can go; no engine
// code runs, so every engine figure is read as a share of this one, measured in the same run.
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <utility>

#include <pthread.h>
#include <sched.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include "bench_runs.h"
#include "proc_memory.h"
#include "spsc_ring.h"

namespace teacup::bench {

namespace {

constexpr std::size_t kRingSlots = 8192;
constexpr std::size_t kLine = 64;

// One cache line, about what a small tuple reference plus its routing header occupies.
struct alignas(kLine) Item {
    std::uint64_t sequence = 0;
    std::uint64_t payload[7] = {};
};
static_assert(sizeof(Item) == 64, "ring-limit moves 64-byte items");

// Waiting on a full or empty ring: spin briefly, then yield, so that on a machine with more
// runnable threads than cores the side holding the CPU hands it to the side that can make
// progress instead of spinning out its time slice (the engine's workers block instead).
class Backoff {
public:
    void wait() {
        if (++m_spins < kSpinsBeforeYield) {
            cpuRelax();
            return;
        }
        m_spins = 0;
        std::this_thread::yield();
    }
    void reset() { m_spins = 0; }

private:
    static constexpr int kSpinsBeforeYield = 64;
    static void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
        _mm_pause();
#endif
    }
    int m_spins = 0;
};

// Shared by the two threads and the controlling thread; each counter on its own line.
struct RingRun {
    SpscRing<Item, kRingSlots> ring;
    alignas(kLine) std::atomic<bool> stop{false};
    alignas(kLine) std::atomic<bool> producerDone{false};
    alignas(kLine) std::atomic<std::uint64_t> consumed{0};   // written by the consumer only
    std::uint64_t outOfOrder = 0;                            // read after join
};

void produce(RingRun& run) {
    Item item;
    Backoff backoff;
    std::uint64_t next = 0;
    while (!run.stop.load(std::memory_order_relaxed)) {
        item.sequence = next;
        item.payload[0] = next * 3;
        if (run.ring.tryPush(item)) {
            ++next;
            backoff.reset();
        } else {
            backoff.wait();
        }
    }
    run.producerDone.store(true, std::memory_order_release);
}

void consume(RingRun& run) {
    Item item;
    Backoff backoff;
    std::uint64_t count = 0;
    for (;;) {
        if (run.ring.tryPop(item)) {
            backoff.reset();
            // Checking order and payload keeps the read real and proves the ring works.
            if (item.sequence != count || item.payload[0] != count * 3) ++run.outOfOrder;
            ++count;
            run.consumed.store(count, std::memory_order_relaxed);
            continue;
        }
        if (run.producerDone.load(std::memory_order_acquire)) {
            if (!run.ring.tryPop(item)) break;
            ++count;
            run.consumed.store(count, std::memory_order_relaxed);
            continue;
        }
        backoff.wait();
    }
}

// The first two CPUs this process may run on; -1 for each that does not exist.
std::pair<int, int> twoCpus() {
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    std::pair<int, int> cpus{-1, -1};
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return cpus;
    for (int c = 0; c < CPU_SETSIZE; ++c) {
        if (!CPU_ISSET(c, &allowed)) continue;
        if (cpus.first < 0)
            cpus.first = c;
        else if (cpus.second < 0)
            return {cpus.first, c};
    }
    return cpus;
}

// Pins `t` to `cpu` so the two sides really hop between cores: left to the kernel, a yielding
// pair can end up sharing one core and measure a cache-local hand-off instead.
bool pinTo(std::thread& t, int cpu) {
    if (cpu < 0) return false;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return pthread_setaffinity_np(t.native_handle(), sizeof set, &set) == 0;
}

} // namespace

BenchResult runRingLimit(double seconds) {
    const auto window = RunWindow::from(WallClock::now(), seconds);
    auto run = std::make_unique<RingRun>();
    std::thread consumer([&] { consume(*run); });
    std::thread producer([&] { produce(*run); });
    const auto [cpuA, cpuB] = twoCpus();
    const bool pinned = pinTo(consumer, cpuA) && pinTo(producer, cpuB);

    std::this_thread::sleep_until(window.warm);
    const auto t0 = WallClock::now();
    const std::uint64_t c0 = run->consumed.load(std::memory_order_relaxed);
    const double rssWarm = currentRssMb();
    std::this_thread::sleep_until(window.end);
    const auto t1 = WallClock::now();
    const std::uint64_t c1 = run->consumed.load(std::memory_order_relaxed);
    const double rssEnd = currentRssMb();
    run->stop.store(true);
    producer.join();
    consumer.join();

    BenchResult r;
    r.name = "ring-limit";
    r.unit = "items/s";
    const double interval = std::chrono::duration<double>(t1 - t0).count();
    r.tuplesPerSecond = interval > 0 ? static_cast<double>(c1 - c0) / interval : 0;
    r.peakRssMb = peakRssMb();
    r.note = std::string("64-byte items through an 8192-slot SPSC ring, consumer count, ") +
             (pinned ? "threads pinned to CPUs " + std::to_string(cpuA) + " and " + std::to_string(cpuB)
                     : "threads not pinned (fewer than two CPUs allowed)") +
             "; " + rssNote(rssWarm, rssEnd);
    if (run->outOfOrder != 0) r.note += "; " + std::to_string(run->outOfOrder) + " items out of order (ring bug)";
    return r;
}

} // namespace teacup::bench
