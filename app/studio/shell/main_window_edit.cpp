// Main window: keeps the canvas, the YAML editor, the property editor and the diagnostics in
// step with the Document, and turns canvas gestures into Document edits.
#include "shell/main_window.h"

#include <QAction>
#include <QDockWidget>
#include <QListView>
#include <QStatusBar>
#include <QUndoStack>

#include "canvas/topology_canvas.h"
#include "live/stats_panel.h"
#include "shell/connect_dialog.h"
#include "shell/diagnostics_model.h"
#include "shell/document.h"
#include "shell/palette_widget.h"
#include "shell/property_editor.h"
#include "shell/yaml_editor.h"

namespace teacup::studio {

void MainWindow::connectDocument() {
    connect(m_document, &Document::textChanged, m_editor, &YamlEditor::setDocumentText);
    connect(m_editor, &YamlEditor::textEdited, m_document, &Document::setTextFromEditor);
    connect(m_document, &Document::specChanged, this, &MainWindow::onSpecChanged);
    connect(m_document, &Document::diagnosticsChanged, this, &MainWindow::onDiagnosticsChanged);
    connect(m_document, &Document::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document, &Document::pathChanged, this, [this] { updateTitle(); });
    connect(m_diagnosticsView, &QListView::activated, this, [this](const QModelIndex& index) {
        const int line = index.data(DiagnosticsModel::LineRole).toInt();
        if (line <= 0) return;
        m_docks.value(QStringLiteral("yaml"))->show();
        m_docks.value(QStringLiteral("yaml"))->raise();
        m_editor->goTo(line, index.data(DiagnosticsModel::ColumnRole).toInt());
    });
    connect(m_palette, &PaletteWidget::componentActivated, this, [this](const QString& className) {
        if (!m_hasFile) newTopology();
        const QString id = m_document->addComponent(className);
        if (id.isEmpty()) status(m_document->lastError());
    });
    connect(m_properties, &PropertyEditor::editFailed, this, &MainWindow::status);
    connect(m_properties, &PropertyEditor::componentRenamed, this, [this](const QString& id) {
        connect(
            m_canvas, &TopologyCanvas::layoutFinished, this, [this, id] { m_canvas->selectComponent(id); },
            Qt::SingleShotConnection);
    });
}

void MainWindow::connectCanvas() {
    connect(m_canvas, &TopologyCanvas::componentDropped, this, &MainWindow::onComponentDropped);
    connect(m_canvas, &TopologyCanvas::connectRequested, this, &MainWindow::onConnectRequested);
    connect(m_canvas, &TopologyCanvas::componentSelected, this, &MainWindow::onComponentSelected);
    connect(m_canvas, &TopologyCanvas::componentActivated, this, [this](const QString& id) {
        m_docks.value(QStringLiteral("yaml"))->show();
        m_docks.value(QStringLiteral("yaml"))->raise();
        goToComponent(id, true);
    });
    connect(m_canvas, &TopologyCanvas::deleteRequested, this, [this](const QString& id) {
        if (!m_document->removeComponent(id)) status(m_document->lastError());
    });
}

void MainWindow::onSpecChanged() {
    if (m_document->spec()) m_canvas->setTopology(*m_document->spec());
}

void MainWindow::onDiagnosticsChanged() {
    const Diagnostics& diagnostics = m_document->diagnostics();
    m_editor->setDiagnostics(diagnostics);
    m_diagnostics->setDiagnostics(diagnostics);
    m_canvas->setDiagnostics(m_document->problemsByComponent(Severity::Error),
                             m_document->problemsByComponent(Severity::Warning));
    const int errors = m_diagnostics->errorCount();
    const int total = m_diagnostics->rowCount();
    QDockWidget* dock = m_docks.value(QStringLiteral("diagnostics"));
    dock->setWindowTitle(total == 0 ? tr("Diagnostics") : tr("Diagnostics (%1)").arg(total));
    if (errors > 0) status(tr("%n error(s) in the topology; see Diagnostics", nullptr, errors));
}

void MainWindow::onComponentDropped(const QString& className, const QPointF& scenePos) {
    if (!m_hasFile) newTopology();
    const QString id = m_document->addComponent(className);
    if (id.isEmpty()) {
        status(m_document->lastError());
        return;
    }
    QHash<QString, QPointF> positions = m_canvas->userPositions();
    positions.insert(id, scenePos);
    m_canvas->setUserPositions(positions);
    connect(
        m_canvas, &TopologyCanvas::layoutFinished, this, [this, id] { m_canvas->selectComponent(id); },
        Qt::SingleShotConnection);
}

void MainWindow::onConnectRequested(const QString& from, const QString& to) {
    ConnectDialog dialog(from, to, m_document->schemaOf(from), this);
    if (dialog.exec() != QDialog::Accepted) return;
    if (!m_document->connectComponents(from, to, dialog.grouping())) status(m_document->lastError());
}

void MainWindow::onComponentSelected(const QString& id) {
    m_properties->setComponent(id);
    if (m_stats->selectedComponent() != id) m_stats->selectComponent(id);
    if (!id.isEmpty()) goToComponent(id, false);
}

void MainWindow::goToComponent(const QString& id, bool focus) {
    const auto& spec = m_document->spec();
    const auto* def = spec ? spec->findComponent(id.toStdString()) : nullptr;
    if (!def || def->location.line <= 0) return;
    QWidget* had = focusWidget();
    m_editor->goTo(def->location.line, def->location.column);
    if (!focus && had) had->setFocus();
}

} // namespace teacup::studio
