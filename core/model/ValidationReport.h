#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace suanpan {

/** \brief One problem with an input: the field path (e.g. `chipMix[1].count`) and a sentence saying why. */
struct ValidationIssue {
    QString path;
    QString message;

    QString toText() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/** \brief Every problem found in an input, collected so that all of them can be reported at once. */
class ValidationReport {
public:
    void add(const QString& path, const QString& message) { m_issues.push_back({path, message}); }
    void append(const ValidationReport& other)
    {
        m_issues.insert(m_issues.end(), other.m_issues.begin(), other.m_issues.end());
        m_notApplying << other.m_notApplying;
    }
    /// Marks a field reported because it does not apply to its entry (a delay on a contract loss): the editors
    /// drop such fields when a change of type leaves them behind.
    void markNotApplying(const QString& path) { m_notApplying << path; }
    const QStringList& notApplying() const { return m_notApplying; }

    bool isValid() const { return m_issues.empty(); }
    const std::vector<ValidationIssue>& issues() const { return m_issues; }

    /// Issues whose path starts with the given prefix (e.g. "chipMix[1]"), for editors that show them at a field.
    std::vector<ValidationIssue> issuesAt(const QString& pathPrefix) const;
    QStringList toTextLines() const;

private:
    std::vector<ValidationIssue> m_issues;
    QStringList m_notApplying;
};

} // namespace suanpan
