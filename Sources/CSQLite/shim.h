/* SQLite for firstk. SQLITE_TRANSIENT is a macro Swift cannot import. */
#ifndef FIRSTK_CSQLITE_SHIM_H
#define FIRSTK_CSQLITE_SHIM_H
#include <sqlite3.h>

static inline int fk_bind_text(sqlite3_stmt *stmt, int index, const char *text) {
  return sqlite3_bind_text(stmt, index, text, -1, SQLITE_TRANSIENT);
}
#endif
