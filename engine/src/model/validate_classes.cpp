// Validation of component classes against the catalog: unknown or Java-only classes, a
// spout class under bolts (or the reverse), and what the factory says about its arguments.
// Fills ctx.schemas for the stream checks.
#include "model/spelling.h"
#include "model/validation_context.h"

namespace teacup::model {

namespace {

bool isFluxShellWrapper(const std::string& className) {
    return className == "org.apache.storm.flux.wrappers.spouts.FluxShellSpout" ||
           className == "org.apache.storm.flux.wrappers.bolts.FluxShellBolt";
}

const char* kindName(ClassKind kind) {
    switch (kind) {
    case ClassKind::Spout: return "a spout";
    case ClassKind::Bolt: return "a bolt";
    case ClassKind::Grouping: return "a custom grouping";
    }
    return "?";
}

void reportWrongKind(ValidationContext& ctx, const ComponentDef& c, ClassKind actual) {
    const std::string& cls = c.object.className;
    if (actual == ClassKind::Grouping) {
        ctx.error(c.object.location,
                  "class '" + cls + "' is a custom grouping, not " +
                      (c.kind == ComponentKind::Spout ? "a spout" : "a bolt"),
                  "use it as customClass of a CUSTOM grouping in streams");
        return;
    }
    const bool spoutUnderBolts = actual == ClassKind::Spout;
    ctx.error(c.object.location,
              "class '" + cls + "' is " + kindName(actual) + ", but '" + c.id + "' is listed under " +
                  (spoutUnderBolts ? "bolts" : "spouts"),
              spoutUnderBolts ? "move '" + c.id + "' under spouts, or pick a bolt class"
                              : "move '" + c.id + "' under bolts, or pick a spout class");
}

void describeComponentClass(ValidationContext& ctx, const ComponentDef& c) {
    const std::string who = describeComponent(c);
    Result<ComponentSchema> schema = ctx.catalog.describe(c);
    if (!schema) {
        ctx.error(c.object.location,
                  who + " (" + c.object.className + ") refused its arguments: " + schema.error().message,
                  "check constructorArgs, properties and configMethods against the component's documentation");
        return;
    }
    bool usable = true;
    for (const auto& problem : schema->declareErrors) {
        ctx.error(c.object.location, who + ": " + problem,
                  "fix the streams the component declares (its arguments or configMethods set them)");
        usable = false;
    }
    for (const auto& s : schema->streams)
        if (s.id.rfind("__", 0) == 0) {
            ctx.error(c.object.location,
                      who + " declares stream '" + s.id +
                          "'; stream ids starting with __ are reserved for Storm's system streams",
                      "rename the stream");
            usable = false;
        }
    if (usable) ctx.schemas.emplace(c.id, std::move(schema.value()));
}

void validateComponentClass(ValidationContext& ctx, const ComponentDef& c) {
    const std::string who = describeComponent(c);
    if (c.object.className.empty()) {
        ctx.error(c.object.location, who + " has no className",
                  "add className: teacup.<pack>.<Name>, or a Flux shell wrapper such as "
                  "org.apache.storm.flux.wrappers.bolts.FluxShellBolt");
        return;
    }
    auto kind = ctx.catalog.classKind(c.object.className);
    if (!kind) {
        reportUnknownClass(ctx, c.object.className, c.object.location, who);
        return;
    }
    const ClassKind wanted = c.kind == ComponentKind::Spout ? ClassKind::Spout : ClassKind::Bolt;
    if (*kind != wanted) {
        reportWrongKind(ctx, c, *kind);
        return;
    }
    describeComponentClass(ctx, c);
}

void validateGroupingClass(ValidationContext& ctx, const StreamDef& s) {
    if (s.grouping.type != GroupingType::Custom) return;
    const auto& custom = s.grouping.customClass;
    const std::string who = "customClass of stream " + s.from + " -> " + s.to;
    if (!custom) {
        ctx.error(s.grouping.location, "CUSTOM grouping of stream " + s.from + " -> " + s.to + " has no customClass",
                  "add customClass: {className: ...} naming a custom grouping class");
        return;
    }
    if (custom->className.empty()) {
        ctx.error(custom->location, who + " has no className", "add className: <grouping class>");
        return;
    }
    auto kind = ctx.catalog.classKind(custom->className);
    if (!kind) {
        reportUnknownClass(ctx, custom->className, custom->location, who);
    } else if (*kind != ClassKind::Grouping) {
        ctx.error(custom->location,
                  "class '" + custom->className + "' is " + kindName(*kind) + ", not a custom grouping",
                  "customClass must name a class that implements a custom grouping");
    }
}

} // namespace

void reportUnknownClass(ValidationContext& ctx, const std::string& className, const SourceLocation& at,
                        const std::string& usedBy) {
    std::string hint = didYouMean(className, ctx.catalog.classNames());
    if (isFluxShellWrapper(className) && hint.empty()) {
        // A Flux shell wrapper is not Java-only for Teacup: multilang support provides it.
        ctx.error(at, "shell component class '" + className + "' in " + usedBy + " is not available",
                  "no loaded plugin provides Flux's shell wrappers; check the plugin path and that Teacup was built "
                  "with multilang support");
    } else if (!hint.empty()) {
        ctx.error(at, "unknown className '" + className + "' in " + usedBy, hint);
    } else if (looksLikeJavaClass(className)) {
        ctx.error(at, "Java-only component: Teacup cannot run Java classes ('" + className + "' in " + usedBy + ")",
                  "use FluxShellSpout/FluxShellBolt or a teacup.* component");
    } else {
        ctx.error(at, "unknown className '" + className + "' in " + usedBy,
                  "no loaded plugin registers it; native components are named teacup.<pack>.<Name>, "
                  "e.g. teacup.core.SplitSentence");
    }
}

void validateClasses(ValidationContext& ctx) {
    for (const auto* list : {&ctx.spec.spouts, &ctx.spec.bolts})
        for (const auto& c : *list) validateComponentClass(ctx, c);
    for (const auto& s : ctx.spec.streams) validateGroupingClass(ctx, s);
}

} // namespace teacup::model
