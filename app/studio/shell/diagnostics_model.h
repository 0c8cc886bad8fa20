// The Diagnostics dock's list: every validation problem of the document as
// "line:col  message (hint)", errors first; activating a row gives its position.
#pragma once

#include <QAbstractListModel>

#include <teacup/common/diagnostics.h>

namespace teacup::studio {

// GUI thread. setDiagnostics() resets the model (the whole list changes at once).
class DiagnosticsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { LineRole = Qt::UserRole + 1, ColumnRole, SeverityRole };

    explicit DiagnosticsModel(QObject* parent = nullptr);
    void setDiagnostics(const Diagnostics& diagnostics);
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Diagnostic> m_items;
};

} // namespace teacup::studio
