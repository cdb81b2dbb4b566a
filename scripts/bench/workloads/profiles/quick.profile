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
# 11 min 06 s).  The estimate made before that run, 17 to 23 minutes, was
# runs x per-run overhead + each workload's own time.  Per-run overhead
# (drop caches, prewarm, cgroup, snapshots, fio or stress-ng start under
# TCG): the former quick suite (8 workloads x 2 policies x 3 reps, 48 runs)
# took 15 min 50 s on a busy machine and 11 min 20 s on a quiet one
# (overhead.rst), of which its workloads' own time was about 240 s, so
# 15 s and 9 s per run.  Own time per run, from the bytes each job reads
# and its throughput in overhead.rst: zipf-read 4.4 s, scan-hotset 9.7,
# loop-larger 2.0, mmap-zipf 3.6, vm-swap 9.9 (2 ops at 0.20 ops/s),
# filera-strided 3.5 and filera-records 2.4 (readahead.rst), and
# sched-wakelat-one 16 (1 s warmup, 15 s recorded): 397 s in all.
# 63 x 15 + 397 = 1342 s (22 min) busy, 63 x 9 + 397 = 964 s (16 min)
# quiet, plus the boot and the report (under a minute).
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
