// sim-wordcount: the word-count topology on the simulated scheduler, advanced in chunks of
// simulated time for as long as the wall-clock budget lasts. The rate is tuples handed to
// execute() (SessionImpl::deliveries(), every bolt and the acker) per wall-clock second.
#include <teacup/runtime/session.h>

#include "bench_runs.h"
#include "bench_topologies.h"
#include "proc_memory.h"
#include "runtime/session_impl.h"

namespace teacup::bench {

namespace {

// Simulated time per runUntil call: short enough to check the wall clock often (a chunk takes
// well under a millisecond of wall time), long enough that the call overhead does not count.
constexpr std::int64_t kChunkNanos = 1'000'000;

struct SimPoint {
    WallClock::time_point wall;
    std::int64_t deliveries = 0;
    double rssMb = 0;
};

// Runs the session until the wall clock reaches `until`; the reading at that moment.
Result<SimPoint> runUntilWall(runtime::Session& session, const runtime::SessionImpl& impl,
                              WallClock::time_point until) {
    while (WallClock::now() < until)
        if (auto st = session.runUntil(session.now() + kChunkNanos); !st.ok()) return st.error();
    return SimPoint{WallClock::now(), impl.deliveries(), currentRssMb()};
}

} // namespace

Result<BenchResult> runSimWordCount(double seconds, const plugin::Registry& registry) {
    auto created = createBenchSession(wordCountYaml(), "sim-wordcount", registry, runtime::SchedulerKind::Simulated);
    if (!created.ok()) return created.error();
    auto session = std::move(created).value();
    const auto* impl = dynamic_cast<const runtime::SessionImpl*>(session.get());
    if (!impl) return makeError(ErrorCode::Internal, "sim-wordcount: the session is not a runtime::SessionImpl");

    const auto window = RunWindow::from(WallClock::now(), seconds);
    if (auto st = session->start(); !st.ok()) return st.error();
    auto warm = runUntilWall(*session, *impl, window.warm);
    if (!warm.ok()) return warm.error();
    auto end = runUntilWall(*session, *impl, window.end);
    if (!end.ok()) return end.error();
    const std::int64_t simulatedNanos = session->now();
    session->stop();

    BenchResult r;
    r.name = "sim-wordcount";
    r.unit = "deliveries/s";
    const double interval = std::chrono::duration<double>(end->wall - warm->wall).count();
    r.tuplesPerSecond = interval > 0 ? static_cast<double>(end->deliveries - warm->deliveries) / interval : 0;
    r.peakRssMb = peakRssMb();
    r.note = "deliveries per wall second (bolts and acker), " +
             std::to_string(simulatedNanos / 1'000'000) + " ms simulated; " + rssNote(warm->rssMb, end->rssMb);
    return r;
}

} // namespace teacup::bench
