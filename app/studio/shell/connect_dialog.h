// The small dialog a canvas connect gesture opens: which stream of the source to read, with
// which grouping, and (FIELDS / PARTIAL_KEY) on which fields, offered from the source's
// declared schema when the catalog can describe it.
#pragma once

#include <optional>

#include <QDialog>

#include <teacup/model/catalog.h>
#include <teacup/model/topology_spec.h>

class QComboBox;
class QListWidget;
class QLineEdit;
class QLabel;

namespace teacup::studio {

// GUI thread; modal, short-lived.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    ConnectDialog(const QString& from, const QString& to, const std::optional<model::ComponentSchema>& schema,
                  QWidget* parent = nullptr);
    model::GroupingDef grouping() const;

    // Test hooks.
    QComboBox* streamBox() const { return m_stream; }
    QComboBox* groupingBox() const { return m_type; }
    void setFields(const QStringList& fields);

private:
    void updateFields();

    std::optional<model::ComponentSchema> m_schema;
    QComboBox* m_stream = nullptr;
    QComboBox* m_type = nullptr;
    QListWidget* m_fieldList = nullptr;
    QLineEdit* m_fieldText = nullptr;
    QLabel* m_fieldsLabel = nullptr;
};

} // namespace teacup::studio
