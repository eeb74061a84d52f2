#include "PolicyLibraryDialog.h"

#include "document/ScenarioDocument.h"
#include "model/Catalog.h"
#include "model/JsonPath.h"
#include "policy/PolicyLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

namespace suanpan {

namespace {

QString regionName(const QString& id)
{
    const QJsonObject* entry = Catalog::builtIn().entry(CatalogKind::Regions, id);
    if (entry == nullptr) {
        return id;
    }
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return entry->value(chinese ? QStringLiteral("nameZh") : QStringLiteral("name")).toString();
}

} // namespace

PolicyLibraryDialog::PolicyLibraryDialog(const QString& regionId, QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_region(new QComboBox)
    , m_table(new QTableWidget)
    , m_details(new QTextBrowser)
{
    setWindowTitle(tr("Add a policy from the library"));
    m_search->setPlaceholderText(tr("Search by name, issuer or place"));
    m_search->setClearButtonEnabled(true);
    m_kind->addItem(tr("All kinds"));
    for (const QString& key : enumKeys<PolicyKind>()) {
        m_kind->addItem(displayName(*enumFromKey<PolicyKind>(key)), key);
    }
    m_region->addItem(tr("All places"));
    std::set<QString> regions;
    for (const LibraryPolicy& p : PolicyLibrary::builtIn().policies()) {
        regions.insert(p.regionIds.begin(), p.regionIds.end());
    }
    for (const QString& id : regions) {
        m_region->addItem(tr("Applies at %1").arg(regionName(id)), id);
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(regionId)));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_region, 1);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Program"), tr("Kind"), tr("Place, year"), tr("Terms")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setOpenExternalLinks(true);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the scenario"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &PolicyLibraryDialog::refill);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PolicyLibraryDialog::refill);
    connect(m_region, &QComboBox::currentIndexChanged, this, &PolicyLibraryDialog::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen() != nullptr);
        showDetails();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 640);
    refill();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen() != nullptr);
}

void PolicyLibraryDialog::refill()
{
    const QString kindKey = m_kind->currentData().toString();
    const std::optional<PolicyKind> kind = kindKey.isEmpty() ? std::nullopt : enumFromKey<PolicyKind>(kindKey);
    const auto found = PolicyLibrary::builtIn().search(m_region->currentData().toString(), kind, m_search->text());
    const QLocale locale;
    m_table->setRowCount(0);
    for (const LibraryPolicy* p : found) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {p->name.in(locale), displayName(p->kind),
                                   QStringLiteral("%1, %2").arg(p->place.in(locale)).arg(p->year),
                                   PolicyLibrary::terms(*p)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, p->id);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 360));
    if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showDetails();
}

const LibraryPolicy* PolicyLibraryDialog::chosen() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? nullptr
                              : PolicyLibrary::builtIn().find(selected.constFirst()->data(Qt::UserRole).toString());
}

void PolicyLibraryDialog::showDetails()
{
    const LibraryPolicy* p = chosen();
    if (p == nullptr) {
        m_details->setHtml(tr("<p>No policy matches. Clear the search or choose another kind or place.</p>"));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p><p><b>%5</b></p>")
                       .arg(p->name.in(locale).toHtmlEscaped(), p->issuer.in(locale).toHtmlEscaped(),
                            p->place.in(locale).toHtmlEscaped(), QString::number(p->year),
                            PolicyLibrary::terms(*p).toHtmlEscaped());
    if (!p->toConfirm.empty()) {
        html += tr("<p>Conditions to confirm (the model cannot test them):</p>") + QStringLiteral("<ul>");
        for (const LibraryText& text : p->toConfirm) {
            html += QStringLiteral("<li>%1</li>").arg(text.in(locale).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!p->estimates.isEmpty()) {
        html += tr("<p>Not stated by the source, judged here:</p>") + QStringLiteral("<ul>");
        for (auto it = p->estimates.begin(); it != p->estimates.end(); ++it) {
            html += QStringLiteral("<li><code>%1</code>: %2</li>")
                        .arg(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    html += tr("<p>Source: %1 (%2)</p>").arg(p->source.toHtmlEscaped(), p->asOf.toHtmlEscaped());
    if (!p->sourceUrl.isEmpty()) {
        html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(p->sourceUrl.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

namespace {

/// "Kunming: … (as published)" or "… (changed: rate)" for every entry of the scenario that names a library policy.
QString libraryStatus(const QJsonObject& scenario)
{
    const PolicyLibrary& library = PolicyLibrary::builtIn();
    const QJsonObject policies = scenario.value(QStringLiteral("policies")).toObject();
    std::vector<QJsonObject> entries;
    for (const QJsonValue& entry : policies.value(QStringLiteral("capexSubsidies")).toArray()) {
        entries.push_back(entry.toObject());
    }
    for (const char* key : {"vouchers", "electricitySubsidy", "interestSubsidy"}) {
        entries.push_back(policies.value(QLatin1String(key)).toObject());
    }
    QStringList lines;
    for (const QJsonObject& entry : entries) {
        const LibraryPolicy* p = library.find(entry.value(QStringLiteral("library")).toString());
        if (p == nullptr) {
            continue;
        }
        const QStringList changed = library.changedFields(entry);
        lines
            << (changed.isEmpty()
                    ? QCoreApplication::translate("PolicyLibraryDialog", "%1 (as published)").arg(p->name.in(QLocale()))
                    : QCoreApplication::translate("PolicyLibraryDialog", "%1 (changed from the library: %2)")
                          .arg(p->name.in(QLocale()), changed.join(QStringLiteral(", "))));
    }
    return lines.isEmpty() ? QCoreApplication::translate("PolicyLibraryDialog", "No policy from the library yet.")
                           : QCoreApplication::translate("PolicyLibraryDialog", "From the library: %1")
                                 .arg(lines.join(QStringLiteral("; ")));
}

/// Adds the policy to the current scenario as one undoable step.
void addPolicy(ScenarioDocument* document, const LibraryPolicy& policy)
{
    const int current = document->currentIndex();
    const QJsonObject after = PolicyLibrary::builtIn().apply(document->json(current), policy);
    const QString section = policy.kind == PolicyKind::CapexSubsidy ? QStringLiteral("policies.capexSubsidies")
                                                                    : QStringLiteral("policies.") + toKey(policy.kind);
    document->setField(current, section, JsonPath::value(after, section),
                       QCoreApplication::translate("PolicyLibraryDialog", "Add %1").arg(policy.name.in(QLocale())),
                       false);
}

} // namespace

QWidget* makePolicyLibraryBar(ScenarioDocument* document)
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* add = new QPushButton;
    add->setObjectName(QStringLiteral("addFromLibrary"));
    auto* status = new QLabel;
    status->setWordWrap(true);
    layout->addWidget(add);
    layout->addWidget(status, 1);
    auto refresh = [document, add, status] {
        add->setText(QCoreApplication::translate("PolicyLibraryDialog", "Add from library…"));
        add->setToolTip(QCoreApplication::translate("PolicyLibraryDialog",
                                                    "Real subsidy programs with their terms, conditions and sources"));
        const int current = document->currentIndex();
        add->setEnabled(current >= 0);
        status->setText(current >= 0 ? libraryStatus(document->json(current)) : QString());
    };
    QObject::connect(add, &QPushButton::clicked, bar, [document, bar] {
        const int current = document->currentIndex();
        PolicyLibraryDialog dialog(JsonPath::value(document->json(current), QStringLiteral("site.regionId")).toString(),
                                   bar->window());
        if (dialog.exec() == QDialog::Accepted && dialog.chosen() != nullptr) {
            addPolicy(document, *dialog.chosen());
        }
    });
    QObject::connect(document, &ScenarioDocument::scenarioEdited, bar, refresh);
    QObject::connect(document, &ScenarioDocument::currentChanged, bar, refresh);
    QObject::connect(document, &ScenarioDocument::evaluated, bar, refresh); // also after a language change
    refresh();
    return bar;
}

} // namespace suanpan
