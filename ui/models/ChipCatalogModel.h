#pragma once

#include "model/CatalogTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace suanpan {

class Catalog;

/**
 * \brief The chip catalog as a browsable table (name, vendor, origin, TFLOPS, memory, power, prices,
 * ecosystem efficiency). Read-only; a QSortFilterProxyModel on top gives search.
 */
class ChipCatalogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Vendor,
        Origin,
        Fp16,
        Fp8,
        Fp64,
        Memory,
        Tdp,
        ServerKw,
        CardPrice,
        Rental,
        Training,
        Inference,
        ColumnCount
    };
    /// The chip id of a row.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ChipCatalogModel(const Catalog* catalog, QObject* parent = nullptr);

    void setCatalog(const Catalog* catalog);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    void parseChips();

    const Catalog* m_catalog;
    std::vector<ChipSpec> m_chips; ///< parsed once per catalog: data() is called for every painted cell
};

} // namespace suanpan
