// What the main window shows when no file is open: a button per sample topology (installed
// next to the binary, or the source tree's sample_topologies), the recent files, New, Open.
#pragma once

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace teacup::studio {

// `../share/teacup/samples` next to the executable when installed, else the source tree's
// sample_topologies (TEACUP_SAMPLES_SOURCE_DIR); "" when neither exists.
QString sampleDirectory();
// Every *.yaml under the sample directory, sorted by relative path.
QStringList sampleFiles();

// GUI thread; owned by the main window's central stack.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentFiles(const QStringList& files);

Q_SIGNALS:
    void openRequested(const QString& path);
    void openDialogRequested();
    void newRequested();

private:
    QVBoxLayout* m_recent = nullptr;
};

} // namespace teacup::studio
