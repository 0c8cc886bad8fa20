// The canvas's colours and capacity classes: what a capacity figure or a component kind looks
// like, derived from the widget palette so light and dark themes both read well.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace teacup::studio {

// Capacity bands the canvas shows (and tests check). The colour inside a band follows Storm
// UI's topology visualisation gradient (capacityColor); the bands are Teacup's names for it:
// Idle = no capacity reported yet (spouts, or 0), Normal < 0.5, Busy 0.5 .. < 1, Saturated >= 1.
enum class CapacityClass { Idle, Normal, Busy, Saturated };

inline constexpr double kCapacityBusy = 0.5;
inline constexpr double kCapacitySaturated = 1.0;

CapacityClass capacityClass(double capacity);
// "idle", "normal", "busy", "saturated" (property and test names, not user text).
QString capacityClassName(CapacityClass c);
// Storm UI's bolt colour: red = floor(min(cap, 1) x 225) + 30, green = 255 - red, blue 0
// (docs: shared reference storm.md §5.7, visualization.js parseNode).
QColor capacityColor(double capacity);

// Every colour the canvas paints with, computed once per palette change.
struct CanvasColors {
    bool dark = false;          // window lightness < 128 (Qt 6.4 has no colorScheme())
    QColor background;
    QColor text;
    QColor mutedText;
    QColor spoutFill;           // warm
    QColor spoutBorder;
    QColor boltFill;            // cool
    QColor boltBorder;
    QColor missingBorder;
    QColor edge;
    QColor edgeLabel;
    QColor selection;
    QColor port;
    QColor error;
    QColor warning;
    QColor dead;                // killed / restarting badge
    QColor sparkline;

    static CanvasColors fromPalette(const QPalette& palette);
};

} // namespace teacup::studio
