// The Properties dock: id, className, parallelism, properties, constructorArgs and config of
// the selected component (or the topology's config when nothing is selected). Every change
// is one undoable Document edit; the fields refresh from the document's spec.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
class QGroupBox;

namespace teacup::studio {

class Document;
class StreamInputsEditor;

// GUI thread; owned by its dock. The document must outlive it.
class PropertyEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(Document* document, QWidget* parent = nullptr);
    // "" shows the topology's config.
    void setComponent(const QString& id);
    QString component() const { return m_id; }

    // Test hooks: the widgets the user edits.
    QLineEdit* idEdit() const { return m_idEdit; }
    QLineEdit* classNameEdit() const { return m_classEdit; }
    QSpinBox* parallelismBox() const { return m_parallelism; }
    QTableWidget* propertiesTable() const { return m_properties; }
    QTableWidget* argsTable() const { return m_args; }
    QTableWidget* configTable() const { return m_config; }
    StreamInputsEditor* inputsEditor() const { return m_inputs; }

Q_SIGNALS:
    void componentRenamed(const QString& newId);
    void editFailed(const QString& message);

private:
    void refresh();
    void scheduleRefresh();
    void fillTables();
    void onPropertyChanged(QTableWidgetItem* item);
    void onArgChanged();
    void onConfigChanged(QTableWidgetItem* item);
    void addRow(QTableWidget* table);
    void removeRow(QTableWidget* table);
    void report(bool ok);
    QWidget* tableBox(const QString& title, QTableWidget* table, QGroupBox** box);

    Document* m_document;
    QString m_id;
    bool m_filling = false;
    bool m_refreshQueued = false;
    QLabel* m_title = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QLineEdit* m_classEdit = nullptr;
    QSpinBox* m_parallelism = nullptr;
    QTableWidget* m_properties = nullptr;
    QTableWidget* m_args = nullptr;
    QTableWidget* m_config = nullptr;
    QGroupBox* m_propertiesBox = nullptr;
    QGroupBox* m_argsBox = nullptr;
    QWidget* m_componentForm = nullptr;
    QGroupBox* m_inputsBox = nullptr;
    StreamInputsEditor* m_inputs = nullptr;
};

} // namespace teacup::studio
