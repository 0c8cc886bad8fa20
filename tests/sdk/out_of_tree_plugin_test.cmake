# tst_out_of_tree_plugin (cmake -P): a plugin built against the installed SDK only.
#  1. installs the `sdk` component of the build tree into a temporary prefix;
#  2. configures and builds out_of_tree_plugin/ with CMAKE_PREFIX_PATH = that prefix alone, and
#     checks that find_package found the prefix and no compile line names the source tree;
#  3. runs `teacup run data/countdown.yaml --plugin-path <example>/plugins --sim --until-idle
#     --stats json` and checks the numbers (Countdown acked 10, Doubler executed 10);
#  4. loads the plugin that reports SDK version 999 and checks the refusal names its .so.
# Everything happens in one temporary folder under the test's binary dir, removed at the end
# whether the test passes or fails. Nothing is downloaded.
cmake_minimum_required(VERSION 3.25)

foreach(var TEACUP_BUILD_DIR TEACUP_CLI TEACUP_CORE_PLUGIN EXAMPLE_SOURCE_DIR TOPOLOGY WORK_ROOT GENERATOR
            CXX_COMPILER SOURCE_TREE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "tst_out_of_tree_plugin: -D${var}=... is missing")
  endif()
endforeach()

string(RANDOM LENGTH 8 ALPHABET "abcdefghijklmnopqrstuvwxyz0123456789" suffix)
set(work ${WORK_ROOT}/tst_out_of_tree_plugin-${suffix})
set(prefix ${work}/prefix)
set(example_build ${work}/build)

function(fail message)
  file(REMOVE_RECURSE ${work})
  message(FATAL_ERROR "tst_out_of_tree_plugin: ${message}")
endfunction()

# Runs a command; fails the test (with its output) unless it exits 0.
function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    fail("${what} failed (${rc}):\n${out}\n${err}")
  endif()
endfunction()

# Sets `${out_var}` to the integer at JSON path ARGN of `json`, failing when it is missing.
function(json_number out_var json)
  string(JSON value ERROR_VARIABLE error GET "${json}" ${ARGN})
  if(error)
    fail("stats JSON has no ${ARGN}: ${error}\n${json}")
  endif()
  set(${out_var} ${value} PARENT_SCOPE)
endfunction()

function(expect_equal what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    fail("${what} is ${actual}, expected ${expected}")
  endif()
  message(STATUS "ok: ${what} = ${actual}")
endfunction()

foreach(built ${TEACUP_CLI} ${TEACUP_CORE_PLUGIN})
  if(NOT EXISTS ${built})
    message(FATAL_ERROR "tst_out_of_tree_plugin: ${built} is not built; build the default target first")
  endif()
endforeach()

# Nothing from the environment may point the example at another SDK or the run at other plugins.
unset(ENV{CMAKE_PREFIX_PATH})
unset(ENV{TeacupSDK_DIR})
unset(ENV{TEACUP_PLUGIN_PATH})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

# --- 1. install the SDK ---------------------------------------------------------------------
run_step("installing the sdk component"
         ${CMAKE_COMMAND} --install ${TEACUP_BUILD_DIR} --prefix ${prefix} --component sdk)
foreach(installed include/teacup/sdk/sdk.h include/teacup/sdk/plugin.h include/teacup/sdk/task_hook.h
                  lib/cmake/TeacupSDK/TeacupSDKConfig.cmake lib/cmake/TeacupSDK/TeacupSDKConfigVersion.cmake
                  lib/cmake/TeacupSDK/TeacupSDKTargets.cmake)
  if(NOT EXISTS ${prefix}/${installed})
    fail("the sdk install did not produce ${installed}")
  endif()
endforeach()

# --- 2. build the example against the prefix only --------------------------------------------
run_step("configuring the example plugin"
         ${CMAKE_COMMAND} -S ${EXAMPLE_SOURCE_DIR} -B ${example_build} -G ${GENERATOR}
         -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_BUILD_TYPE=Debug -DCMAKE_PREFIX_PATH=${prefix}
         -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF
         -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DEXAMPLE_WERROR=ON)
file(STRINGS ${example_build}/CMakeCache.txt sdk_dir_line REGEX "^TeacupSDK_DIR:")
expect_equal("TeacupSDK_DIR" "${sdk_dir_line}" "TeacupSDK_DIR:PATH=${prefix}/lib/cmake/TeacupSDK")
run_step("building the example plugin" ${CMAKE_COMMAND} --build ${example_build})
file(READ ${example_build}/compile_commands.json compile_commands)
string(FIND "${compile_commands}" "${SOURCE_TREE}/engine" leak)
if(NOT leak EQUAL -1)
  fail("the example compiled against the Teacup source tree:\n${compile_commands}")
endif()
set(example_so ${example_build}/plugins/libteacup-example.so)
set(wrong_so ${example_build}/wrong-version-plugins/libteacup-wrong-version.so)
foreach(so ${example_so} ${wrong_so})
  if(NOT EXISTS ${so})
    fail("the example build did not produce ${so}")
  endif()
endforeach()

# --- 3. run the example classes with the real CLI ---------------------------------------------
execute_process(COMMAND ${TEACUP_CLI} run ${TOPOLOGY} --plugin-path ${example_build}/plugins --sim --until-idle
                        --stats json
                RESULT_VARIABLE rc OUTPUT_VARIABLE stats ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("teacup run exited ${rc}:\n${stats}\n${err}")
endif()
if(err MATCHES "warning")
  fail("teacup run warned:\n${err}")
endif()
json_number(spout_id "${stats}" spouts 0 spoutId)
expect_equal("spouts[0].spoutId" "${spout_id}" "countdown")
json_number(spout_emitted "${stats}" spouts 0 emitted)
expect_equal("countdown emitted" "${spout_emitted}" 10)
json_number(spout_acked "${stats}" spouts 0 acked)
expect_equal("countdown acked" "${spout_acked}" 10)
json_number(spout_failed "${stats}" spouts 0 failed)
expect_equal("countdown failed" "${spout_failed}" 0)
json_number(bolt_id "${stats}" bolts 0 boltId)
expect_equal("bolts[0].boltId" "${bolt_id}" "doubler")
json_number(bolt_tasks "${stats}" bolts 0 tasks)
expect_equal("doubler tasks" "${bolt_tasks}" 2)
json_number(bolt_executed "${stats}" bolts 0 executed)
expect_equal("doubler executed" "${bolt_executed}" 10)
json_number(bolt_acked "${stats}" bolts 0 acked)
expect_equal("doubler acked" "${bolt_acked}" 10)
json_number(bolt_emitted "${stats}" bolts 0 emitted)
expect_equal("doubler emitted" "${bolt_emitted}" 10)

# --- 4. a plugin built against another SDK version is refused, naming the .so -----------------
execute_process(COMMAND ${TEACUP_CLI} validate ${TOPOLOGY} --plugin-path ${example_build}/wrong-version-plugins
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(FIND "${err}" "${wrong_so}: built against SDK version 999" refusal)
if(refusal EQUAL -1)
  fail("no refusal naming ${wrong_so} and version 999 (exit ${rc}):\n${out}\n${err}")
endif()
message(STATUS "ok: refusal names the .so")
# Its classes never load, so the topology's example classes are unknown: validation fails.
if(rc EQUAL 0)
  fail("teacup validate accepted the topology without the example plugin:\n${out}\n${err}")
endif()
if(NOT err MATCHES "unknown className 'teacup\\.example\\.Countdown'")
  fail("validate without the example plugin did not report the unknown class:\n${err}")
endif()
message(STATUS "ok: without a loadable plugin the example classes are unknown (exit ${rc})")

file(REMOVE_RECURSE ${work})
message(STATUS "tst_out_of_tree_plugin: passed")
