// Grouping editor rows for a bolt's input streams.
#include "shell/stream_inputs_editor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "shell/document.h"

namespace teacup::studio {

namespace {

constexpr int kFromColumn = 0;
constexpr int kStreamColumn = 1;
constexpr int kGroupingColumn = 2;
constexpr int kFieldsColumn = 3;
constexpr int kStreamIndexRole = Qt::UserRole + 1;

const GroupingType kChoices[] = {GroupingType::Shuffle,    GroupingType::Fields, GroupingType::All,
                                 GroupingType::Global,     GroupingType::None,   GroupingType::LocalOrShuffle,
                                 GroupingType::PartialKey, GroupingType::Direct, GroupingType::Custom};

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

StreamInputsEditor::StreamInputsEditor(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_table(new QTableWidget(0, 4, this)) {
    m_table->setHorizontalHeaderLabels({tr("from"), tr("stream"), tr("grouping"), tr("fields")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(70);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemChanged, this, &StreamInputsEditor::onFieldsEdited);
}

void StreamInputsEditor::setComponent(const QString& id) {
    m_filling = true;
    m_table->setRowCount(0);
    const auto& spec = m_document->spec();
    for (std::size_t i = 0; spec && i < spec->streams.size(); ++i) {
        const model::StreamDef& s = spec->streams[i];
        if (QString::fromStdString(s.to) != id) continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QTableWidgetItem* from = readOnly(QString::fromStdString(s.from));
        from->setData(kStreamIndexRole, static_cast<int>(i));
        m_table->setItem(row, kFromColumn, from);
        m_table->setItem(row, kStreamColumn, readOnly(QString::fromStdString(s.grouping.streamId)));
        auto* box = new QComboBox(m_table);
        for (GroupingType t : kChoices)
            box->addItem(QString::fromLatin1(model::groupingTypeName(t)), static_cast<int>(t));
        box->setCurrentIndex(box->findData(static_cast<int>(s.grouping.type)));
        connect(box, &QComboBox::activated, this, [this, row] { apply(row); });
        m_table->setCellWidget(row, kGroupingColumn, box);
        QStringList fields;
        for (const auto& f : s.grouping.fields) fields.append(QString::fromStdString(f));
        m_table->setItem(row, kFieldsColumn, new QTableWidgetItem(fields.join(QStringLiteral(", "))));
    }
    m_filling = false;
}

void StreamInputsEditor::chooseGrouping(int row, const QString& type) {
    auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, kGroupingColumn));
    if (!box) return;
    box->setCurrentText(type);
    apply(row);
}

void StreamInputsEditor::onFieldsEdited(QTableWidgetItem* item) {
    if (!m_filling && item->column() == kFieldsColumn) apply(item->row());
}

void StreamInputsEditor::apply(int row) {
    const auto& spec = m_document->spec();
    const int index = m_table->item(row, kFromColumn)->data(kStreamIndexRole).toInt();
    auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, kGroupingColumn));
    if (!spec || !box || index < 0 || static_cast<std::size_t>(index) >= spec->streams.size()) return;
    model::GroupingDef g = spec->streams[static_cast<std::size_t>(index)].grouping;
    g.type = static_cast<GroupingType>(box->currentData().toInt());
    g.fields.clear();
    if (g.type == GroupingType::Fields || g.type == GroupingType::PartialKey) {
        for (const QString& f : m_table->item(row, kFieldsColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!f.trimmed().isEmpty()) g.fields.push_back(f.trimmed().toStdString());
    }
    if (g.type != GroupingType::Custom) g.customClass.reset();
    if (!m_document->setGrouping(index, g)) Q_EMIT editFailed(m_document->lastError());
}

} // namespace teacup::studio
