# Install rules for the component SDK: the public headers under include/teacup/sdk/ and a CMake
# package `TeacupSDK` (lib/cmake/TeacupSDK) that exports the INTERFACE target Teacup::sdk.
# Everything is in the install component `sdk`, so a plugin author (or tests/sdk) can install
# only the SDK:  cmake --install <build> --prefix <dir> --component sdk
# Included at the end of engine/CMakeLists.txt, where teacup_sdk is defined.
include(CMakePackageConfigHelpers)

set(TEACUP_SDK_INSTALL_INCLUDEDIR include)
set(TEACUP_SDK_INSTALL_CMAKEDIR lib/cmake/TeacupSDK)
# Same relative folder as installer/ and plugins/ use, so plugin projects can install next to
# the core pack: <prefix>/lib/teacup/plugins.
set(TEACUP_SDK_PLUGIN_INSTALL_DIR lib/teacup/plugins)

# The SDK ABI number the loader checks (TEACUP_SDK_VERSION in plugin.h), offered to plugin
# projects as TeacupSDK_ABI_VERSION; read from the header so there is one source of truth.
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/include/teacup/sdk/plugin.h teacup_sdk_abi_line
     REGEX "^#define TEACUP_SDK_VERSION [0-9]+")
string(REGEX REPLACE "^#define TEACUP_SDK_VERSION ([0-9]+).*" "\\1" TEACUP_SDK_ABI_VERSION "${teacup_sdk_abi_line}")

# Installed as Teacup::sdk (the build tree spells it teacup::sdk; both name the same target).
set_target_properties(teacup_sdk PROPERTIES EXPORT_NAME sdk)
install(TARGETS teacup_sdk EXPORT TeacupSDKTargets COMPONENT sdk)
install(DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/include/teacup/sdk
        DESTINATION ${TEACUP_SDK_INSTALL_INCLUDEDIR}/teacup
        COMPONENT sdk
        FILES_MATCHING PATTERN "*.h")
install(EXPORT TeacupSDKTargets
        NAMESPACE Teacup::
        FILE TeacupSDKTargets.cmake
        DESTINATION ${TEACUP_SDK_INSTALL_CMAKEDIR}
        COMPONENT sdk)

# The config template is written here rather than kept as a separate .in file, so the whole
# SDK packaging lives in this one file.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfig.cmake.in [=[
# TeacupSDK: the header-only Teacup component SDK. Provides the INTERFACE target Teacup::sdk
# (C++20, include dir with <teacup/sdk/*.h>) and these variables:
#   TeacupSDK_INCLUDE_DIR         the include directory
#   TeacupSDK_ABI_VERSION         TEACUP_SDK_VERSION of these headers (what the loader checks)
#   TeacupSDK_PLUGIN_INSTALL_DIR  <prefix>/lib/teacup/plugins, where installed plugins go
@PACKAGE_INIT@

include("${CMAKE_CURRENT_LIST_DIR}/TeacupSDKTargets.cmake")

set_and_check(TeacupSDK_INCLUDE_DIR "@PACKAGE_TEACUP_SDK_INSTALL_INCLUDEDIR@")
set(TeacupSDK_ABI_VERSION @TEACUP_SDK_ABI_VERSION@)
set(TeacupSDK_PLUGIN_INSTALL_DIR "@PACKAGE_TEACUP_SDK_PLUGIN_INSTALL_DIR@")

check_required_components(TeacupSDK)
]=])
configure_package_config_file(${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfig.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfig.cmake
                              INSTALL_DESTINATION ${TEACUP_SDK_INSTALL_CMAKEDIR}
                              PATH_VARS TEACUP_SDK_INSTALL_INCLUDEDIR TEACUP_SDK_PLUGIN_INSTALL_DIR)
# Before 1.0 a minor release may change the SDK, so only the same major.minor is compatible.
# Header-only: the package fits any architecture.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfigVersion.cmake
                                 VERSION ${PROJECT_VERSION}
                                 COMPATIBILITY SameMinorVersion
                                 ARCH_INDEPENDENT)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/TeacupSDKConfigVersion.cmake
        DESTINATION ${TEACUP_SDK_INSTALL_CMAKEDIR}
        COMPONENT sdk)
