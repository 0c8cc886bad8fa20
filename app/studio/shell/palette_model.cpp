// Palette rows from the registry's classes.
#include "shell/palette_model.h"

#include <algorithm>

#include <QColor>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace teacup::studio {

namespace {

constexpr char kMimeType[] = "application/x-teacup-component";

QPixmap kindIcon(bool spout) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(spout ? QColor(0x2e, 0x7d, 0x32) : QColor(0x15, 0x65, 0xc0));
    if (spout) {
        const QPointF tri[3] = {{2, 2}, {14, 8}, {2, 14}};
        p.drawPolygon(tri, 3);
    } else {
        p.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    }
    return pixmap;
}

} // namespace

PaletteModel::PaletteModel(QObject* parent) : QAbstractListModel(parent) {}

void PaletteModel::setRegistry(const plugin::Registry& registry) {
    beginResetModel();
    m_entries.clear();
    for (const auto& cls : registry.classes()) {
        if (cls.kind == model::ClassKind::Grouping) continue;
        m_entries.push_back({QString::fromStdString(cls.className), cls.kind == model::ClassKind::Spout,
                             QString::fromStdString(cls.doc.summary), QString::fromStdString(cls.doc.args),
                             QString::fromStdString(cls.doc.outputs), QString::fromStdString(cls.origin)});
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.spout != b.spout ? a.spout : a.className < b.className; });
    endResetModel();
}

int PaletteModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant PaletteModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        // The short name, with the package when another class has the same short name
        // (Storm's org.apache.storm.testing.* next to teacup.core.*).
        const QString shortName = e.className.section(QLatin1Char('.'), -1);
        const bool clash = std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry& other) {
            return other.className != e.className && other.className.section(QLatin1Char('.'), -1) == shortName;
        });
        return clash ? QStringLiteral("%1  (%2)").arg(shortName, e.className.section(QLatin1Char('.'), 0, -2))
                     : shortName;
    }
    case ClassNameRole: return e.className;
    case KindRole: return e.spout ? QStringLiteral("spout") : QStringLiteral("bolt");
    case SummaryRole: return e.summary;
    case Qt::DecorationRole: return kindIcon(e.spout);
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<b>%1</b> (%2)").arg(e.className.toHtmlEscaped(), e.spout ? tr("spout") : tr("bolt"));
        if (!e.summary.isEmpty()) tip += QStringLiteral("<br>") + e.summary.toHtmlEscaped();
        if (!e.args.isEmpty()) tip += QStringLiteral("<br><i>%1</i> %2").arg(tr("Arguments:"), e.args.toHtmlEscaped());
        if (!e.outputs.isEmpty())
            tip += QStringLiteral("<br><i>%1</i> %2").arg(tr("Outputs:"), e.outputs.toHtmlEscaped());
        tip += QStringLiteral("<br><small>%1</small>").arg(e.origin.toHtmlEscaped());
        return tip;
    }
    default: return {};
    }
}

Qt::ItemFlags PaletteModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PaletteModel::mimeTypes() const { return {QString::fromLatin1(kMimeType)}; }

QMimeData* PaletteModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), data(indexes.first(), ClassNameRole).toString().toUtf8());
    mime->setText(data(indexes.first(), ClassNameRole).toString());
    return mime;
}

} // namespace teacup::studio
