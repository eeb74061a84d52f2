#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace suanpan {

class ChipCatalogModel;
class ListEditor;
class ScenarioDocument;

/**
 * \brief The chip mix with its deployment phases (one row per cards-of-one-type-in-one-month), and the chip
 * catalog beside it: searchable, sortable, with "Add to chip mix".
 */
class ChipMixPage : public QWidget {
    Q_OBJECT

public:
    explicit ChipMixPage(ScenarioDocument* document, QWidget* parent = nullptr);
    void retranslate();

private:
    void refreshChoices();
    void refreshSummary();
    void addSelectedChip();

    ScenarioDocument* m_document;
    ListEditor* m_mix;
    ChipCatalogModel* m_catalogModel;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_catalogView;
    QLineEdit* m_search;
    QPushButton* m_addChip;
    QLabel* m_summary;
    QLabel* m_mixTitle;
    QLabel* m_catalogTitle;
};

} // namespace suanpan
