#pragma once

#include <QDialog>

class QTreeWidget;

namespace suanpan {

class Project;

/**
 * \brief The project's assumption log as an investor audits it: every saved change, grouped as it was made,
 * with the scenario's NPV before and after each group.
 */
class AssumptionLogDialog : public QDialog {
    Q_OBJECT

public:
    AssumptionLogDialog(const Project& project, bool unsavedChanges, QWidget* parent = nullptr);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace suanpan
