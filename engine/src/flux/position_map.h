// Where a position in substituted text came from in the file as written, so diagnostics
// after `${...}` substitution still point at the user's line and column.
#pragma once

#include <vector>

namespace teacup::flux {

// Built by substitution, read by the YAML reader. All positions are 0-based, as yaml-cpp
// marks are. An empty map is the identity (no placeholder was replaced).
class PositionMap {
public:
    struct Segment {
        int outColumn = 0;      // first column of the segment in the substituted line
        int originalColumn = 0; // where it starts in the original line
        int length = 0;
        bool verbatim = true; // false: text that replaced a placeholder
    };
    struct Line {
        int originalLine = 0;
        std::vector<Segment> segments; // sorted by outColumn; empty = same columns
    };

    void addLine(Line line) { m_lines.push_back(std::move(line)); }
    bool empty() const { return m_lines.empty(); }

    struct Position {
        int line;
        int column;
    };
    // A position inside a substituted value maps to the start of its placeholder.
    Position original(int line, int column) const;

private:
    std::vector<Line> m_lines;
};

} // namespace teacup::flux
