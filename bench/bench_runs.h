// The individual benchmark runs behind runBench (bench_runner.cpp dispatches by name), and the
// small helpers they share: wall-clock waits and the RSS note. Private to bench/.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include <teacup/common/result.h>
#include <teacup/runtime/session.h>

#include "teacup_bench.h"

namespace teacup::bench {

using WallClock = std::chrono::steady_clock;

// Share of each run spent warming up before the first measurement.
inline constexpr double kWarmupShare = 0.1;

// The wall-clock instants of one run: start, end of warm-up, end.
struct RunWindow {
    WallClock::time_point start;
    WallClock::time_point warm;
    WallClock::time_point end;
    static RunWindow from(WallClock::time_point start, double seconds);
};

// Loads `yaml` and builds a session on `scheduler` (threaded: 2 threads, seed 1). Errors: a
// core class missing from `registry` (names TEACUP_PLUGIN_PATH), YAML or validation errors.
Result<std::unique_ptr<runtime::Session>> createBenchSession(const std::string& yaml, const std::string& name,
                                                             const plugin::Registry& registry,
                                                             runtime::SchedulerKind scheduler);

// "rss 41.2 MB → 41.9 MB": the resident set at the end of warm-up and at the end.
std::string rssNote(double rssAtWarmMb, double rssAtEndMb);

// Two threads, one SpscRing of 64-byte items, for `seconds`; items/s after warm-up.
BenchResult runRingLimit(double seconds);

// A topology on the threaded scheduler (2 threads) for `seconds`. `name` is one of
// const-null, const-null-acked, wordcount-acked.
Result<BenchResult> runThreadedBench(const std::string& name, double seconds, const plugin::Registry& registry);

// The word-count topology on the simulated scheduler, run as fast as possible for `seconds`
// of wall time; deliveries/s of wall time after warm-up.
Result<BenchResult> runSimWordCount(double seconds, const plugin::Registry& registry);

} // namespace teacup::bench
