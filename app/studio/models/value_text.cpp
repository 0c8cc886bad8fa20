// valueText(): SDK values as display text (see value_text.h).
#include "models/value_text.h"

#include <QStringList>

namespace teacup::studio {

QString valueText(const Value& value) {
    switch (value.kind()) {
    case ValueKind::Null: return QStringLiteral("null");
    case ValueKind::Bool: return value.asBool() ? QStringLiteral("true") : QStringLiteral("false");
    case ValueKind::Int:
    case ValueKind::Long: return QString::number(value.asInt());
    case ValueKind::Double: return QString::number(value.asDouble(), 'g', 12);
    case ValueKind::String: return QLatin1Char('"') + QString::fromStdString(value.asString()) + QLatin1Char('"');
    case ValueKind::Bytes: return QStringLiteral("bytes(%1)").arg(value.asBytes().data.size());
    case ValueKind::List: {
        QStringList parts;
        for (const auto& v : value.asList()) parts << valueText(v);
        return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case ValueKind::Map: {
        QStringList parts;
        for (const auto& [k, v] : value.asMap())
            parts << QString::fromStdString(k) + QStringLiteral(": ") + valueText(v);
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return {};
}

QString valuesText(const Values& values) {
    QStringList parts;
    for (const auto& v : values) parts << valueText(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace teacup::studio
