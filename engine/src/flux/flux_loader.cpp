// loadFile/loadText: the Flux pipeline (substitute, parse one YAML document, read beans,
// merge includes) behind a boundary that turns every exception into a diagnostic.
#include <teacup/flux/flux.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "flux/include_merger.h"
#include "flux/node_reader.h"
#include "flux/substitution.h"
#include "flux/topology_reader.h"
#include "flux/yaml_document.h"

namespace teacup::flux {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> readWholeFile(const fs::path& path, std::string& reason) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        reason = "no such file";
        return std::nullopt;
    }
    if (fs::is_directory(path, ec)) {
        reason = "it is a directory";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        reason = "it cannot be opened";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        reason = "reading failed";
        return std::nullopt;
    }
    return buffer.str();
}

// One file of the pipeline: substitution, YAML parsing and bean reading. Returns nullopt
// (with an error) when there is no topology map to read.
std::optional<model::TopologySpec> readFluxText(std::string_view text, const std::string& file,
                                                const SubstitutionSettings& baseSettings, bool isInclude,
                                                Diagnostics& diagnostics) {
    SubstitutionSettings settings = baseSettings;
    settings.file = file;
    SubstitutedText substituted = substitute(text, settings, diagnostics);
    NodeReader reader(file, substituted.positions, diagnostics);

    YamlDocument document;
    try {
        document = parseYamlDocument(substituted.text);
    } catch (const YAML::DeepRecursion& e) {
        diagnostics.error(reader.at(e.mark), "YAML nests deeper than " + std::to_string(e.depth()) + " levels",
                          "check for unbalanced [ or { brackets");
        return std::nullopt;
    } catch (const YAML::ParserException& e) {
        diagnostics.error(reader.at(e.mark), "YAML syntax error: " + e.msg,
                          "check the indentation, the brackets and the quotes around this place");
        return std::nullopt;
    }
    if (document.stuckAt) {
        diagnostics.error(reader.at(*document.stuckAt), "YAML syntax error: unexpected text",
                          "a ',' or other punctuation outside brackets cannot start a value; quote it");
        return std::nullopt;
    }
    if (document.empty || document.root.IsNull()) {
        diagnostics.error({file, 1, 1}, "empty topology file", "a Flux file needs at least name, spouts and bolts");
        return std::nullopt;
    }
    if (document.secondDocument)
        diagnostics.error(reader.at(*document.secondDocument), "the file holds more than one YAML document",
                          "Flux reads exactly one document: remove the second '---' or split the file");
    const YAML::Node& root = document.root;
    if (!root.IsMap()) {
        diagnostics.error(reader.at(root),
                          "a topology file must be a map of keys (name, spouts, bolts, streams...), not " +
                              describeNode(root),
                          "start the file with name: my-topology and list spouts, bolts and streams");
        return std::nullopt;
    }
    return readTopology(reader, root, isInclude);
}

void processIncludes(model::TopologySpec& spec, const fs::path& baseDir, const SubstitutionSettings& settings,
                     Diagnostics& diagnostics) {
    for (const auto& inc : spec.includes) {
        if (inc.resource) {
            diagnostics.error(inc.location, "classpath resource includes are not supported: Teacup has no classpath",
                              "use a file path relative to this file and set resource: false");
            continue;
        }
        if (inc.file.empty()) {
            diagnostics.error(inc.location, "include has no file", "add file: path/to/other.yaml");
            continue;
        }
        fs::path path = fs::path(inc.file).is_absolute() ? fs::path(inc.file) : baseDir / inc.file;
        std::string reason;
        auto text = readWholeFile(path, reason);
        if (!text) {
            diagnostics.error(inc.location, "cannot read included file '" + path.string() + "': " + reason,
                              "file paths are relative to the including file's folder");
            continue;
        }
        if (auto included = readFluxText(*text, path.string(), settings, true, diagnostics))
            mergeInclude(spec, std::move(*included), inc.override);
    }
}

LoadResult load(std::string_view text, const std::string& displayName, const fs::path& baseDir,
                const LoadOptions& options) {
    LoadResult result;
    Properties properties;
    SubstitutionSettings settings;
    settings.envFilter = options.envFilter;
    if (!options.filterFile.empty()) {
        auto read = readPropertiesFile(options.filterFile);
        if (!read) {
            result.diagnostics.error({options.filterFile, 0, 0}, read.error().message,
                                     "check the path given as the filter (--filter) file");
            return result;
        }
        properties = std::move(read.value());
        settings.properties = &properties;
    }
    auto spec = readFluxText(text, displayName, settings, false, result.diagnostics);
    if (!spec) return result;
    processIncludes(*spec, baseDir, settings, result.diagnostics);
    result.spec = std::move(spec);
    return result;
}

// The public boundary: nothing escapes, whatever yaml-cpp or the standard library throws.
template <typename Body> LoadResult guarded(const std::string& file, Body body) {
    try {
        return body();
    } catch (const std::exception& e) {
        LoadResult failed;
        failed.diagnostics.error({file, 0, 0}, std::string("internal error while reading the topology: ") + e.what(),
                                 "please report this file as a Teacup bug");
        return failed;
    } catch (...) {
        LoadResult failed;
        failed.diagnostics.error({file, 0, 0}, "internal error while reading the topology",
                                 "please report this file as a Teacup bug");
        return failed;
    }
}

} // namespace

LoadResult loadFile(const std::string& path, const LoadOptions& options) {
    return guarded(path, [&] {
        std::string reason;
        auto text = readWholeFile(path, reason);
        if (!text) {
            LoadResult failed;
            failed.diagnostics.error({path, 0, 0}, "cannot read topology file '" + path + "': " + reason,
                                     "check the path and the file's permissions");
            return failed;
        }
        return load(*text, path, fs::path(path).parent_path(), options);
    });
}

LoadResult loadText(const std::string& text, const std::string& displayName, const LoadOptions& options) {
    return guarded(displayName, [&] { return load(text, displayName, fs::path(), options); });
}

} // namespace teacup::flux
