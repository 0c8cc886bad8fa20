// writeYaml: a TopologySpec as clean Flux YAML in Flux's key order, quoting every string
// that YAML 1.1 would read as something else so the file round-trips (also on Storm).
#include <teacup/flux/flux.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include <yaml-cpp/yaml.h>

#include "flux/yaml11_scalar.h"

namespace teacup::flux {

namespace {

void emitString(YAML::Emitter& out, const std::string& s) {
    if (needsQuotes(s)) out << YAML::DoubleQuoted;
    out << s;
}

bool isScalar(const Value& v) { return !v.isList() && !v.isMap(); }

void emitValue(YAML::Emitter& out, const Value& v);

void emitList(YAML::Emitter& out, const ValueList& list) {
    bool flat = std::all_of(list.begin(), list.end(), isScalar);
    if (flat) out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const auto& item : list) emitValue(out, item);
    out << YAML::EndSeq;
}

void emitMap(YAML::Emitter& out, const ValueMap& map) {
    if (map.empty()) out << YAML::Flow;
    out << YAML::BeginMap;
    for (const auto& [key, value] : map) {
        out << YAML::Key;
        emitString(out, key);
        out << YAML::Value;
        emitValue(out, value);
    }
    out << YAML::EndMap;
}

void emitValue(YAML::Emitter& out, const Value& v) {
    switch (v.kind()) {
    case ValueKind::Null: out << YAML::Null; break;
    case ValueKind::Bool: out << (v.asBool() ? "true" : "false"); break;
    case ValueKind::Int:
    case ValueKind::Long: out << std::to_string(v.asInt()); break;
    case ValueKind::Double: out << formatYamlDouble(v.asDouble()); break;
    case ValueKind::String: emitString(out, v.asString()); break;
    case ValueKind::Bytes: {
        const auto& data = v.asBytes().data;
        out << YAML::Binary(reinterpret_cast<const unsigned char*>(data.data()), data.size());
        break;
    }
    case ValueKind::List: emitList(out, v.asList()); break;
    case ValueKind::Map: emitMap(out, v.asMap()); break;
    }
}

void key(YAML::Emitter& out, const char* name) { out << YAML::Key << name << YAML::Value; }

void emitStringKey(YAML::Emitter& out, const char* name, const std::string& value) {
    if (value.empty()) return;
    key(out, name);
    emitString(out, value);
}

void emitListKey(YAML::Emitter& out, const char* name, const ValueList& list) {
    if (list.empty()) return;
    key(out, name);
    emitList(out, list);
}

// A property whose value is {ref: id} is written as Flux's `ref:` form.
const std::string* propertyRef(const Value& v) {
    if (!v.isMap() || v.asMap().size() != 1) return nullptr;
    auto it = v.asMap().find("ref");
    return it != v.asMap().end() && it->second.isString() ? &it->second.asString() : nullptr;
}

void emitProperties(YAML::Emitter& out, const model::ObjectDef& object) {
    if (object.properties.empty()) return;
    key(out, "properties");
    out << YAML::BeginSeq;
    for (const auto& [name, value] : object.properties) {
        out << YAML::BeginMap;
        emitStringKey(out, "name", name);
        if (const std::string* ref = propertyRef(value)) {
            key(out, "ref");
            emitString(out, *ref);
        } else {
            key(out, "value");
            emitValue(out, value);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitConfigMethods(YAML::Emitter& out, const model::ObjectDef& object) {
    if (object.configMethods.empty()) return;
    key(out, "configMethods");
    out << YAML::BeginSeq;
    for (const auto& call : object.configMethods) {
        out << YAML::BeginMap;
        emitStringKey(out, "name", call.name);
        emitListKey(out, "args", call.args);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitObjectKeys(YAML::Emitter& out, const model::ObjectDef& object) {
    emitStringKey(out, "className", object.className);
    emitStringKey(out, "factory", object.factory);
    emitListKey(out, "factoryArgs", object.factoryArgs);
    emitListKey(out, "constructorArgs", object.constructorArgs);
    emitProperties(out, object);
    emitConfigMethods(out, object);
}

void emitConfig(YAML::Emitter& out, const char* name, const Config& config,
                const std::vector<std::pair<std::string, SourceLocation>>& fileOrder) {
    if (config.empty()) return;
    key(out, name);
    out << YAML::BeginMap;
    std::set<std::string> written;
    auto emitEntry = [&](const std::string& k) {
        auto it = config.find(k);
        if (it == config.end() || !written.insert(k).second) return;
        out << YAML::Key;
        emitString(out, k);
        out << YAML::Value;
        emitValue(out, it->second);
    };
    for (const auto& entry : fileOrder) emitEntry(entry.first);
    for (const auto& entry : config) emitEntry(entry.first);
    out << YAML::EndMap;
}

void emitComponents(YAML::Emitter& out, const char* name, const std::vector<model::ComponentDef>& list) {
    if (list.empty()) return;
    key(out, name);
    out << YAML::BeginSeq;
    for (const auto& c : list) {
        out << YAML::BeginMap;
        emitStringKey(out, "id", c.id);
        emitObjectKeys(out, c.object);
        key(out, "parallelism");
        out << c.parallelism;
        if (c.numTasks) {
            key(out, "numTasks");
            out << *c.numTasks;
        }
        emitConfig(out, "config", c.config, {});
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitBeans(YAML::Emitter& out, const std::vector<model::BeanDef>& beans) {
    if (beans.empty()) return;
    key(out, "components");
    out << YAML::BeginSeq;
    for (const auto& b : beans) {
        out << YAML::BeginMap;
        emitStringKey(out, "id", b.id);
        emitObjectKeys(out, b.object);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void emitGrouping(YAML::Emitter& out, const model::GroupingDef& g) {
    key(out, "grouping");
    out << YAML::BeginMap;
    key(out, "type");
    out << model::groupingTypeName(g.type);
    if (g.streamId != "default") {
        key(out, "streamId");
        emitString(out, g.streamId);
    }
    if (!g.fields.empty()) {
        key(out, "args");
        out << YAML::Flow << YAML::BeginSeq;
        for (const auto& f : g.fields) emitString(out, f);
        out << YAML::EndSeq;
    }
    if (g.customClass) {
        key(out, "customClass");
        out << YAML::BeginMap;
        emitObjectKeys(out, *g.customClass);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
}

void emitStreams(YAML::Emitter& out, const std::vector<model::StreamDef>& streams) {
    if (streams.empty()) return;
    key(out, "streams");
    out << YAML::BeginSeq;
    for (const auto& s : streams) {
        out << YAML::BeginMap;
        emitStringKey(out, "name", s.name);
        emitStringKey(out, "from", s.from);
        emitStringKey(out, "to", s.to);
        emitGrouping(out, s.grouping);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace

std::string writeYaml(const model::TopologySpec& spec) {
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitStringKey(out, "name", spec.name);
    emitConfig(out, "config", spec.config, spec.configLocations);
    emitBeans(out, spec.components);
    emitComponents(out, "spouts", spec.spouts);
    emitComponents(out, "bolts", spec.bolts);
    emitStreams(out, spec.streams);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

std::string formatYamlDouble(double d) {
    if (std::isnan(d)) return ".nan";
    if (std::isinf(d)) return d > 0 ? ".inf" : "-.inf";
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    std::string s = ec == std::errc() ? std::string(buf, end) : std::to_string(d);
    if (s.find_first_of(".eE") == std::string::npos) s += ".0";
    return s;
}

} // namespace teacup::flux
