// ComponentNode: paints a spout or bolt box with its text, port, badges and live strip, and
// turns mouse gestures on it into canvas calls (drag, connect from the port).
#include "canvas/component_node.h"

#include <algorithm>

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include "canvas/live_rates.h"
#include "canvas/stream_edge.h"
#include "canvas/topology_canvas.h"

namespace teacup::studio {

namespace {
constexpr double kPadding = 8.0;
constexpr double kCornerRadius = 10.0;
constexpr double kPortRadius = 5.0;
constexpr double kPortHitSlack = 4.0;
constexpr double kBadgeRadius = 7.0;
constexpr double kSparklineHeight = 14.0;
constexpr double kMinWidth = 140.0;
constexpr double kSelectionMargin = 4.0;
constexpr double kLiveBorderWidth = 3.0;
constexpr double kBorderWidth = 1.5;

QFont boldFont(QFont font) {
    font.setBold(true);
    return font;
}
} // namespace

ComponentNode::ComponentNode(TopologyCanvas* canvas, const QString& id, const CanvasColors* colors)
    : m_canvas(canvas), m_colors(colors), m_id(id) {
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    refreshToolTip();
}

void ComponentNode::setComponent(NodeKind kind, const QString& shortClass, int parallelism,
                                 std::optional<int> numTasks) {
    m_kind = kind;
    m_shortClass = kind == NodeKind::Missing ? QObject::tr("(missing)") : shortClass;
    m_parallelismText.clear();
    if (kind != NodeKind::Missing) {
        m_parallelismText = QStringLiteral("×%1").arg(parallelism);
        if (numTasks && *numTasks != parallelism) m_parallelismText += QObject::tr(" (%1 tasks)").arg(*numTasks);
    }
    refreshToolTip();
    update();
}

QSizeF ComponentNode::preferredSize(const QFont& font) const {
    const QFontMetricsF metrics(font);
    const QFontMetricsF bold(boldFont(font));
    double width = std::max({bold.horizontalAdvance(m_id), metrics.horizontalAdvance(m_shortClass),
                             metrics.horizontalAdvance(m_parallelismText),
                             metrics.horizontalAdvance(QStringLiteral("00.0k/s  ack 000000 fail 0000"))});
    width = std::max(kMinWidth, width + 2 * kPadding + 2 * kBadgeRadius);
    const double height = 2 * kPadding + 4 * metrics.height() + kSparklineHeight + 4;
    return {width, height};
}

void ComponentNode::setSize(const QSizeF& size) {
    if (size == m_size) return;
    prepareGeometryChange();
    m_size = size;
}

bool ComponentNode::atLayoutPos() const {
    const QPointF d = pos() - m_layoutPos;
    return std::abs(d.x()) < 0.5 && std::abs(d.y()) < 0.5;
}

void ComponentNode::setLive(const ComponentLive* live) {
    if (!live) {
        if (!m_hasLive) return;
        m_hasLive = false;
        m_rateText.clear();
        m_ackText.clear();
        m_capacity = 0.0;
        m_history.clear();
        refreshToolTip();
        update();
        return;
    }
    const QString rate = formatRate(live->rate);
    const QString ack = QObject::tr("ack %1 fail %2").arg(live->acked).arg(live->failed);
    const bool changed = !m_hasLive || rate != m_rateText || ack != m_ackText || live->capacity != m_capacity ||
                         live->history != m_history;
    if (!changed) return;
    const bool tipChanged = !m_hasLive || live->capacity != m_capacity;
    m_hasLive = true;
    m_rateText = rate;
    m_ackText = ack;
    m_capacity = live->capacity;
    m_history = live->history;
    if (tipChanged) refreshToolTip();
    update();
}

CapacityClass ComponentNode::capacityClass() const {
    return m_hasLive && m_kind == NodeKind::Bolt ? studio::capacityClass(m_capacity) : CapacityClass::Idle;
}

void ComponentNode::setTaskBadge(TaskBadge badge, int affected, int total) {
    QString text;
    if (badge == TaskBadge::Killed) text = QObject::tr("%1 of %2 tasks killed").arg(affected).arg(total);
    if (badge == TaskBadge::Restarting) text = QObject::tr("%1 of %2 tasks restarting").arg(affected).arg(total);
    if (badge == m_badge && text == m_badgeText) return;
    m_badge = badge;
    m_badgeText = text;
    refreshToolTip();
    update();
}

void ComponentNode::setDiagnostics(const QStringList& errors, const QStringList& warnings) {
    if (errors == m_errors && warnings == m_warnings) return;
    m_errors = errors;
    m_warnings = warnings;
    refreshToolTip();
    update();
}

DiagnosticLevel ComponentNode::diagnosticLevel() const {
    if (!m_errors.isEmpty()) return DiagnosticLevel::Error;
    if (!m_warnings.isEmpty()) return DiagnosticLevel::Warning;
    return DiagnosticLevel::None;
}

void ComponentNode::refreshToolTip() {
    QStringList lines{m_id};
    if (!m_shortClass.isEmpty()) lines << m_shortClass + QStringLiteral("  ") + m_parallelismText;
    if (m_hasLive && m_kind == NodeKind::Bolt) lines << QObject::tr("capacity %1").arg(m_capacity, 0, 'f', 3);
    if (!m_badgeText.isEmpty()) lines << m_badgeText;
    for (const QString& e : m_errors) lines << QObject::tr("error: %1").arg(e);
    for (const QString& w : m_warnings) lines << QObject::tr("warning: %1").arg(w);
    setToolTip(lines.join(QLatin1Char('\n')));
}

QRectF ComponentNode::boxRect() const {
    return {-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height()};
}

QPainterPath ComponentNode::boxPath() const {
    QPainterPath path;
    if (m_kind == NodeKind::Bolt)
        path.addRoundedRect(boxRect(), kCornerRadius, kCornerRadius);
    else
        path.addRect(boxRect());
    return path;
}

QPointF ComponentNode::outputPortPos() const { return mapToScene(QPointF(m_size.width() / 2, 0)); }

QPointF ComponentNode::inputPos() const { return mapToScene(QPointF(-m_size.width() / 2, 0)); }

bool ComponentNode::isOnOutputPort(const QPointF& scenePos) const {
    if (m_kind == NodeKind::Missing) return false;
    const QPointF d = scenePos - outputPortPos();
    const double r = kPortRadius + kPortHitSlack;
    return d.x() * d.x() + d.y() * d.y() <= r * r;
}

QRectF ComponentNode::boundingRect() const {
    const double m = kSelectionMargin + kPortRadius + kBadgeRadius;
    return boxRect().adjusted(-m, -m, m, m);
}

QPainterPath ComponentNode::shape() const {
    QPainterPath path = boxPath();
    path.addEllipse(QPointF(m_size.width() / 2, 0), kPortRadius + kPortHitSlack, kPortRadius + kPortHitSlack);
    return path;
}

void ComponentNode::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const CanvasColors& c = *m_colors;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool spout = m_kind == NodeKind::Spout;
    QColor border = spout ? c.spoutBorder : (m_kind == NodeKind::Bolt ? c.boltBorder : c.missingBorder);
    double borderWidth = kBorderWidth;
    if (capacityClass() != CapacityClass::Idle) {
        border = capacityColor(m_capacity);
        borderWidth = kLiveBorderWidth;
    }
    if (isSelected()) {
        painter->setPen(QPen(c.selection, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(boxRect().adjusted(-kSelectionMargin, -kSelectionMargin, kSelectionMargin,
                                                    kSelectionMargin),
                                 kCornerRadius, kCornerRadius);
    }
    QPen pen(border, borderWidth);
    if (m_kind == NodeKind::Missing) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(spout ? c.spoutFill : (m_kind == NodeKind::Bolt ? c.boltFill : c.background));
    painter->drawPath(boxPath());
    if (spout) paintSpoutMark(painter);

    const QFont font = scene() ? scene()->font() : painter->font();
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height();
    QRectF line(boxRect().left() + kPadding, boxRect().top() + kPadding, m_size.width() - 2 * kPadding, lineHeight);
    painter->setFont(boldFont(font));
    painter->setPen(c.text);
    painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, m_id);
    painter->setFont(font);
    painter->setPen(m_kind == NodeKind::Missing ? c.missingBorder : c.mutedText);
    painter->drawText(line.translated(0, lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, m_shortClass);
    painter->setPen(c.text);
    painter->drawText(line.translated(0, 2 * lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, m_parallelismText);
    if (m_hasLive) {
        const QRectF strip(line.left(), line.top() + 3 * lineHeight + 2, line.width(),
                           lineHeight + kSparklineHeight + 2);
        paintLive(painter, strip, font);
    }
    if (m_kind != NodeKind::Missing) {
        painter->setPen(QPen(c.port, 1.5));
        painter->setBrush(c.background);
        painter->drawEllipse(QPointF(m_size.width() / 2, 0), kPortRadius, kPortRadius);
    }
    paintBadges(painter);
}

void ComponentNode::paintSpoutMark(QPainter* painter) const {
    // A tap: a filled drop on the left edge with a spout pointing right, marking a source.
    const CanvasColors& c = *m_colors;
    const QPointF centre(-m_size.width() / 2, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.spoutBorder);
    painter->drawEllipse(centre, 6.0, 6.0);
    QPolygonF arrow;
    arrow << centre + QPointF(-2.5, -3.5) << centre + QPointF(4.0, 0) << centre + QPointF(-2.5, 3.5);
    painter->setBrush(c.background);
    painter->drawPolygon(arrow);
}

void ComponentNode::paintLive(QPainter* painter, const QRectF& strip, const QFont& font) const {
    const CanvasColors& c = *m_colors;
    const QFontMetricsF metrics(font);
    const QRectF textLine(strip.left(), strip.top(), strip.width(), metrics.height());
    painter->setFont(boldFont(font));
    painter->setPen(c.text);
    painter->drawText(textLine, Qt::AlignLeft | Qt::AlignVCenter, m_rateText);
    painter->setFont(font);
    painter->setPen(c.mutedText);
    painter->drawText(textLine, Qt::AlignRight | Qt::AlignVCenter, m_ackText);
    paintSparkline(painter, QRectF(strip.left(), textLine.bottom() + 1, strip.width(), kSparklineHeight));
}

void ComponentNode::paintSparkline(QPainter* painter, const QRectF& area) const {
    if (m_history.size() < 2) return;
    const double top = std::max(1.0, *std::max_element(m_history.begin(), m_history.end()));
    const double step = area.width() / (LiveRates::kHistoryLength - 1);
    const double x0 = area.right() - step * (m_history.size() - 1);
    QPolygonF line;
    line.reserve(m_history.size());
    for (int i = 0; i < m_history.size(); ++i)
        line << QPointF(x0 + i * step, area.bottom() - m_history[i] / top * area.height());
    painter->setPen(QPen(m_colors->sparkline, 1.2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);
}

void ComponentNode::paintBadges(QPainter* painter) const {
    const CanvasColors& c = *m_colors;
    const QPointF topRight(m_size.width() / 2 - kBadgeRadius - 2, -m_size.height() / 2 + kBadgeRadius + 2);
    const DiagnosticLevel level = diagnosticLevel();
    if (level != DiagnosticLevel::None) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(level == DiagnosticLevel::Error ? c.error : c.warning);
        if (level == DiagnosticLevel::Error) {
            painter->drawEllipse(topRight, kBadgeRadius, kBadgeRadius);
        } else {
            QPolygonF triangle;
            triangle << topRight + QPointF(0, -kBadgeRadius) << topRight + QPointF(kBadgeRadius, kBadgeRadius * 0.8)
                     << topRight + QPointF(-kBadgeRadius, kBadgeRadius * 0.8);
            painter->drawPolygon(triangle);
        }
        painter->setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(topRight + QPointF(0, -3.5), topRight + QPointF(0, 1.0));
        painter->drawPoint(topRight + QPointF(0, 3.5));
    }
    if (m_badge == TaskBadge::None) return;
    const QPointF topLeft(-m_size.width() / 2 + kBadgeRadius + 2, -m_size.height() / 2 + kBadgeRadius + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c.dead);
    painter->drawEllipse(topLeft, kBadgeRadius, kBadgeRadius);
    painter->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    if (m_badge == TaskBadge::Killed) {
        painter->drawLine(topLeft + QPointF(-3, -3), topLeft + QPointF(3, 3));
        painter->drawLine(topLeft + QPointF(-3, 3), topLeft + QPointF(3, -3));
    } else {
        constexpr int kSixteenths = 16;
        painter->drawArc(QRectF(topLeft - QPointF(3.5, 3.5), QSizeF(7, 7)), 60 * kSixteenths, 270 * kSixteenths);
    }
}

QVariant ComponentNode::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged) {
        for (StreamEdge* edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

void ComponentNode::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && isOnOutputPort(event->scenePos())) {
        m_connecting = true;
        m_canvas->beginConnectDrag(m_id, event->scenePos());
        event->accept();
        return;
    }
    m_moved = false;
    QGraphicsItem::mousePressEvent(event);
}

void ComponentNode::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_connecting) {
        m_canvas->updateConnectDrag(event->scenePos());
        return;
    }
    m_moved = true;
    QGraphicsItem::mouseMoveEvent(event);
}

void ComponentNode::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_connecting) {
        m_connecting = false;
        m_canvas->endConnectDrag(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
    if (m_moved) {
        m_moved = false;
        // Every selected node moved together; pin each of them.
        const auto selected = scene() ? scene()->selectedItems() : QList<QGraphicsItem*>{};
        for (QGraphicsItem* item : selected)
            if (item->type() == Type) m_canvas->nodeDragged(static_cast<ComponentNode*>(item));
        if (!isSelected()) m_canvas->nodeDragged(this);
    }
}

void ComponentNode::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    if (isOnOutputPort(event->scenePos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace teacup::studio
