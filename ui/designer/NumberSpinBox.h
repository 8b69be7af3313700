#pragma once
// A spin box for real numbers of any magnitude: it shows the shortest text that reads back as
// the same double ("0.05", "1e-08", "1e+12"), accepts scientific notation, and keeps values
// exact, so a spec goes through the form and back unchanged.

#include <QDoubleSpinBox>

namespace fed::ui {

class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
    void fixup(QString& input) const override;

    //! Steps up and down multiply and divide by this factor (e.g. 10 for an epsilon, 2 for a
    //! concentration) instead of adding singleStep; 0 keeps linear steps.
    void setStepFactor(double factor) { m_stepFactor = factor; }
    void stepBy(int steps) override;

private:
    double m_stepFactor = 0.0;
};

} // namespace fed::ui
