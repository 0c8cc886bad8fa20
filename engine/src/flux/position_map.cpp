// Translation of substituted-text positions back to the original file.
#include "flux/position_map.h"

namespace teacup::flux {

PositionMap::Position PositionMap::original(int line, int column) const {
    if (m_lines.empty() || line < 0) return {line, column};
    if (static_cast<std::size_t>(line) >= m_lines.size()) {
        // Past the last line (end of input): keep the distance from the last mapped line.
        const Line& last = m_lines.back();
        return {last.originalLine + line - static_cast<int>(m_lines.size()) + 1, column};
    }
    const Line& l = m_lines[static_cast<std::size_t>(line)];
    const Segment* hit = nullptr;
    for (const auto& s : l.segments) {
        if (s.outColumn > column) break;
        hit = &s;
    }
    if (!hit) return {l.originalLine, column};
    if (!hit->verbatim) return {l.originalLine, hit->originalColumn};
    return {l.originalLine, hit->originalColumn + (column - hit->outColumn)};
}

} // namespace teacup::flux
