#ifndef LOTSE_CSQLITE_SHIM_H
#define LOTSE_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
