// Palette-derived colours for the canvas and Storm UI's capacity gradient.
#include "canvas/canvas_colors.h"

#include <algorithm>
#include <cmath>

namespace teacup::studio {

namespace {
constexpr int kDarkLightness = 128;
constexpr double kStormRedSpan = 225.0;  // Storm UI: red = floor(cap * 225) + 30
constexpr int kStormRedBase = 30;
} // namespace

CapacityClass capacityClass(double capacity) {
    if (!(capacity > 0.0)) return CapacityClass::Idle;
    if (capacity >= kCapacitySaturated) return CapacityClass::Saturated;
    if (capacity >= kCapacityBusy) return CapacityClass::Busy;
    return CapacityClass::Normal;
}

QString capacityClassName(CapacityClass c) {
    switch (c) {
    case CapacityClass::Idle: return QStringLiteral("idle");
    case CapacityClass::Normal: return QStringLiteral("normal");
    case CapacityClass::Busy: return QStringLiteral("busy");
    case CapacityClass::Saturated: return QStringLiteral("saturated");
    }
    return QStringLiteral("idle");
}

QColor capacityColor(double capacity) {
    const double clamped = std::clamp(capacity, 0.0, 1.0);
    const int red = static_cast<int>(std::floor(clamped * kStormRedSpan)) + kStormRedBase;
    return QColor(red, 255 - red, 0);
}

CanvasColors CanvasColors::fromPalette(const QPalette& palette) {
    CanvasColors c;
    c.background = palette.color(QPalette::Base);
    c.dark = palette.color(QPalette::Window).lightness() < kDarkLightness;
    c.text = palette.color(QPalette::Text);
    c.mutedText = c.text;
    c.mutedText.setAlphaF(0.65f);
    if (c.dark) {
        c.spoutFill = QColor(0x5a, 0x3a, 0x1c);
        c.spoutBorder = QColor(0xf0, 0x9a, 0x3e);
        c.boltFill = QColor(0x1d, 0x3b, 0x55);
        c.boltBorder = QColor(0x5c, 0xa8, 0xe8);
        c.missingBorder = QColor(0xe0, 0x60, 0x60);
        c.error = QColor(0xff, 0x5c, 0x5c);
        c.warning = QColor(0xf5, 0xc2, 0x42);
        c.dead = QColor(0xff, 0x4f, 0x8b);
    } else {
        c.spoutFill = QColor(0xfd, 0xe8, 0xcf);
        c.spoutBorder = QColor(0xd0, 0x6a, 0x10);
        c.boltFill = QColor(0xdd, 0xeb, 0xf8);
        c.boltBorder = QColor(0x2f, 0x6e, 0xb0);
        c.missingBorder = QColor(0xb0, 0x30, 0x30);
        c.error = QColor(0xc6, 0x28, 0x28);
        c.warning = QColor(0xc7, 0x8a, 0x00);
        c.dead = QColor(0xc2, 0x18, 0x5b);
    }
    c.edge = c.mutedText;
    c.edgeLabel = c.mutedText;
    c.selection = palette.color(QPalette::Highlight);
    c.port = c.selection;
    c.sparkline = c.dark ? QColor(0x8f, 0xd1, 0x8f) : QColor(0x2e, 0x7d, 0x32);
    return c;
}

} // namespace teacup::studio
