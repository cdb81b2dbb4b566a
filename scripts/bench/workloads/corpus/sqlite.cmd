# A database: SQLite point lookups (skewed to low keys), a report scanning a third of a 44 MiB table, index lookups, then the point lookups again (does the hot set survive the scan?).
# memory.max: 16M 32M 64M
# needs: sqlite3 cp
# setup: cp "$CORPUS_DATA/orders.db" orders.db
# note: SQLite's own cache is cut to 256 KiB and mmap is off, so the
#   page cache is the database's buffer pool
sqlite3 -readonly orders.db <"$CORPUS_ENTRIES/sqlite-orders.sql" >out/result.txt
