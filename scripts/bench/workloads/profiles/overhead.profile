# overhead: the suite scripts/bench/bench-overhead runs on the unpatched and the
# patched kernel, policy stock (the quick suite until the quick suite
# became one workload set per hook family; overhead.rst's figures were
# measured on these eight workloads).
#
# Lines: as in quick.profile.
reps 3
policies stock
vm-mem 512M
vm-smp 2
scratch-size 2G
swap-size 512M
workload fio/zipf-read.fio
workload fio/scan-hotset.fio
workload fio/loop-larger.fio
workload fio/two-cgroups.fio
workload fio/seq-stream.fio
workload fio/mmap-zipf.fio
workload stress-ng/vm-swap.job
workload stress-ng/sched.job
