# The real-workload corpus (scripts/bench/workloads/corpus/*.cmd): six
# applications nobody in this project wrote, each at the three limits of
# its header (a miss-ratio curve), stock, MGLRU and the learned reclaim
# policy interleaved in one boot.  scripts/bench/bench-corpus runs it and adds
# cachesim's OPT, S3-FIFO, SIEVE, ARC and LRU on each entry's traced
# stock run.  Evaluation protocol: leave-one-family-out; the shipped
# reclaim model was trained on scripts/bench/workloads/train-reclaim/*.fio
# (synthetic fio families), so every corpus family is held out.
reps 2
policies stock mglru reclaim=learned
vm-mem 512M
scratch-size 2G
trace yes
# (the families that use the least CPU first: a run stopped by its
# timeout keeps the most families)
workload corpus/sysbench.cmd
workload corpus/rocksdb.cmd
workload corpus/sqlite.cmd
workload corpus/ripgrep.cmd
workload corpus/git.cmd
workload corpus/backup.cmd
