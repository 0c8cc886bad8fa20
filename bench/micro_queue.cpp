// Micro-benchmarks of the executors' bounded MPMC queue (runtime/bounded_queue.h): an
// uncontended push + pop, a 64-item batch, and one producer thread feeding one consumer.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <memory>
#include <thread>

#include "runtime/bounded_queue.h"

namespace {

using teacup::runtime::BoundedQueue;

constexpr std::size_t kCapacity = 512;  // 32768 / 64: the runtime's default batches per queue
constexpr int kBatch = 64;

void boundedQueuePushPop(benchmark::State& state) {
    BoundedQueue<std::uintptr_t> queue(kCapacity);
    std::uintptr_t out = 0;
    std::uintptr_t v = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(queue.push(v++));
        benchmark::DoNotOptimize(queue.pop(out));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(boundedQueuePushPop);

void boundedQueueBatchOf64(benchmark::State& state) {
    BoundedQueue<std::uintptr_t> queue(kCapacity);
    std::uintptr_t out = 0;
    for (auto _ : state) {
        for (int i = 0; i < kBatch; ++i) benchmark::DoNotOptimize(queue.push(static_cast<std::uintptr_t>(i)));
        for (int i = 0; i < kBatch; ++i) benchmark::DoNotOptimize(queue.pop(out));
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(boundedQueueBatchOf64);

// Thread 0 pushes, thread 1 pops; both run the same number of iterations, so every push is
// matched by a pop and the queue is empty again when the run ends. A side that finds the
// queue full or empty yields, so the pair still progresses on a machine with fewer free cores.
std::unique_ptr<BoundedQueue<std::uintptr_t>> g_shared;

void boundedQueueProducerConsumer(benchmark::State& state) {
    if (state.thread_index() == 0) g_shared = std::make_unique<BoundedQueue<std::uintptr_t>>(kCapacity);
    std::uintptr_t v = 1;
    std::uintptr_t out = 0;
    for (auto _ : state) {
        if (state.thread_index() == 0) {
            while (!g_shared->push(v)) std::this_thread::yield();
            ++v;
        } else {
            while (!g_shared->pop(out)) std::this_thread::yield();
            benchmark::DoNotOptimize(out);
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(boundedQueueProducerConsumer)->Threads(2)->UseRealTime();

} // namespace
