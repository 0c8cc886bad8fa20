// QScintilla set up for Flux YAML: lexer, margins, markers, annotations, debounce.
#include "shell/yaml_editor.h"

#include <QFontDatabase>
#include <QTimer>
#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexeryaml.h>

namespace teacup::studio {

namespace {

constexpr int kErrorMarker = 0;
constexpr int kWarningMarker = 1;
constexpr int kErrorAnnotationStyle = 200; // style numbers past the lexer's own
constexpr int kWarningAnnotationStyle = 201;

} // namespace

YamlEditor::YamlEditor(QWidget* parent) : QsciScintilla(parent), m_lexer(new QsciLexerYAML(this)) {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(mono);
    m_lexer->setFont(mono);
    setLexer(m_lexer);
    setUtf8(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setAutoIndent(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginMarkerMask(1, (1 << kErrorMarker) | (1 << kWarningMarker));
    markerDefine(QsciScintilla::Circle, kErrorMarker);
    markerDefine(QsciScintilla::Circle, kWarningMarker);
    setMarkerBackgroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    setMarkerForegroundColor(QColor(0xd3, 0x2f, 0x2f), kErrorMarker);
    setMarkerBackgroundColor(QColor(0xf0, 0xa0, 0x20), kWarningMarker);
    setMarkerForegroundColor(QColor(0xf0, 0xa0, 0x20), kWarningMarker);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    setCaretLineVisible(true);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    // Undo/redo belong to the document's stack (the main window's Edit actions).
    for (QsciCommand* command : standardCommands()->commands()) {
        if (command->command() == QsciCommand::Undo || command->command() == QsciCommand::Redo) {
            command->setKey(0);
            command->setAlternateKey(0);
        }
    }
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT textEdited(text()); });
    connect(this, &QsciScintilla::textChanged, this, &YamlEditor::onTextChanged);
    setDark(false);
}

void YamlEditor::onTextChanged() {
    if (!m_applying) m_debounce->start();
}

void YamlEditor::flush() {
    if (!m_debounce->isActive()) return;
    m_debounce->stop();
    Q_EMIT textEdited(text());
}

void YamlEditor::setDocumentText(const QString& newText) {
    if (newText == text()) return;
    m_debounce->stop();
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const int first = firstVisibleLine();
    m_applying = true;
    setText(newText);
    m_applying = false;
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setCursorPosition(std::min(line, std::max(0, lines() - 1)), index);
    setFirstVisibleLine(first);
}

void YamlEditor::setDiagnostics(const Diagnostics& diagnostics) {
    markerDeleteAll();
    clearAnnotations();
    m_markers = 0;
    QHash<int, QStringList> errors;
    QHash<int, QStringList> warnings;
    for (const auto& d : diagnostics.items()) {
        if (d.location.line <= 0 || d.severity == Severity::Note) continue;
        QString message = QString::fromStdString(d.message);
        if (!d.hint.empty()) message += tr(" (hint: %1)").arg(QString::fromStdString(d.hint));
        (d.severity == Severity::Error ? errors : warnings)[d.location.line - 1].append(message);
    }
    auto mark = [this](const QHash<int, QStringList>& byLine, int marker, int style) {
        for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
            markerAdd(it.key(), marker);
            QString existing = annotation(it.key());
            annotate(it.key(),
                     (existing.isEmpty() ? QString() : existing + QLatin1Char('\n')) +
                         it.value().join(QLatin1Char('\n')),
                     style);
            ++m_markers;
        }
    };
    mark(warnings, kWarningMarker, kWarningAnnotationStyle);
    mark(errors, kErrorMarker, kErrorAnnotationStyle);
}

void YamlEditor::goTo(int line, int column) {
    const int l = std::max(0, line - 1);
    setCursorPosition(l, std::max(0, column - 1));
    ensureLineVisible(l);
    setFocus();
}

void YamlEditor::setDark(bool dark) {
    const QColor paper = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
    const QColor ink = dark ? QColor(0xdc, 0xdc, 0xdc) : QColor(Qt::black);
    m_lexer->setDefaultPaper(paper);
    m_lexer->setPaper(paper);
    m_lexer->setDefaultColor(ink);
    m_lexer->setColor(ink, QsciLexerYAML::Default);
    m_lexer->setColor(dark ? QColor(0x8f, 0xbc, 0x8f) : QColor(0x00, 0x7f, 0x00), QsciLexerYAML::Comment);
    m_lexer->setColor(dark ? QColor(0x7a, 0xb8, 0xf5) : QColor(0x00, 0x00, 0x9f), QsciLexerYAML::Identifier);
    m_lexer->setColor(dark ? QColor(0xe6, 0xb4, 0x6e) : QColor(0x7f, 0x00, 0x7f), QsciLexerYAML::Number);
    m_lexer->setColor(dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x88, 0x00, 0x88), QsciLexerYAML::Keyword);
    m_lexer->setColor(ink, QsciLexerYAML::Operator);
    setMarginsBackgroundColor(dark ? QColor(0x2b, 0x2d, 0x30) : QColor(0xf0, 0xf0, 0xf0));
    setMarginsForegroundColor(dark ? QColor(0x90, 0x90, 0x90) : QColor(0x60, 0x60, 0x60));
    setCaretForegroundColor(ink);
    setCaretLineBackgroundColor(dark ? QColor(0x2a, 0x2c, 0x30) : QColor(0xf5, 0xf7, 0xfa));
    SendScintilla(SCI_STYLESETFORE, kErrorAnnotationStyle, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    SendScintilla(SCI_STYLESETBACK, kErrorAnnotationStyle, dark ? QColor(0x3a, 0x20, 0x20) : QColor(0xfd, 0xec, 0xea));
    SendScintilla(SCI_STYLESETFORE, kWarningAnnotationStyle,
                  dark ? QColor(0xff, 0xd0, 0x80) : QColor(0x80, 0x50, 0x00));
    SendScintilla(SCI_STYLESETBACK, kWarningAnnotationStyle,
                  dark ? QColor(0x3a, 0x32, 0x20) : QColor(0xff, 0xf6, 0xe0));
}

} // namespace teacup::studio
