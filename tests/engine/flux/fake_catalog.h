// A ComponentCatalog for Flux and validation tests: a handful of Teacup-style classes, the
// Storm test classes Teacup has stand-ins for, and Flux's shell wrappers, whose streams come
// from their constructorArgs and configMethods as Flux's FluxShellBolt declares them.
#pragma once

#include <map>

#include <teacup/model/catalog.h>

namespace teacup::test {

class FakeCatalog : public model::ComponentCatalog {
public:
    static constexpr const char* kShellSpout = "org.apache.storm.flux.wrappers.spouts.FluxShellSpout";
    static constexpr const char* kShellBolt = "org.apache.storm.flux.wrappers.bolts.FluxShellBolt";

    FakeCatalog() {
        using model::ClassKind;
        add("teacup.core.RandomSentenceSpout", ClassKind::Spout, {{"default", false, Fields{"sentence"}}});
        add("teacup.core.SplitSentence", ClassKind::Bolt, {{"default", false, Fields{"word"}}});
        add("teacup.core.WordCount", ClassKind::Bolt, {{"default", false, Fields{"word", "count"}}});
        add("teacup.core.Printer", ClassKind::Bolt, {});
        add("teacup.core.EventSpout", ClassKind::Spout,
            {{"default", false, Fields{"id", "payload"}},
             {"errors", false, Fields{"id", "reason"}},
             {"direct", true, Fields{"id"}}});
        add("teacup.test.Refusing", ClassKind::Bolt, {});
        add("teacup.test.BadDeclarer", ClassKind::Bolt, {});
        add("org.apache.storm.testing.TestWordSpout", ClassKind::Spout, {{"default", false, Fields{"word"}}});
        add("org.apache.storm.testing.TestWordCounter", ClassKind::Bolt, {{"default", false, Fields{"word", "count"}}});
        add("org.apache.storm.flux.wrappers.bolts.LogInfoBolt", ClassKind::Bolt, {});
        add("org.apache.storm.testing.NGrouping", ClassKind::Grouping, {});
        add(kShellSpout, ClassKind::Spout, {});
        add(kShellBolt, ClassKind::Bolt, {});
    }

    std::optional<model::ClassKind> classKind(const std::string& className) const override {
        auto it = m_classes.find(className);
        if (it == m_classes.end()) return std::nullopt;
        return it->second.kind;
    }

    Result<model::ComponentSchema> describe(const model::ComponentDef& def) const override {
        const auto& cls = def.object.className;
        if (cls == "teacup.test.Refusing")
            return makeError(ErrorCode::InvalidInput, "needs a 'threshold' constructor argument");
        model::ComponentSchema schema;
        if (cls == "teacup.test.BadDeclarer") {
            schema.declareErrors.push_back("declares stream 'out' twice");
            return schema;
        }
        if (cls == kShellSpout || cls == kShellBolt) return describeShell(def);
        schema.streams = m_classes.at(cls).streams;
        return schema;
    }

    std::vector<std::string> classNames() const override {
        std::vector<std::string> names;
        for (const auto& [name, info] : m_classes) names.push_back(name);
        return names;
    }

private:
    struct ClassInfo {
        model::ClassKind kind;
        std::vector<model::DeclaredStream> streams;
    };

    void add(const std::string& name, model::ClassKind kind, std::vector<model::DeclaredStream> streams) {
        m_classes[name] = ClassInfo{kind, std::move(streams)};
    }

    static void declare(model::ComponentSchema& schema, const std::string& id, const Value& fields) {
        auto names = stringList(fields);
        if (!names) {
            schema.declareErrors.push_back("output fields of stream '" + id + "' must be a list of strings");
            return;
        }
        for (auto& s : schema.streams)
            if (s.id == id) {
                s.fields = Fields(*names);
                return;
            }
        schema.streams.push_back({id, false, Fields(*names)});
    }

    static Result<model::ComponentSchema> describeShell(const model::ComponentDef& def) {
        const auto& args = def.object.constructorArgs;
        if (args.empty() || !stringList(args[0]))
            return makeError(ErrorCode::InvalidInput,
                             "the first constructor argument must be the command as a list of strings, "
                             "e.g. [[python3, bolt.py]]");
        model::ComponentSchema schema;
        if (args.size() > 1) declare(schema, "default", args[1]);
        for (const auto& m : def.object.configMethods) {
            if (m.name == "setDefaultStream" && m.args.size() == 1) declare(schema, "default", m.args[0]);
            else if (m.name == "setNamedStream" && m.args.size() == 2) declare(schema, m.args[0].asString(), m.args[1]);
            else if (m.name == "addComponentConfig" && m.args.size() == 2)
                schema.componentConfig[m.args[0].asString()] = m.args[1];
            else
                return makeError(ErrorCode::InvalidInput, "unable to find configuration method '" + m.name + "' with " +
                                                              std::to_string(m.args.size()) + " arguments");
        }
        return schema;
    }

    std::map<std::string, ClassInfo> m_classes;
};

} // namespace teacup::test
