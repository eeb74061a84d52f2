# Risk analysis (Monte Carlo, sensitivity, goal seek): part of suanpan_core, Qt Core only (std::thread).
target_sources(suanpan_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Marginal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Marginal.h
    ${CMAKE_CURRENT_LIST_DIR}/RandomStream.h
    ${CMAKE_CURRENT_LIST_DIR}/RankCorrelation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RankCorrelation.h
    ${CMAKE_CURRENT_LIST_DIR}/Sampler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Sampler.h
)
