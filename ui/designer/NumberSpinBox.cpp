#include "ui/designer/NumberSpinBox.h"

#include <QLineEdit>
#include <QLocale>
#include <cfloat>
#include <cmath>

namespace fed::ui {

namespace {

QLocale numberLocale() {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

} // namespace

NumberSpinBox::NumberSpinBox(QWidget* parent)
    : QDoubleSpinBox(parent) {
    // QDoubleSpinBox rounds every value to `decimals` places; this many keeps any double a
    // spec can hold exact, and textFromValue() decides what is shown.
    setDecimals(DBL_MAX_10_EXP + DBL_DIG);
    setRange(-DBL_MAX, DBL_MAX);
    setKeyboardTracking(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString NumberSpinBox::textFromValue(double value) const {
    return numberLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

double NumberSpinBox::valueFromText(const QString& text) const {
    bool ok = false;
    const double value = numberLocale().toDouble(text.trimmed(), &ok);
    return ok ? value : this->value();
}

QValidator::State NumberSpinBox::validate(QString& text, int& /*pos*/) const {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const double value = numberLocale().toDouble(trimmed, &ok);
    if (ok && std::isfinite(value))
        return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                        : QValidator::Invalid;
    // Half-typed numbers ("1e-", "-", "0.") are fine while typing; letters are not.
    for (const QChar c : trimmed) {
        if (!c.isDigit() && c != u'e' && c != u'E' && c != u'+' && c != u'-' &&
            c != numberLocale().decimalPoint().front())
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

void NumberSpinBox::fixup(QString& input) const {
    input = textFromValue(value());
}

void NumberSpinBox::stepBy(int steps) {
    if (m_stepFactor <= 1.0 || value() <= 0.0) {
        QDoubleSpinBox::stepBy(steps);
        return;
    }
    setValue(value() * std::pow(m_stepFactor, steps));
    selectAll();
}

} // namespace fed::ui
