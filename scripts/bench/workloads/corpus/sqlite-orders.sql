-- Queries of scripts/bench/workloads/corpus/sqlite.cmd on orders.db (scripts/bench/corpus-data).
PRAGMA cache_size=-256;
PRAGMA mmap_size=0;
-- 20000 point lookups on the primary key, skewed to low ids (square of a uniform draw)
WITH RECURSIVE r(i, x) AS (SELECT 1, 7 UNION ALL SELECT i + 1, (x * 1103515245 + 12345) % 2147483648 FROM r WHERE i < 20000)
SELECT count(*), sum(o.amount) FROM r JOIN orders o ON o.id = 1 + ((x >> 8) % 547) * ((x >> 8) % 547);
-- a report: one scan over a third of the table
SELECT count(*), sum(amount) FROM orders WHERE id BETWEEN 100000 AND 200000;
-- 5000 lookups through the secondary index
WITH RECURSIVE r(i, x) AS (SELECT 1, 11 UNION ALL SELECT i + 1, (x * 1103515245 + 12345) % 2147483648 FROM r WHERE i < 5000)
SELECT count(*), sum(o.amount) FROM r JOIN orders o ON o.customer = (x >> 8) % 50000;
-- the point lookups again: is the hot set still cached after the report?
WITH RECURSIVE r(i, x) AS (SELECT 1, 7 UNION ALL SELECT i + 1, (x * 1103515245 + 12345) % 2147483648 FROM r WHERE i < 20000)
SELECT count(*), sum(o.amount) FROM r JOIN orders o ON o.id = 1 + ((x >> 8) % 547) * ((x >> 8) % 547);
