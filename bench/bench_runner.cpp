// runBench and runAll: dispatch by benchmark name, and the ratio to ring-limit that makes
// figures from runs on a busy or a quiet machine comparable.
#include <teacup/plugin/registry.h>

#include "bench_runs.h"
#include "teacup_bench.h"

namespace teacup::bench {

std::vector<std::string> benchNames() {
    return {"ring-limit", "const-null", "const-null-acked", "wordcount-acked", "sim-wordcount"};
}

Result<BenchResult> runBench(const std::string& name, double seconds, const plugin::Registry& registry) {
    if (!(seconds > 0))
        return makeError(ErrorCode::InvalidInput, "benchmark time must be a positive number of seconds, got " +
                                                      std::to_string(seconds));
    if (name == "ring-limit") return runRingLimit(seconds);
    if (name == "sim-wordcount") return runSimWordCount(seconds, registry);
    if (name == "const-null" || name == "const-null-acked" || name == "wordcount-acked")
        return runThreadedBench(name, seconds, registry);
    std::string known;
    for (const auto& n : benchNames()) known += (known.empty() ? "" : ", ") + n;
    return makeError(ErrorCode::NotFound, "no benchmark named '" + name + "' (known: " + known + ")");
}

Result<std::vector<BenchResult>> runAll(double seconds, const plugin::Registry& registry) {
    std::vector<BenchResult> results;
    for (const auto& name : benchNames()) {
        auto r = runBench(name, seconds, registry);
        if (!r.ok()) return r.error();
        results.push_back(std::move(r).value());
    }
    const double ring = results.front().tuplesPerSecond;
    for (auto& r : results) r.ratioToRingLimit = ring > 0 ? r.tuplesPerSecond / ring : 0;
    return results;
}

} // namespace teacup::bench
