// The bad-input corpus: every corpus/*.yaml file states on its first lines the diagnostic
// it must produce (`# expect: LINE:COL: error|warning: message text`); this driver loads
// each file, validates it against the fake catalog and checks that the diagnostic is there.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <teacup/flux/flux.h>
#include <teacup/model/catalog.h>

#include "fake_catalog.h"
#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;

namespace {

struct Expectation {
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string message;
};

// The `# expect:` lines at the top of a corpus file.
QList<Expectation> expectations(const QString& path) {
    QFile file(path);
    QList<Expectation> out;
    if (!file.open(QIODevice::ReadOnly)) return out;
    static const QRegularExpression pattern(R"(^# expect: (\d+):(\d+): (error|warning): (.+)$)");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        auto match = pattern.match(line);
        if (!match.hasMatch()) break;
        out.push_back({match.captured(1).toInt(), match.captured(2).toInt(),
                       match.captured(3) == "error" ? Severity::Error : Severity::Warning,
                       match.captured(4).toStdString()});
    }
    return out;
}

} // namespace

class FluxCorpusTest : public QObject {
    Q_OBJECT

private slots:
    void corpusCoversManyCases() {
        const QStringList files = QDir(TEACUP_FLUX_CORPUS_DIR).entryList({"*.yaml"}, QDir::Files);
        QVERIFY2(files.size() >= 40, qPrintable(QString::number(files.size())));
    }

    void everyCorpusFileGivesItsExpectedDiagnostic_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(TEACUP_FLUX_CORPUS_DIR);
        for (const QString& name : dir.entryList({"*.yaml"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void everyCorpusFileGivesItsExpectedDiagnostic() {
        QFETCH(QString, path);
        const auto expected = expectations(path);
        QVERIFY2(!expected.isEmpty(), "the first line must be '# expect: LINE:COL: error|warning: message'");

        auto r = flux::loadFile(path.toStdString());
        Diagnostics all = r.diagnostics;
        if (r.spec) all.append(model::validateTopology(*r.spec, teacup::test::FakeCatalog{}));
        for (const auto& e : expected) {
            const Diagnostic* d = findDiagnostic(all, e.severity, e.message, e.line, e.column);
            QVERIFY2(d, qPrintable(QString("expected %1:%2: %3\ngot:\n%4")
                                       .arg(e.line)
                                       .arg(e.column)
                                       .arg(QString::fromStdString(e.message), describe(all))));
            QCOMPARE(QString::fromStdString(d->location.file), path);
            // Every diagnostic tells the user how to fix it.
            QVERIFY2(!d->hint.empty(), qPrintable("no hint: " + QString::fromStdString(d->format())));
        }
    }
};

QTEST_APPLESS_MAIN(FluxCorpusTest)
#include "tst_flux_corpus.moc"
