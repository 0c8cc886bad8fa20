// Validation of subscriptions: from/to name real components, the stream is declared by its
// source, grouping args fit the grouping type and name declared fields. Storm checks fields
// against the union of all the source's streams; Teacup checks the subscribed stream.
#include "model/spelling.h"
#include "model/validation_context.h"

namespace teacup::model {

namespace {

std::string streamName(const StreamDef& s) { return "stream " + s.from + " -> " + s.to; }

bool isBean(const TopologySpec& spec, const std::string& id) {
    for (const auto& b : spec.components)
        if (b.id == id) return true;
    return false;
}

// False when `id` names no spout or bolt (reported), so later checks skip the stream.
bool checkEndpoint(ValidationContext& ctx, const std::string& id, const SourceLocation& at, const char* end) {
    if (id.empty()) {
        ctx.error(at, std::string("stream has no '") + end + "' component",
                  std::string("add ") + end + ": <component id>");
        return false;
    }
    if (ctx.spec.findComponent(id)) return true;
    std::string hint = didYouMean(id, ctx.componentIds());
    if (hint.empty() && isBean(ctx.spec, id))
        hint = "'" + id + "' is under components; streams connect spouts and bolts";
    if (hint.empty()) hint = "known spouts and bolts: " + joinNames(ctx.componentIds());
    ctx.error(at, "unknown component '" + id + "' in stream " + end, hint);
    return false;
}

bool takesFields(GroupingType t) { return t == GroupingType::Fields || t == GroupingType::PartialKey; }

void checkGroupingShape(ValidationContext& ctx, const StreamDef& s) {
    const GroupingDef& g = s.grouping;
    const std::string type = groupingTypeName(g.type);
    if (takesFields(g.type) && g.fields.empty())
        ctx.error(g.location, type + " grouping of " + streamName(s) + " needs args: the field names to group by",
                  "add args: [<field>]");
    if (!takesFields(g.type) && !g.fields.empty())
        ctx.warning(g.fieldsLocation, type + " grouping of " + streamName(s) + " takes no args; they are ignored",
                    "use FIELDS to group by these fields, or remove args");
    if (g.type != GroupingType::Custom && g.customClass)
        ctx.warning(g.location, type + " grouping of " + streamName(s) + " ignores its customClass",
                    "use type: CUSTOM for a custom grouping, or remove customClass");
}

std::vector<std::string> streamIds(const ComponentSchema& schema) {
    std::vector<std::string> ids;
    for (const auto& d : schema.streams) ids.push_back(d.id);
    return ids;
}

void checkFields(ValidationContext& ctx, const StreamDef& s, const ComponentSchema& schema,
                 const DeclaredStream& declared) {
    const GroupingDef& g = s.grouping;
    for (const auto& field : g.fields) {
        if (declared.fields.contains(field)) continue;
        std::string hint = "declared fields: " + joinNames(declared.fields.names());
        std::string close = didYouMean(field, declared.fields.names());
        if (!close.empty()) hint = close + "; " + hint;
        for (const auto& other : schema.streams)
            if (other.id != declared.id && other.fields.contains(field)) {
                hint += "; stream '" + other.id +
                        "' declares it, so Storm (which checks all of a component's "
                        "streams) would accept this, but tuples on '" +
                        declared.id + "' have no such field";
                break;
            }
        ctx.error(g.fieldsLocation,
                  "field '" + field + "' is not declared by stream '" + declared.id + "' of '" + s.from + "'", hint);
    }
}

void checkSubscribedStream(ValidationContext& ctx, const StreamDef& s) {
    const GroupingDef& g = s.grouping;
    if (g.streamId.rfind("__", 0) == 0) {
        ctx.error(g.location,
                  "stream id '" + g.streamId + "' in " + streamName(s) +
                      " is reserved: ids starting with __ belong to Storm's system streams",
                  "subscribe to a stream the component declares");
        return;
    }
    auto schema = ctx.schemas.find(s.from);
    if (schema == ctx.schemas.end()) return; // unknown class or refused arguments: reported already
    const DeclaredStream* declared = schema->second.findStream(g.streamId);
    if (!declared) {
        auto ids = streamIds(schema->second);
        std::string hint = didYouMean(g.streamId, ids);
        hint = (hint.empty() ? "" : hint + "; ") + "'" + s.from + "' declares: " + joinNames(ids);
        ctx.error(g.location, "'" + s.from + "' does not declare stream '" + g.streamId + "' (" + streamName(s) + ")",
                  hint);
        return;
    }
    if (takesFields(g.type)) checkFields(ctx, s, schema->second, *declared);
    if (g.type == GroupingType::Direct && !declared->direct)
        ctx.warning(g.location,
                    "DIRECT grouping on stream '" + g.streamId + "' of '" + s.from +
                        "', which it does not declare as direct",
                    "declare the stream direct and emit on it with emitDirect");
}

void checkStream(ValidationContext& ctx, const StreamDef& s) {
    bool fromOk = checkEndpoint(ctx, s.from, s.fromLocation, "from");
    bool toOk = checkEndpoint(ctx, s.to, s.toLocation, "to");
    if (toOk) {
        const ComponentDef* target = ctx.spec.findComponent(s.to);
        if (target->kind == ComponentKind::Spout) {
            ctx.error(s.toLocation, "stream to '" + s.to + "' is a spout; spouts have no inputs",
                      "a stream's to must be a bolt");
        }
    }
    checkGroupingShape(ctx, s);
    if (fromOk) checkSubscribedStream(ctx, s);
}

} // namespace

void validateStreams(ValidationContext& ctx) {
    for (const auto& s : ctx.spec.streams) checkStream(ctx, s);
}

} // namespace teacup::model
