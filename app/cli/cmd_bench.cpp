// `teacup bench NAME [--seconds S] [--json]`: whole-topology throughput, reported beside the
// ring-limit (a bare two-thread ring buffer) measured in the same run.
#include <cstdio>
#include <iostream>

#include "cli_common.h"
#include "commands.h"

#ifdef TEACUP_HAVE_BENCH
#include "teacup_bench.h"
#endif

namespace teacup::cli {

Runner addBench(CLI::App& app) {
    struct Opts {
        std::string name;
        double seconds = 5;
        bool json = false;
        std::vector<std::string> pluginPaths;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = app.add_subcommand("bench", "Measure throughput: ring-limit, const-null, const-null-acked, "
                                            "wordcount-acked, sim-wordcount, all");
    cmd->add_option("NAME", o->name, "Benchmark name, or all")->required();
    cmd->add_option("--seconds", o->seconds, "Seconds per benchmark")->check(CLI::PositiveNumber);
    cmd->add_flag("--json", o->json, "One JSON object per benchmark");
    cmd->add_option("--plugin-path", o->pluginPaths, "Extra plugin folder (repeatable)");
    return [o]() -> int {
#ifdef TEACUP_HAVE_BENCH
        plugin::Registry registry;
        loadPlugins(registry, o->pluginPaths);
        std::vector<bench::BenchResult> results;
        if (o->name == "all") {
            auto r = bench::runAll(o->seconds, registry);
            if (!r.ok()) {
                std::cerr << "teacup bench: " << r.error().message << '\n';
                return kBadInput;
            }
            results = std::move(r).value();
        } else {
            auto r = bench::runBench(o->name, o->seconds, registry);
            if (!r.ok()) {
                std::cerr << "teacup bench: " << r.error().message << '\n';
                return r.error().code == ErrorCode::NotFound ? kUsage : kBadInput;
            }
            results.push_back(std::move(r).value());
        }
        if (o->json) {
            std::cout << bench::toJson(results, o->name == "all") << '\n';
            return kOk;
        }
        for (const auto& b : results) {
            char line[256];
            std::snprintf(line, sizeof line, "%-18s %14.0f %-13s peak %7.1f MB", b.name.c_str(), b.tuplesPerSecond,
                          b.unit.c_str(), b.peakRssMb);
            std::cout << line;
            if (b.ratioToRingLimit > 0 && b.name != "ring-limit") std::printf("  %.3f x ring-limit", b.ratioToRingLimit);
            std::cout << (b.note.empty() ? "" : "  " + b.note) << '\n';
        }
        return kOk;
#else
        std::cerr << "teacup bench: this build has no benchmarks (configured with TEACUP_BUILD_BENCH=OFF)\n";
        return kUsage;
#endif
    };
}

} // namespace teacup::cli
