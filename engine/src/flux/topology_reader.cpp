// Reads TopologyDef's top-level keys into a TopologySpec; includes are listed here and
// merged by the loader.
#include "flux/topology_reader.h"

#include "flux/bean_reader.h"

namespace teacup::flux {

namespace {

using Entry = NodeReader::Entry;

const std::vector<std::string> kTopLevelKeys{"name",  "includes", "config",      "components",    "spouts",
                                             "bolts", "streams",  "workerHooks", "topologySource"};

void readConfig(NodeReader& reader, const Entry& entry, model::TopologySpec& spec) {
    if (entry.value.IsNull()) return;
    if (!entry.value.IsMap()) {
        reader.diagnostics().error(entry.valueLocation,
                                   "config must be a map of Storm config keys, not " + describeNode(entry.value),
                                   "write e.g. config: {topology.workers: 1}");
        return;
    }
    for (const auto& e : reader.entries(entry.value)) {
        spec.config[e.key] = reader.value(e.value);
        spec.configLocations.emplace_back(e.key, e.valueLocation);
    }
}

template <typename T, typename ReadItem>
void readList(NodeReader& reader, const Entry& entry, const std::string& hint, std::vector<T>& out, ReadItem read) {
    auto items = reader.sequence(entry, entry.key, hint);
    if (!items) return;
    for (std::size_t i = 0; i < items->size(); ++i)
        if (auto item = read((*items)[i], i)) out.push_back(std::move(*item));
}

void readSection(NodeReader& reader, const Entry& e, model::TopologySpec& spec, bool isInclude) {
    if (e.key == "name") {
        spec.name = reader.text(e, "the topology name").value_or("");
        spec.nameLocation = e.valueLocation;
    } else if (e.key == "config") {
        readConfig(reader, e, spec);
    } else if (e.key == "includes") {
        if (isInclude) {
            reader.diagnostics().warning(e.keyLocation, "includes inside an included file are ignored",
                                         "Flux reads includes one level deep; include the file from the top file");
            return;
        }
        readList(reader, e, "write a list of {file: ...} maps", spec.includes,
                 [&](const YAML::Node& n, std::size_t i) { return readInclude(reader, n, i); });
    } else if (e.key == "components") {
        readList(reader, e, "write a list of {id, className} maps", spec.components,
                 [&](const YAML::Node& n, std::size_t i) { return readBean(reader, n, i); });
    } else if (e.key == "spouts" || e.key == "bolts") {
        auto kind = e.key == "spouts" ? model::ComponentKind::Spout : model::ComponentKind::Bolt;
        readList(reader, e, "write a list of {id, className, parallelism} maps",
                 kind == model::ComponentKind::Spout ? spec.spouts : spec.bolts,
                 [&](const YAML::Node& n, std::size_t i) { return readComponent(reader, n, kind, i); });
    } else if (e.key == "streams") {
        readList(reader, e, "write a list of {from, to, grouping} maps", spec.streams,
                 [&](const YAML::Node& n, std::size_t i) { return readStream(reader, n, i); });
    } else if (e.key == "workerHooks") {
        reader.diagnostics().warning(e.keyLocation, "workerHooks are ignored by Teacup",
                                     "worker hooks are Java classes; Teacup runs without them");
    } else if (e.key == "topologySource") {
        reader.diagnostics().error(
            e.keyLocation, "topologySource is not supported: it is Java-only (a Java class that builds the topology)",
            "describe the topology with spouts, bolts and streams instead");
    }
}

} // namespace

model::TopologySpec readTopology(NodeReader& reader, const YAML::Node& root, bool isInclude) {
    model::TopologySpec spec;
    spec.sourceFile = reader.file();
    spec.nameLocation = reader.at(root);
    auto entries = reader.entries(root);
    reader.checkKeys(entries, kTopLevelKeys, "the topology file");
    for (const auto& e : entries) readSection(reader, e, spec, isInclude);
    return spec;
}

} // namespace teacup::flux
