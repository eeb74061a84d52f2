#include "RiskJson.h"

#include <QJsonArray>

namespace suanpan::RiskJson {

namespace {

QJsonValue optional(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray array(const std::vector<double>& values)
{
    QJsonArray list;
    for (double value : values) {
        list.append(value);
    }
    return list;
}

QJsonObject distributionSpec(const DistributionSpec& d)
{
    QJsonObject o{{QStringLiteral("type"), toKey(d.type)}};
    if (d.type == DistributionType::Normal || d.type == DistributionType::Lognormal) {
        o.insert(QStringLiteral("mean"), d.mean);
        o.insert(QStringLiteral("sd"), d.sd);
        return o;
    }
    o.insert(QStringLiteral("min"), d.min);
    if (d.type != DistributionType::Uniform) {
        o.insert(QStringLiteral("mode"), d.mode);
    }
    o.insert(QStringLiteral("max"), d.max);
    return o;
}

QJsonObject distribution(const OutputDistribution& d)
{
    // With no trial having the metric, its statistics do not exist: null rather than a made-up 0.
    auto stat = [&d](double value) { return d.count > 0 ? QJsonValue(value) : QJsonValue(); };
    QJsonArray histogram;
    for (const HistogramBin& bin : d.histogram) {
        histogram.append(QJsonObject{{QStringLiteral("lower"), bin.lower},
                                     {QStringLiteral("upper"), bin.upper},
                                     {QStringLiteral("count"), static_cast<double>(bin.count)}});
    }
    QJsonArray cdf;
    for (const CdfPoint& point : d.cdf) {
        cdf.append(
            QJsonObject{{QStringLiteral("value"), point.value}, {QStringLiteral("probability"), point.probability}});
    }
    return {{QStringLiteral("count"), static_cast<double>(d.count)},
            {QStringLiteral("missing"), static_cast<double>(d.missing)},
            {QStringLiteral("mean"), stat(d.mean)},
            {QStringLiteral("standardDeviation"), stat(d.standardDeviation)},
            {QStringLiteral("min"), stat(d.min)},
            {QStringLiteral("p10"), stat(d.p10)},
            {QStringLiteral("p50"), stat(d.p50)},
            {QStringLiteral("p90"), stat(d.p90)},
            {QStringLiteral("max"), stat(d.max)},
            {QStringLiteral("deterministic"), d.deterministicMissing ? QJsonValue() : QJsonValue(d.deterministic)},
            {QStringLiteral("histogram"), histogram},
            {QStringLiteral("cdf"), cdf}};
}

QJsonObject fan(const FanChart& f)
{
    QJsonArray years;
    for (int year : f.calendarYears) {
        years.append(year);
    }
    return {{QStringLiteral("calendarYears"), years}, {QStringLiteral("p10"), array(f.p10)},
            {QStringLiteral("p25"), array(f.p25)},    {QStringLiteral("p50"), array(f.p50)},
            {QStringLiteral("p75"), array(f.p75)},    {QStringLiteral("p90"), array(f.p90)},
            {QStringLiteral("mean"), array(f.mean)},  {QStringLiteral("deterministic"), array(f.deterministic)}};
}

QJsonObject sensitivity(const Sensitivity& s)
{
    QJsonArray tornado;
    for (const TornadoBar& bar : s.tornado) {
        tornado.append(QJsonObject{{QStringLiteral("path"), bar.path},
                                   {QStringLiteral("label"), bar.label},
                                   {QStringLiteral("event"), bar.event},
                                   {QStringLiteral("inputLow"), bar.inputLow},
                                   {QStringLiteral("inputHigh"), bar.inputHigh},
                                   {QStringLiteral("outputLow"), bar.outputLow},
                                   {QStringLiteral("outputHigh"), bar.outputHigh},
                                   {QStringLiteral("swing"), bar.swing}});
    }
    QJsonArray importance;
    for (const ImportanceItem& item : s.importance) {
        importance.append(QJsonObject{{QStringLiteral("path"), item.path},
                                      {QStringLiteral("label"), item.label},
                                      {QStringLiteral("rankCorrelation"), item.rankCorrelation}});
    }
    QJsonArray spider;
    for (const SpiderLine& line : s.spider) {
        spider.append(QJsonObject{{QStringLiteral("path"), line.path},
                                  {QStringLiteral("label"), line.label},
                                  {QStringLiteral("percentiles"), array(line.percentiles)},
                                  {QStringLiteral("inputValues"), array(line.inputValues)},
                                  {QStringLiteral("outputs"), array(line.outputs)}});
    }
    return {{QStringLiteral("base"), s.base},
            {QStringLiteral("tornado"), tornado},
            {QStringLiteral("importance"), importance},
            {QStringLiteral("spider"), spider}};
}

QJsonObject settingsJson(const RiskSettings& s)
{
    return {{QStringLiteral("trials"), static_cast<double>(s.trials)},
            {QStringLiteral("seed"), QString::number(s.seed)}, // 64 bits do not fit a JSON number exactly
            {QStringLiteral("sampler"), toKey(s.sampler)},
            {QStringLiteral("utilizationThreshold"), s.utilizationThreshold},
            {QStringLiteral("histogramBins"), s.histogramBins},
            {QStringLiteral("sensitivity"), s.sensitivity}};
}

} // namespace

QJsonObject toJson(const RiskResults& r)
{
    QJsonObject distributions;
    for (const OutputDistribution& d : r.outputs) {
        distributions.insert(toKey(d.metric), distribution(d));
    }
    QJsonObject sensitivities;
    for (const Sensitivity& s : r.sensitivity) {
        sensitivities.insert(toKey(s.metric), sensitivity(s));
    }
    QJsonArray inputs;
    for (const InputSummary& input : r.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("path"), input.path},
                                  {QStringLiteral("apply"), toKey(input.apply)},
                                  {QStringLiteral("distribution"), distributionSpec(input.distribution)},
                                  {QStringLiteral("note"), input.note},
                                  {QStringLiteral("targets"), static_cast<double>(input.targets)},
                                  {QStringLiteral("base"), input.base},
                                  {QStringLiteral("p10"), input.p10},
                                  {QStringLiteral("p50"), input.p50},
                                  {QStringLiteral("p90"), input.p90}});
    }
    QJsonArray events;
    for (const EventSummary& event : r.events) {
        events.append(QJsonObject{{QStringLiteral("label"), event.label},
                                  {QStringLiteral("type"), toKey(event.type)},
                                  {QStringLiteral("probability"), event.probability},
                                  {QStringLiteral("occurredShare"), event.occurredShare}});
    }
    const HeadlineRisks& h = r.headline;
    const Convergence& c = r.convergence;
    QJsonArray trace;
    for (const ConvergencePoint& point : c.trace) {
        trace.append(QJsonObject{{QStringLiteral("trials"), static_cast<double>(point.trials)},
                                 {QStringLiteral("meanNpvCny"), point.meanNpvCny},
                                 {QStringLiteral("p90NpvCny"), point.p90NpvCny}});
    }
    return {
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("kind"), QStringLiteral("risk")},
        {QStringLiteral("scenario"), r.scenario},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("settings"), settingsJson(r.settings)},
        {QStringLiteral("threads"), r.threadsUsed},
        {QStringLiteral("headline"),
         QJsonObject{{QStringLiteral("utilizationThreshold"), h.utilizationThreshold},
                     {QStringLiteral("probabilityUtilizationBelow"), h.probabilityUtilizationBelow},
                     {QStringLiteral("probabilityNpvNegative"), h.probabilityNpvNegative},
                     {QStringLiteral("probabilityNoPayback"), h.probabilityNoPayback},
                     {QStringLiteral("probabilityNoIrr"), h.probabilityNoIrr}}},
        {QStringLiteral("distributions"), distributions},
        {QStringLiteral("fanCharts"),
         QJsonObject{{r.utilization.key, fan(r.utilization)}, {r.cumulativeCashFlow.key, fan(r.cumulativeCashFlow)}}},
        {QStringLiteral("convergence"), QJsonObject{{QStringLiteral("meanNpvCny"), c.meanNpvCny},
                                                    {QStringLiteral("standardErrorCny"), c.standardErrorCny},
                                                    {QStringLiteral("p90NpvCny"), c.p90NpvCny},
                                                    {QStringLiteral("p90NpvFirstHalfCny"), c.p90NpvFirstHalfCny},
                                                    {QStringLiteral("p90ShiftShare"), c.p90ShiftShare},
                                                    {QStringLiteral("stable"), c.stable},
                                                    {QStringLiteral("trace"), trace}}},
        {QStringLiteral("sensitivity"), sensitivities},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("events"), events},
    };
}

QJsonObject toJson(const GoalSeekRequest& request, const GoalSeekResult& r, const QString& scenarioName)
{
    QJsonObject o{{QStringLiteral("formatVersion"), kFormatVersion},
                  {QStringLiteral("kind"), QStringLiteral("goalSeek")},
                  {QStringLiteral("scenario"), scenarioName},
                  {QStringLiteral("path"), request.path},
                  {QStringLiteral("metric"), toKey(request.metric)},
                  {QStringLiteral("target"), request.target},
                  {QStringLiteral("onMedian"), request.onMedian},
                  {QStringLiteral("found"), r.found},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("value"), r.found ? QJsonValue(r.value) : QJsonValue()},
                  {QStringLiteral("achieved"), r.found ? optional(r.achieved) : QJsonValue()},
                  {QStringLiteral("lower"), r.lower},
                  {QStringLiteral("upper"), r.upper},
                  {QStringLiteral("atLower"), optional(r.atLower)},
                  {QStringLiteral("atUpper"), optional(r.atUpper)},
                  {QStringLiteral("current"), r.current},
                  {QStringLiteral("atCurrent"), optional(r.atCurrent)},
                  {QStringLiteral("evaluations"), r.evaluations},
                  {QStringLiteral("message"), r.message}};
    if (request.onMedian) {
        o.insert(QStringLiteral("settings"), settingsJson(request.settings));
    }
    if (r.found) {
        o.insert(QStringLiteral("problemsAtAnswer"), QJsonArray::fromStringList(r.problemsAtAnswer));
    }
    return o;
}

} // namespace suanpan::RiskJson
