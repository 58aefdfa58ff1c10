# Runs lupdate for DeskCRM's catalogues. Portable (cmake -P), so it works the same on every platform.
#   -DMODE=update : refresh translations/*.ts in place (target update_translations)
#   -DMODE=check  : refresh copies and fail when a source string is missing from a .ts file or is not
#                   translated (zh_CN: every string; en: plural forms only) — the CI guard
# Needs -DLUPDATE=… -DSOURCES_LIST=… (a file, one source per line) -DTS_DIR=… -DWORK_DIR=…
foreach(var LUPDATE SOURCES_LIST TS_DIR WORK_DIR MODE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate.cmake needs -D${var}=")
    endif()
endforeach()

if(MODE STREQUAL "check")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    # file(COPY) skips files whose timestamps match: remove the old copies so a check never reads stale ones.
    file(REMOVE "${WORK_DIR}/deskcrm_en.ts" "${WORK_DIR}/deskcrm_zh_CN.ts")
    file(COPY "${TS_DIR}/deskcrm_en.ts" "${TS_DIR}/deskcrm_zh_CN.ts" DESTINATION "${WORK_DIR}")
    set(out_dir "${WORK_DIR}")
else()
    set(out_dir "${TS_DIR}")
endif()

set(failed FALSE)
foreach(lang en zh_CN)
    set(ts "${out_dir}/deskcrm_${lang}.ts")
    set(extra)
    if(lang STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -no-obsolete -locations none -source-language en -target-language ${lang} ${extra}
                "@${SOURCES_LIST}" -ts "${ts}"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${lang}:\n${out}\n${err}")
    endif()
    string(REGEX MATCH "\\(([0-9]+) new and" _ "${out}")
    set(new_count "${CMAKE_MATCH_1}")
    file(READ "${ts}" content)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished unfinished_count)
    message(STATUS "deskcrm_${lang}.ts: ${new_count} new source texts, ${unfinished_count} unfinished")
    # New source texts arrive as unfinished messages, so the unfinished count covers them.
    if(MODE STREQUAL "check" AND unfinished_count GREATER 0)
        set(failed TRUE)
        # Name the offending strings so the fix is obvious.
        # A ';' (as in "&amp;") would split CMake list items: hide it while matching.
        string(REPLACE ";" "<semicolon>" safe "${content}")
        string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" missing "${safe}")
        foreach(m IN LISTS missing)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${m}")
            string(REPLACE "<semicolon>" ";" text "${text}")
            string(REPLACE "&amp;" "&" text "${text}")
            message("  untranslated (${lang}): ${text}")
        endforeach()
    endif()
endforeach()

if(failed)
    message(FATAL_ERROR "Translations are incomplete: run `cmake --build <build> --target update_translations`, "
                        "translate every unfinished message in translations/*.ts (Qt Linguist), and commit them.")
endif()
