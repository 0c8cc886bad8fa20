// The one undo step of the studio: the document's text before and after a change. Undo and
// redo replace the whole text, so every step restores the earlier file byte for byte.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>

namespace teacup::studio {

class Document;

// Owned by the document's QUndoStack; GUI thread. Editor steps (`mergeable`) merge with the
// previous editor step while typing goes on (less than kMergeWindowMs apart).
class TextCommand : public QUndoCommand {
public:
    static constexpr int kEditorId = 1;
    static constexpr int kMergeWindowMs = 1500;

    TextCommand(Document* document, const QString& label, QString before, QString after, bool mergeable);
    void undo() override;
    void redo() override;
    int id() const override { return m_mergeable ? kEditorId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

    const QString& before() const { return m_before; }
    const QString& after() const { return m_after; }

private:
    Document* m_document;
    QString m_before;
    QString m_after;
    bool m_mergeable;
    QElapsedTimer m_lastChange;
};

} // namespace teacup::studio
