#pragma once

#include "model/Enums.h"
#include "model/ValidationReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace suanpan {

/// Which part of a scenario's `policies` a library policy fills (its key there).
enum class PolicyKind { CapexSubsidy, Vouchers, ElectricitySubsidy, InterestSubsidy };

template <> struct EnumTraits<PolicyKind> {
    static constexpr std::array<EnumValue, 4> values{{
        {"capexSubsidy", QT_TRANSLATE_NOOP("Choices", "Capex subsidy")},
        {"vouchers", QT_TRANSLATE_NOOP("Choices", "Compute vouchers")},
        {"electricitySubsidy", QT_TRANSLATE_NOOP("Choices", "Electricity subsidy")},
        {"interestSubsidy", QT_TRANSLATE_NOOP("Choices", "Interest subsidy")},
    }};
};

/// A text the library gives in English and Chinese; `in` picks the one of the language shown.
struct LibraryText {
    QString en;
    QString zh;
    QString in(const QLocale& locale) const;
};

/// Reads a file shipped in the resources with `T::fromBytes`; its problems (or its absence) become `errors`.
template <typename T> T readShipped(const QString& resource, QStringList& errors)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << QStringLiteral("%1 is missing from the build").arg(resource);
        return T();
    }
    ValidationReport report;
    T loaded = T::fromBytes(file.readAll(), report);
    errors = report.toTextLines();
    return loaded;
}

class JsonReader;

/// Reads a shipped file `{"catalog": CATALOG, "formatVersion", "conventions", "entries": [...]}`: its structure is
/// checked (problems reported at their path; `notThisFile` when `catalog` is another) and each entry is given to
/// `readEntry` with its reader.
void forEachShippedEntry(const QByteArray& json, const char* catalog, const QString& notThisFile,
                         ValidationReport& report, const std::function<void(JsonReader&)>& readEntry);

/**
 * \brief A real subsidy program as the library holds it (data/policies/library.json): who issued it, where and
 * when, what it pays (`policy`, written exactly as the scenario's entry of its kind), the conditions the model
 * cannot test (to be confirmed by the planner), and its source.
 */
struct LibraryPolicy {
    QString id;
    LibraryText name;
    LibraryText issuer;
    LibraryText place;
    QStringList regionIds; ///< sites of the region catalog where it applies; empty = none of them
    int year = 0;
    PolicyKind kind = PolicyKind::CapexSubsidy;
    QJsonObject policy; ///< the scenario's fields of this kind; fields left out keep the scenario's values
    std::vector<LibraryText> toConfirm;
    QString source;
    QString sourceUrl;
    QString asOf;
    QJsonObject estimates; ///< field → how a figure the source does not state was judged
};

/**
 * \brief The policy library: the programs a scenario can name by id (`"library": "<id>"` on a capex subsidy,
 * the vouchers, or the electricity or interest subsidy) and the app adds in one click (methodology §8.1).
 */
class PolicyLibrary {
    Q_DECLARE_TR_FUNCTIONS(PolicyLibrary)

public:
    /// The library shipped with Suanpan (data/policies/library.json; a broken file is a build defect the tests
    /// catch through loadErrors()).
    static const PolicyLibrary& builtIn();

    /// Reads a library file; every problem (unknown field, unknown condition, value out of range, duplicate id)
    /// is reported at its path (`entries[3].policy.conditions.maxPue`), and entries with problems are left out.
    static PolicyLibrary fromBytes(const QByteArray& json, ValidationReport& report);

    const std::vector<LibraryPolicy>& policies() const { return m_policies; }
    const LibraryPolicy* find(const QString& id) const;
    const QStringList& loadErrors() const { return m_loadErrors; }

    /**
     * \brief The scenario JSON with every entry that names a library policy filled from it: the library's
     * fields first, the entry's own over them. An id the library does not hold is reported at the entry's
     * `library` path.
     */
    QJsonObject expand(const QJsonObject& scenario, ValidationReport& report) const;

    /// The scenario JSON with the policy added: a capex subsidy as a new entry, the others over the present one.
    QJsonObject apply(const QJsonObject& scenario, const LibraryPolicy& policy) const;

    /// The fields of a scenario entry (as written) that differ from the library policy it names; empty when
    /// it names none or is as the library has it.
    QStringList changedFields(const QJsonObject& entry) const;

    /// The policies that apply in `regionId` (empty: any), of `kind` (none: any) and mention `text` in their
    /// names, issuer, place or id (empty: any), in library order.
    std::vector<const LibraryPolicy*> search(const QString& regionId, std::optional<PolicyKind> kind,
                                             const QString& text) const;

    /// What the policy pays and on which conditions, in one line of the language shown ("10% of cards, servers,
    /// network fabric, storage, at most 20 M CNY; at least 50 P; PUE at most 1.30").
    static QString terms(const LibraryPolicy& policy);

private:
    std::vector<LibraryPolicy> m_policies;
    QStringList m_loadErrors;
};

} // namespace suanpan
