// `teacup`: the headless Teacup. Parses the command line, runs one subcommand, and turns
// anything unexpected into exit code 1 with a message: never a crash on any input.
#include <iostream>
#include <map>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli_common.h"
#include "commands.h"

int main(int argc, char** argv) {
    using namespace teacup::cli;
    CLI::App app{"Teacup: a Storm in a teacup. Runs Apache Storm topologies (Flux YAML) locally."};
    app.require_subcommand(1);
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log engine messages at debug level");
    std::map<CLI::App*, Runner> runners;
    for (auto add : {addValidate, addRun, addComplete, addGraph, addBench}) {
        const std::size_t before = app.get_subcommands({}).size();
        Runner r = add(app);
        auto subs = app.get_subcommands({});
        if (subs.size() > before) runners[subs.back()] = std::move(r);
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::Error& e) {
        app.exit(e);
        return kUsage;
    }
    spdlog::set_default_logger(spdlog::stderr_color_mt("teacup"));  // stdout is for results (JSON)
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    try {
        for (auto* sub : app.get_subcommands())
            if (auto it = runners.find(sub); it != runners.end()) return it->second();
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "teacup: error: " << e.what() << '\n';
        return kBadInput;
    } catch (...) {
        std::cerr << "teacup: error: unexpected failure\n";
        return kBadInput;
    }
}
