// An OutputFieldsDeclarer that records declarations and the rule violations Storm would
// throw for (duplicate stream, `__` stream id, duplicate field names).
#pragma once

#include <teacup/model/catalog.h>
#include <teacup/sdk/output_fields_declarer.h>

namespace teacup::plugin {

class SchemaDeclarer final : public OutputFieldsDeclarer {
public:
    using OutputFieldsDeclarer::declareStream;
    void declareStream(const std::string& streamId, bool direct, Fields fields) override {
        if (streamId.rfind("__", 0) == 0) {
            m_schema.declareErrors.push_back("stream id '" + streamId + "' starts with '__', reserved for system streams");
            return;
        }
        if (m_schema.findStream(streamId)) {
            m_schema.declareErrors.push_back("stream '" + streamId + "' is declared twice");
            return;
        }
        if (auto dup = fields.duplicate()) {
            m_schema.declareErrors.push_back("stream '" + streamId + "' declares field '" + *dup + "' twice");
            return;
        }
        m_schema.streams.push_back({streamId, direct, std::move(fields)});
    }
    model::ComponentSchema take() { return std::move(m_schema); }

private:
    model::ComponentSchema m_schema;
};

} // namespace teacup::plugin
