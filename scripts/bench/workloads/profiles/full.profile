# full: every policy the kernel lists ("all": stock, mglru and HOOK=NAME for
# each learned policy), 5 reps, and memory.max sweeps for miss-ratio curves.
# Several hours under TCG.
reps 5
policies all
vm-mem 768M
vm-smp 2
scratch-size 3G
swap-size 512M
workload fio/zipf-read.fio 12M 16M 24M 32M 48M
workload fio/scan-hotset.fio 32M 48M 64M
workload fio/loop-larger.fio 24M 32M 40M 48M
workload fio/two-cgroups.fio
workload fio/seq-stream.fio
workload fio/mmap-zipf.fio 10M 12M 16M 24M
workload stress-ng/vm-swap.job 32M 48M 64M
workload stress-ng/sched.job
