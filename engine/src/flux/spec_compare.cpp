// Field-by-field comparison of TopologySpecs for round-trip checks and change detection.
#include <teacup/flux/spec_compare.h>

#include <charconv>
#include <cmath>

namespace teacup::flux {

namespace {

bool sameValue(const Value& a, const Value& b) {
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
    case ValueKind::Double: {
        double x = a.asDouble(), y = b.asDouble();
        return (std::isnan(x) && std::isnan(y)) || (x == y && std::signbit(x) == std::signbit(y));
    }
    case ValueKind::List: {
        const auto& x = a.asList();
        const auto& y = b.asList();
        if (x.size() != y.size()) return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!sameValue(x[i], y[i])) return false;
        return true;
    }
    case ValueKind::Map: {
        const auto& x = a.asMap();
        const auto& y = b.asMap();
        if (x.size() != y.size()) return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->first != j->first || !sameValue(i->second, j->second)) return false;
        return true;
    }
    default: return a == b;
    }
}

const char* kindName(ValueKind k) {
    switch (k) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return "bool";
    case ValueKind::Int: return "int";
    case ValueKind::Long: return "long";
    case ValueKind::Double: return "double";
    case ValueKind::String: return "string";
    case ValueKind::Bytes: return "bytes";
    case ValueKind::List: return "list";
    case ValueKind::Map: return "map";
    }
    return "?";
}

class Differ {
public:
    std::vector<std::string> out;

    void text(const std::string& path, const std::string& a, const std::string& b) {
        if (a != b) out.push_back(path + ": '" + a + "' != '" + b + "'");
    }
    void number(const std::string& path, long long a, long long b) {
        if (a != b) out.push_back(path + ": " + std::to_string(a) + " != " + std::to_string(b));
    }
    void value(const std::string& path, const Value& a, const Value& b) {
        if (!sameValue(a, b))
            out.push_back(path + ": " + describeValue(a) + " (" + kindName(a.kind()) + ") != " + describeValue(b) +
                          " (" + kindName(b.kind()) + ")");
    }
    void values(const std::string& path, const ValueList& a, const ValueList& b) { value(path, Value(a), Value(b)); }
    void config(const std::string& path, const Config& a, const Config& b) {
        value(path, Value(ValueMap(a.begin(), a.end())), Value(ValueMap(b.begin(), b.end())));
    }
    bool sizes(const std::string& path, std::size_t a, std::size_t b) {
        if (a == b) return true;
        out.push_back(path + ": " + std::to_string(a) + " entries != " + std::to_string(b));
        return false;
    }

    void object(const std::string& path, const model::ObjectDef& a, const model::ObjectDef& b) {
        text(path + ".className", a.className, b.className);
        values(path + ".constructorArgs", a.constructorArgs, b.constructorArgs);
        if (sizes(path + ".properties", a.properties.size(), b.properties.size()))
            for (std::size_t i = 0; i < a.properties.size(); ++i) {
                std::string p = path + ".properties[" + std::to_string(i) + "]";
                text(p + ".name", a.properties[i].first, b.properties[i].first);
                value(p + ".value", a.properties[i].second, b.properties[i].second);
            }
        if (sizes(path + ".configMethods", a.configMethods.size(), b.configMethods.size()))
            for (std::size_t i = 0; i < a.configMethods.size(); ++i) {
                std::string p = path + ".configMethods[" + std::to_string(i) + "]";
                text(p + ".name", a.configMethods[i].name, b.configMethods[i].name);
                values(p + ".args", a.configMethods[i].args, b.configMethods[i].args);
            }
        text(path + ".factory", a.factory, b.factory);
        values(path + ".factoryArgs", a.factoryArgs, b.factoryArgs);
    }

    void component(const std::string& path, const model::ComponentDef& a, const model::ComponentDef& b) {
        text(path + ".id", a.id, b.id);
        number(path + ".kind", static_cast<int>(a.kind), static_cast<int>(b.kind));
        object(path, a.object, b.object);
        number(path + ".parallelism", a.parallelism, b.parallelism);
        number(path + ".numTasks", a.numTasks.value_or(-1), b.numTasks.value_or(-1));
        if (a.numTasks.has_value() != b.numTasks.has_value()) out.push_back(path + ".numTasks: set on one side only");
        config(path + ".config", a.config, b.config);
    }

    void stream(const std::string& path, const model::StreamDef& a, const model::StreamDef& b) {
        text(path + ".name", a.name, b.name);
        text(path + ".from", a.from, b.from);
        text(path + ".to", a.to, b.to);
        text(path + ".grouping.type", model::groupingTypeName(a.grouping.type),
             model::groupingTypeName(b.grouping.type));
        text(path + ".grouping.streamId", a.grouping.streamId, b.grouping.streamId);
        std::vector<Value> fa(a.grouping.fields.begin(), a.grouping.fields.end());
        std::vector<Value> fb(b.grouping.fields.begin(), b.grouping.fields.end());
        values(path + ".grouping.args", fa, fb);
        if (a.grouping.customClass.has_value() != b.grouping.customClass.has_value())
            out.push_back(path + ".grouping.customClass: set on one side only");
        else if (a.grouping.customClass)
            object(path + ".grouping.customClass", *a.grouping.customClass, *b.grouping.customClass);
    }
};

std::string quoted(const std::string& s) { return s.empty() ? "\"\"" : s; }

} // namespace

std::string describeValue(const Value& v) {
    switch (v.kind()) {
    case ValueKind::Null: return "null";
    case ValueKind::Bool: return v.asBool() ? "true" : "false";
    case ValueKind::Int:
    case ValueKind::Long: return std::to_string(v.asInt());
    case ValueKind::Double: {
        char buf[64];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v.asDouble());
        return ec == std::errc() ? std::string(buf, end) : "?";
    }
    case ValueKind::String: return quoted(v.asString());
    case ValueKind::Bytes: return "<" + std::to_string(v.asBytes().data.size()) + " bytes>";
    case ValueKind::List: {
        std::string s = "[";
        for (const auto& e : v.asList()) s += (s.size() > 1 ? ", " : "") + describeValue(e);
        return s + "]";
    }
    case ValueKind::Map: {
        std::string s = "{";
        for (const auto& [k, e] : v.asMap()) s += (s.size() > 1 ? ", " : "") + k + ": " + describeValue(e);
        return s + "}";
    }
    }
    return "?";
}

std::vector<std::string> specDifferences(const model::TopologySpec& a, const model::TopologySpec& b) {
    Differ d;
    d.text("name", a.name, b.name);
    d.config("config", a.config, b.config);
    if (d.sizes("components", a.components.size(), b.components.size()))
        for (std::size_t i = 0; i < a.components.size(); ++i) {
            std::string p = "components[" + std::to_string(i) + "]";
            d.text(p + ".id", a.components[i].id, b.components[i].id);
            d.object(p, a.components[i].object, b.components[i].object);
        }
    if (d.sizes("spouts", a.spouts.size(), b.spouts.size()))
        for (std::size_t i = 0; i < a.spouts.size(); ++i)
            d.component("spouts[" + std::to_string(i) + "]", a.spouts[i], b.spouts[i]);
    if (d.sizes("bolts", a.bolts.size(), b.bolts.size()))
        for (std::size_t i = 0; i < a.bolts.size(); ++i)
            d.component("bolts[" + std::to_string(i) + "]", a.bolts[i], b.bolts[i]);
    if (d.sizes("streams", a.streams.size(), b.streams.size()))
        for (std::size_t i = 0; i < a.streams.size(); ++i)
            d.stream("streams[" + std::to_string(i) + "]", a.streams[i], b.streams[i]);
    return d.out;
}

} // namespace teacup::flux
