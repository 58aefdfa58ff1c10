# cmake -DSOURCE_DIR=… -P SourceRules.cmake — fails when a rule of the code base is broken. Each rule: a
# regular expression, the files where it may appear, and why it may not appear anywhere else.
# Comment lines are not checked: they may name what they explain.
set(rule_names "")
function(deskcrm_rule name pattern allowed why)
    set(rule_names ${rule_names} ${name} PARENT_SCOPE)
    set(rule_${name}_pattern "${pattern}" PARENT_SCOPE)
    set(rule_${name}_allowed "${allowed}" PARENT_SCOPE)
    set(rule_${name}_why "${why}" PARENT_SCOPE)
endfunction()

deskcrm_rule(file_dialog "QFileDialog" "dialogs/DialogSeams\\.(h|cpp)$"
    "file dialogs are made by DialogSeams::createFileDialog, whose icon provider never opens the files it lists (an open database's -wal/-shm read in-process lose SQLite's locks: issue 17)")
deskcrm_rule(mime_sniffing "QMimeDatabase|QFileIconProvider[^.]" "dialogs/FileTypeIconProvider\\.(h|cpp)$|dialogs/DialogSeams\\.cpp$"
    "reading a file to learn its type may open an open database's files in-process; use FileTypeIconProvider (by name only)")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h"
    "${SOURCE_DIR}/dialogs/*.cpp" "${SOURCE_DIR}/dialogs/*.h")

set(failures 0)
foreach(source IN LISTS sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    foreach(name IN LISTS rule_names)
        if(source MATCHES "${rule_${name}_allowed}")
            continue()
        endif()
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "^[ \t]*//")
                continue()
            endif()
            if(line MATCHES "${rule_${name}_pattern}")
                message(SEND_ERROR "${source}:${number}: ${name}: ${rule_${name}_why}\n    ${line}")
                math(EXPR failures "${failures} + 1")
            endif()
        endforeach()
    endforeach()
endforeach()
list(LENGTH sources count)
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} source rule violations")
endif()
message(STATUS "source rules: ${count} files checked")
