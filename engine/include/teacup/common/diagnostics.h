// Validation results: every problem in a topology at once, each with its place in the file
// and a hint, printed as `FILE:LINE:COL: error: MESSAGE` (compiler style).
#pragma once

#include <string>
#include <vector>

namespace teacup {

// A position in a source file; line and column are 1-based, 0 when unknown.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation location;
    std::string message;
    std::string hint; // how to fix it; may be empty

    // `file:line:col: error: message (hint: ...)`; parts that are unknown are left out.
    std::string format() const {
        std::string out = location.file;
        if (location.line > 0) {
            out += ':' + std::to_string(location.line);
            if (location.column > 0) out += ':' + std::to_string(location.column);
        }
        if (!out.empty()) out += ": ";
        out += severity == Severity::Error ? "error: " : severity == Severity::Warning ? "warning: " : "note: ";
        out += message;
        if (!hint.empty()) out += " (hint: " + hint + ")";
        return out;
    }
};

class Diagnostics {
public:
    void add(Diagnostic d) { m_items.push_back(std::move(d)); }
    void error(SourceLocation at, std::string message, std::string hint = {}) {
        add({Severity::Error, std::move(at), std::move(message), std::move(hint)});
    }
    void warning(SourceLocation at, std::string message, std::string hint = {}) {
        add({Severity::Warning, std::move(at), std::move(message), std::move(hint)});
    }
    void append(const Diagnostics& other) {
        m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
    }

    bool hasErrors() const {
        for (const auto& d : m_items)
            if (d.severity == Severity::Error) return true;
        return false;
    }
    std::size_t errorCount() const {
        std::size_t n = 0;
        for (const auto& d : m_items) n += d.severity == Severity::Error;
        return n;
    }
    const std::vector<Diagnostic>& items() const { return m_items; }
    bool empty() const { return m_items.empty(); }

private:
    std::vector<Diagnostic> m_items;
};

} // namespace teacup
