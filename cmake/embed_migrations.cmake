# Writes OUT: a C++ source embedding every migrations/NNNN_verb_noun.sql, so
# the binary carries its schema and cannot run against a mismatched copy.
# Usage: cmake -DSRC=<migrations dir> -DOUT=<file.cc> [-DFUNCTION=<name>] -P embed_migrations.cmake
# (FUNCTION defaults to EmbeddedMigrations; migrations/postgresql/ embeds as
# EmbeddedPostgresMigrations).
if(NOT FUNCTION)
  set(FUNCTION EmbeddedMigrations)
endif()
file(GLOB files ${SRC}/*.sql)
list(SORT files)
set(body "// Generated from numbered .sql migrations by cmake/embed_migrations.cmake. Do not edit.\n#include \"store/migrations.h\"\n\nnamespace parley::store {\n\nconst std::vector<Migration>& ${FUNCTION}() {\n  static const std::vector<Migration> kMigrations = {\n")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  if(NOT name MATCHES "^([0-9][0-9][0-9][0-9])_[a-z0-9_]+$")
    message(FATAL_ERROR "migration ${name}.sql is not named NNNN_verb_noun.sql")
  endif()
  string(REGEX REPLACE "^0*([0-9]+)_.*" "\\1" version ${name})
  file(READ ${f} sql)
  string(APPEND body "      {${version}, \"${name}\", R\"PARLEY_SQL(${sql})PARLEY_SQL\"},\n")
endforeach()
string(APPEND body "  };\n  return kMigrations;\n}\n\n}  // namespace parley::store\n")
file(WRITE ${OUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.tmp ${OUT})
