# The English catalogue must be current: lupdate over the same project (sources and
# include paths, as qt_add_translations generates it), with the same options, into a
# copy must not change it.
#   cmake -DLUPDATE=… -DTS=… -DPROJECT_SCRIPT=… -DPROJECT_IN=… -DWORK=… -P check_translations.cmake
#   PROJECT_IN: candidates separated by "|" (the place differs between Qt versions)
string(REPLACE "|" ";" candidates "${PROJECT_IN}")
set(PROJECT_IN "")
foreach(candidate IN LISTS candidates)
    if(EXISTS ${candidate})
        set(PROJECT_IN ${candidate})
        break()
    endif()
endforeach()
if(PROJECT_IN STREQUAL "")
    message(FATAL_ERROR "no lupdate project file at any of: ${candidates}")
endif()
set(PROJECT_JSON ${WORK}/project.json)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${PROJECT_JSON} -P ${PROJECT_SCRIPT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not render the lupdate project from ${PROJECT_IN}")
endif()
file(COPY ${TS} DESTINATION ${WORK})
get_filename_component(name ${TS} NAME)
execute_process(COMMAND ${LUPDATE} -project ${PROJECT_JSON} -no-obsolete -locations none -ts ${WORK}/${name}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${TS} ${WORK}/${name} RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "resources/i18n/${name} is out of date: run 'cmake --build build --target update_translations' and commit it")
endif()
message(STATUS "translations are current")
