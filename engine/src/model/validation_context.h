// Shared state of one validateTopology() run: the spec, the catalog, what each pass learnt
// (component schemas) and the diagnostics all passes add to. Private to engine/model.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <teacup/common/diagnostics.h>
#include <teacup/model/catalog.h>
#include <teacup/model/topology_spec.h>

namespace teacup::model {

// Lives on the stack of validateTopology(); passes run one after the other on its thread.
struct ValidationContext {
    const TopologySpec& spec;
    const ComponentCatalog& catalog;
    Diagnostics& out;
    // Output schemas of components whose class is known and accepted its arguments; stream
    // and field checks are skipped for the others so one mistake gives one diagnostic.
    std::map<std::string, ComponentSchema> schemas;

    // A location with the spec's file filled in when the model was built without one.
    SourceLocation at(SourceLocation location) const {
        if (location.file.empty()) location.file = spec.sourceFile;
        return location;
    }
    void error(const SourceLocation& l, std::string message, std::string hint = {}) {
        out.error(at(l), std::move(message), std::move(hint));
    }
    void warning(const SourceLocation& l, std::string message, std::string hint = {}) {
        out.warning(at(l), std::move(message), std::move(hint));
    }

    std::vector<std::string> componentIds() const {
        std::vector<std::string> ids;
        for (const auto& c : spec.spouts) ids.push_back(c.id);
        for (const auto& c : spec.bolts) ids.push_back(c.id);
        return ids;
    }
};

// The passes, in the order validateTopology() runs them.
void validateNamesAndIds(ValidationContext& ctx); // validate_ids.cpp
void validateClasses(ValidationContext& ctx);     // validate_classes.cpp
void validateStreams(ValidationContext& ctx);     // validate_streams.cpp
void validateGraph(ValidationContext& ctx);       // validate_graph.cpp
void validateConfig(ValidationContext& ctx);      // validate_config.cpp

// "spout 'x'" / "bolt 'x'" for messages.
std::string describeComponent(const ComponentDef& c);
// Comma-separated list for hints.
std::string joinNames(const std::vector<std::string>& names);
// True for class names that look like Java (org.apache.storm.*, com.x.Y) rather than Teacup's.
bool looksLikeJavaClass(const std::string& className);
// Error for a className the catalog does not know: did-you-mean, Java-only or generic.
void reportUnknownClass(ValidationContext& ctx, const std::string& className, const SourceLocation& at,
                        const std::string& usedBy);

} // namespace teacup::model
