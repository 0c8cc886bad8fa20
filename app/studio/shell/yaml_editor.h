// The YAML pane: QScintilla with YAML highlighting, line numbers, diagnostic markers in the
// margin with the message as an annotation under the line, and goTo(line, col). Typing is
// reported once the user pauses (textEdited), so the document re-parses after a short
// debounce instead of on every key.
#pragma once

#include <QString>
#include <Qsci/qsciscintilla.h>

#include <teacup/common/diagnostics.h>

class QTimer;
class QsciLexerYAML;

namespace teacup::studio {

// GUI thread only. setDocumentText() replaces the text without reporting it back (and keeps
// the cursor line and scroll position when it can); undo of the document lives in the
// Document's QUndoStack, so Ctrl+Z / Ctrl+Y are left to the main window's actions.
class YamlEditor : public QsciScintilla {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    explicit YamlEditor(QWidget* parent = nullptr);

    void setDocumentText(const QString& text);
    // Markers and annotations for `diagnostics` whose file is `file` (or that name no file).
    void setDiagnostics(const Diagnostics& diagnostics);
    // 1-based line and column; moves the cursor there, shows the line and takes focus.
    void goTo(int line, int column);
    // Reports pending typing now (before saving or running).
    void flush();
    // Colours for a dark or light window.
    void setDark(bool dark);
    int markerCount() const { return m_markers; }

Q_SIGNALS:
    void textEdited(const QString& text);

private:
    void onTextChanged();

    QsciLexerYAML* m_lexer = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_applying = false;
    int m_markers = 0;
};

} // namespace teacup::studio
