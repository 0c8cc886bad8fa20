// Palette dock content.
#include "shell/palette_widget.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

#include "shell/palette_model.h"

namespace teacup::studio {

namespace {

// Matches the search text against className and summary.
class PaletteFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString& text) {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (m_text.isEmpty()) return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(PaletteModel::ClassNameRole).toString().contains(m_text, Qt::CaseInsensitive) ||
               index.data(PaletteModel::SummaryRole).toString().contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
};

} // namespace

PaletteWidget::PaletteWidget(QWidget* parent)
    : QWidget(parent), m_model(new PaletteModel(this)), m_proxy(new PaletteFilter(this)), m_search(new QLineEdit(this)),
      m_view(new QListView(this)) {
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search components"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT componentActivated(index.data(PaletteModel::ClassNameRole).toString());
    });
}

void PaletteWidget::setRegistry(const plugin::Registry& registry) { m_model->setRegistry(registry); }

void PaletteWidget::setFilter(const QString& text) {
    if (m_search->text() != text) m_search->setText(text);
    static_cast<PaletteFilter*>(m_proxy)->setText(text);
}

int PaletteWidget::visibleCount() const { return m_proxy->rowCount(); }

QString PaletteWidget::classNameAt(int row) const {
    return m_proxy->index(row, 0).data(PaletteModel::ClassNameRole).toString();
}

} // namespace teacup::studio
