#include "AssumptionLogDialog.h"

#include "model/FieldInfo.h"
#include "report/NumberFormat.h"
#include "store/AssumptionLogReport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace suanpan {

namespace {

QString npvText(const std::optional<double>& npv, const QLocale& locale)
{
    return npv ? NumberFormat::money(*npv, locale) : QStringLiteral("–");
}

} // namespace

AssumptionLogDialog::AssumptionLogDialog(const Project& project, bool unsavedChanges, QWidget* parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget)
{
    setWindowTitle(tr("Assumption log"));
    resize(1100, 640);
    const QLocale locale;
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("When / field"), tr("Scenario"), tr("Before"), tr("After"), tr("NPV before → after")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (const AssumptionLogReport::Batch& batch : AssumptionLogReport::batches(project)) {
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, locale.toString(batch.time.toLocalTime(), QLocale::ShortFormat) +
                              (batch.note.isEmpty() ? QString() : QStringLiteral(" — ") + batch.note));
        group->setText(1, batch.scenario.isEmpty() ? tr("(catalog)") : batch.scenario);
        group->setText(
            4, QStringLiteral("%1 → %2").arg(npvText(batch.npvBeforeCny, locale), npvText(batch.npvAfterCny, locale)));
        for (const AssumptionLogEntry& entry : batch.entries) {
            auto* row = new QTreeWidgetItem(group);
            row->setText(0, entry.fieldPath.isEmpty() ? tr("(whole scenario)") : fieldPlace(entry.fieldPath));
            row->setToolTip(0, entry.fieldPath);
            row->setText(2, entry.oldValue.left(120));
            row->setText(3, entry.newValue.left(120));
            row->setToolTip(2, entry.oldValue.left(2000));
            row->setToolTip(3, entry.newValue.left(2000));
        }
    }
    m_tree->expandToDepth(0);
    for (int column = 0; column < 5; ++column) {
        m_tree->resizeColumnToContents(column);
    }
    const int recorded = static_cast<int>(project.log().size());
    auto* note = new QLabel(recorded == 0 ? tr("Nothing recorded yet: the log starts with the first save.")
                                          : tr("%n recorded change(s).", nullptr, recorded));
    if (unsavedChanges) {
        note->setText(note->text() + QLatin1Char(' ') + tr("Unsaved changes are added when you save."));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
}

} // namespace suanpan
