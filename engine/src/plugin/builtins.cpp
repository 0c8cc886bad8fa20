// Built-in classes. MockSpout plays Storm's FixedTupleSpout for `teacup complete`: it
// declares the streams of the spout it replaces and emits the given tuples, task i serving
// tuples i, i+n, ..., each with its position as message id; exhausted when all are settled.
#include "plugin/builtins.h"

#include <teacup/plugin/registry.h>

namespace teacup::plugin {

namespace {

class MockSpout final : public Spout {
public:
    // streams: {streamId: {"fields": [...], "direct": bool}}; tuples: [{"stream": s, "values": [...]}]
    MockSpout(ValueMap streams, ValueList tuples) : m_streams(std::move(streams)), m_tuples(std::move(tuples)) {}

    void declareOutputFields(OutputFieldsDeclarer& d) const override {
        for (const auto& [id, spec] : m_streams) {
            const auto& m = spec.asMap();
            auto f = m.find("fields");
            auto dir = m.find("direct");
            d.declareStream(id, dir != m.end() && dir->second.asBool(),
                            Fields(f == m.end() ? std::vector<std::string>{} : stringList(f->second).value_or(std::vector<std::string>{})));
        }
    }
    void open(const Config&, TopologyContext& context, SpoutOutputCollector& collector) override {
        m_collector = &collector;
        const int n = static_cast<int>(context.componentTasks(context.thisComponentId()).size());
        for (int i = context.thisTaskIndex(); i < static_cast<int>(m_tuples.size()); i += std::max(1, n))
            m_mine.push_back(i);
    }
    void nextTuple() override {
        if (m_next >= m_mine.size()) return;
        const int i = m_mine[m_next++];
        const auto& t = m_tuples[i].asMap();
        auto s = t.find("stream");
        auto v = t.find("values");
        m_collector->emit(s == t.end() ? kDefaultStream : s->second.asString(),
                          v == t.end() ? Values{} : Values(v->second.asList()), Value(i));
    }
    void ack(const Value&) override { ++m_settled; }
    void fail(const Value&) override { ++m_settled; }
    bool isExhausted() const override { return m_settled >= m_mine.size(); }

private:
    ValueMap m_streams;
    ValueList m_tuples;
    std::vector<int> m_mine;
    std::size_t m_next = 0;
    std::size_t m_settled = 0;
    SpoutOutputCollector* m_collector = nullptr;
};

} // namespace

void registerBuiltins(Registry& registry) {
    ComponentClass mock;
    mock.className = kMockSpoutClass;
    mock.kind = model::ClassKind::Spout;
    mock.origin = "built-in";
    mock.doc = {"Emits fixed tuples in place of a mocked spout (teacup complete).",
                "constructorArgs: [streams map, tuples list]", "the replaced spout's streams"};
    mock.spout = [](const ComponentArgs& args) -> std::unique_ptr<Spout> {
        if (!args.arg(0).isMap() || !args.arg(1).isList()) {
            args.refuse("MockSpout expects constructorArgs [streams (map), tuples (list)]");
            return nullptr;
        }
        return std::make_unique<MockSpout>(args.arg(0).asMap(), args.arg(1).asList());
    };
    registry.add(std::move(mock));
}

Status mockSpout(model::TopologySpec& spec, const Registry& registry, const std::string& spoutId, ValueList tuples) {
    model::ComponentDef* def = nullptr;
    for (auto& s : spec.spouts)
        if (s.id == spoutId) def = &s;
    if (!def) return makeError(ErrorCode::NotFound, "no spout '" + spoutId + "' in topology '" + spec.name + "'");
    auto schema = registry.describe(*def);
    if (!schema.ok()) return makeError(schema.error().code, "spout '" + spoutId + "': " + schema.error().message);
    ValueMap streams;
    for (const auto& st : schema->streams) {
        ValueList fields;
        for (const auto& f : st.fields) fields.push_back(Value(f));
        streams[st.id] = Value(ValueMap{{"fields", Value(std::move(fields))}, {"direct", Value(st.direct)}});
    }
    def->object = model::ObjectDef{};
    def->object.className = kMockSpoutClass;
    def->object.constructorArgs = ValueList{Value(std::move(streams)), Value(std::move(tuples))};
    return {};
}

} // namespace teacup::plugin
