// Teacup's throughput benchmarks: a bare ring-buffer hop (the machine's limit) and the
// engine driving fixed topologies, reported as rates and as ratios to that limit.
// The CLI's `teacup bench` calls these; Google Benchmark micro-benchmarks live beside them.
#pragma once

#include <string>
#include <vector>

#include <teacup/common/result.h>

namespace teacup::plugin {
class Registry;
}

namespace teacup::bench {

// One benchmark's outcome. `tuplesPerSecond` is the headline rate in `unit` ("items/s",
// "tuples/s", "sentences/s" or "deliveries/s"), measured after a warm-up of 10% of the run.
// `peakRssMb` is the process's VmHWM after the benchmark: process-wide and monotonic, so in a
// runAll it is the peak of everything run so far. `ratioToRingLimit` is 0 unless the run
// also measured ring-limit (runAll). `note` says what was counted and the RSS at 10% and at
// 100% of the run ("rss 41.2 MB → 41.9 MB").
struct BenchResult {
    std::string name;
    double tuplesPerSecond = 0;
    double peakRssMb = 0;
    double ratioToRingLimit = 0;
    std::string unit;
    std::string note;
};

// The benchmark names, in the order runAll runs them:
// ring-limit, const-null, const-null-acked, wordcount-acked, sim-wordcount.
std::vector<std::string> benchNames();

// Runs one named benchmark for `seconds` of wall time (the threaded ones run their topology
// that long; sim-wordcount runs the simulated scheduler as fast as it can for that long).
// Plugins come from `registry`, already loaded with the core plugin. Blocks the calling
// thread for the whole run. Errors: an unknown name (NotFound), `seconds` not positive
// (InvalidInput), a missing core class or a topology the engine refuses (the engine's error).
teacup::Result<BenchResult> runBench(const std::string& name, double seconds, const plugin::Registry& registry);

// Runs all five in one process, ring-limit first, each for `seconds`, and fills
// ratioToRingLimit of every result (1 for ring-limit). Stops at the first error.
teacup::Result<std::vector<BenchResult>> runAll(double seconds, const plugin::Registry& registry);

// A JSON array with one object per result: name, tuples_per_s, peak_rss_mb, unit, note, and
// ratio_to_ring_limit when `withRatio` is true.
std::string toJson(const std::vector<BenchResult>& results, bool withRatio);

} // namespace teacup::bench
