// TopologyCanvas export: PNG at twice the scene size and SVG, both readable; an empty canvas
// and an unwritable path fail with a message.
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include "canvas_test_support.h"

using teacup::studio::TopologyCanvas;

class TestCanvasExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exportPngWritesAnImageAtTwiceTheSceneSize();
    void exportSvgWritesADocumentThatParses();
    void emptyCanvasDoesNotExport();
    void unwritablePathReportsAnError();
    void exportShowsLiveOverlaysAndBadges();

private:
    std::unique_ptr<TopologyCanvas> m_canvas;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCanvasExport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    m_canvas = std::make_unique<TopologyCanvas>();
    TEACUP_LAY_OUT(*m_canvas, spec);
}

void TestCanvasExport::cleanup() {
    m_canvas.reset();
    m_dir.reset();
}

void TestCanvasExport::exportPngWritesAnImageAtTwiceTheSceneSize() {
    const QString path = m_dir->filePath("wc.png");
    QString error;
    QVERIFY2(m_canvas->exportPng(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path));
    const QRectF bounds = m_canvas->scene()->itemsBoundingRect();
    QVERIFY(image.width() >= 2 * bounds.width());
    QVERIFY(image.height() >= 2 * bounds.height());
    // Something besides the background was drawn.
    const QRgb background = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 4)
        for (int x = 0; x < image.width() && !drawn; x += 4)
            drawn = image.pixel(x, y) != background;
    QVERIFY(drawn);
}

void TestCanvasExport::exportSvgWritesADocumentThatParses() {
    const QString path = m_dir->filePath("wc.svg");
    QString error;
    QVERIFY2(m_canvas->exportSvg(path, &error), qPrintable(error));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QVERIFY(!renderer.viewBoxF().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("split"));
    QVERIFY(svg.contains("FIELDS(word)"));
}

void TestCanvasExport::emptyCanvasDoesNotExport() {
    TopologyCanvas empty;
    QString error;
    QVERIFY(!empty.exportPng(m_dir->filePath("none.png"), &error));
    QVERIFY(error.contains(QStringLiteral("empty")));
    QVERIFY(!QFile::exists(m_dir->filePath("none.png")));
}

void TestCanvasExport::unwritablePathReportsAnError() {
    const QString path = m_dir->filePath("no/such/folder/wc.png");
    QString error;
    QVERIFY(!m_canvas->exportPng(path, &error));
    QVERIFY(error.contains(path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("QSvgPaintEngine::begin.*could not open"));
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!m_canvas->exportSvg(m_dir->filePath("no/such/folder/wc.svg"), &error));
}

// Leaves canvas_live.png and canvas_live_dark.png in the test's build folder for a person to look at.
void TestCanvasExport::exportShowsLiveOverlaysAndBadges() {
    using namespace teacup;
    auto snapshot = [](std::int64_t nanos, std::uint64_t k) {
        auto s = std::make_shared<metrics::MetricsSnapshot>();
        s->timeNanos = nanos;
        std::vector<metrics::ComponentStats> all(4);
        const char* ids[] = {"sentences", "split", "count", "audit"};
        const double capacity[] = {0.0, 0.3, 0.75, 1.1};
        for (int i = 0; i < 4; ++i) {
            all[i].id = ids[i];
            all[i].spout = i == 0;
            all[i].emitted = k * 40 * (i + 1);
            all[i].executed = i == 0 ? 0 : k * 30 * (i + 1);
            all[i].acked = k * 35;
            all[i].failed = k / 3;
            all[i].capacity = capacity[i];
        }
        all[1].inputs = {{"sentences", "default", k * 60, 0, 0, 0, 0}};
        all[2].inputs = {{"split", "default", k * 90, 0, 0, 0, 0}};
        all[3].inputs = {{"split", "errors", k * 12, 0, 0, 0, 0}};
        s->byWindow[metrics::windowIndex(metrics::Window::TenMinutes)] = all;
        s->byWindow[metrics::windowIndex(metrics::Window::AllTime)] = all;
        return std::shared_ptr<const metrics::MetricsSnapshot>(s);
    };
    m_canvas->setTasks({{"sentences", {1}}, {"split", {2, 3}}, {"count", {4, 5, 6, 7}}, {"audit", {8}}});
    m_canvas->setDiagnostics({{"audit", {"unknown className teacup::core::Audit"}}},
                             {{"count", {"numTasks > parallelism"}}});
    for (int i = 1; i <= 30; ++i)
        m_canvas->updateLive(snapshot(i * 200'000'000LL, static_cast<std::uint64_t>(i * i)),
                             {{3, runtime::TaskState::Killed}, {8, runtime::TaskState::Restarting}});
    const QString path = QDir::current().filePath("canvas_live.png");
    QString error;
    QVERIFY2(m_canvas->exportPng(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1b, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    m_canvas->setPalette(dark);
    const QString darkPath = QDir::current().filePath("canvas_live_dark.png");
    QVERIFY2(m_canvas->exportPng(darkPath, &error), qPrintable(error));
    QVERIFY(image.load(darkPath));
    QCOMPARE(image.pixelColor(0, 0), QColor(0x1b, 0x1b, 0x1b));
}

TEACUP_CANVAS_TEST_MAIN(TestCanvasExport)
#include "tst_canvas_export.moc"
