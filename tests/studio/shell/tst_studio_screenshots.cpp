// The real teacup-studio binary under Xvfb: it opens the word-count sample, runs it threaded
// for three seconds and saves PNGs of the main window and the canvas into the build folder
// (<build>/screenshots), which must exist and show more than one flat colour.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

namespace {

constexpr int kProcessTimeoutMs = 120000;
constexpr int kMinColours = 16;

// Distinct colours on a sparse grid: a rendered window has many, a blank one has one.
int colourCount(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

class TstStudioScreenshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wordCountRunLeavesNonTrivialScreenshots() {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty()) QSKIP("xvfb-run is not installed");
        QDir dir(QStringLiteral(TEACUP_BINARY_DIR "/screenshots"));
        for (const char* name : {"main_window.png", "canvas.png"}) dir.remove(QLatin1String(name));

        // A settings folder of its own, emptied first: the screenshots show the default layout.
        QDir config(QStringLiteral(TEACUP_BINARY_DIR "/tests/studio/shell/screenshot-config"));
        config.removeRecursively();
        QProcess studio;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.absolutePath());
        studio.setProcessEnvironment(env);
        studio.setProcessChannelMode(QProcess::MergedChannels);
        studio.start(xvfb,
                     {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1600x1000x24"),
                      QStringLiteral(TEACUP_STUDIO),
                      QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml"), QStringLiteral("--run"),
                      QStringLiteral("threaded"), QStringLiteral("--run-for"), QStringLiteral("3"),
                      QStringLiteral("--screenshot"), dir.absolutePath(), QStringLiteral("--quit")});
        QVERIFY(studio.waitForFinished(kProcessTimeoutMs));
        QVERIFY2(studio.exitStatus() == QProcess::NormalExit && studio.exitCode() == 0, studio.readAll().constData());

        for (const char* name : {"main_window.png", "canvas.png"}) {
            const QImage image(dir.filePath(QLatin1String(name)));
            QVERIFY2(!image.isNull(), name);
            QVERIFY(image.width() > 200 && image.height() > 200);
            QVERIFY2(colourCount(image) >= kMinColours, name);
        }
    }
};

QTEST_GUILESS_MAIN(TstStudioScreenshots)
#include "tst_studio_screenshots.moc"
