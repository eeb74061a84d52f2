# core/store: .suanpan project files (SQLite through Qt Sql), the assumption log, CSV imports.
target_sources(suanpan_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DurableFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DurableFile.h
    ${CMAKE_CURRENT_LIST_DIR}/FileSignature.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FileSignature.h
    ${CMAKE_CURRENT_LIST_DIR}/Project.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Project.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProjectFile.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProjectReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectReaderTables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProjectSchema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProjectSchema.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProjectWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioDiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioDiff.h
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScenarioHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/SqliteConnection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SqliteConnection.h
    ${CMAKE_CURRENT_LIST_DIR}/StoreLimits.h
)
