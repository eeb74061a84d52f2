#pragma once

#include "model/NetworkInput.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace suanpan {

/// A network shipped with Suanpan (data/networks): its nodes, centers and links, each figure with its source.
struct ShippedNetwork {
    QString id;
    QString name;
    QString nameZh;
    QString description;
    NetworkInput network; ///< nodes, centers and links only; the scalars come from the scenario
};

/**
 * \brief The shipped networks a scenario's `network.base` may name. Read once from the files embedded from
 * data/networks; a broken shipped file is a build defect that the tests catch through loadErrors().
 */
class NetworkLibrary {
public:
    static const NetworkLibrary& builtIn();

    /// Reads one network file; returns false and sets `error` (with the item's path) when it is not one.
    bool load(const QByteArray& json, QString* error);

    const ShippedNetwork* find(const QString& id) const;
    QStringList ids() const;
    const std::vector<ShippedNetwork>& networks() const { return m_networks; }
    const QStringList& loadErrors() const { return m_loadErrors; }

private:
    std::vector<ShippedNetwork> m_networks;
    QStringList m_loadErrors;
};

} // namespace suanpan
