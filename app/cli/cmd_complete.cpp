// `teacup complete FILE --mock SPOUT=INPUT.jsonl ...`: Storm's Testing.completeTopology as a
// command. Mocked spouts emit the given tuples (one JSON array per line, message id = line
// index); the simulated scheduler runs until every spout is exhausted (each tree acked or
// failed); prints what every component emitted, what every task executed, and the acked and
// failed message ids per spout, as one JSON document.
#include <fstream>
#include <iostream>
#include <map>

#include <teacup/plugin/registry.h>
#include <teacup/runtime/session.h>
#include <teacup/trace/sinks.h>

#include "cli_common.h"
#include "commands.h"

namespace teacup::cli {

namespace {

struct CompleteOpts {
    std::string file;
    LoadFlags load;
    std::vector<std::string> mocks;
    std::uint64_t seed = 1;
    std::vector<std::string> pluginPaths;
    std::string limitText = "1h";
};

// Reads a JSON-lines file of tuples: each line an array of values, or {"stream": s, "values": [...]}.
std::optional<ValueList> readTuples(const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot open the mock input file";
        return std::nullopt;
    }
    ValueList tuples;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !(j.is_array() || (j.is_object() && j.contains("values")))) {
            error = path + ":" + std::to_string(lineNo) + ": expected a JSON array of values or {\"stream\":..., \"values\": [...]}";
            return std::nullopt;
        }
        ValueMap t;
        t["stream"] = Value(j.is_object() && j.contains("stream") ? j["stream"].get<std::string>() : std::string("default"));
        t["values"] = fromJson(j.is_array() ? j : j["values"]);
        tuples.push_back(Value(std::move(t)));
    }
    return tuples;
}

// Replaces spout `id` by the built-in MockSpout declaring the same streams.
bool mockWith(model::TopologySpec& spec, const plugin::Registry& registry, const std::string& id, ValueList tuples,
              std::string& error) {
    if (auto st = plugin::mockSpout(spec, registry, id, std::move(tuples)); !st.ok()) {
        error = "--mock: " + st.error().message;
        return false;
    }
    return true;
}

nlohmann::json buildResult(const runtime::Session& session, std::vector<trace::TraceEvent> events, bool completed) {
    const auto& plan = session.plan();
    auto componentOf = [&](int task) { return plan.componentOfTask(task).id; };
    std::map<std::uint64_t, std::pair<int, const trace::TraceEvent*>> emits;  // tuple id → (task, event)
    nlohmann::json emitted = nlohmann::json::object();
    nlohmann::json executed = nlohmann::json::object();
    nlohmann::json spouts = nlohmann::json::object();
    for (const auto& c : plan.components)
        if (c.kind == model::ComponentKind::Spout) spouts[c.id] = {{"acked", nlohmann::json::array()}, {"failed", nlohmann::json::array()}};
    for (const auto& e : events) {
        switch (e.kind) {
        case trace::EventKind::Emit: {
            emits[e.tupleId] = {e.task, &e};
            emitted[componentOf(e.task)][e.stream].push_back(toJson(Value(ValueList(e.values))));
            break;
        }
        case trace::EventKind::Execute: {
            auto it = emits.find(e.tupleId);
            nlohmann::json t = {{"stream", e.stream}};
            if (it != emits.end()) {
                t["from"] = componentOf(it->second.first);
                t["values"] = toJson(Value(ValueList(it->second.second->values)));
            } else {
                t["from"] = "__system";
            }
            auto& slot = executed[std::to_string(e.task)];
            slot["component"] = componentOf(e.task);
            slot["tuples"].push_back(std::move(t));
            break;
        }
        case trace::EventKind::Ack:
        case trace::EventKind::Fail:
        case trace::EventKind::Timeout:
            if (e.messageId.isNull()) break;
            spouts[componentOf(e.task)][e.kind == trace::EventKind::Ack ? "acked" : "failed"].push_back(toJson(e.messageId));
            break;
        default: break;
        }
    }
    return {{"topology", plan.topologyName}, {"seed", session.options().seed}, {"completed", completed},
            {"simulatedMillis", session.now() / 1'000'000}, {"emitted", emitted}, {"executed", executed},
            {"spouts", spouts}, {"errors", session.errors()}};
}

} // namespace

Runner addComplete(CLI::App& app) {
    auto o = std::make_shared<CompleteOpts>();
    auto* cmd = app.add_subcommand("complete", "Storm's completeTopology: run mocked inputs until every tree completes");
    cmd->add_option("FILE", o->file, "Flux YAML file")->required();
    cmd->add_option("--mock", o->mocks, "SPOUT=INPUT.jsonl: replace a spout by these tuples (repeatable)");
    cmd->add_option("--seed", o->seed, "Seed of the simulated run");
    cmd->add_option("--limit", o->limitText, "Give up after this much simulated time (default 1h)");
    cmd->add_option("--plugin-path", o->pluginPaths, "Extra plugin folder (repeatable)");
    cmd->add_option("--filter", o->load.filter, "Java .properties file for ${key} substitution");
    cmd->add_flag("--env-filter", o->load.envFilter, "Substitute ${ENV-NAME} from the environment");
    return [o]() -> int {
        auto limit = parseDuration(o->limitText);
        if (!limit) {
            std::cerr << "teacup complete: --limit: '" << o->limitText << "' is not a duration\n";
            return kUsage;
        }
        auto spec = loadTopology(o->file, o->load);
        if (!spec) return kBadInput;
        plugin::Registry registry;
        loadPlugins(registry, o->pluginPaths);
        for (const auto& m : o->mocks) {
            const auto eq = m.find('=');
            if (eq == std::string::npos || eq == 0) {
                std::cerr << "teacup complete: --mock expects SPOUT=INPUT.jsonl, got '" << m << "'\n";
                return kUsage;
            }
            std::string error;
            auto tuples = readTuples(m.substr(eq + 1), error);
            if (!tuples || !mockWith(*spec, registry, m.substr(0, eq), std::move(*tuples), error)) {
                std::cerr << error << '\n';
                return kBadInput;
            }
        }
        runtime::SessionOptions options;
        options.scheduler = runtime::SchedulerKind::Simulated;
        options.seed = o->seed;
        auto created = runtime::Session::create(*spec, registry, options);
        if (!created.ok()) {
            std::cerr << created.error().message << '\n';
            return kBadInput;
        }
        auto& session = **created;
        auto sink = std::make_shared<trace::CollectingSink>();
        session.setTraceSink(sink);
        (void)session.start();
        auto done = session.runUntilCondition([&] { return session.spoutsExhausted(); }, *limit);
        // Let the last acks and executions drain, as Storm's capture waits for quiescence.
        (void)session.runUntilIdle(session.now() + 60'000'000'000, 1'000'000);
        const bool completed = done.ok() && done.value();
        session.stop();
        std::cout << buildResult(session, sink->take(), completed).dump(2) << '\n';
        if (!completed) {
            std::cerr << "teacup complete: not every spout was exhausted within " << o->limitText
                      << " of simulated time (are all spouts mocked or completable?)\n";
            return kBadInput;
        }
        return kOk;
    };
}

} // namespace teacup::cli
