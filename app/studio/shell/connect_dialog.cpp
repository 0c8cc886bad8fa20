// Connect dialog: stream, grouping type, fields.
#include "shell/connect_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace teacup::studio {

namespace {

const GroupingType kTypes[] = {GroupingType::Shuffle,    GroupingType::Fields, GroupingType::All,
                               GroupingType::Global,     GroupingType::None,   GroupingType::LocalOrShuffle,
                               GroupingType::PartialKey, GroupingType::Direct};

bool needsFields(GroupingType t) { return t == GroupingType::Fields || t == GroupingType::PartialKey; }

} // namespace

ConnectDialog::ConnectDialog(const QString& from, const QString& to,
                             const std::optional<model::ComponentSchema>& schema, QWidget* parent)
    : QDialog(parent), m_schema(schema) {
    setWindowTitle(tr("Connect %1 to %2").arg(from, to));
    m_stream = new QComboBox(this);
    m_stream->setEditable(true);
    if (m_schema && !m_schema->streams.empty()) {
        for (const auto& s : m_schema->streams) m_stream->addItem(QString::fromStdString(s.id));
    } else {
        m_stream->addItem(QStringLiteral("default"));
    }
    m_type = new QComboBox(this);
    for (GroupingType t : kTypes) m_type->addItem(QString::fromLatin1(model::groupingTypeName(t)), static_cast<int>(t));
    m_fieldList = new QListWidget(this);
    m_fieldText = new QLineEdit(this);
    m_fieldText->setPlaceholderText(tr("field names, comma separated"));
    m_fieldsLabel = new QLabel(tr("fields"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("stream"), m_stream);
    form->addRow(tr("grouping"), m_type);
    form->addRow(m_fieldsLabel, m_fieldList);
    form->addRow(QString(), m_fieldText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stream, &QComboBox::currentTextChanged, this, &ConnectDialog::updateFields);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateFields);
    updateFields();
}

void ConnectDialog::updateFields() {
    const bool fields = needsFields(static_cast<GroupingType>(m_type->currentData().toInt()));
    const model::DeclaredStream* declared =
        m_schema ? m_schema->findStream(m_stream->currentText().toStdString()) : nullptr;
    m_fieldList->clear();
    if (declared) {
        for (const auto& f : declared->fields.names()) {
            auto* item = new QListWidgetItem(QString::fromStdString(f), m_fieldList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    const bool known = declared && m_fieldList->count() > 0;
    m_fieldsLabel->setVisible(fields);
    m_fieldList->setVisible(fields && known);
    m_fieldText->setVisible(fields && !known);
}

void ConnectDialog::setFields(const QStringList& fields) {
    for (int i = 0; i < m_fieldList->count(); ++i)
        m_fieldList->item(i)->setCheckState(fields.contains(m_fieldList->item(i)->text()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    m_fieldText->setText(fields.join(QStringLiteral(", ")));
}

model::GroupingDef ConnectDialog::grouping() const {
    model::GroupingDef g;
    g.type = static_cast<GroupingType>(m_type->currentData().toInt());
    g.streamId =
        m_stream->currentText().trimmed().isEmpty() ? "default" : m_stream->currentText().trimmed().toStdString();
    if (!needsFields(g.type)) return g;
    for (int i = 0; i < m_fieldList->count(); ++i)
        if (m_fieldList->item(i)->checkState() == Qt::Checked)
            g.fields.push_back(m_fieldList->item(i)->text().toStdString());
    if (g.fields.empty()) {
        for (const QString& f : m_fieldText->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!f.trimmed().isEmpty()) g.fields.push_back(f.trimmed().toStdString());
    }
    return g;
}

} // namespace teacup::studio
