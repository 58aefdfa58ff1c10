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
# Only wall-clock reads: QElapsedTimer (how long something took, e.g. in app/bench/) is not the time of day.
deskcrm_rule(direct_time "QDate::currentDate|QDateTime::currentDateTime|currentDateTimeUtc|currentMSecsSinceEpoch|(^|[^A-Za-z_])utcNow[ \t]*\\(" "models/core/Clock\\.cpp$|models/core/SqlValues\\.(h|cpp)$|models/core/Uuid\\.cpp$"
    "the time comes from the database's clock (Database::clock(): nowUtc(), today(), timestamp()), so tests set it instead of waiting for it to pass (issue 9); a widget with no database takes a Clock through setClock(); UUIDv7 keys take the real time by design (they must sort by creation across laptops)")
# Connection and configuration code (ConnectionSettings, Database, the shell and its dialogs) still asks which
# database it is; models/ code that builds SQL never does.
deskcrm_rule(dialect_branch "isPostgres[ \t]*\\(|isSQLite[ \t]*\\(|Dialect::(PostgreSQL|SQLite)" "^(app|views|dialogs)/|^models/core/(ConnectionSettings|Database|[A-Za-z]*Dialect)\\.(h|cpp)$"
    "SQL that differs by dialect sits behind a dialect class per concern (Database::sqlDialect(), searchDialect(), bulkLoadDialect(), bulkReadDialect(), maintenanceDialect() in models/core/): add what the new feature needs there instead of branching on the dialect (issue 9)")

deskcrm_rule(row_stamp "version *= *version *[+] *1|updated_(at|by) *= *[?]|deleted_at *= *[?]" "models/core/RecordWriter[.]cpp$"
    "rows are stamped (updated_at/by, version, deleted_at) by RecordWriter only, so the audit and sync hooks see every change (issue 9)")
# Derived rows (report summaries, the full-text index's commands, the global search index's rows, the migrations' own
# bookkeeping, the audit triggers' log rows) are not records; nor are a replica's outbox, conflicts and the server's
# rows a replica copies as they are (models/sync: their stamps are the server's, written by the server).
deskcrm_rule(row_insert "INSERT +INTO" "models/core/(RecordWriter|RecordBatch|MaintenanceDialect|BulkLoadDialect|SchemaMigrator|SearchIndex|AuditDialect)[.]cpp$|models/reports/ReportSummaries[.]cpp$|models/sync/Sync(Replica|Session)[.]cpp$"
    "new rows are made by RecordWriter::insert or its batched form RecordBatch (imports, demo data, sync), which stamp created/updated at and by and the version and announce the rows (issue 9)")

# Issue 19: DeskCRM builds on Windows and macOS too. Headers of one operating system (POSIX, Linux, Win32) are
# included in models/core/Platform.cpp alone; everything else uses Qt, the C++ library, or Platform's functions.
deskcrm_rule(platform_header "#[ \t]*include[ \t]*<(unistd|fcntl|pwd|grp|dlfcn|termios|poll|dirent|syslog|io|direct|windows|qt_windows|shlobj|winsock2|mach/[a-z_]+|sys/[a-z_]+|linux/[a-z_]+)\\.h>" "models/core/Platform\\.cpp$"
    "a platform-only header breaks the build on the other systems (app/cli/DemoCommand.cpp once included <unistd.h> for isatty): add what is needed to models/core/Platform.{h,cpp} (Platform::isTerminal(), fileIdentity(), newFilePermissions(), networkFileSystem(), shutDownSocket()) behind Q_OS_ guards")

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/views/*.cpp" "${SOURCE_DIR}/views/*.h"
    "${SOURCE_DIR}/dialogs/*.cpp" "${SOURCE_DIR}/dialogs/*.h")

set(failures 0)
foreach(source IN LISTS sources)
    # One list item per line. "[", "]", ";" and "\\" are hidden while splitting: CMake's lists would join
    # the lines from an unmatched "[" to its "]" (file(STRINGS) does) or after a "\\", hiding them from the rules.
    file(READ "${SOURCE_DIR}/${source}" text)
    string(REPLACE "\\" "@deskcrm_bs@" text "${text}")
    string(REPLACE "[" "@deskcrm_lb@" text "${text}")
    string(REPLACE "]" "@deskcrm_rb@" text "${text}")
    string(REPLACE ";" "@deskcrm_sc@" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    foreach(name IN LISTS rule_names)
        if(source MATCHES "${rule_${name}_allowed}")
            continue()
        endif()
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            string(REPLACE "@deskcrm_lb@" "[" line "${line}")
            string(REPLACE "@deskcrm_rb@" "]" line "${line}")
            string(REPLACE "@deskcrm_sc@" ";" line "${line}")
            string(REPLACE "@deskcrm_bs@" "\\" line "${line}")
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
