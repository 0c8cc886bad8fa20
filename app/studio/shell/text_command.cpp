// Whole-text undo steps for the document.
#include "shell/text_command.h"

#include "shell/document.h"

namespace teacup::studio {

TextCommand::TextCommand(Document* document, const QString& label, QString before, QString after, bool mergeable)
    : QUndoCommand(label), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeable(mergeable) {
    m_lastChange.start();
}

void TextCommand::undo() { m_document->applyText(m_before); }

void TextCommand::redo() { m_document->applyText(m_after); }

bool TextCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const TextCommand*>(other);
    if (!m_mergeable || !next->m_mergeable || m_lastChange.elapsed() > kMergeWindowMs) return false;
    m_after = next->m_after;
    m_lastChange.restart();
    return true;
}

} // namespace teacup::studio
