# quick: the default suite (`make run`).  Every default workload under stock
# and MGLRU, 3 reps, in one boot; about 20 minutes under QEMU TCG on 2 cores.
#
# Lines: reps N | policies SPEC... | vm-mem SIZE | vm-smp N | scratch-size SIZE
#        swap-size SIZE | workload FILE [MEMORY_MAX...]
# FILE is relative to scripts/workloads/; several MEMORY_MAX values make a
# sweep (one workload NAME@SIZE per value, plotted as a miss-ratio curve).
reps 3
policies stock mglru
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
