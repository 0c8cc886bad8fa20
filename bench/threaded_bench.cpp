// const-null, const-null-acked and wordcount-acked: a topology on the threaded scheduler for
// the run's wall time. The rate is the difference of one all-time counter between a snapshot
// taken after the warm-up and one taken at the end, over the scheduler time between them.
#include <cstdio>
#include <memory>
#include <thread>

#include <teacup/metrics/metrics_snapshot.h>

#include "bench_runs.h"
#include "bench_topologies.h"
#include "proc_memory.h"

namespace teacup::bench {

namespace {

constexpr double kNanosPerSecond = 1e9;
// Snapshots taken during the measured interval to see whether the counter stops moving.
constexpr int kCheckpoints = 20;

using SnapshotPtr = std::shared_ptr<const metrics::MetricsSnapshot>;

// What one run observed: the snapshots bounding the measured interval, the RSS at both ends,
// and how long the headline counter had not moved when the run ended.
struct Observation {
    SnapshotPtr warm;
    SnapshotPtr end;
    double rssWarmMb = 0;
    double rssEndMb = 0;
    double stalledSeconds = 0;
};

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

std::uint64_t counterIn(const metrics::MetricsSnapshot& s, const TopologyBench& bench) {
    const auto* c = s.component(metrics::Window::AllTime, bench.component);
    return c ? counterOf(*c, bench.counter) : 0;
}

// Runs the started session through `window`, checkpointing the headline counter.
Observation observe(runtime::Session& session, const TopologyBench& bench, const RunWindow& window) {
    Observation o;
    std::this_thread::sleep_until(window.warm);
    o.warm = session.snapshotNow();
    o.rssWarmMb = currentRssMb();
    std::uint64_t last = counterIn(*o.warm, bench);
    std::int64_t lastMoved = o.warm->timeNanos;
    SnapshotPtr s = o.warm;
    for (int i = 1; i <= kCheckpoints; ++i) {
        std::this_thread::sleep_until(window.warm + (window.end - window.warm) * i / kCheckpoints);
        s = session.snapshotNow();
        if (const std::uint64_t now = counterIn(*s, bench); now != last) {
            last = now;
            lastMoved = s->timeNanos;
        }
    }
    o.end = s;
    o.rssEndMb = currentRssMb();
    o.stalledSeconds = static_cast<double>(o.end->timeNanos - lastMoved) / kNanosPerSecond;
    return o;
}

// Flags a counter that stopped moving for more than two checkpoints: the engine stalled.
std::string stallNote(const Observation& o) {
    const double checkpoint = static_cast<double>(o.end->timeNanos - o.warm->timeNanos) / kNanosPerSecond / kCheckpoints;
    if (o.stalledSeconds <= 2 * checkpoint) return "";
    char text[128];
    std::snprintf(text, sizeof text, "; STALLED: counter unchanged for the last %.1f s of the run", o.stalledSeconds);
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
    const Observation seen = observe(*session, *bench, window);
    session->stop();

    auto rate = rateBetween(*seen.warm, *seen.end, bench->component, bench->counter);
    if (!rate.ok()) return rate.error();
    BenchResult r;
    r.name = name;
    r.unit = bench->unit;
    r.tuplesPerSecond = *rate;
    r.peakRssMb = peakRssMb();
    r.note = bench->counted + (name == "const-null-acked" ? ackedNote(*seen.warm, *seen.end) : "") + "; " +
             rssNote(seen.rssWarmMb, seen.rssEndMb) + stallNote(seen);
    if (const auto errors = session->errors(); !errors.empty())
        r.note += "; " + std::to_string(errors.size()) + " component errors, first: " + errors.front();
    return r;
}

} // namespace teacup::bench
