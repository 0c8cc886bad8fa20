// Validation of names and numbers: the topology name, component ids (missing, duplicate,
// reserved `__`), parallelism and numTasks, and `ref:` arguments naming no component.
#include <map>

#include "model/validation_context.h"

namespace teacup::model {

namespace {

std::string position(const SourceLocation& l) {
    if (l.line <= 0) return l.file.empty() ? "elsewhere" : l.file;
    return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

void checkTopologyName(ValidationContext& ctx) {
    const auto& name = ctx.spec.name;
    if (name.empty()) {
        ctx.error(ctx.spec.nameLocation, "topology has no name", "add name: my-topology at the top of the file");
        return;
    }
    auto bad = name.find_first_of("/.:\\");
    if (bad != std::string::npos)
        ctx.error(ctx.spec.nameLocation,
                  "topology name '" + name + "' contains '" + name[bad] +
                      "'; Storm rejects names with / . : or \\ at submit",
                  "use letters, digits, '-' and '_'");
}

// One id of any kind, for the duplicate check across components, spouts and bolts.
struct IdUse {
    std::string id;
    std::string what;
    SourceLocation location;
};

void checkIds(ValidationContext& ctx, const std::vector<IdUse>& uses) {
    std::map<std::string, const IdUse*> first;
    for (const auto& use : uses) {
        if (use.id.empty()) {
            ctx.error(use.location, use.what + " has no id", "add id: <name>");
            continue;
        }
        if (use.id.rfind("__", 0) == 0)
            ctx.error(use.location,
                      "id '" + use.id + "' is reserved: ids starting with __ belong to Storm's system components",
                      "rename it without the leading underscores");
        auto [it, inserted] = first.emplace(use.id, &use);
        if (!inserted)
            ctx.error(
                use.location,
                "duplicate component id '" + use.id + "' (first defined at " + position(ctx.at(it->second->location)) +
                    ")",
                "ids must be unique across components, spouts and bolts; Flux would silently keep only the last one");
    }
}

void checkParallelism(ValidationContext& ctx, const ComponentDef& c) {
    const std::string who = describeComponent(c);
    if (c.parallelism < 1)
        ctx.error(c.parallelismLocation,
                  "parallelism of " + who + " must be at least 1, got " + std::to_string(c.parallelism),
                  "set parallelism: 1 or more");
    if (!c.numTasks) return;
    if (*c.numTasks < 0)
        ctx.error(c.parallelismLocation,
                  "numTasks of " + who + " must be 0 or more, got " + std::to_string(*c.numTasks),
                  "remove numTasks to get one task per executor");
    else if (*c.numTasks < c.parallelism)
        ctx.warning(c.parallelismLocation,
                    "numTasks " + std::to_string(*c.numTasks) + " of " + who + " is below its parallelism " +
                        std::to_string(c.parallelism) + "; Storm runs only " + std::to_string(*c.numTasks) +
                        " executors",
                    "raise numTasks or lower parallelism");
}

bool isBeanId(const TopologySpec& spec, const std::string& id) {
    for (const auto& b : spec.components)
        if (b.id == id) return true;
    return false;
}

// `ref`/`reflist` arguments (and `ref:` properties) must name a components entry; Flux
// passes null for an unknown id, which almost no constructor accepts.
void checkRefs(ValidationContext& ctx, const ObjectDef& object, const std::string& who) {
    auto checkOne = [&](const Value& v) {
        if (!v.isMap() || v.asMap().size() != 1) return;
        const auto& [key, target] = *v.asMap().begin();
        std::vector<Value> ids;
        if (key == "ref") ids.push_back(target);
        else if (key == "reflist") ids = target.asList();
        for (const auto& id : ids)
            if (!isBeanId(ctx.spec, id.asString()))
                ctx.warning(object.location, who + " refers to '" + id.asString() + "', which is not under components",
                            "Flux passes null for an unknown reference; declare it under components");
    };
    for (const auto& a : object.constructorArgs) checkOne(a);
    for (const auto& a : object.factoryArgs) checkOne(a);
    for (const auto& [name, v] : object.properties) checkOne(v);
    for (const auto& m : object.configMethods)
        for (const auto& a : m.args) checkOne(a);
}

} // namespace

void validateNamesAndIds(ValidationContext& ctx) {
    checkTopologyName(ctx);
    std::vector<IdUse> uses;
    for (const auto& b : ctx.spec.components) uses.push_back({b.id, "component", b.location});
    for (const auto* list : {&ctx.spec.spouts, &ctx.spec.bolts})
        for (const auto& c : *list)
            uses.push_back({c.id, c.kind == ComponentKind::Spout ? "spout" : "bolt", c.location});
    checkIds(ctx, uses);

    if (ctx.spec.spouts.empty())
        ctx.warning(ctx.spec.nameLocation, "topology has no spouts",
                    "add a spouts: list; nothing emits tuples without one");
    for (const auto* list : {&ctx.spec.spouts, &ctx.spec.bolts})
        for (const auto& c : *list) {
            checkParallelism(ctx, c);
            checkRefs(ctx, c.object, describeComponent(c));
        }
    for (const auto& b : ctx.spec.components) checkRefs(ctx, b.object, "component '" + b.id + "'");
}

} // namespace teacup::model
