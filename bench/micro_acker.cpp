// Micro-benchmark of the acker's XOR ledger: one tuple tree's whole life (init from the spout,
// then the ack that brings it to zero), with a given number of other trees still open.
#include <benchmark/benchmark.h>

#include <cstdint>

#include <teacup/sdk/random.h>

#include "reliability/acker.h"

namespace {

// One root's init + ack; `range(0)` other trees stay open meanwhile (max.spout.pending).
void ackerInitAndAckOfRoot(benchmark::State& state) {
    teacup::reliability::Acker acker;
    teacup::Random rng(1);
    const auto open = state.range(0);
    for (std::int64_t i = 0; i < open; ++i) (void)acker.init(rng.nextU64() | 1, rng.nextU64() | 1, 1, 0);
    std::int64_t now = 0;
    for (auto _ : state) {
        const std::uint64_t root = rng.nextU64() | 1;
        const std::uint64_t edge = rng.nextU64() | 1;
        benchmark::DoNotOptimize(acker.init(root, edge, 1, now));
        benchmark::DoNotOptimize(acker.ack(root, edge, ++now));
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["pending"] = static_cast<double>(acker.pending());
}
BENCHMARK(ackerInitAndAckOfRoot)->ArgName("open")->Arg(0)->Arg(1000)->Arg(5000);

} // namespace
