// Micro-benchmarks of routing: the Java hash behind a fields grouping, and chooseTasks of the
// fields and shuffle groupers for one emitted tuple (the per-emit routing cost).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "grouping/grouper.h"
#include "grouping/java_hash.h"

namespace {

using teacup::Value;
using teacup::Values;

constexpr int kKeyCount = 64;

// Word-like string keys, so the hash runs over realistic lengths.
std::vector<Values> wordTuples() {
    std::vector<Values> tuples;
    for (int i = 0; i < kKeyCount; ++i) tuples.push_back(Values{Value("word-" + std::to_string(i * 7919))});
    return tuples;
}

std::vector<int> taskIds(int n) {
    std::vector<int> ids;
    for (int i = 1; i <= n; ++i) ids.push_back(i);
    return ids;
}

void javaDeepHashCodeOfStringKey(benchmark::State& state) {
    const auto tuples = wordTuples();
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& key = tuples[i++ % tuples.size()];
        benchmark::DoNotOptimize(teacup::grouping::javaDeepHashCode(key));
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(javaDeepHashCodeOfStringKey);

void fieldsChooseTasks(benchmark::State& state) {
    teacup::grouping::GrouperSpec spec;
    spec.type = teacup::GroupingType::Fields;
    spec.targetTasks = taskIds(static_cast<int>(state.range(0)));
    spec.keyIndexes = {0};
    auto grouper = teacup::grouping::makeGrouper(std::move(spec));
    const auto tuples = wordTuples();
    std::vector<int> out;
    std::size_t i = 0;
    for (auto _ : state) {
        out.clear();
        grouper->chooseTasks(1, tuples[i++ % tuples.size()], out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(fieldsChooseTasks)->ArgName("targets")->Arg(1)->Arg(4)->Arg(16);

void shuffleChooseTasks(benchmark::State& state) {
    teacup::grouping::GrouperSpec spec;
    spec.type = teacup::GroupingType::Shuffle;
    spec.targetTasks = taskIds(4);
    spec.loadAware = state.range(0) != 0;
    spec.seed = 1;
    auto grouper = teacup::grouping::makeGrouper(std::move(spec));
    const Values tuple{Value("teacup")};
    std::vector<int> out;
    for (auto _ : state) {
        out.clear();
        grouper->chooseTasks(1, tuple, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(shuffleChooseTasks)->ArgName("loadAware")->Arg(0)->Arg(1);

} // namespace
