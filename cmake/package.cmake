# The library for other programs: a shared libalign.so next to the static libalign.a, and the
# install rules (headers, both libraries, the CMake package, pkg-config, the CLI). Included by
# the top-level CMakeLists.txt once every target exists.
#
#   libalign          the library target every in-tree user links (CLI, tests). Static unless
#                     BUILD_SHARED_LIBS=ON. Installed and exported as libalign::libalign_static.
#   libalign_shared   libalign.so.${SOVERSION}, built from libalign's object files (no second
#                     compilation). Installed and exported as libalign::libalign.
#
# With BUILD_SHARED_LIBS=ON, libalign itself is the shared library and no static one is built.
include(CMakePackageConfigHelpers)

option(LIBALIGN_BUILD_SHARED "Also build the shared library libalign.so for other programs."
       ${LIBALIGN_INSTALL})

set(_libalign_map "${PROJECT_SOURCE_DIR}/cmake/libalign.map")
set(_libalign_shared "")
set(_libalign_static "")

# Export only the API from a shared libalign (cmake/libalign.map) and refuse undefined symbols,
# so that a missing source is a link error here rather than a load error in a consumer.
function(_libalign_shared_link_options target)
  target_link_options(${target} PRIVATE "LINKER:--version-script=${_libalign_map}"
                      "LINKER:--no-undefined")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "${_libalign_map}")
endfunction()

get_target_property(_libalign_type libalign TYPE)
if(_libalign_type STREQUAL "SHARED_LIBRARY")
  _libalign_shared_link_options(libalign)
  set(_libalign_shared libalign)
else()
  set_target_properties(libalign PROPERTIES EXPORT_NAME libalign_static)
  set(_libalign_static libalign)
  if(LIBALIGN_BUILD_SHARED)
    # libalign is compiled with POSITION_INDEPENDENT_CODE, so its objects fit a shared library.
    add_library(libalign_shared SHARED $<TARGET_OBJECTS:libalign>)
    add_library(libalign::libalign_shared ALIAS libalign_shared)
    set_target_properties(libalign_shared PROPERTIES
      OUTPUT_NAME align
      EXPORT_NAME libalign
      VERSION ${PROJECT_VERSION}
      SOVERSION ${PROJECT_VERSION_MAJOR})
    target_compile_features(libalign_shared PUBLIC cxx_std_20)
    target_include_directories(libalign_shared PUBLIC
      $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/libalign/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
    # The same dependencies as libalign, whatever the stages added to it.
    get_target_property(_libalign_dependencies libalign LINK_LIBRARIES)
    target_link_libraries(libalign_shared PRIVATE ${_libalign_dependencies})
    _libalign_shared_link_options(libalign_shared)
    add_dependencies(libalign_shared libalign)
    set(_libalign_shared libalign_shared)
  endif()
endif()

if(NOT LIBALIGN_INSTALL)
  return()
endif()

set(_libalign_cmakedir "${CMAKE_INSTALL_LIBDIR}/cmake/libalign")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/libalign/include/libalign"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")

if(_libalign_shared)
  install(TARGETS ${_libalign_shared} EXPORT libalignTargets
          LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
          INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  install(EXPORT libalignTargets NAMESPACE libalign:: DESTINATION "${_libalign_cmakedir}")
endif()
if(_libalign_static)
  install(TARGETS ${_libalign_static} EXPORT libalignStaticTargets
          ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
  install(EXPORT libalignStaticTargets NAMESPACE libalign:: DESTINATION "${_libalign_cmakedir}")
endif()

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/libalignConfig.cmake.in"
                              "${PROJECT_BINARY_DIR}/cmake/libalignConfig.cmake"
                              INSTALL_DESTINATION "${_libalign_cmakedir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/cmake/libalignConfigVersion.cmake"
                                 VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/cmake/libalignConfig.cmake"
              "${PROJECT_BINARY_DIR}/cmake/libalignConfigVersion.cmake"
        DESTINATION "${_libalign_cmakedir}")

# pkg-config: relocatable through ${pcfiledir}, so `cmake --install --prefix DIR` works too.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  message(FATAL_ERROR "libalign.pc needs CMAKE_INSTALL_LIBDIR/INCLUDEDIR relative to the prefix")
endif()
file(RELATIVE_PATH LIBALIGN_PC_PREFIX_FROM_PCDIR "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig"
     "/prefix")
string(REGEX REPLACE "/$" "" LIBALIGN_PC_PREFIX_FROM_PCDIR "${LIBALIGN_PC_PREFIX_FROM_PCDIR}")
set(LIBALIGN_PC_STEMMER "-lstemmer")
configure_file("${PROJECT_SOURCE_DIR}/cmake/libalign.pc.in" "${PROJECT_BINARY_DIR}/cmake/libalign.pc"
               @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/cmake/libalign.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

if(TARGET align)
  install(TARGETS align RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

# CI proof that the installed package works for others: install to a temporary prefix, then
# build and run the C++ (find_package), C (pkg-config) and Python (ctypes) consumers.
if(LIBALIGN_BUILD_TESTS AND _libalign_shared AND _libalign_static)
  add_test(NAME install_consumers
           COMMAND "${PROJECT_SOURCE_DIR}/scripts/test-install.sh" "${PROJECT_BINARY_DIR}")
  set_tests_properties(install_consumers PROPERTIES LABELS install TIMEOUT 600)
endif()
