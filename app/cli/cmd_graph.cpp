// `teacup graph FILE --format dot|svg|png --out PATH`: the topology drawn by Graphviz.
#include <iostream>

#include <teacup/layout/render.h>

#include "cli_common.h"
#include "commands.h"

namespace teacup::cli {

Runner addGraph(CLI::App& app) {
    struct Opts {
        std::string file;
        std::string format = "svg";
        std::string out;
        LoadFlags load;
    };
    auto o = std::make_shared<Opts>();
    auto* cmd = app.add_subcommand("graph", "Draw a topology with Graphviz (dot, svg or png)");
    cmd->add_option("FILE", o->file, "Flux YAML file")->required();
    cmd->add_option("--format", o->format, "dot, svg or png")->check(CLI::IsMember({"dot", "svg", "png"}));
    cmd->add_option("--out", o->out, "Output file")->required();
    cmd->add_option("--filter", o->load.filter, "Java .properties file for ${key} substitution");
    cmd->add_flag("--env-filter", o->load.envFilter, "Substitute ${ENV-NAME} from the environment");
    return [o]() -> int {
        auto spec = loadTopology(o->file, o->load);
        if (!spec) return kBadInput;
        auto format = layout::parseFormat(o->format);
        if (!format) return kUsage;
        if (auto st = layout::renderFile(*spec, *format, o->out); !st.ok()) {
            std::cerr << "teacup graph: " << st.error().message << '\n';
            return kBadInput;
        }
        std::cout << o->out << '\n';
        return kOk;
    };
}

} // namespace teacup::cli
