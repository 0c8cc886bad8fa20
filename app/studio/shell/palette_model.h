// The palette's list: every spout and bolt class the registry knows (built-ins and the
// plugins found on the search path), each with its documentation line; drags carry the
// className as `application/x-teacup-component`.
#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QVector>

#include <teacup/plugin/registry.h>

namespace teacup::studio {

// GUI thread. A snapshot of the registry taken in setRegistry(); rows are sorted spouts
// first, then bolts, each by className.
class PaletteModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ClassNameRole = Qt::UserRole + 1, KindRole, SummaryRole };

    explicit PaletteModel(QObject* parent = nullptr);
    void setRegistry(const plugin::Registry& registry);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    struct Entry {
        QString className;
        bool spout = false;
        QString summary;
        QString args;
        QString outputs;
        QString origin;
    };
    QVector<Entry> m_entries;
};

} // namespace teacup::studio
