// The "inputs" part of the property editor: the streams a bolt subscribes to, one row each
// (source, stream, grouping, fields), where the grouping and its fields are changed
// visually; each change is one undoable Document::setGrouping.
#pragma once

#include <QString>
#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

namespace teacup::studio {

class Document;

// GUI thread; owned by the PropertyEditor. The document must outlive it.
class StreamInputsEditor : public QWidget {
    Q_OBJECT
public:
    explicit StreamInputsEditor(Document* document, QWidget* parent = nullptr);
    // Rebuilds the rows for bolt `id` ("" or a spout: no rows).
    void setComponent(const QString& id);
    QTableWidget* table() const { return m_table; }
    // Test hook: what choosing `type` in row `row`'s grouping box does.
    void chooseGrouping(int row, const QString& type);

Q_SIGNALS:
    void editFailed(const QString& message);

private:
    void apply(int row);
    void onFieldsEdited(QTableWidgetItem* item);

    Document* m_document;
    QTableWidget* m_table = nullptr;
    bool m_filling = false;
};

} // namespace teacup::studio
