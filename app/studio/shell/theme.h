// Light and dark themes: follow the desktop (Qt 6.4 has no colour-scheme hint, so dark is
// inferred from the startup palette's window lightness) unless View > Theme overrides it.
#pragma once

#include <QString>

namespace teacup::studio {

enum class ThemeChoice { System, Light, Dark };

// Remembers the desktop's palette; call once after QApplication exists, before applyTheme.
void captureSystemPalette();
// True when the desktop palette captured at startup is dark.
bool systemPrefersDark();
// Sets the application palette (Fusion style for explicit choices); returns whether the
// resulting theme is dark.
bool applyTheme(ThemeChoice choice);
QString themeName(ThemeChoice choice);
ThemeChoice themeFromName(const QString& name);

} // namespace teacup::studio
