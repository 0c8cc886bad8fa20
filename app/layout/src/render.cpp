// renderFile: writes DOT text directly and lets Graphviz's renderers write SVG and PNG,
// turning Graphviz's reports (which it would print) into a Status that names the path.
#include <teacup/layout/render.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <teacup/layout/dot_writer.h>

#include "graphviz_run.h"

namespace teacup::layout {

namespace {

Error cannotWrite(const std::string& outPath, const std::string& reason) {
    return makeError(ErrorCode::Io, "cannot write graph to '" + outPath + "': " + reason);
}

Status writeText(const std::string& text, const std::string& outPath) {
    errno = 0;
    std::ofstream out(outPath, std::ios::binary | std::ios::trunc);
    if (out) out << text;
    if (out) out.close();
    if (!out) return cannotWrite(outPath, errno ? std::strerror(errno) : "write failed");
    return {};
}

Status renderWithGraphviz(const model::TopologySpec& spec, Format format, const std::string& outPath) {
    // Open the file first so the usual failure (bad folder, no permission) reads like the OS's
    // and costs no layout; this also truncates a stale file.
    if (Status writable = writeText({}, outPath); !writable) return writable;
    auto run = GraphvizRun::layOut(toDot(spec));
    if (!run) return run.error();
    GraphvizRun& laidOut = **run;
    // gvRenderFilename returns 0 even when it cannot open the file (Graphviz 2.42): the
    // error only shows in the captured messages, so check both.
    const int rc = gvRenderFilename(laidOut.context(), laidOut.graph(), formatName(format), outPath.c_str());
    const std::string messages = laidOut.messages().take();
    if (rc != 0 || laidOut.messages().hadError())
        return cannotWrite(outPath, messages.empty() ? "Graphviz reported a failure" : messages);
    return {};
}

} // namespace

std::optional<Format> parseFormat(const std::string& name) {
    for (Format f : {Format::Dot, Format::Svg, Format::Png})
        if (name == formatName(f)) return f;
    return std::nullopt;
}

const char* formatName(Format format) {
    switch (format) {
    case Format::Dot: return "dot";
    case Format::Svg: return "svg";
    case Format::Png: return "png";
    }
    return "dot";
}

Status renderFile(const model::TopologySpec& spec, Format format, const std::string& outPath) {
    if (outPath.empty()) return makeError(ErrorCode::InvalidInput, "no output path given for the graph");
    if (format == Format::Dot) return writeText(toDot(spec), outPath);
    return renderWithGraphviz(spec, format, outPath);
}

} // namespace teacup::layout
