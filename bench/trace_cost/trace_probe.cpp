// One fixed amount of engine work, timed: the word-count topology on the simulated scheduler
// for a set span of simulated time (the same deliveries on every run, whatever the machine is
// doing). Built twice by bench/trace_cost/CMakeLists.txt: against the engine as shipped, where
// tracing off is a branch on a null sink, and against a copy of the engine with every trace
// branch compiled out. trace_cost.sh runs both alternately and compares their wall times.
//
// Usage: teacup_trace_probe [SIMULATED_MS] [--sink]
//   --sink  attach a sink that drops every event (tracing on), to show what tracing on costs.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>

#include <teacup/flux/flux.h>
#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/plugin/registry.h>
#include <teacup/runtime/session.h>
#include <teacup/trace/trace_event.h>

#include "wordcount_yaml.h"

#ifndef TEACUP_PROBE_BUILD
#define TEACUP_PROBE_BUILD "traced"
#endif

namespace {

class DroppingSink final : public teacup::trace::TraceSink {
public:
    void onEvent(const teacup::trace::TraceEvent&) override { ++m_events; }
    std::uint64_t events() const { return m_events; }

private:
    std::uint64_t m_events = 0;
};

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    std::int64_t simulatedMs = 2000;
    bool withSink = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sink") == 0)
            withSink = true;
        else
            simulatedMs = std::stoll(argv[i]);
    }
    teacup::plugin::Registry registry;
    for (const auto& error : registry.loadDirectories(teacup::plugin::pluginSearchPath()))
        std::fprintf(stderr, "trace_probe: %s\n", error.message.c_str());
    auto loaded = teacup::flux::loadText(teacup::bench::kWordCountYaml, "bench-wordcount.yaml");
    if (!loaded.ok()) {
        std::fprintf(stderr, "trace_probe: the topology did not load\n");
        return 1;
    }
    teacup::runtime::SessionOptions options;
    options.scheduler = teacup::runtime::SchedulerKind::Simulated;
    options.seed = 1;
    auto created = teacup::runtime::Session::create(*loaded.spec, registry, options);
    if (!created.ok()) {
        std::fprintf(stderr, "trace_probe: %s (is TEACUP_PLUGIN_PATH set?)\n", created.error().message.c_str());
        return 1;
    }
    auto session = std::move(created).value();
    auto sink = std::make_shared<DroppingSink>();
    if (withSink) session->setTraceSink(sink);
    if (auto st = session->start(); !st.ok()) return 1;
    const double cpu0 = cpuSeconds();
    const auto wall0 = std::chrono::steady_clock::now();
    if (auto st = session->runUntil(simulatedMs * 1'000'000); !st.ok()) return 1;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double cpu = cpuSeconds() - cpu0;
    const auto snapshot = session->snapshotNow();
    session->stop();
    std::printf("{\"build\": \"%s\", \"sink\": \"%s\", \"simulated_ms\": %lld, \"deliveries\": %lld, "
                "\"events\": %llu, \"wall_s\": %.4f, \"cpu_s\": %.4f}\n",
                TEACUP_PROBE_BUILD, withSink ? "dropping" : "off", static_cast<long long>(simulatedMs),
                static_cast<long long>(snapshot->deliveriesTotal), static_cast<unsigned long long>(sink->events()),
                wall, cpu);
    return 0;
}
