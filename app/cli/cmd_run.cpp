// `teacup run FILE`: runs a topology threaded (real time) or simulated (--sim), with a live
// per-component table on a terminal and the statistics at the end (table or Storm UI JSON).
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/metrics/storm_ui_json.h>
#include <teacup/runtime/session.h>

#include "cli_common.h"
#include "commands.h"
#include "stats_table.h"

namespace teacup::cli {

namespace {

std::atomic<bool> g_interrupted{false};
void onSignal(int) { g_interrupted.store(true); }

struct RunOpts {
    std::string file;
    LoadFlags load;
    bool sim = false;
    std::uint64_t seed = 1;
    std::string forText;
    bool untilIdle = false;
    std::vector<std::string> sets;
    std::string stats = "table";
    std::vector<std::string> pluginPaths;
    std::string window = "all-time";
    bool sys = false;
};

int runThreaded(runtime::Session& session, const RunOpts& o, std::optional<std::int64_t> forNanos) {
    const bool live = o.stats == "table" && isatty(STDOUT_FILENO);
    const auto start = std::chrono::steady_clock::now();
    auto last = start;
    while (!g_interrupted.load()) {
        const auto now = std::chrono::steady_clock::now();
        const auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(now - start).count();
        if (forNanos && elapsed >= *forNanos) break;
        if (o.untilIdle && session.spoutsExhausted()) break;
        if (live && now - last >= std::chrono::seconds(1)) {
            last = now;
            if (auto snap = session.metrics())
                std::cout << "\x1b[H\x1b[2J" << "teacup run " << o.file << "  (" << elapsed / 1'000'000'000
                          << " s, Ctrl-C to stop)\n\n"
                          << formatStatsTable(*snap, metrics::Window::TenSeconds, o.sys) << std::flush;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the CLI's own refresh cadence
    }
    return kOk;
}

} // namespace

Runner addRun(CLI::App& app) {
    auto o = std::make_shared<RunOpts>();
    auto* cmd = app.add_subcommand("run", "Run a topology locally");
    cmd->add_option("FILE", o->file, "Flux YAML file")->required();
    cmd->add_flag("--sim", o->sim, "Use the simulated scheduler (deterministic, simulated time)");
    cmd->add_option("--seed", o->seed, "Seed for shuffles, ids and component randomness");
    cmd->add_option("--for", o->forText, "How long to run: 10s, 500ms, 2m (simulated time with --sim)");
    cmd->add_flag("--until-idle", o->untilIdle,
                  "Stop when the topology goes idle (--sim) or every spout is exhausted (threaded)");
    cmd->add_option("--set", o->sets, "Override a config key: key=value (repeatable)");
    cmd->add_option("--stats", o->stats, "End-of-run statistics: table or json")
        ->check(CLI::IsMember({"table", "json"}));
    cmd->add_option("--window", o->window, "Statistics window: 10s, 1m, 10m, all-time")
        ->check(CLI::IsMember({"10s", "1m", "10m", "all-time"}));
    cmd->add_flag("--sys", o->sys, "Show system components (__acker) in the statistics");
    cmd->add_option("--plugin-path", o->pluginPaths, "Extra plugin folder (repeatable)");
    cmd->add_option("--filter", o->load.filter, "Java .properties file for ${key} substitution");
    cmd->add_flag("--env-filter", o->load.envFilter, "Substitute ${ENV-NAME} from the environment");
    return [o]() -> int {
        std::optional<std::int64_t> forNanos;
        if (!o->forText.empty()) {
            forNanos = parseDuration(o->forText);
            if (!forNanos) {
                std::cerr << "teacup run: --for: '" << o->forText << "' is not a duration (try 10s, 500ms, 2m)\n";
                return kUsage;
            }
        }
        auto spec = loadTopology(o->file, o->load);
        if (!spec) return kBadInput;
        plugin::Registry registry;
        loadPlugins(registry, o->pluginPaths);
        runtime::SessionOptions options;
        options.scheduler = o->sim ? runtime::SchedulerKind::Simulated : runtime::SchedulerKind::Threaded;
        options.seed = o->seed;
        for (const auto& s : o->sets) {
            const auto eq = s.find('=');
            if (eq == std::string::npos || eq == 0) {
                std::cerr << "teacup run: --set expects key=value, got '" << s << "'\n";
                return kUsage;
            }
            options.overrides[s.substr(0, eq)] = parseScalar(s.substr(eq + 1));
        }
        auto created = runtime::Session::create(*spec, registry, options);
        if (!created.ok()) {
            std::cerr << created.error().message << '\n';
            return kBadInput;
        }
        auto& session = **created;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        if (auto st = session.start(); !st.ok()) {
            std::cerr << st.error().message << '\n';
            return kBadInput;
        }
        if (o->sim) {
            const std::int64_t limit = forNanos.value_or(60'000'000'000);
            if (o->untilIdle)
                (void)session.runUntilIdle(limit);
            else
                (void)session.runUntil(limit);
        } else {
            if (!forNanos && !o->untilIdle && !isatty(STDOUT_FILENO)) forNanos = 10'000'000'000;
            runThreaded(session, *o, forNanos);
        }
        session.stop();
        auto snap = session.snapshotNow();
        const auto window = metrics::parseWindow(o->window).value_or(metrics::Window::AllTime);
        if (o->stats == "json") {
            std::cout << metrics::toStormUiJson(*snap, window, o->sys) << '\n';
        } else {
            std::cout << "\n" << (o->sim ? "simulated " : "") << "run of '" << spec->name << "' for "
                      << session.now() / 1'000'000 << " ms (" << metrics::windowName(window) << ")\n"
                      << formatStatsTable(*snap, window, o->sys);
        }
        const auto errors = session.errors();
        if (!errors.empty()) std::cerr << errors.size() << " component error(s); first: " << errors.front() << '\n';
        return kOk;
    };
}

} // namespace teacup::cli
