# The interpreter: parser (src/parser), objects (src/objects), compiler and
# VM (src/vm), C modules (src/modules) and the command line (src/main.c).
find_library(GMP_LIBRARY gmp REQUIRED)
find_path(GMP_INCLUDE_DIR gmp.h REQUIRED)

file(GLOB GP_PARSER_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/parser/*.c)
file(GLOB GP_OBJECTS_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/objects/*.c)
file(GLOB GP_VM_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/vm/*.c ${CMAKE_SOURCE_DIR}/src/modules/*.c)

# The front end needs no object system: it can be built and tested alone.
if(GP_PARSER_SRC)
  add_library(gp_parser STATIC ${GP_PARSER_SRC})
  target_include_directories(gp_parser PUBLIC ${CMAKE_SOURCE_DIR}/src/parser)
endif()

if(GP_OBJECTS_SRC)
  add_library(gp_objects STATIC ${GP_OBJECTS_SRC})
  target_include_directories(gp_objects PUBLIC ${CMAKE_SOURCE_DIR}/src/objects
                             ${CMAKE_SOURCE_DIR}/src/vm ${CMAKE_SOURCE_DIR}/include ${GMP_INCLUDE_DIR})
  target_link_libraries(gp_objects PUBLIC ${GMP_LIBRARY} m)
endif()

if(EXISTS ${CMAKE_SOURCE_DIR}/src/main.c AND GP_VM_SRC AND GP_PARSER_SRC AND GP_OBJECTS_SRC)
  # lib/*.py, embedded in the binary (cmake/embed_lib.cmake)
  file(GLOB_RECURSE GP_LIB_PY CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/lib/*.py)
  set(GP_LIB_C ${CMAKE_BINARY_DIR}/gp_lib_sources.c)
  add_custom_command(OUTPUT ${GP_LIB_C}
                     COMMAND ${CMAKE_COMMAND} -DLIB_DIR=${CMAKE_SOURCE_DIR}/lib -DOUT=${GP_LIB_C}
                             -P ${CMAKE_SOURCE_DIR}/cmake/embed_lib.cmake
                     DEPENDS ${GP_LIB_PY} ${CMAKE_SOURCE_DIR}/cmake/embed_lib.cmake
                     COMMENT "Embedding lib/*.py")
  add_executable(gilpy ${CMAKE_SOURCE_DIR}/src/main.c ${GP_VM_SRC} ${GP_LIB_C})
  target_include_directories(gilpy PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/src/vm
                             ${CMAKE_SOURCE_DIR}/src/modules)
  # gilpy's own modules link libgil statically; the objects library sits
  # between the VM and itself in both directions, hence the link group.
  target_link_libraries(gilpy PRIVATE gp_parser -Wl,--start-group gp_objects gil_static -Wl,--end-group
                        ${GMP_LIBRARY} m Threads::Threads)
  set_target_properties(gilpy PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  # native modules (include/gilpy.h) resolve the gilpy_* API against the binary
  set_target_properties(gilpy PROPERTIES ENABLE_EXPORTS ON)
  target_link_libraries(gilpy PRIVATE ${CMAKE_DL_LIBS})
  find_library(EDIT_LIBRARY edit)
  if(EDIT_LIBRARY)
    target_link_libraries(gilpy PRIVATE ${EDIT_LIBRARY})
    target_compile_definitions(gilpy PRIVATE GP_HAVE_LIBEDIT=1)
  endif()
endif()
