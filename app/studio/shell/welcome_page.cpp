// Welcome page: samples, recent files, New and Open.
#include "shell/welcome_page.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace teacup::studio {

QString sampleDirectory() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/teacup/samples"));
    if (QFileInfo(installed).isDir()) return QDir::cleanPath(installed);
#ifdef TEACUP_SAMPLES_SOURCE_DIR
    if (QFileInfo(QStringLiteral(TEACUP_SAMPLES_SOURCE_DIR)).isDir()) return QStringLiteral(TEACUP_SAMPLES_SOURCE_DIR);
#endif
    return {};
}

QStringList sampleFiles() {
    const QString dir = sampleDirectory();
    if (dir.isEmpty()) return {};
    QStringList files;
    QDirIterator it(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    auto* title = new QLabel(tr("<h1>Teacup Studio</h1><p>Design, run and watch Storm topologies on your "
                                "desktop.</p>"),
                             this);
    title->setTextFormat(Qt::RichText);
    auto* newButton = new QPushButton(tr("New topology"), this);
    auto* openButton = new QPushButton(tr("Open…"), this);
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openDialogRequested);
    auto* actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(openButton);
    actions->addStretch();

    auto* samples = new QGroupBox(tr("Samples"), this);
    auto* sampleLayout = new QVBoxLayout(samples);
    const QString dir = sampleDirectory();
    for (const QString& file : sampleFiles()) {
        auto* button = new QPushButton(QDir(dir).relativeFilePath(file), samples);
        button->setToolTip(file);
        button->setObjectName(QStringLiteral("sample:") + QFileInfo(file).completeBaseName());
        connect(button, &QPushButton::clicked, this, [this, file] { Q_EMIT openRequested(file); });
        sampleLayout->addWidget(button);
    }
    if (sampleLayout->count() == 0) sampleLayout->addWidget(new QLabel(tr("No samples found."), samples));

    auto* recent = new QGroupBox(tr("Recent files"), this);
    m_recent = new QVBoxLayout(recent);

    auto* columns = new QHBoxLayout;
    columns->addWidget(samples, 1);
    columns->addWidget(recent, 1);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(title);
    layout->addLayout(actions);
    layout->addSpacing(16);
    layout->addLayout(columns);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setRecentFiles({});
}

void WelcomePage::setRecentFiles(const QStringList& files) {
    while (QLayoutItem* item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& file : files) {
        auto* button = new QPushButton(QFileInfo(file).fileName(), this);
        button->setToolTip(file);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left"));
        connect(button, &QPushButton::clicked, this, [this, file] { Q_EMIT openRequested(file); });
        m_recent->addWidget(button);
    }
    if (files.isEmpty()) m_recent->addWidget(new QLabel(tr("No recent files."), this));
    m_recent->addStretch();
}

} // namespace teacup::studio
