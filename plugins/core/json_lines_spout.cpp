// teacup.core.JsonLinesSpout (see json_lines_spout.h).
#include "json_lines_spout.h"

#include <system_error>

#include "arg_checks.h"
#include "json_value.h"

namespace teacup::core {

namespace {

bool isBlank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

std::string joinFields(const std::vector<std::string>& fields) {
    std::string out;
    for (const auto& f : fields) out += (out.empty() ? "" : ", ") + f;
    return out;
}

} // namespace

JsonLinesSpout::JsonLinesSpout(std::string path, std::vector<std::string> fields,
                               std::optional<std::int64_t> maxReplays)
    : m_path(std::move(path)), m_fields(std::move(fields)), m_maxReplays(maxReplays) {}

void JsonLinesSpout::declareOutputFields(OutputFieldsDeclarer& declarer) const { declarer.declare(Fields(m_fields)); }

std::filesystem::path JsonLinesSpout::resolvePath(const std::string& path, const Config& conf) {
    const std::filesystem::path given(path);
    const std::string dir = configString(conf, kTopologyDirKey, "");
    if (given.is_absolute() || dir.empty()) return given;
    return std::filesystem::path(dir) / given;
}

void JsonLinesSpout::open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) {
    m_collector = &collector;
    m_taskIndex = context.thisTaskIndex();
    const auto tasks = context.componentTasks(context.thisComponentId());
    m_taskCount = tasks.empty() ? 1 : static_cast<std::int64_t>(tasks.size());
    m_resolved = resolvePath(m_path, conf);
    m_in.open(m_resolved);
    if (!m_in) {
        m_endOfFile = true;
        collector.reportError("JsonLinesSpout cannot open '" + m_resolved.string() +
                              "': check the path (relative paths start at the topology file's directory)");
    }
}

bool JsonLinesSpout::readNextLine(std::string& line, std::int64_t& lineNumber) {
    while (!m_endOfFile) {
        if (!std::getline(m_in, line)) {
            m_endOfFile = true;
            return false;
        }
        lineNumber = ++m_lineNumber;
        if ((lineNumber - 1) % m_taskCount == m_taskIndex) return true;
    }
    return false;
}

std::optional<Values> JsonLinesSpout::parseLine(const std::string& line, std::int64_t lineNumber) {
    const std::string where = m_resolved.string() + ":" + std::to_string(lineNumber) + ": ";
    JsonParse parsed = parseJsonValue(line);
    if (!parsed.value) {
        m_collector->reportError(where + parsed.error + "; line skipped");
        return std::nullopt;
    }
    const Value& json = *parsed.value;
    if (json.isList()) {
        if (json.asList().size() == m_fields.size()) return Values(json.asList().begin(), json.asList().end());
        m_collector->reportError(where + "expected " + std::to_string(m_fields.size()) + " values (" +
                                 joinFields(m_fields) + "), got " + std::to_string(json.asList().size()) +
                                 "; line skipped");
        return std::nullopt;
    }
    if (json.isMap()) {
        Values values;
        for (const auto& field : m_fields) {
            auto it = json.asMap().find(field);
            values.push_back(it == json.asMap().end() ? Value() : it->second);
        }
        return values;
    }
    m_collector->reportError(where + "expected a JSON array or object; line skipped");
    return std::nullopt;
}

void JsonLinesSpout::emitLine(std::int64_t lineNumber, const Values& values) {
    m_collector->emit(values, Value(static_cast<long long>(lineNumber)));
}

void JsonLinesSpout::nextTuple() {
    if (!m_replay.empty()) {
        const std::int64_t lineNumber = m_replay.front();
        m_replay.pop_front();
        auto it = m_pending.find(lineNumber);
        if (it != m_pending.end()) emitLine(lineNumber, it->second.values);
        return;
    }
    std::string line;
    std::int64_t lineNumber = 0;
    while (readNextLine(line, lineNumber)) {
        if (isBlank(line)) continue;
        auto values = parseLine(line, lineNumber);
        if (!values) continue;
        // Recorded before emitting: with `topology.acker.executors: 0` ack() runs inside emit.
        m_pending[lineNumber] = PendingLine{*values, 0};
        emitLine(lineNumber, *values);
        return;
    }
}

void JsonLinesSpout::ack(const Value& messageId) { m_pending.erase(messageId.asInt()); }

void JsonLinesSpout::fail(const Value& messageId) {
    auto it = m_pending.find(messageId.asInt());
    if (it == m_pending.end()) return;
    if (m_maxReplays && it->second.failures >= *m_maxReplays) {
        m_pending.erase(it);
        return;
    }
    ++it->second.failures;
    m_replay.push_back(it->first);
}

bool JsonLinesSpout::isExhausted() const { return m_endOfFile && m_pending.empty() && m_replay.empty(); }

std::unique_ptr<Spout> makeJsonLinesSpout(const ComponentArgs& args) {
    const std::string expected = "JsonLinesSpout expects constructorArgs [path (string), fields (list of strings)]";
    const auto fields = stringList(args.arg(1));
    if (args.argCount() != 2 || !args.arg(0).isString() || args.arg(0).asString().empty() || !fields ||
        fields->empty())
        return refuseArgs<Spout>(args, expected);
    if (!checkPropertiesAndMethods(args, "JsonLinesSpout", {"maxReplays"})) return nullptr;
    std::optional<std::int64_t> maxReplays;
    if (auto property = args.property("maxReplays")) {
        maxReplays = integerValue(*property);
        if (!maxReplays || *maxReplays < 0) {
            args.refuse("JsonLinesSpout property maxReplays must be an integer >= 0");
            return nullptr;
        }
    }
    // Relative paths depend on the topology directory, known only at open(); absolute ones
    // are checked here so the mistake shows up at validation.
    const std::filesystem::path path(args.arg(0).asString());
    std::error_code ec;
    if (path.is_absolute() && !std::filesystem::is_regular_file(path, ec)) {
        args.refuse("JsonLinesSpout cannot read '" + path.string() + "': no such file");
        return nullptr;
    }
    return std::make_unique<JsonLinesSpout>(path.string(), *fields, maxReplays);
}

void registerJsonLinesSpout(PluginRegistrar& registrar) {
    registrar.registerSpout(
        "teacup.core.JsonLinesSpout", makeJsonLinesSpout,
        {"Emits one tuple per line of a JSON-lines file (array of values or object keyed by field), message id = "
         "line number; failed lines are emitted again; exhausted when every line is acked.",
         "constructorArgs: [path (string, relative to the topology file), fields (list of strings)]; property "
         "maxReplays (int): give a line up after that many failures",
         "default: the given fields"});
}

} // namespace teacup::core
