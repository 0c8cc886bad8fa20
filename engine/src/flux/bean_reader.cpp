// Reading Flux object, component, stream and include definitions. Shape and type problems
// are reported here; meaning (unknown ids, classes, fields) is left to model validation.
#include "flux/bean_reader.h"

#include <cctype>

#include "model/spelling.h"

namespace teacup::flux {

namespace {

using Entry = NodeReader::Entry;

const std::vector<std::string> kObjectKeys{"className",     "constructorArgs", "properties",
                                           "configMethods", "factory",         "factoryArgs"};

std::vector<std::string> withObjectKeys(std::vector<std::string> keys) {
    keys.insert(keys.begin() + 1, kObjectKeys.begin(), kObjectKeys.end());
    return keys;
}

const std::vector<std::string> kBeanKeys = withObjectKeys({"id"});
const std::vector<std::string> kVertexKeys =
    withObjectKeys({"id", "parallelism", "numTasks", "config", "onHeapMemoryLoad", "offHeapMemoryLoad", "cpuLoad"});
const std::vector<std::string> kStreamKeys{"name", "from", "to", "grouping"};
const std::vector<std::string> kGroupingKeys{"type", "streamId", "args", "customClass"};
const std::vector<std::string> kPropertyKeys{"name", "value", "ref"};
const std::vector<std::string> kConfigMethodKeys{"name", "args"};
const std::vector<std::string> kIncludeKeys{"resource", "file", "override"};

const Entry* find(const std::vector<Entry>& entries, const std::string& key) {
    for (const auto& e : entries)
        if (e.key == key) return &e;
    return nullptr;
}

std::string ordinal(std::size_t index) { return "#" + std::to_string(index + 1); }

void readProperties(NodeReader& reader, const Entry& entry, model::ObjectDef& object, const std::string& where) {
    auto items = reader.sequence(entry, "properties of " + where, "write a list of {name, value} maps");
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const YAML::Node& item = (*items)[i];
        std::string what = "property " + ordinal(i) + " of " + where;
        if (!item.IsMap()) {
            reader.diagnostics().error(reader.at(item), what + " must be a map with name and value (or ref)",
                                       "write - {name: <property>, value: <value>}");
            continue;
        }
        auto entries = reader.entries(item);
        reader.checkKeys(entries, kPropertyKeys, what);
        std::string name;
        if (const Entry* n = find(entries, "name")) name = reader.text(*n, "name of " + what).value_or("");
        if (name.empty()) reader.diagnostics().error(reader.at(item), what + " has no name", "add name: <property>");
        const Entry* value = find(entries, "value");
        const Entry* ref = find(entries, "ref");
        if (value && ref)
            reader.diagnostics().error(ref->keyLocation, what + " sets both value and ref", "keep one of them");
        if (ref) {
            auto id = reader.text(*ref, "ref of " + what);
            object.properties.emplace_back(name, Value(ValueMap{{"ref", Value(id.value_or(""))}}));
        } else {
            object.properties.emplace_back(name, value ? reader.value(value->value) : Value());
        }
    }
}

void readConfigMethods(NodeReader& reader, const Entry& entry, model::ObjectDef& object, const std::string& where) {
    auto items = reader.sequence(entry, "configMethods of " + where, "write a list of {name, args} maps");
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const YAML::Node& item = (*items)[i];
        std::string what = "configMethod " + ordinal(i) + " of " + where;
        if (!item.IsMap()) {
            reader.diagnostics().error(reader.at(item), what + " must be a map with name and args",
                                       "write - {name: <method>, args: [...]}");
            continue;
        }
        auto entries = reader.entries(item);
        reader.checkKeys(entries, kConfigMethodKeys, what);
        ConfigMethodCall call;
        if (const Entry* n = find(entries, "name")) call.name = reader.text(*n, "name of " + what).value_or("");
        if (call.name.empty()) reader.diagnostics().error(reader.at(item), what + " has no name", "add name: <method>");
        if (const Entry* a = find(entries, "args")) call.args = reader.valueList(*a, "args of " + what);
        object.configMethods.push_back(std::move(call));
    }
}

// The object keys of an already key-checked map.
model::ObjectDef readObjectKeys(NodeReader& reader, const std::vector<Entry>& entries, const YAML::Node& map,
                                const std::string& where) {
    model::ObjectDef object;
    object.location = reader.at(map);
    if (const Entry* e = find(entries, "className")) {
        object.className = reader.text(*e, "className of " + where).value_or("");
        object.location = e->valueLocation;
    }
    if (const Entry* e = find(entries, "constructorArgs"))
        object.constructorArgs = reader.valueList(*e, "constructorArgs of " + where);
    if (const Entry* e = find(entries, "properties")) readProperties(reader, *e, object, where);
    if (const Entry* e = find(entries, "configMethods")) readConfigMethods(reader, *e, object, where);
    if (const Entry* e = find(entries, "factory")) object.factory = reader.text(*e, "factory of " + where).value_or("");
    if (const Entry* e = find(entries, "factoryArgs"))
        object.factoryArgs = reader.valueList(*e, "factoryArgs of " + where);
    return object;
}

// The id (and a name for messages) of a list item before its keys are checked.
std::string readId(NodeReader& reader, const std::vector<Entry>& entries, const std::string& section, std::size_t index,
                   std::string& id, SourceLocation& location) {
    if (const Entry* e = find(entries, "id")) {
        id = reader.text(*e, "id of " + section + " " + ordinal(index)).value_or("");
        location = e->valueLocation;
    }
    return id.empty() ? section + " " + ordinal(index) : section + " '" + id + "'";
}

void readResourceLoad(NodeReader& reader, const Entry& entry, const std::string& where) {
    if (!reader.value(entry.value).isNumber())
        reader.diagnostics().error(
            entry.valueLocation, entry.key + " of " + where + " must be a number, not " + describeNode(entry.value),
            "Teacup ignores it, but Flux reads it as a number: write e.g. " + entry.key + ": 128");
}

void readVertexKeys(NodeReader& reader, const std::vector<Entry>& entries, model::ComponentDef& c,
                    const std::string& where) {
    c.parallelismLocation = c.location;
    if (const Entry* e = find(entries, "parallelism")) {
        c.parallelismLocation = e->valueLocation;
        if (auto p = reader.integer(*e, "parallelism of " + where)) c.parallelism = *p;
    }
    if (const Entry* e = find(entries, "numTasks")) c.numTasks = reader.integer(*e, "numTasks of " + where);
    if (const Entry* e = find(entries, "config")) {
        if (e->value.IsMap()) {
            for (const auto& ce : reader.entries(e->value)) c.config[ce.key] = reader.value(ce.value);
        } else if (!e->value.IsNull()) {
            reader.diagnostics().error(e->valueLocation,
                                       "config of " + where + " must be a map, not " + describeNode(e->value),
                                       "write config: {key: value}");
        }
    }
    for (const char* key : {"onHeapMemoryLoad", "offHeapMemoryLoad", "cpuLoad"})
        if (const Entry* e = find(entries, key)) readResourceLoad(reader, *e, where);
}

std::string groupingHint(const std::string& type) {
    std::string upper = type;
    for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (upper != type && model::parseGroupingType(upper)) return "grouping types are upper case: " + upper;
    std::vector<std::string> names;
    for (auto t :
         {GroupingType::Shuffle, GroupingType::Fields, GroupingType::All, GroupingType::Global, GroupingType::None,
          GroupingType::Direct, GroupingType::LocalOrShuffle, GroupingType::PartialKey, GroupingType::Custom})
        names.emplace_back(model::groupingTypeName(t));
    std::string hint = model::didYouMean(upper, names);
    if (!hint.empty()) return hint;
    std::string all;
    for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
    return "one of " + all;
}

void readGroupingArgs(NodeReader& reader, const Entry& entry, model::GroupingDef& g, const std::string& where) {
    g.fieldsLocation = entry.valueLocation;
    auto items = reader.sequence(entry, "grouping args of " + where,
                                 entry.value.IsScalar() ? "write a list: [" + entry.value.Scalar() + "]"
                                                        : "write args: [field1, field2]");
    if (!items) return;
    for (const auto& item : *items) {
        if (item.IsScalar()) {
            g.fields.push_back(item.Scalar());
            continue;
        }
        reader.diagnostics().error(reader.at(item),
                                   "grouping args of " + where + " must be field names, not " + describeNode(item),
                                   "write args: [field1, field2]");
    }
}

std::optional<model::GroupingDef> readGrouping(NodeReader& reader, const Entry& entry, const std::string& where) {
    if (!entry.value.IsMap()) {
        reader.diagnostics().error(entry.valueLocation,
                                   "grouping of " + where + " must be a map, not " + describeNode(entry.value),
                                   "write grouping: {type: SHUFFLE}");
        return std::nullopt;
    }
    auto entries = reader.entries(entry.value);
    reader.checkKeys(entries, kGroupingKeys, "grouping of " + where);
    model::GroupingDef g;
    g.location = entry.valueLocation;
    g.fieldsLocation = g.location;
    const Entry* type = find(entries, "type");
    std::string typeName = type ? reader.text(*type, "grouping type of " + where).value_or("") : "";
    if (type) g.location = type->valueLocation;
    if (typeName.empty()) {
        reader.diagnostics().error(g.location, "grouping of " + where + " has no type",
                                   "add type: SHUFFLE (or FIELDS, ALL, GLOBAL, ...)");
    } else if (auto t = model::parseGroupingType(typeName)) {
        g.type = *t;
    } else {
        reader.diagnostics().error(g.location, "unknown grouping type '" + typeName + "' in " + where,
                                   groupingHint(typeName));
    }
    if (const Entry* e = find(entries, "streamId"))
        if (auto id = reader.text(*e, "streamId of " + where)) g.streamId = *id;
    if (const Entry* e = find(entries, "args")) readGroupingArgs(reader, *e, g, where);
    if (const Entry* e = find(entries, "customClass")) {
        if (e->value.IsMap()) {
            auto objectEntries = reader.entries(e->value);
            std::string what = "customClass of " + where;
            reader.checkKeys(objectEntries, kObjectKeys, what);
            g.customClass = readObjectKeys(reader, objectEntries, e->value, what);
        } else if (!e->value.IsNull()) {
            reader.diagnostics().error(e->valueLocation, "customClass of " + where + " must be a map with className",
                                       "write customClass: {className: <grouping class>}");
        }
    }
    return g;
}

} // namespace

std::optional<model::BeanDef> readBean(NodeReader& reader, const YAML::Node& item, std::size_t index) {
    if (!item.IsMap()) {
        reader.diagnostics().error(reader.at(item),
                                   "components entry " + ordinal(index) + " must be a map with id and className",
                                   "start each entry with - id: <name>");
        return std::nullopt;
    }
    auto entries = reader.entries(item);
    model::BeanDef bean;
    bean.location = reader.at(item);
    std::string where = readId(reader, entries, "component", index, bean.id, bean.location);
    reader.checkKeys(entries, kBeanKeys, where);
    bean.object = readObjectKeys(reader, entries, item, where);
    return bean;
}

std::optional<model::ComponentDef> readComponent(NodeReader& reader, const YAML::Node& item, model::ComponentKind kind,
                                                 std::size_t index) {
    const std::string section = kind == model::ComponentKind::Spout ? "spout" : "bolt";
    if (!item.IsMap()) {
        reader.diagnostics().error(reader.at(item),
                                   section + "s entry " + ordinal(index) +
                                       " must be a map with id, className and parallelism",
                                   "start each entry with - id: <name>");
        return std::nullopt;
    }
    auto entries = reader.entries(item);
    model::ComponentDef c;
    c.kind = kind;
    c.location = reader.at(item);
    std::string where = readId(reader, entries, section, index, c.id, c.location);
    reader.checkKeys(entries, kVertexKeys, where);
    c.object = readObjectKeys(reader, entries, item, where);
    readVertexKeys(reader, entries, c, where);
    return c;
}

std::optional<model::StreamDef> readStream(NodeReader& reader, const YAML::Node& item, std::size_t index) {
    if (!item.IsMap()) {
        reader.diagnostics().error(reader.at(item),
                                   "streams entry " + ordinal(index) + " must be a map with from, to and grouping",
                                   "write - {from: <id>, to: <id>, grouping: {type: SHUFFLE}}");
        return std::nullopt;
    }
    auto entries = reader.entries(item);
    model::StreamDef s;
    s.location = reader.at(item);
    s.fromLocation = s.toLocation = s.location;
    std::string where = "stream " + ordinal(index);
    if (const Entry* e = find(entries, "from")) {
        s.from = reader.text(*e, "from of " + where).value_or("");
        s.fromLocation = e->valueLocation;
    }
    if (const Entry* e = find(entries, "to")) {
        s.to = reader.text(*e, "to of " + where).value_or("");
        s.toLocation = e->valueLocation;
    }
    if (!s.from.empty() && !s.to.empty()) where = "stream " + s.from + " -> " + s.to;
    reader.checkKeys(entries, kStreamKeys, where);
    if (const Entry* e = find(entries, "name")) s.name = reader.text(*e, "name of " + where).value_or("");
    const Entry* grouping = find(entries, "grouping");
    std::optional<model::GroupingDef> g = grouping ? readGrouping(reader, *grouping, where) : std::nullopt;
    if (!grouping)
        reader.diagnostics().error(s.location, where + " has no grouping",
                                   "add grouping: {type: SHUFFLE}; Flux would fail with a NullPointerException");
    if (g) s.grouping = std::move(*g);
    else s.grouping.location = s.grouping.fieldsLocation = s.location;
    return s;
}

std::optional<model::IncludeDef> readInclude(NodeReader& reader, const YAML::Node& item, std::size_t index) {
    std::string where = "include " + ordinal(index);
    if (!item.IsMap()) {
        reader.diagnostics().error(reader.at(item), where + " must be a map with file (and resource, override)",
                                   "write - file: other.yaml");
        return std::nullopt;
    }
    auto entries = reader.entries(item);
    reader.checkKeys(entries, kIncludeKeys, where);
    model::IncludeDef inc;
    inc.location = reader.at(item);
    if (const Entry* e = find(entries, "resource"))
        inc.resource = reader.boolean(*e, "resource of " + where).value_or(false);
    if (const Entry* e = find(entries, "file")) {
        inc.file = reader.text(*e, "file of " + where).value_or("");
        inc.location = e->valueLocation;
    }
    if (const Entry* e = find(entries, "override"))
        inc.override = reader.boolean(*e, "override of " + where).value_or(false);
    return inc;
}

} // namespace teacup::flux
