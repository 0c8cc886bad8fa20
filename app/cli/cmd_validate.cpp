// `teacup validate FILE`: every problem at once as FILE:LINE:COL lines, exit 1; or a
// one-line summary, exit 0.
#include <iostream>

#include <teacup/model/catalog.h>
#include <teacup/runtime/physical_plan.h>

#include "cli_common.h"
#include "commands.h"

namespace teacup::cli {

Runner addValidate(CLI::App& app) {
    struct Opts {
        std::string file;
        LoadFlags load;
        std::vector<std::string> pluginPaths;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = app.add_subcommand("validate", "Check a Flux YAML topology and report every problem");
    cmd->add_option("FILE", o->file, "Flux YAML file")->required();
    cmd->add_option("--filter", o->load.filter, "Java .properties file for ${key} substitution");
    cmd->add_flag("--env-filter", o->load.envFilter, "Substitute ${ENV-NAME} from the environment");
    cmd->add_option("--plugin-path", o->pluginPaths, "Extra plugin folder (repeatable)");
    return [o]() -> int {
        flux::LoadOptions options;
        options.filterFile = o->load.filter;
        options.envFilter = o->load.envFilter;
        auto loaded = flux::loadFile(o->file, options);
        Diagnostics all = loaded.diagnostics;
        plugin::Registry registry;
        loadPlugins(registry, o->pluginPaths);
        if (loaded.spec && !loaded.diagnostics.hasErrors()) all.append(model::validateTopology(*loaded.spec, registry));
        printDiagnostics(all, std::cerr);
        if (!loaded.spec || all.hasErrors()) {
            std::cerr << o->file << ": " << all.errorCount() << " error(s)\n";
            return kBadInput;
        }
        const auto& spec = *loaded.spec;
        int tasks = 0;
        if (auto plan = runtime::buildPlan(spec, registry, {}); plan.ok()) tasks = static_cast<int>(plan->tasks.size());
        std::cout << o->file << ": ok: topology '" << spec.name << "' with " << spec.spouts.size() << " spout(s), "
                  << spec.bolts.size() << " bolt(s), " << spec.streams.size() << " stream(s), " << tasks
                  << " task(s)\n";
        return kOk;
    };
}

} // namespace teacup::cli
