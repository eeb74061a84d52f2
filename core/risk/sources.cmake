# Risk analysis (Monte Carlo, sensitivity, goal seek): part of suanpan_core, Qt Core only (std::thread).
target_sources(suanpan_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GoalSeek.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GoalSeek.h
    ${CMAKE_CURRENT_LIST_DIR}/Marginal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Marginal.h
    ${CMAKE_CURRENT_LIST_DIR}/RandomStream.h
    ${CMAKE_CURRENT_LIST_DIR}/RankCorrelation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RankCorrelation.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskJson.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskMetric.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskMetric.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskResults.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskSensitivity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskSensitivity.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskSimulation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskSimulation.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskStatistics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskStatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/RiskText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RiskText.h
    ${CMAKE_CURRENT_LIST_DIR}/Sampler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Sampler.h
    ${CMAKE_CURRENT_LIST_DIR}/TrialRunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrialRunner.h
    ${CMAKE_CURRENT_LIST_DIR}/UncertaintyPresets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UncertaintyPresets.h
)

# The shipped uncertainty presets, embedded like the catalogs so that every front end reads the same file.
qt_add_resources(suanpan_core "suanpan_risk_presets"
    PREFIX "/risk"
    BASE "${SUANPAN_DATA_DIR}/risk"
    FILES "${SUANPAN_DATA_DIR}/risk/uncertainty-presets.json"
)
