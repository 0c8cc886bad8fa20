// TopologyCanvas's layout half: runs teacup::layout::computeLayout on a QtConcurrent worker,
// drops results a newer setTopology() made stale, and turns the layout into nodes and edges
// (reusing the nodes that stay, animating them to their new places, keeping dragged ones).
#include "canvas/topology_canvas.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>

#include <teacup/layout/dot_writer.h>

#include "canvas/component_node.h"
#include "canvas/live_rates.h"
#include "canvas/stream_edge.h"

namespace teacup::studio {

// One layout request and, once the worker is done, its answer. Immutable after the worker
// returns; handed to the GUI thread through the future.
struct TopologyCanvas::LayoutJob {
    quint64 generation = 0;
    std::shared_ptr<const model::TopologySpec> spec;
    layout::GraphLayout graph;
    bool ok = false;
    QString error;
};

namespace {

constexpr int kAnimationMs = 250;
constexpr double kSceneMargin = 40.0;
constexpr double kFallbackColumn = 220.0;
constexpr double kFallbackRow = 120.0;
constexpr double kFallbackNodeWidth = 120.0;
constexpr double kFallbackNodeHeight = 54.0;

// When Graphviz fails (a bug, reported in the node tooltips' absence), the canvas still shows
// every component: spouts in the first column, bolts in a grid after them.
layout::GraphLayout fallbackLayout(const model::TopologySpec& spec) {
    layout::GraphLayout graph;
    auto place = [&](const std::string& id, int column, int row) {
        graph.nodes.push_back({id, kFallbackColumn * (column + 0.5), kFallbackRow * (row + 0.5), kFallbackNodeWidth,
                               kFallbackNodeHeight});
    };
    for (std::size_t i = 0; i < spec.spouts.size(); ++i)
        place(spec.spouts[i].id, 0, static_cast<int>(i));
    constexpr int kRows = 6;
    for (std::size_t i = 0; i < spec.bolts.size(); ++i)
        place(spec.bolts[i].id, 1 + static_cast<int>(i) / kRows, static_cast<int>(i) % kRows);
    int extra = 0;
    for (const auto& s : spec.streams)
        for (const std::string* id : {&s.from, &s.to})
            if (!spec.findComponent(*id) &&
                std::none_of(graph.nodes.begin(), graph.nodes.end(), [&](const auto& n) { return n.id == *id; }))
                place(*id, -1, extra++);
    for (const auto& s : spec.streams)
        graph.edges.push_back({s.from, s.to, layout::edgeLabel(s), {}});
    return graph;
}

// Graphviz sized its boxes for a three-line label; the canvas's nodes also hold the live strip.
// Coordinates are stretched (y first, then x as far as needed) until no two of the canvas's
// boxes overlap and the widest edge label fits between ranks, so the layout's shape and its
// edge routes are kept.
std::pair<double, double> stretchFor(const std::vector<layout::NodeLayout>& nodes, const QList<QSizeF>& sizes,
                                     double labelWidth) {
    const double kGapX = 40.0 + labelWidth;
    constexpr double kGapY = 16.0;
    constexpr double kTiny = 1e-6;
    double sx = 1.0;
    double sy = 1.0;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].height > 0) sy = std::max(sy, sizes[static_cast<qsizetype>(i)].height() / nodes[i].height);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const QSizeF a = sizes[static_cast<qsizetype>(i)];
        for (std::size_t j = i + 1; j < nodes.size(); ++j) {
            const QSizeF b = sizes[static_cast<qsizetype>(j)];
            const double dx = std::abs(nodes[i].x - nodes[j].x);
            const double dy = std::abs(nodes[i].y - nodes[j].y);
            if (sy * dy >= (a.height() + b.height()) / 2 + kGapY) continue;
            if (dx > kTiny)
                sx = std::max(sx, ((a.width() + b.width()) / 2 + kGapX) / dx);
            else if (dy > kTiny)
                sy = std::max(sy, ((a.height() + b.height()) / 2 + kGapY) / dy);
        }
    }
    return {sx, sy};
}

} // namespace

std::shared_ptr<TopologyCanvas::LayoutJob> TopologyCanvas::runLayout(std::shared_ptr<LayoutJob> job) {
    auto result = layout::computeLayout(*job->spec);
    if (result.ok()) {
        job->graph = std::move(result).value();
        job->ok = true;
    } else {
        job->error = QString::fromStdString(result.error().message);
        job->graph = fallbackLayout(*job->spec);
    }
    return job;
}

void TopologyCanvas::startLayoutWatcher() {
    m_watcher = new QFutureWatcher<std::shared_ptr<LayoutJob>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TopologyCanvas::onLayoutReady);
    m_animation->setDuration(kAnimationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        const double t = value.toDouble();
        for (auto it = m_animTo.cbegin(); it != m_animTo.cend(); ++it) {
            const QPointF from = m_animFrom.value(it.key(), it.value());
            it.key()->setPos(from + (it.value() - from) * t);
        }
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        for (auto it = m_animTo.cbegin(); it != m_animTo.cend(); ++it)
            it.key()->setPos(it.value());
        m_animFrom.clear();
        m_animTo.clear();
    });
}

void TopologyCanvas::setTopology(const model::TopologySpec& spec) {
    auto job = std::make_shared<LayoutJob>();
    job->generation = ++m_generation;
    job->spec = std::make_shared<const model::TopologySpec>(spec);
    // setFuture() detaches the watcher from any layout still running: its answer is dropped.
    m_watcher->setFuture(QtConcurrent::run(runLayout, std::move(job)));
}

bool TopologyCanvas::layoutPending() const { return m_applied != m_generation; }

void TopologyCanvas::onLayoutReady() {
    if (m_watcher->future().resultCount() < 1) return;
    const std::shared_ptr<LayoutJob> job = m_watcher->result();
    if (!job || job->generation != m_generation) return;
    m_applied = job->generation;
    m_topologyName = QString::fromStdString(job->spec->name);
    applyLayout(*job->spec, job->graph);
    Q_EMIT layoutFinished();
}

void TopologyCanvas::applyLayout(const model::TopologySpec& spec, const layout::GraphLayout& graph) {
    for (StreamEdge* edge : std::as_const(m_edges))
        delete edge;
    m_edges.clear();
    m_animation->stop();
    m_animFrom.clear();
    m_animTo.clear();
    QHash<QString, ComponentNode*> old = std::exchange(m_nodes, {});
    QList<ComponentNode*> fresh;
    for (const layout::NodeLayout& n : graph.nodes) {
        const QString id = QString::fromStdString(n.id);
        ComponentNode* item = old.take(id);
        if (!item) {
            item = new ComponentNode(this, id, &m_colors);
            m_scene->addItem(item);
            fresh.append(item);
        }
        item->clearEdges();
        const model::ComponentDef* def = spec.findComponent(n.id);
        if (!def)
            item->setComponent(NodeKind::Missing, QString(), 0, std::nullopt);
        else
            item->setComponent(def->kind == model::ComponentKind::Spout ? NodeKind::Spout : NodeKind::Bolt,
                               QString::fromStdString(layout::shortClassName(def->object.className)),
                               def->parallelism, def->numTasks);
        m_nodes.insert(id, item);
    }
    for (ComponentNode* gone : std::as_const(old)) {
        if (m_lastSelected == gone->id()) gone->setSelected(false);
        delete gone;
    }
    QList<QSizeF> sizes;
    for (const layout::NodeLayout& n : graph.nodes)
        sizes.append(m_nodes.value(QString::fromStdString(n.id))->preferredSize(m_scene->font()));
    const QFontMetricsF metrics(m_scene->font());
    double labelWidth = 0.0;
    for (const model::StreamDef& stream : spec.streams) {
        const QString text = QString::fromStdString(layout::edgeLabel(stream)) + QStringLiteral("\n000.0k/s");
        const QRectF box = metrics.boundingRect(QRectF(0, 0, 2000, 2000), Qt::AlignCenter, text);
        labelWidth = std::max(labelWidth, box.width());
    }
    const auto [sx, sy] = stretchFor(graph.nodes, sizes, labelWidth);
    QHash<ComponentNode*, QPointF> targets;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const layout::NodeLayout& n = graph.nodes[i];
        ComponentNode* item = m_nodes.value(QString::fromStdString(n.id));
        item->setSize(sizes[static_cast<qsizetype>(i)]);
        item->setLayoutPos(QPointF(n.x * sx, n.y * sy));
        targets.insert(item, m_userPositions.value(item->id(), item->layoutPos()));
    }
    for (ComponentNode* item : std::as_const(fresh))
        item->setPos(targets.take(item));
    rebuildEdges(spec, graph, sx, sy);
    animateTo(targets);
    applyDiagnostics();
    if (!m_live->empty()) {
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            it.value()->setLive(m_live->component(it.key()));
        for (StreamEdge* edge : std::as_const(m_edges))
            edge->setRate(m_live->edgeRate(edge->fromId(), edge->stream(), edge->toId()).value_or(0.0));
    }
    applyTaskStates(m_taskStates);
    updateSceneRect(targets);
}

void TopologyCanvas::rebuildEdges(const model::TopologySpec& spec, const layout::GraphLayout& graph, double sx,
                                  double sy) {
    for (std::size_t i = 0; i < spec.streams.size(); ++i) {
        const model::StreamDef& s = spec.streams[i];
        ComponentNode* from = node(QString::fromStdString(s.from));
        ComponentNode* to = node(QString::fromStdString(s.to));
        if (!from || !to) continue;
        auto* edge = new StreamEdge(from, to, QString::fromStdString(s.grouping.streamId),
                                    QString::fromStdString(layout::edgeLabel(s)), &m_colors);
        m_scene->addItem(edge);
        from->addEdge(edge);
        if (to != from) to->addEdge(edge);
        QList<QPointF> points;
        if (i < graph.edges.size() && graph.edges[i].from == s.from && graph.edges[i].to == s.to)
            for (const auto& [x, y] : graph.edges[i].points)
                points.append(QPointF(x * sx, y * sy));
        // 1 + 3n control points, plus the arrow tip when Graphviz drew one.
        edge->setLayoutCurve(points, points.size() % 3 == 2);
        m_edges.append(edge);
    }
}

void TopologyCanvas::animateTo(const QHash<ComponentNode*, QPointF>& targets) {
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (it.key()->pos() == it.value()) continue;
        m_animFrom.insert(it.key(), it.key()->pos());
        m_animTo.insert(it.key(), it.value());
    }
    for (StreamEdge* edge : std::as_const(m_edges))
        edge->adjust();
    if (!m_animTo.isEmpty()) m_animation->start();
}

void TopologyCanvas::updateSceneRect(const QHash<ComponentNode*, QPointF>& targets) {
    QRectF bounds;
    for (ComponentNode* n : std::as_const(m_nodes)) {
        const QPointF centre = targets.value(n, n->pos());
        const QSizeF size = n->size();
        bounds = bounds.united(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
    }
    for (StreamEdge* e : std::as_const(m_edges))
        if (e->usesLayoutCurve()) bounds = bounds.united(e->sceneBoundingRect());
    m_scene->setSceneRect(bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

} // namespace teacup::studio
