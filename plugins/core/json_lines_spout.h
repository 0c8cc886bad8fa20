// teacup.core.JsonLinesSpout: replays a JSON-lines file as tuples, one line per tuple, with
// the line number as message id; failed lines are emitted again. File errors are reported.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <teacup/sdk/plugin.h>
#include <teacup/sdk/spout.h>

namespace teacup::core {

// Config key the engine sets to the directory of the topology's YAML file; relative paths
// in constructorArgs resolve against it (against the working directory when it is unset).
inline constexpr const char* kTopologyDirKey = "teacup.topology.dir";

// One instance per task; with n tasks, task index i serves lines i+1, i+1+n, ... so the
// tasks share one file without duplicates. Each line is a JSON array with one value per
// field, or an object whose keys name fields (a missing key gives null, extra keys are
// ignored). Blank lines are skipped; a malformed line is reported as "file:line: reason"
// through reportError and skipped. Message id = 1-based line number (Long). A failed line
// is queued and emitted again before new lines, up to maxReplays times when that is set.
// Exhausted once the file is read to the end and every emitted line is acked or given up.
// A file that cannot be opened is reported in open(); the spout then emits nothing.
class JsonLinesSpout : public Spout {
public:
    JsonLinesSpout(std::string path, std::vector<std::string> fields, std::optional<std::int64_t> maxReplays);

    void declareOutputFields(OutputFieldsDeclarer& declarer) const override;
    void open(const Config& conf, TopologyContext& context, SpoutOutputCollector& collector) override;
    void nextTuple() override;
    void ack(const Value& messageId) override;
    void fail(const Value& messageId) override;
    bool isExhausted() const override;

    // `path` as the spout opens it: absolute paths unchanged, relative ones against
    // teacup.topology.dir when the config has it.
    static std::filesystem::path resolvePath(const std::string& path, const Config& conf);

private:
    struct PendingLine {
        Values values;
        std::int64_t failures = 0;
    };

    void emitLine(std::int64_t lineNumber, const Values& values);
    std::optional<Values> parseLine(const std::string& line, std::int64_t lineNumber);
    bool readNextLine(std::string& line, std::int64_t& lineNumber);

    std::string m_path;
    std::vector<std::string> m_fields;
    std::optional<std::int64_t> m_maxReplays;
    std::filesystem::path m_resolved;
    SpoutOutputCollector* m_collector = nullptr;
    std::ifstream m_in;
    bool m_endOfFile = false;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_taskIndex = 0;
    std::int64_t m_taskCount = 1;
    std::map<std::int64_t, PendingLine> m_pending;
    std::deque<std::int64_t> m_replay;
};

std::unique_ptr<Spout> makeJsonLinesSpout(const ComponentArgs& args);
void registerJsonLinesSpout(PluginRegistrar& registrar);

} // namespace teacup::core
