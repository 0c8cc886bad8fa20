// The Palette dock's content: a search field over the PaletteModel and a list to drag
// components from (onto the canvas) or to double-click (adds the component).
#pragma once

#include <QWidget>

#include <teacup/plugin/registry.h>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace teacup::studio {

class PaletteModel;

// GUI thread; owned by its dock.
class PaletteWidget : public QWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget* parent = nullptr);
    void setRegistry(const plugin::Registry& registry);
    // Filters by className and summary (case-insensitive substring).
    void setFilter(const QString& text);
    int visibleCount() const;
    QString classNameAt(int row) const;
    QListView* view() const { return m_view; }

Q_SIGNALS:
    void componentActivated(const QString& className);

private:
    PaletteModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_view = nullptr;
};

} // namespace teacup::studio
