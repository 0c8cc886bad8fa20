// The open topology: its file path, its YAML text (the source of truth), the TopologySpec
// parsed from that text, the validation diagnostics, and the undo stack of every change.
// Model edits (add, connect, set parallelism, ...) rewrite only the part of the text they
// change (fluxedit), so comments and key order of the file survive.
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <teacup/common/diagnostics.h>
#include <teacup/model/catalog.h>
#include <teacup/model/topology_spec.h>
#include <teacup/plugin/registry.h>

class QUndoStack;

namespace teacup::studio {

// Lifecycle: one per main window, GUI thread only. Every change of the text, from a model
// edit or from the YAML editor, is one QUndoCommand holding the text before and after, so
// undo gives back the earlier text byte for byte and the two kinds of change interleave
// safely. After each change the text is parsed and validated synchronously (small files;
// the editor debounces typing) and specChanged/diagnosticsChanged fire.
// Model edits return false (and set lastError) when the edit does not apply (unknown id,
// duplicate id, text that is not YAML); the text is then left unchanged.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(std::shared_ptr<const plugin::Registry> registry, QObject* parent = nullptr);
    ~Document() override;

    QString path() const { return m_path; }
    QString displayName() const;
    QString text() const { return m_text; }
    bool isModified() const;
    // The spec of the current text, when it parsed as Flux (even with semantic errors).
    const std::optional<model::TopologySpec>& spec() const { return m_spec; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    // Problems by component id (for the canvas badges).
    QHash<QString, QStringList> problemsByComponent(Severity severity) const;
    QUndoStack* undoStack() const { return m_undo; }
    const plugin::Registry& registry() const { return *m_registry; }
    QString lastError() const { return m_lastError; }

    // Replaces everything with the file's text; clears the undo stack. false on read error.
    bool load(const QString& path, QString* error = nullptr);
    // An unnamed new topology ("name: ..." only).
    void newTopology(const QString& name = QStringLiteral("my-topology"));
    // Writes the text as it is; marks the stack clean.
    bool save(QString* error = nullptr);
    bool saveAs(const QString& path, QString* error = nullptr);

    // Text typed in the YAML editor: one undoable step (merged with the previous editor step
    // while the user keeps typing). No-op when equal to the current text.
    void setTextFromEditor(const QString& text);

    // --- Model edits, each one undoable step ---
    // Adds a spout or bolt (kind from the catalog; unknown classes become bolts) with a fresh
    // id derived from the className; returns the id, or "" on failure.
    QString addComponent(const QString& className);
    bool addComponentWithId(model::ComponentKind kind, const QString& id, const QString& className);
    bool removeComponent(const QString& id);
    bool renameComponent(const QString& oldId, const QString& newId);
    bool setClassName(const QString& id, const QString& className);
    bool setParallelism(const QString& id, int parallelism);
    bool setProperty(const QString& id, const QString& name, const std::optional<Value>& value);
    bool setConstructorArgs(const QString& id, const ValueList& args);
    bool setComponentConfig(const QString& id, const QString& key, const std::optional<Value>& value);
    bool setTopologyConfig(const QString& key, const std::optional<Value>& value);
    bool connectComponents(const QString& from, const QString& to, const model::GroupingDef& grouping);
    bool removeStream(int streamIndex);
    bool setGrouping(int streamIndex, const model::GroupingDef& grouping);

    // An id not used yet, from the className's last part ("teacup.core.SplitSentence" ->
    // "split-sentence", then "split-sentence-2", ...).
    QString freshId(const QString& className) const;
    // What the catalog knows of component `id`'s output (streams and fields), if anything.
    std::optional<model::ComponentSchema> schemaOf(const QString& id) const;

    // Used by the undo commands: sets the text and re-parses.
    void applyText(const QString& text);

Q_SIGNALS:
    void textChanged(const QString& text);
    void specChanged();
    void diagnosticsChanged();
    void pathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    template <typename Edit> bool edit(const QString& label, Edit&& makeText);
    void reparse();
    void setPath(const QString& path);

    std::shared_ptr<const plugin::Registry> m_registry;
    QString m_path;
    QString m_text;
    std::optional<model::TopologySpec> m_spec;
    Diagnostics m_diagnostics;
    QUndoStack* m_undo = nullptr;
    QString m_lastError;
};

} // namespace teacup::studio
