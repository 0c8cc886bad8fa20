// StreamEdge: the spline or re-routed curve of one subscription, its arrowhead and label.
#include "canvas/stream_edge.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>

#include "canvas/component_node.h"
#include "canvas/live_rates.h"

namespace teacup::studio {

namespace {
constexpr double kArrowLength = 10.0;
constexpr double kArrowHalfWidth = 4.5;
constexpr double kMinBend = 40.0;
constexpr double kLoopHeight = 60.0;
constexpr double kLabelPadding = 3.0;
constexpr double kHitWidth = 8.0;

QPolygonF arrowHead(const QPointF& base, const QPointF& tip) {
    QPointF dir = tip - base;
    const double length = std::hypot(dir.x(), dir.y());
    if (length < 1e-6) dir = QPointF(1, 0);
    else dir /= length;
    const QPointF start = tip - dir * kArrowLength;
    const QPointF normal(-dir.y(), dir.x());
    return QPolygonF{} << tip << start + normal * kArrowHalfWidth << start - normal * kArrowHalfWidth;
}
} // namespace

StreamEdge::StreamEdge(ComponentNode* from, ComponentNode* to, const QString& stream, const QString& label,
                       const CanvasColors* colors)
    : m_from(from), m_to(to), m_stream(stream), m_label(label), m_colors(colors) {
    setZValue(0);
    setToolTip(m_label);
}

QString StreamEdge::fromId() const { return m_from->id(); }

QString StreamEdge::toId() const { return m_to->id(); }

void StreamEdge::setLayoutCurve(const QList<QPointF>& points, bool hasTip) {
    m_layoutPoints = points;
    m_layoutHasTip = hasTip;
    adjust();
}

void StreamEdge::simpleCurve(QPointF& base, QPointF& tip) {
    const QPointF start = m_from->outputPortPos();
    tip = m_to->inputPos();
    if (m_from == m_to) {
        base = tip - QPointF(kArrowLength, 0);
        const QPointF top(0, -m_from->size().height() / 2 - kLoopHeight);
        m_path.moveTo(start);
        m_path.cubicTo(start + QPointF(kMinBend, 0) + top, base - QPointF(kMinBend, 0) + top, base);
        return;
    }
    base = tip - QPointF(kArrowLength, 0);
    const double bend = std::max(kMinBend, std::abs(base.x() - start.x()) / 2);
    m_path.moveTo(start);
    m_path.cubicTo(start + QPointF(bend, 0), base - QPointF(bend, 0), base);
}

QList<QPointF> StreamEdge::snappedLayoutPoints() const {
    // Graphviz's curve starts and ends on its own (smaller) boxes: move the first two points so
    // the curve leaves from the output port, and the last ones so the arrow ends on the left
    // edge of the target, at the height Graphviz chose (kept inside the box).
    QList<QPointF> p = m_layoutPoints;
    const QPointF startShift = m_from->outputPortPos() - p[0];
    p[0] += startShift;
    p[1] += startShift;
    const QPointF end = p.back();
    const double halfHeight = m_to->size().height() / 2 - kArrowHalfWidth;
    const QPointF left = m_to->inputPos();
    const QPointF target(left.x(), std::clamp(end.y(), left.y() - halfHeight, left.y() + halfHeight));
    const QPointF endShift = target - end;
    for (int i = std::max(2, static_cast<int>(p.size()) - (m_layoutHasTip ? 3 : 2)); i < p.size(); ++i)
        p[i] += endShift;
    return p;
}

void StreamEdge::adjust() {
    prepareGeometryChange();
    m_path = QPainterPath();
    const int curvePoints = static_cast<int>(m_layoutPoints.size()) - (m_layoutHasTip ? 1 : 0);
    m_usingLayout = curvePoints >= 4 && (curvePoints - 1) % 3 == 0 && m_from->atLayoutPos() && m_to->atLayoutPos();
    if (m_usingLayout) {
        const QList<QPointF> p = snappedLayoutPoints();
        m_path.moveTo(p[0]);
        for (int i = 1; i + 2 < curvePoints; i += 3)
            m_path.cubicTo(p[i], p[i + 1], p[i + 2]);
        const QPointF last = p[curvePoints - 1];
        m_arrow = m_layoutHasTip ? arrowHead(last, p.back()) : arrowHead(p[curvePoints - 2], last);
    } else {
        QPointF base;
        QPointF tip;
        simpleCurve(base, tip);
        m_arrow = arrowHead(base, tip);
    }
    m_labelCentre = m_path.pointAtPercent(0.5);
    const QFontMetricsF metrics(scene() ? scene()->font() : QFont());
    const QRectF text = metrics.boundingRect(QRectF(0, 0, 1000, 1000), Qt::AlignCenter, labelWithRate());
    m_labelSize = text.size() + QSizeF(2 * kLabelPadding, 2 * kLabelPadding);
    update();
}

QString StreamEdge::labelWithRate() const {
    return m_rateText.isEmpty() ? m_label : m_label + QLatin1Char('\n') + m_rateText;
}

QRectF StreamEdge::labelRect() const {
    return {m_labelCentre.x() - m_labelSize.width() / 2, m_labelCentre.y() - m_labelSize.height() / 2,
            m_labelSize.width(), m_labelSize.height()};
}

void StreamEdge::setRate(std::optional<double> tuplesPerSecond) {
    const QString text = tuplesPerSecond ? formatRate(*tuplesPerSecond) : QString();
    if (text == m_rateText) return;
    const bool lines = text.isEmpty() != m_rateText.isEmpty();
    m_rateText = text;
    if (lines)
        adjust();
    else
        update();
}

QRectF StreamEdge::boundingRect() const {
    const double pad = kArrowHalfWidth + 2;
    return m_path.boundingRect().united(m_arrow.boundingRect()).united(labelRect()).adjusted(-pad, -pad, pad, pad);
}

QPainterPath StreamEdge::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    QPainterPath hit = stroker.createStroke(m_path);
    hit.addRect(labelRect());
    return hit;
}

void StreamEdge::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasColors& c = *m_colors;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(c.edge, 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.edge);
    painter->drawPolygon(m_arrow);
    if (m_label.isEmpty() && m_rateText.isEmpty()) return;
    QColor back = c.background;
    back.setAlphaF(0.85f);
    painter->setBrush(back);
    const QRectF box = labelRect();
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(scene() ? scene()->font() : painter->font());
    painter->setPen(c.edgeLabel);
    painter->drawText(box, Qt::AlignCenter, labelWithRate());
}

} // namespace teacup::studio
