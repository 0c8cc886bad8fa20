// Document: text, spec, diagnostics and undo. Loading and validating go through the same
// engine calls as `teacup validate` (flux::loadText, then validateTopology with the registry).
#include "shell/document.h"

#include <algorithm>
#include <map>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUndoStack>

#include <teacup/flux/flux.h>

#include "shell/flux_text_edit.h"
#include "shell/text_command.h"

namespace teacup::studio {

namespace {

std::string utf8(const QString& s) { return s.toStdString(); }

} // namespace

Document::Document(std::shared_ptr<const plugin::Registry> registry, QObject* parent)
    : QObject(parent), m_registry(std::move(registry)), m_undo(new QUndoStack(this)) {
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

QString Document::displayName() const { return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName(); }

bool Document::isModified() const { return !m_undo->isClean(); }

void Document::setPath(const QString& path) {
    if (path == m_path) return;
    m_path = path;
    Q_EMIT pathChanged(m_path);
}

bool Document::load(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("%1: cannot read the file (%2)").arg(path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_undo->clear();
    m_spec.reset();
    setPath(QFileInfo(path).absoluteFilePath());
    applyText(text);
    m_undo->setClean();
    return true;
}

void Document::newTopology(const QString& name) {
    m_undo->clear();
    m_spec.reset();
    setPath(QString());
    applyText(QString::fromStdString(fluxedit::newTopologyText(utf8(name))));
    m_undo->setClean();
}

bool Document::save(QString* error) {
    if (m_path.isEmpty()) {
        if (error) *error = tr("the topology has no file name yet; use Save As");
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = tr("%1: cannot write the file (%2)").arg(m_path, file.errorString());
        return false;
    }
    file.write(m_text.toUtf8());
    if (!file.commit()) {
        if (error) *error = tr("%1: cannot write the file (%2)").arg(m_path, file.errorString());
        return false;
    }
    m_undo->setClean();
    return true;
}

bool Document::saveAs(const QString& path, QString* error) {
    const QString old = m_path;
    m_path = QFileInfo(path).absoluteFilePath();
    if (!save(error)) {
        m_path = old;
        return false;
    }
    const QString now = m_path;
    m_path = old;
    setPath(now);
    reparse(); // diagnostics name the new file
    return true;
}

void Document::setTextFromEditor(const QString& text) {
    if (text == m_text) return;
    m_undo->push(new TextCommand(this, tr("Edit text"), m_text, text, true));
}

void Document::applyText(const QString& text) {
    m_text = text;
    Q_EMIT textChanged(m_text);
    reparse();
}

void Document::reparse() {
    const std::string name = m_path.isEmpty() ? std::string("untitled.yaml") : utf8(m_path);
    auto loaded = flux::loadText(utf8(m_text), name);
    m_diagnostics = loaded.diagnostics;
    if (loaded.spec && !loaded.diagnostics.hasErrors())
        m_diagnostics.append(model::validateTopology(*loaded.spec, *m_registry));
    // Text that does not parse keeps the last spec on the canvas while the user types.
    if (loaded.spec) m_spec = std::move(loaded.spec);
    Q_EMIT specChanged();
    Q_EMIT diagnosticsChanged();
}

QHash<QString, QStringList> Document::problemsByComponent(Severity severity) const {
    QHash<QString, QStringList> out;
    if (!m_spec) return out;
    // A problem inside a stream belongs to the bolt it feeds; elsewhere to the component its
    // message names, else to the closest component defined above its line.
    std::map<int, QString> components;
    for (const auto* list : {&m_spec->spouts, &m_spec->bolts})
        for (const auto& c : *list) components[c.location.line] = QString::fromStdString(c.id);
    std::map<int, QString> streams;
    for (const auto& s : m_spec->streams) streams[s.location.line] = QString::fromStdString(s.to);
    auto above = [](const std::map<int, QString>& byLine, int line) {
        auto it = byLine.upper_bound(line);
        return it == byLine.begin() ? QString() : std::prev(it)->second;
    };
    for (const auto& d : m_diagnostics.items()) {
        if (d.severity != severity) continue;
        const QString message = QString::fromStdString(d.message);
        const int line = d.location.line;
        QString id;
        if (line > 0 && !streams.empty() && line >= streams.begin()->first) id = above(streams, line);
        for (auto it = components.begin(); id.isEmpty() && it != components.end(); ++it)
            if (message.contains(QLatin1Char('\'') + it->second + QLatin1Char('\''))) id = it->second;
        if (id.isEmpty() && line > 0) id = above(components, line);
        if (!id.isEmpty()) out[id].append(message);
    }
    return out;
}

template <typename Edit> bool Document::edit(const QString& label, Edit&& makeText) {
    Result<std::string> next = makeText(utf8(m_text));
    if (!next) {
        m_lastError = QString::fromStdString(next.error().message);
        return false;
    }
    const QString after = QString::fromStdString(*next);
    m_lastError.clear();
    if (after == m_text) return true;
    m_undo->push(new TextCommand(this, label, m_text, after, false));
    return true;
}

QString Document::freshId(const QString& className) const {
    QString base = className.section(QLatin1Char('.'), -1);
    base.replace(QRegularExpression(QStringLiteral("([a-z0-9])([A-Z])")), QStringLiteral("\\1-\\2"));
    base = base.toLower();
    if (base.isEmpty()) base = QStringLiteral("component");
    auto taken = [this](const QString& id) {
        if (m_spec && m_spec->findComponent(utf8(id))) return true;
        return m_text.contains(QStringLiteral("id: \"%1\"").arg(id)) ||
               m_text.contains(QStringLiteral("id: %1\n").arg(id));
    };
    QString id = base;
    for (int n = 2; taken(id); ++n) id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

QString Document::addComponent(const QString& className) {
    auto kind = m_registry->classKind(utf8(className));
    const auto componentKind =
        kind == model::ClassKind::Spout ? model::ComponentKind::Spout : model::ComponentKind::Bolt;
    const QString id = freshId(className);
    return addComponentWithId(componentKind, id, className) ? id : QString();
}

bool Document::addComponentWithId(model::ComponentKind kind, const QString& id, const QString& className) {
    const QString label = kind == model::ComponentKind::Spout ? tr("Add spout %1") : tr("Add bolt %1");
    return edit(label.arg(id),
                [&](const std::string& t) { return fluxedit::addComponent(t, kind, utf8(id), utf8(className)); });
}

bool Document::removeComponent(const QString& id) {
    return edit(tr("Remove %1").arg(id), [&](const std::string& t) { return fluxedit::removeComponent(t, utf8(id)); });
}

bool Document::renameComponent(const QString& oldId, const QString& newId) {
    if (newId.trimmed().isEmpty()) {
        m_lastError = tr("a component id cannot be empty");
        return false;
    }
    return edit(tr("Rename %1 to %2").arg(oldId, newId),
                [&](const std::string& t) { return fluxedit::renameComponent(t, utf8(oldId), utf8(newId)); });
}

bool Document::setClassName(const QString& id, const QString& className) {
    return edit(tr("Set className of %1").arg(id),
                [&](const std::string& t) { return fluxedit::setClassName(t, utf8(id), utf8(className)); });
}

bool Document::setParallelism(const QString& id, int parallelism) {
    return edit(tr("Set parallelism of %1 to %2").arg(id).arg(parallelism),
                [&](const std::string& t) { return fluxedit::setParallelism(t, utf8(id), parallelism); });
}

bool Document::setProperty(const QString& id, const QString& name, const std::optional<Value>& value) {
    return edit(tr("Set property %1 of %2").arg(name, id),
                [&](const std::string& t) { return fluxedit::setProperty(t, utf8(id), utf8(name), value); });
}

bool Document::setConstructorArgs(const QString& id, const ValueList& args) {
    return edit(tr("Set constructorArgs of %1").arg(id),
                [&](const std::string& t) { return fluxedit::setConstructorArgs(t, utf8(id), args); });
}

bool Document::setComponentConfig(const QString& id, const QString& key, const std::optional<Value>& value) {
    return edit(tr("Set %1 of %2").arg(key, id),
                [&](const std::string& t) { return fluxedit::setComponentConfig(t, utf8(id), utf8(key), value); });
}

bool Document::setTopologyConfig(const QString& key, const std::optional<Value>& value) {
    return edit(tr("Set %1").arg(key),
                [&](const std::string& t) { return fluxedit::setTopologyConfig(t, utf8(key), value); });
}

bool Document::connectComponents(const QString& from, const QString& to, const model::GroupingDef& grouping) {
    model::StreamDef stream;
    stream.from = utf8(from);
    stream.to = utf8(to);
    stream.grouping = grouping;
    // Follow the file: name streams "a --> b" when the existing ones are named.
    if (m_spec && !m_spec->streams.empty() && !m_spec->streams.front().name.empty())
        stream.name = stream.from + " --> " + stream.to;
    return edit(tr("Connect %1 to %2").arg(from, to),
                [&](const std::string& t) { return fluxedit::addStream(t, stream); });
}

bool Document::removeStream(int streamIndex) {
    return edit(tr("Remove stream"), [&](const std::string& t) {
        return fluxedit::removeStream(t, static_cast<std::size_t>(std::max(0, streamIndex)));
    });
}

bool Document::setGrouping(int streamIndex, const model::GroupingDef& grouping) {
    return edit(tr("Set grouping to %1").arg(QString::fromLatin1(model::groupingTypeName(grouping.type))),
                [&](const std::string& t) {
                    return fluxedit::setGrouping(t, static_cast<std::size_t>(std::max(0, streamIndex)), grouping);
                });
}

std::optional<model::ComponentSchema> Document::schemaOf(const QString& id) const {
    if (!m_spec) return std::nullopt;
    const auto* def = m_spec->findComponent(utf8(id));
    if (!def || !m_registry->classKind(def->object.className)) return std::nullopt;
    auto schema = m_registry->describe(*def);
    if (!schema) return std::nullopt;
    return *schema;
}

} // namespace teacup::studio
