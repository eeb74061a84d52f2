#include "ValidationReport.h"

namespace suanpan {

std::vector<ValidationIssue> ValidationReport::issuesAt(const QString& pathPrefix) const
{
    std::vector<ValidationIssue> found;
    for (const ValidationIssue& issue : m_issues) {
        if (issue.path == pathPrefix || issue.path.startsWith(pathPrefix + QLatin1Char('.')) ||
            issue.path.startsWith(pathPrefix + QLatin1Char('['))) {
            found.push_back(issue);
        }
    }
    return found;
}

QStringList ValidationReport::toTextLines() const
{
    QStringList lines;
    for (const ValidationIssue& issue : m_issues) {
        lines << issue.toText();
    }
    return lines;
}

} // namespace suanpan
