// The time windows Teacup's metrics are read over (Storm UI's windows, plus the shorter
// 10 s and 1 min ones a local run needs). Names and lengths only; the counting is in metrics/.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace teacup::metrics {

enum class Window { TenSeconds, OneMinute, TenMinutes, AllTime };

inline constexpr std::size_t kWindowCount = 4;
inline constexpr std::array<Window, kWindowCount> kAllWindows{Window::TenSeconds, Window::OneMinute,
                                                              Window::TenMinutes, Window::AllTime};

inline constexpr std::size_t windowIndex(Window w) { return static_cast<std::size_t>(w); }

// Teacup's short names: "10s", "1m", "10m", "all-time" (CLI flags, studio combo box).
constexpr std::string_view windowName(Window w) {
    switch (w) {
    case Window::TenSeconds: return "10s";
    case Window::OneMinute: return "1m";
    case Window::TenMinutes: return "10m";
    case Window::AllTime: return "all-time";
    }
    return "all-time";
}

// Inverse of windowName(); nullopt for any other text.
constexpr std::optional<Window> parseWindow(std::string_view name) {
    for (Window w : kAllWindows)
        if (windowName(w) == name) return w;
    return std::nullopt;
}

// Length of the window in nanoseconds; 0 for AllTime (unbounded, counted since start).
constexpr std::int64_t windowNanos(Window w) {
    constexpr std::int64_t kSecond = 1'000'000'000;
    switch (w) {
    case Window::TenSeconds: return 10 * kSecond;
    case Window::OneMinute: return 60 * kSecond;
    case Window::TenMinutes: return 600 * kSecond;
    case Window::AllTime: return 0;
    }
    return 0;
}

} // namespace teacup::metrics
