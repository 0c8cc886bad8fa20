// Main window: files (open, save, recent), the welcome page, the title, screenshots.
#include "shell/main_window.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QStackedWidget>

#include "canvas/topology_canvas.h"
#include "shell/document.h"
#include "shell/welcome_page.h"
#include "shell/yaml_editor.h"

namespace teacup::studio {

namespace {

const QString kYamlFilter = QObject::tr("Flux YAML (*.yaml *.yml);;All files (*)");

} // namespace

bool MainWindow::openFile(const QString& path, QString* error) {
    if (!maybeSave()) return false;
    QString message;
    if (!m_document->load(path, &message)) {
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Open"), message);
        return false;
    }
    m_hasFile = true;
    addRecentFile(m_document->path());
    showCanvas();
    updateTitle();
    const std::size_t errors = m_document->diagnostics().errorCount();
    status(errors == 0 ? tr("Opened %1").arg(m_document->path())
                       : tr("Opened %1: %2 error(s), see Diagnostics").arg(m_document->path()).arg(errors));
    return true;
}

void MainWindow::newTopology() {
    if (!maybeSave()) return;
    m_document->newTopology();
    m_hasFile = true;
    showCanvas();
    updateTitle();
}

bool MainWindow::save(QString* error) {
    m_editor->flush();
    if (m_document->path().isEmpty()) return error ? false : saveAsDialog();
    QString message;
    if (!m_document->save(&message)) {
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Save"), message);
        return false;
    }
    status(tr("Saved %1").arg(m_document->path()));
    return true;
}

bool MainWindow::saveAs(const QString& path, QString* error) {
    m_editor->flush();
    QString message;
    if (!m_document->saveAs(path, &message)) {
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Save As"), message);
        return false;
    }
    addRecentFile(m_document->path());
    updateTitle();
    return true;
}

bool MainWindow::saveAsDialog() {
    const QString start = m_document->path().isEmpty() ? QDir::homePath() : m_document->path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Topology As"), start, kYamlFilter);
    return !path.isEmpty() && saveAs(path);
}

bool MainWindow::exportGraph(const QString& path, QString* error) {
    QString message;
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    const bool ok = svg ? m_canvas->exportSvg(path, &message) : m_canvas->exportPng(path, &message);
    if (!ok) {
        if (error) *error = message;
        else QMessageBox::warning(this, tr("Export Graph"), message);
        return false;
    }
    status(tr("Exported the graph to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportDialog() {
    const QString base = m_document->path().isEmpty() ? QDir::homePath() + QStringLiteral("/topology")
                                                       : m_document->path().section(QLatin1Char('.'), 0, -2);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), base + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty()) exportGraph(path);
}

void MainWindow::openDialog() {
    const QString start =
        m_document->path().isEmpty() ? sampleDirectory() : QFileInfo(m_document->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Topology"), start, kYamlFilter);
    if (!path.isEmpty()) openFile(path);
}

bool MainWindow::maybeSave() {
    m_editor->flush();
    if (!m_document->isModified()) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    return answer == QMessageBox::Discard || save();
}

void MainWindow::addRecentFile(const QString& path) {
    m_recent.removeAll(path);
    m_recent.prepend(path);
    while (m_recent.size() > kMaxRecentFiles) m_recent.removeLast();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    for (const QString& path : std::as_const(m_recent)) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
    m_welcome->setRecentFiles(m_recent);
}

void MainWindow::updateTitle() {
    setWindowTitle(m_hasFile ? tr("%1[*] — Teacup Studio").arg(m_document->displayName()) : tr("Teacup Studio"));
    setWindowModified(m_document->isModified());
    action(QStringLiteral("save"))->setEnabled(m_hasFile);
    action(QStringLiteral("save-as"))->setEnabled(m_hasFile);
}

void MainWindow::showCanvas() { m_centre->setCurrentWidget(m_canvas); }

bool MainWindow::welcomeShown() const { return m_centre->currentWidget() == m_welcome; }

bool MainWindow::saveScreenshots(const QString& dir, QString* error) {
    if (!QDir().mkpath(dir)) {
        if (error) *error = tr("%1: cannot create the folder").arg(dir);
        return false;
    }
    const QString windowPng = QDir(dir).filePath(QStringLiteral("main_window.png"));
    const QString canvasPng = QDir(dir).filePath(QStringLiteral("canvas.png"));
    if (!grab().save(windowPng) || !m_canvas->grab().save(canvasPng)) {
        if (error) *error = tr("%1: cannot write the screenshots").arg(dir);
        return false;
    }
    return true;
}

} // namespace teacup::studio
