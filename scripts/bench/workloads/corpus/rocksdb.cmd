# A key-value store: RocksDB's own db_bench, 30,000 point reads with exponentially skewed keys from a 48 MiB compacted store, 1 MiB block cache.
# memory.max: 16M 32M 64M
# needs: db_bench tar
# setup: tar -xf "$CORPUS_DATA/rocksdb.tar"
# note: --readonly opens the store read-only (nothing is written, so
#   every run reads the same files); --seed fixes the keys
db_bench --benchmarks=readrandom --readonly=1 --use_existing_db=1 --db=./db --num=220000 --reads=30000 --threads=1 --seed=42 --cache_size=1048576 --read_random_exp_range=8 --compression_type=none --statistics=0 --open_files=-1 >out/db_bench.txt
