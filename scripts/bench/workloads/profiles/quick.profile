# quick: the default suite (`make run`).  Stock, MGLRU and the learned
# policy of each hook family, each on the workloads where its hook acts,
# 3 reps, one boot; the report ends with one VERDICT line per workload.
#
#   page cache   zipf-read, scan-hotset, loop-larger: stock, mglru,
#                reclaim=learned (pages read from disk).  mmap-zipf: stock,
#                mglru, evict=learned+reclaim=learned (major faults; the
#                reclaim policy leaves mapped folios to stock, refault
#                activation decides them).  Both hooks together are not
#                run on the read(2) workloads: there they read what
#                reclaim=learned alone reads (0.994 against 0.993, 0.870
#                against 0.871, 0.724 against 0.725 of stock, reclaim.rst).
#   swap-in      vm-swap: stock, mglru, swapra=learned (pswpin; swapra=learned
#                faults less and reads more, readahead.rst)
#   file RA      filera-strided, filera-records: stock, filera=learned
#   scheduler    sched-wakelat-one: stock, sched_wake=outcome (run-queue
#                wait per wake-up).  At the profile's 2 vCPUs; the
#                README's sched figures are from the sched profile's 4.
# OPT is not run: it needs a second, traced boot and tools/cachesim
# (scripts/bench/bench-reclaim, `make results`), too long for this suite.
# Left out for time: two-cgroups, seq-stream, sched.job, filera-seq,
# filera-zipf, filera-ranges (the full, filera and sched profiles run them).
#
# Time: measured 11 min 42 s after the build on 2026-12-07 (scripts/bench/bench
# --profile quick on a quiet 2-core machine, TCG: the guest's 63 runs took
# 11 min 06 s).
#
# Lines: reps N | policies SPEC... | vm-mem SIZE | vm-smp N | scratch-size SIZE
#        swap-size SIZE | workload FILE [MEMORY_MAX...] [policies SPEC...]
# FILE is relative to scripts/bench/workloads/; several MEMORY_MAX values make a
# sweep (one workload NAME@SIZE per value, plotted as a miss-ratio curve).
# A workload's own "policies SPEC..." replaces the profile's policies line
# for it; scripts/bench/bench --policies replaces both.
reps 3
policies stock mglru
vm-mem 512M
vm-smp 2
scratch-size 2G
swap-size 512M
workload fio/zipf-read.fio policies stock mglru reclaim=learned
workload fio/scan-hotset.fio policies stock mglru reclaim=learned
workload fio/loop-larger.fio policies stock mglru reclaim=learned
workload fio/mmap-zipf.fio policies stock mglru evict=learned+reclaim=learned
workload stress-ng/vm-swap.job policies stock mglru swapra=learned
workload fio/filera-strided.fio policies stock filera=learned
workload fio/filera-records.fio policies stock filera=learned
workload wakelat/sched-wakelat-one.wakelat policies stock sched_wake=outcome
