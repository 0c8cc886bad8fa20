# teacup_add_test(NAME SOURCES ... LABELS ... LINK ...): one Qt Test executable, registered
# with CTest under its labels (engine, studio, integration, xvfb, slow). Every test goes
# through here so that none is run only by hand.
function(teacup_add_test name)
  cmake_parse_arguments(T "" "WORKING_DIRECTORY;TIMEOUT" "SOURCES;LABELS;LINK;ENVIRONMENT" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LINK})
  teacup_target_defaults(${name})
  # QT_NO_EMIT: Qt's `emit` macro would swallow the SDK's emit() (Storm's name); use Q_EMIT.
  target_compile_definitions(${name} PRIVATE QT_NO_EMIT TEACUP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                                             TEACUP_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(NOT T_WORKING_DIRECTORY)
    set(T_WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  endif()
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${T_WORKING_DIRECTORY})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TEACUP_PLUGIN_PATH=${TEACUP_PLUGIN_OUTPUT_DIR};${T_ENVIRONMENT}")
endfunction()
