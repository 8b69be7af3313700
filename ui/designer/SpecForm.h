#pragma once
// The designer's form: an editor for every field of a FederationSpec, grouped in sections,
// with a plain-words tooltip on each, only the knobs that matter for the current choices
// shown, and each problem of the spec displayed at its field. It holds the spec it shows and
// reports every user edit by field path; it never validates on its own (the page does).

#include "engine/spec/SpecIO.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace fed::ui {

class DeviceMixModel;
class FieldBox;
class ProfileFieldsModel;

class SpecForm : public QWidget {
    Q_OBJECT
public:
    explicit SpecForm(QWidget* parent = nullptr);
    ~SpecForm() override;

    //! Shows `spec`. Only editors whose value differs are touched, so a field being typed in
    //! keeps its cursor. Emits nothing.
    void setSpec(const FederationSpec& spec);
    //! The spec as the form shows it.
    const FederationSpec& spec() const { return m_spec; }

    //! Text the spec cannot hold (a hidden layer list such as "200, abc", an empty seed),
    //! reported like the spec's own problems.
    std::vector<SpecProblem> inputProblems() const;

    //! Shows each problem at its field (red frame, message, tooltip); fields with a problem
    //! are shown even where the current choices would hide them.
    void setProblems(const std::vector<SpecProblem>& problems);

    //! The form field (e.g. "model.hidden") a problem path ("model.hidden[1]") belongs to.
    QString fieldFor(const QString& problemPath) const;
    //! The editor of a field path, or nullptr. Editors are also named by their path.
    QWidget* editorFor(const QString& fieldPath) const;
    FieldBox* fieldBox(const QString& fieldPath) const;
    //! User-facing label of every field path, for the problems list.
    QHash<QString, QString> fieldLabels() const;
    //! How a choice field shows an engine name ("fashion-mnist" -> "Fashion-MNIST").
    QString choiceText(const QString& fieldPath, const QString& name) const;

    struct Section {
        QString title;
        QGroupBox* box;
    };
    const QList<Section>& sections() const { return m_sections; }
    //! The section that holds a field.
    QGroupBox* sectionOf(const QString& fieldPath) const;

Q_SIGNALS:
    //! The user changed a field; `label` names it for undo ("Change Clients").
    void edited(const QString& fieldPath, const QString& label);
    //! The Launch group's "Provision…" button: the window opens File > Provision Nodes.
    void provisionRequested();

private:
    template <typename T> using Ref = T& (*)(FederationSpec&);

    struct Field {
        QString path;
        QString label;
        FieldBox* box = nullptr;
        QFormLayout* form = nullptr;
        std::function<void()> load;
        std::function<bool(const FederationSpec&)> relevant;
    };

    QFormLayout* addSection(const QString& title, const QString& description);
    Field& addField(QFormLayout* form, const QString& path, const QString& label,
                    const QString& help, QWidget* editor, bool expanding);
    void addInt(QFormLayout* form, const QString& path, const QString& label, const QString& help,
                Ref<int> ref, int minimum, int maximum, const QString& specialZero = {});
    void addNumber(QFormLayout* form, const QString& path, const QString& label,
                   const QString& help, Ref<double> ref, double step, double stepFactor = 0.0,
                   const QString& specialZero = {});
    void addBool(QFormLayout* form, const QString& path, const QString& label, const QString& text,
                 const QString& help, Ref<bool> ref);
    QLineEdit* addText(QFormLayout* form, const QString& path, const QString& label,
                       const QString& help, Ref<QString> ref, const QString& placeholder = {});
    //! A comma-separated list of whole numbers ("200, 200"); text that is not one is an input
    //! problem at `path` until fixed.
    void addIntList(QFormLayout* form, const QString& path, const QString& label,
                    const QString& help, Ref<std::vector<int>> ref, const QString& placeholder);
    //! A non-negative 64-bit integer typed as digits (seeds); returns its line edit.
    QLineEdit* addUnsigned(QFormLayout* form, const QString& path, const QString& label,
                           const QString& help, Ref<std::uint64_t> ref);
    //! A combo box over an enum's engine names; `items` gives each name's display text and
    //! explanation (names it does not know are shown as they are).
    template <typename E>
    void addChoice(QFormLayout* form, const QString& path, const QString& label,
                   const QString& help, Ref<E> ref, const QStringList& names,
                   std::optional<E> (*parse)(QStringView), QString (*nameOf)(E),
                   const QHash<QString, std::pair<QString, QString>>& items);

    void buildOverview();
    void buildData();
    void buildSelection();
    void buildPartition();
    void buildModel();
    void buildTraining();
    void buildStrategy();
    void buildAdversaries();
    void buildEvaluation();
    void buildEnergy();
    void buildPrivacy();
    void buildLedger();
    void buildExecution();
    void buildLaunch();
    //! launch.hosts as a table (host, SSH port, identity file, fednode program), rows added
    //! and removed with buttons beside it.
    void addHostList(QFormLayout* form);
    //! launch.data_paths as a table with one row per node (node-NNN, its data path), a path
    //! chosen with Browse… for local nodes; entries beyond the clients stay visible as rows.
    void addDataPathList(QFormLayout* form);

    void addBrowse(const QString& path, bool folder);
    void setRelevant(const QString& path, std::function<bool(const FederationSpec&)> relevant);
    void userEdited(const QString& path);
    void updateVisibility();
    void refreshProfileChoices();
    void updateProfileButtons();
    void updateProfileProblems();
    void alignLabels();

    FederationSpec m_spec;
    bool m_loading = false;
    std::vector<Field> m_fields;
    QHash<QString, std::size_t> m_fieldIndex;
    QList<Section> m_sections;
    QHash<QString, QGroupBox*> m_sectionOfField;
    QHash<QString, QHash<QString, std::pair<QString, QString>>> m_choiceTexts;
    std::vector<SpecProblem> m_problems;

    //! Text that does not parse, by spec path; reported with the spec's own problems.
    QHash<QString, QString> m_inputErrors;
    QLabel* m_syntheticPartitionNote = nullptr;
    DeviceMixModel* m_devices = nullptr;
    QTableView* m_devicesView = nullptr;
    ProfileFieldsModel* m_profiles = nullptr;
    QComboBox* m_profileChoice = nullptr;
    QToolButton* m_removeProfile = nullptr;
};

} // namespace fed::ui
