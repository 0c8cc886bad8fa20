// Helpers shared by the Flux tests: finding a diagnostic by severity, position and text,
// printing all of them when a check fails, and writing fixture files.
#pragma once

#include <fstream>
#include <string>

#include <QString>

#include <teacup/common/diagnostics.h>

namespace teacup::test {

inline QString q(const std::string& s) { return QString::fromStdString(s); }

inline QString describe(const Diagnostics& diagnostics) {
    QString out;
    for (const auto& d : diagnostics.items()) out += q(d.format()) + '\n';
    return out.isEmpty() ? QStringLiteral("(no diagnostics)") : out;
}

// The first diagnostic of `severity` whose message or hint contains `text`; line and
// column are checked only when non-zero.
inline const Diagnostic* findDiagnostic(const Diagnostics& diagnostics, Severity severity, const std::string& text,
                                        int line = 0, int column = 0) {
    for (const auto& d : diagnostics.items()) {
        if (d.severity != severity) continue;
        if (d.message.find(text) == std::string::npos && d.hint.find(text) == std::string::npos) continue;
        if (line && d.location.line != line) continue;
        if (column && d.location.column != column) continue;
        return &d;
    }
    return nullptr;
}

inline void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

} // namespace teacup::test

#include <QTest>

#include <teacup/flux/spec_compare.h>

namespace teacup {
// Readable QCOMPARE failures for values (found by argument-dependent lookup).
inline char* toString(const Value& v) { return qstrdup(flux::describeValue(v).c_str()); }
} // namespace teacup
