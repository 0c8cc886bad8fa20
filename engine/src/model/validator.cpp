// validateTopology(): runs every validation pass over a TopologySpec and returns all the
// problems at once, sorted by file position. See docs/topology-format.md, "Diagnostics".
#include <teacup/model/catalog.h>

#include <algorithm>

#include "model/validation_context.h"

namespace teacup::model {

std::string describeComponent(const ComponentDef& c) {
    return std::string(c.kind == ComponentKind::Spout ? "spout" : "bolt") + " '" + c.id + "'";
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out.empty() ? "(none)" : out;
}

bool looksLikeJavaClass(const std::string& className) {
    if (className.rfind("teacup.", 0) == 0) return false;
    return className.find('.') != std::string::npos || className.find('$') != std::string::npos;
}

Diagnostics validateTopology(const TopologySpec& spec, const ComponentCatalog& catalog) {
    Diagnostics out;
    ValidationContext ctx{spec, catalog, out, {}};
    validateNamesAndIds(ctx);
    validateClasses(ctx);
    validateStreams(ctx);
    validateGraph(ctx);
    validateConfig(ctx);

    // Sorted by position (stable, so one place keeps the order the passes found things in).
    std::vector<Diagnostic> items = out.items();
    std::stable_sort(items.begin(), items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        // The top file first, then included files.
        bool aIncluded = a.location.file != spec.sourceFile;
        bool bIncluded = b.location.file != spec.sourceFile;
        if (aIncluded != bIncluded) return bIncluded;
        if (a.location.file != b.location.file) return a.location.file < b.location.file;
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    Diagnostics sorted;
    for (auto& d : items) sorted.add(std::move(d));
    return sorted;
}

} // namespace teacup::model
