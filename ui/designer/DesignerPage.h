#pragma once
// The "Design" page of the main window: the spec being edited (its file, its undo history and
// its problems), the form, the live partition preview and the problems list. It validates
// after every edit and tells the rest of the window whether the spec can run.

#include "engine/spec/SpecIO.h"

#include <QWidget>
#include <vector>

class QUndoStack;
class QListView;

namespace fed::ui {

class PartitionPreview;
class ProblemListModel;
class SpecForm;

class DesignerPage : public QWidget {
    Q_OBJECT
public:
    explicit DesignerPage(QWidget* parent = nullptr);
    ~DesignerPage() override;

    //! Starts a new, unmodified document (untitled: `title` names it until it is saved).
    void newSpec(const FederationSpec& spec, const QString& title);
    //! Reads a spec file; on failure leaves the document as it was and fills `error` with a
    //! message naming the file and every problem.
    bool openFile(const QString& path, QString* error);
    //! Writes the spec (every field, docs/spec.md's order) atomically to `path`, which becomes
    //! the document's file.
    bool saveFile(const QString& path, QString* error);

    const FederationSpec& spec() const { return m_spec; }
    //! The spec's problems, then text in the form that the spec cannot hold.
    const std::vector<SpecProblem>& problems() const { return m_problems; }
    bool isValid() const { return m_problems.empty(); }

    //! The document's file, empty while untitled.
    QString filePath() const { return m_filePath; }
    //! The file name, or the untitled document's title.
    QString documentTitle() const;
    bool isModified() const;

    QUndoStack* undoStack() const { return m_undo; }
    SpecForm* form() const { return m_form; }
    PartitionPreview* preview() const { return m_preview; }
    ProblemListModel* problemModel() const { return m_problemModel; }

    //! Moves the keyboard focus to the field a problem path belongs to, scrolling it into view.
    bool focusProblem(const QString& path);

    //! Splitter positions, for the window's settings.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& state);

Q_SIGNALS:
    //! After every edit, undo, redo, new or open: the spec and whether it can run.
    void specChanged(const fed::FederationSpec& spec, bool valid);
    void modificationChanged(bool modified);
    //! The file or title changed (new, open, save as).
    void documentChanged();

private:
    void applySpec(const FederationSpec& spec);
    void userEdited(const QString& fieldPath, const QString& label);
    void revalidate();
    void updateHeader();
    void updateSections();
    void syncSectionToScroll();

    struct Widgets;
    std::unique_ptr<Widgets> w;
    FederationSpec m_spec;
    std::vector<SpecProblem> m_problems;
    QString m_filePath;
    QString m_title;
    QUndoStack* m_undo;
    SpecForm* m_form;
    PartitionPreview* m_preview;
    ProblemListModel* m_problemModel;
    //! Set while a click in the section index scrolls the form, so that the index keeps the
    //! clicked section (the last ones may never reach the top of the form).
    bool m_jumpingToSection = false;
};

} // namespace fed::ui
