// const-null, const-null-acked and wordcount-acked: a topology on the threaded scheduler for
// the run's wall time. The rate is the difference of one all-time counter between a snapshot
// taken after the warm-up and one taken at the end, over the scheduler time between them.
#include <cstdio>
#include <thread>

#include <teacup/metrics/metrics_snapshot.h>

#include "bench_runs.h"
#include "bench_topologies.h"
#include "proc_memory.h"

namespace teacup::bench {

namespace {

constexpr double kNanosPerSecond = 1e9;

std::uint64_t counterOf(const metrics::ComponentStats& c, Counter counter) {
    return counter == Counter::Acked ? c.acked : c.executed;
}

// Rate of `component`'s counter between two snapshots, per second of scheduler time.
Result<double> rateBetween(const metrics::MetricsSnapshot& a, const metrics::MetricsSnapshot& b,
                           const std::string& component, Counter counter) {
    const auto* ca = a.component(metrics::Window::AllTime, component);
    const auto* cb = b.component(metrics::Window::AllTime, component);
    if (!ca || !cb) return makeError(ErrorCode::Internal, "benchmark component '" + component + "' has no metrics");
    const double interval = static_cast<double>(b.timeNanos - a.timeNanos) / kNanosPerSecond;
    if (interval <= 0) return 0.0;
    return static_cast<double>(counterOf(*cb, counter) - counterOf(*ca, counter)) / interval;
}

// Spout acked rate, for the note of benchmarks whose headline is the bolt's executed rate.
std::string ackedNote(const metrics::MetricsSnapshot& a, const metrics::MetricsSnapshot& b) {
    auto acked = rateBetween(a, b, "spout", Counter::Acked);
    if (!acked.ok() || *acked == 0) return "";
    char text[64];
    std::snprintf(text, sizeof text, "; spout acked %.0f/s", *acked);
    return text;
}

} // namespace

Result<BenchResult> runThreadedBench(const std::string& name, double seconds, const plugin::Registry& registry) {
    const TopologyBench* bench = findTopologyBench(name);
    if (!bench) return makeError(ErrorCode::NotFound, "no threaded benchmark named '" + name + "'");
    auto created = createBenchSession(bench->yaml, name, registry, runtime::SchedulerKind::Threaded);
    if (!created.ok()) return created.error();
    auto session = std::move(created).value();

    const auto window = RunWindow::from(WallClock::now(), seconds);
    if (auto st = session->start(); !st.ok()) return st.error();
    std::this_thread::sleep_until(window.warm);
    const auto warm = session->snapshotNow();
    const double rssWarm = currentRssMb();
    std::this_thread::sleep_until(window.end);
    const auto end = session->snapshotNow();
    const double rssEnd = currentRssMb();
    session->stop();

    auto rate = rateBetween(*warm, *end, bench->component, bench->counter);
    if (!rate.ok()) return rate.error();
    BenchResult r;
    r.name = name;
    r.unit = bench->unit;
    r.tuplesPerSecond = *rate;
    r.peakRssMb = peakRssMb();
    r.note = bench->counted + (name == "const-null-acked" ? ackedNote(*warm, *end) : "") + "; " +
             rssNote(rssWarm, rssEnd);
    if (const auto errors = session->errors(); !errors.empty())
        r.note += "; " + std::to_string(errors.size()) + " component errors, first: " + errors.front();
    return r;
}

} // namespace teacup::bench
