// What every benchmark run shares: its wall-clock window, the RSS note, and building a
// session from inline YAML with a clear error when the core plugin is not loaded.
#include <cstdio>

#include <teacup/flux/flux.h>
#include <teacup/plugin/registry.h>

#include "bench_runs.h"
#include "bench_topologies.h"

namespace teacup::bench {

namespace {
constexpr int kBenchThreads = 2;
} // namespace

RunWindow RunWindow::from(WallClock::time_point start, double seconds) {
    const auto total = std::chrono::duration_cast<WallClock::duration>(std::chrono::duration<double>(seconds));
    const auto warmup =
        std::chrono::duration_cast<WallClock::duration>(std::chrono::duration<double>(seconds * kWarmupShare));
    return RunWindow{start, start + warmup, start + total};
}

std::string rssNote(double rssAtWarmMb, double rssAtEndMb) {
    char text[64];
    std::snprintf(text, sizeof text, "rss %.1f MB \xe2\x86\x92 %.1f MB", rssAtWarmMb, rssAtEndMb);
    return text;
}

Result<std::unique_ptr<runtime::Session>> createBenchSession(const std::string& yaml, const std::string& name,
                                                             const plugin::Registry& registry,
                                                             runtime::SchedulerKind scheduler) {
    for (const char* cls : kRequiredClasses)
        if (!registry.find(cls))
            return makeError(ErrorCode::Plugin, std::string("benchmark '") + name + "' needs class '" + cls +
                                                    "' from the core plugin (libteacup-core.so), which is not "
                                                    "loaded; point TEACUP_PLUGIN_PATH at lib/teacup/plugins");
    auto loaded = flux::loadText(yaml, "bench-" + name + ".yaml");
    if (!loaded.ok()) {
        std::string text;
        for (const auto& d : loaded.diagnostics.items()) text += (text.empty() ? "" : "\n") + d.format();
        return makeError(ErrorCode::Internal, "benchmark '" + name + "' topology did not load: " + text);
    }
    runtime::SessionOptions options;
    options.scheduler = scheduler;
    options.seed = 1;
    options.threads = kBenchThreads;
    return runtime::Session::create(*loaded.spec, registry, options);
}

} // namespace teacup::bench
