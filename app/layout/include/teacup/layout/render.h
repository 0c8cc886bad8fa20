// Rendering a topology to a file (DOT, SVG or PNG) with Graphviz's `dot` layout, for
// `teacup graph` and the studio's export. Owns nothing between calls.
#pragma once

#include <optional>
#include <string>

#include <teacup/common/result.h>
#include <teacup/model/topology_spec.h>

namespace teacup::layout {

enum class Format { Dot, Svg, Png };

// "dot", "svg" or "png" (what `teacup graph --format` accepts); nullopt for anything else.
std::optional<Format> parseFormat(const std::string& name);
const char* formatName(Format format);

// Writes the topology to `outPath`, replacing an existing file. Format::Dot writes toDot(spec)
// unchanged (the source, not a laid-out graph); Svg and Png run the `dot` layout first.
// Errors: ErrorCode::Io when the file cannot be written (the message names the path and gives
// Graphviz's or the OS's reason), ErrorCode::Internal when Graphviz rejects the graph or the
// layout fails. Never prints: Graphviz's own warnings are captured and dropped or put in the
// error message. Safe to call from any thread; Graphviz calls are serialised inside.
Status renderFile(const model::TopologySpec& spec, Format format, const std::string& outPath);

} // namespace teacup::layout
