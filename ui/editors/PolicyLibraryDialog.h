#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace suanpan {

struct LibraryPolicy;
class ScenarioDocument;

/// The Policies page's library bar: "Add from library…" (one undoable step) and which of the scenario's policies
/// follow the library, as published or changed (and in which fields).
QWidget* makePolicyLibraryBar(ScenarioDocument* document);

/**
 * \brief "Add from library": the real programs of the policy library, searchable by text, kind and place, each
 * with its terms, the conditions to confirm and its source. Accepting adds the chosen one (addPolicy).
 */
class PolicyLibraryDialog : public QDialog {
    Q_OBJECT

public:
    /// `regionId`: the scenario's site, preselected when the library holds programs for it.
    PolicyLibraryDialog(const QString& regionId, QWidget* parent = nullptr);

    const LibraryPolicy* chosen() const;

private:
    void refill();
    void showDetails();

    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_region;
    QTableWidget* m_table;
    QTextBrowser* m_details;
};

} // namespace suanpan
