// Diagnostics list model.
#include "shell/diagnostics_model.h"

#include <algorithm>

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace teacup::studio {

DiagnosticsModel::DiagnosticsModel(QObject* parent) : QAbstractListModel(parent) {}

void DiagnosticsModel::setDiagnostics(const Diagnostics& diagnostics) {
    beginResetModel();
    m_items = diagnostics.items();
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    endResetModel();
}

int DiagnosticsModel::errorCount() const {
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Diagnostic& d = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString place;
        if (d.location.line > 0) place = QStringLiteral("%1:%2  ").arg(d.location.line).arg(d.location.column);
        QString text = place + QString::fromStdString(d.message);
        if (!d.hint.empty()) text += tr(" (hint: %1)").arg(QString::fromStdString(d.hint));
        return text;
    }
    case Qt::ToolTipRole: return QString::fromStdString(d.format());
    case Qt::DecorationRole: {
        const auto icon = d.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                          : d.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    case LineRole: return d.location.line;
    case ColumnRole: return d.location.column;
    case SeverityRole: return static_cast<int>(d.severity);
    default: return {};
    }
}

} // namespace teacup::studio
