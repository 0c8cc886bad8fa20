// Property editor: form fields and three key/value tables, each change an undoable edit.
#include "shell/property_editor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "shell/document.h"
#include "shell/stream_inputs_editor.h"
#include "shell/yaml_render.h"

namespace teacup::studio {

namespace {

constexpr int kMaxParallelism = 1024;
constexpr int kOriginalKeyRole = Qt::UserRole + 1;

QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(70);
    return table;
}

QTableWidgetItem* keyItem(const QString& key) {
    auto* item = new QTableWidgetItem(key);
    item->setData(kOriginalKeyRole, key);
    return item;
}

QString text(const Value& v) { return QString::fromStdString(valueToText(v)); }
Value parsed(const QString& s) { return parseValueText(s.toStdString()); }

} // namespace

PropertyEditor::PropertyEditor(Document* document, QWidget* parent) : QWidget(parent), m_document(document) {
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_idEdit = new QLineEdit(this);
    m_classEdit = new QLineEdit(this);
    m_parallelism = new QSpinBox(this);
    m_parallelism->setRange(1, kMaxParallelism);
    m_componentForm = new QWidget(this);
    auto* form = new QFormLayout(m_componentForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("id"), m_idEdit);
    form->addRow(tr("className"), m_classEdit);
    form->addRow(tr("parallelism"), m_parallelism);
    m_properties = makeTable(2, {tr("name"), tr("value")}, this);
    m_args = makeTable(1, {tr("value")}, this);
    m_config = makeTable(2, {tr("key"), tr("value")}, this);
    QGroupBox* configBox = nullptr;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_componentForm);
    layout->addWidget(tableBox(tr("properties"), m_properties, &m_propertiesBox));
    layout->addWidget(tableBox(tr("constructorArgs"), m_args, &m_argsBox));
    layout->addWidget(tableBox(tr("config"), m_config, &configBox));
    m_inputsBox = new QGroupBox(tr("inputs (grouping of each stream into this bolt)"), this);
    m_inputs = new StreamInputsEditor(document, m_inputsBox);
    auto* inputsLayout = new QVBoxLayout(m_inputsBox);
    inputsLayout->setContentsMargins(4, 4, 4, 4);
    inputsLayout->addWidget(m_inputs);
    layout->insertWidget(layout->indexOf(m_componentForm) + 1, m_inputsBox);
    connect(m_inputs, &StreamInputsEditor::editFailed, this, &PropertyEditor::editFailed);

    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        const QString id = m_idEdit->text().trimmed();
        if (m_filling || m_id.isEmpty() || id == m_id) return;
        const QString old = m_id;
        if (m_document->renameComponent(old, id)) {
            m_id = id;
            Q_EMIT componentRenamed(id);
        } else {
            report(false);
        }
    });
    connect(m_classEdit, &QLineEdit::editingFinished, this, [this] {
        const QString cls = m_classEdit->text().trimmed();
        const auto* def = m_document->spec() ? m_document->spec()->findComponent(m_id.toStdString()) : nullptr;
        if (m_filling || !def || cls.toStdString() == def->object.className) return;
        report(m_document->setClassName(m_id, cls));
    });
    connect(m_parallelism, &QSpinBox::valueChanged, this, [this](int value) {
        const auto* def = m_document->spec() ? m_document->spec()->findComponent(m_id.toStdString()) : nullptr;
        if (m_filling || !def || def->parallelism == value) return;
        report(m_document->setParallelism(m_id, value));
    });
    connect(m_properties, &QTableWidget::itemChanged, this, &PropertyEditor::onPropertyChanged);
    connect(m_args, &QTableWidget::itemChanged, this, [this] { onArgChanged(); });
    connect(m_config, &QTableWidget::itemChanged, this, &PropertyEditor::onConfigChanged);
    connect(m_document, &Document::specChanged, this, &PropertyEditor::scheduleRefresh);
    refresh();
}

QWidget* PropertyEditor::tableBox(const QString& title, QTableWidget* table, QGroupBox** box) {
    *box = new QGroupBox(title, this);
    auto* add = new QPushButton(tr("Add"), *box);
    auto* remove = new QPushButton(tr("Remove"), *box);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(*box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, table] { addRow(table); });
    connect(remove, &QPushButton::clicked, this, [this, table] { removeRow(table); });
    return *box;
}

void PropertyEditor::setComponent(const QString& id) {
    m_id = id;
    refresh();
}

void PropertyEditor::scheduleRefresh() {
    // Edits come from inside the tables' own signals; rebuild them after those return.
    if (m_refreshQueued) return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void PropertyEditor::refresh() {
    const auto& spec = m_document->spec();
    const auto* def = spec && !m_id.isEmpty() ? spec->findComponent(m_id.toStdString()) : nullptr;
    if (!def) m_id.clear();
    m_filling = true;
    const bool component = def != nullptr;
    m_componentForm->setVisible(component);
    m_propertiesBox->setVisible(component);
    m_argsBox->setVisible(component);
    m_inputsBox->setVisible(def && def->kind == model::ComponentKind::Bolt);
    m_inputs->setComponent(def ? m_id : QString());
    if (def) {
        m_title->setText(tr("%1 %2").arg(def->kind == model::ComponentKind::Spout ? tr("Spout") : tr("Bolt"), m_id));
        if (!m_idEdit->hasFocus()) m_idEdit->setText(m_id);
        if (!m_classEdit->hasFocus()) m_classEdit->setText(QString::fromStdString(def->object.className));
        m_parallelism->setValue(def->parallelism);
    } else {
        m_title->setText(spec ? tr("Topology %1").arg(QString::fromStdString(spec->name)) : tr("No topology"));
    }
    fillTables();
    m_filling = false;
}

void PropertyEditor::fillTables() {
    const auto& spec = m_document->spec();
    const auto* def = spec && !m_id.isEmpty() ? spec->findComponent(m_id.toStdString()) : nullptr;
    m_properties->setRowCount(0);
    m_args->setRowCount(0);
    m_config->setRowCount(0);
    if (!spec) return;
    if (def) {
        for (const auto& [name, value] : def->object.properties) {
            const int row = m_properties->rowCount();
            m_properties->insertRow(row);
            m_properties->setItem(row, 0, keyItem(QString::fromStdString(name)));
            m_properties->setItem(row, 1, new QTableWidgetItem(text(value)));
        }
        for (const auto& value : def->object.constructorArgs) {
            const int row = m_args->rowCount();
            m_args->insertRow(row);
            m_args->setItem(row, 0, new QTableWidgetItem(text(value)));
        }
    }
    const Config& config = def ? def->config : spec->config;
    for (const auto& [key, value] : config) {
        const int row = m_config->rowCount();
        m_config->insertRow(row);
        m_config->setItem(row, 0, keyItem(QString::fromStdString(key)));
        m_config->setItem(row, 1, new QTableWidgetItem(text(value)));
    }
}

void PropertyEditor::report(bool ok) {
    if (!ok) Q_EMIT editFailed(m_document->lastError());
}

void PropertyEditor::onPropertyChanged(QTableWidgetItem* item) {
    if (m_filling || m_id.isEmpty()) return;
    const int row = item->row();
    const QString oldName = m_properties->item(row, 0)->data(kOriginalKeyRole).toString();
    const QString name = m_properties->item(row, 0)->text().trimmed();
    const QTableWidgetItem* valueItem = m_properties->item(row, 1);
    const Value value = parsed(valueItem ? valueItem->text() : QString());
    m_document->undoStack()->beginMacro(tr("Set property %1 of %2").arg(name, m_id));
    bool ok = true;
    if (name != oldName) ok = m_document->setProperty(m_id, oldName, std::nullopt);
    if (ok && !name.isEmpty()) ok = m_document->setProperty(m_id, name, value);
    m_document->undoStack()->endMacro();
    report(ok);
}

void PropertyEditor::onArgChanged() {
    if (m_filling || m_id.isEmpty()) return;
    ValueList args;
    for (int row = 0; row < m_args->rowCount(); ++row) {
        const QTableWidgetItem* item = m_args->item(row, 0);
        args.push_back(parsed(item ? item->text() : QString()));
    }
    report(m_document->setConstructorArgs(m_id, args));
}

void PropertyEditor::onConfigChanged(QTableWidgetItem* item) {
    if (m_filling) return;
    const int row = item->row();
    const QString oldKey = m_config->item(row, 0)->data(kOriginalKeyRole).toString();
    const QString key = m_config->item(row, 0)->text().trimmed();
    const QTableWidgetItem* valueItem = m_config->item(row, 1);
    const Value value = parsed(valueItem ? valueItem->text() : QString());
    auto set = [this](const QString& k, const std::optional<Value>& v) {
        return m_id.isEmpty() ? m_document->setTopologyConfig(k, v) : m_document->setComponentConfig(m_id, k, v);
    };
    m_document->undoStack()->beginMacro(tr("Set %1").arg(key));
    bool ok = true;
    if (key != oldKey && !oldKey.isEmpty()) ok = set(oldKey, std::nullopt);
    if (ok && !key.isEmpty()) ok = set(key, value);
    m_document->undoStack()->endMacro();
    report(ok);
}

void PropertyEditor::addRow(QTableWidget* table) {
    if (table == m_args && !m_id.isEmpty()) {
        const auto* def = m_document->spec()->findComponent(m_id.toStdString());
        ValueList args = def ? def->object.constructorArgs : ValueList{};
        args.push_back(Value(std::string()));
        report(m_document->setConstructorArgs(m_id, args));
        return;
    }
    auto unused = [table](const QString& base) {
        QString name = base;
        for (int n = 2;; ++n) {
            bool taken = false;
            for (int row = 0; row < table->rowCount(); ++row) taken |= table->item(row, 0)->text() == name;
            if (!taken) return name;
            name = QStringLiteral("%1%2").arg(base).arg(n);
        }
    };
    if (table == m_properties && !m_id.isEmpty())
        report(m_document->setProperty(m_id, unused(QStringLiteral("property")), Value(std::string())));
    if (table == m_config) {
        const QString key = unused(QStringLiteral("new.key"));
        report(m_id.isEmpty() ? m_document->setTopologyConfig(key, Value(std::string()))
                              : m_document->setComponentConfig(m_id, key, Value(std::string())));
    }
}

void PropertyEditor::removeRow(QTableWidget* table) {
    const int row = table->currentRow();
    if (row < 0) return;
    if (table == m_args) {
        m_args->removeRow(row);
        onArgChanged();
        return;
    }
    const QString key = table->item(row, 0)->data(kOriginalKeyRole).toString();
    if (table == m_properties) report(m_document->setProperty(m_id, key, std::nullopt));
    if (table == m_config)
        report(m_id.isEmpty() ? m_document->setTopologyConfig(key, std::nullopt)
                              : m_document->setComponentConfig(m_id, key, std::nullopt));
}

} // namespace teacup::studio
