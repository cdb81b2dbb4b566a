# sched: the scheduler hooks on 4 vCPUs: stress-ng CPU,
# context-switch, pipe and mixed classes and the tools/wakelat wake-up
# latency workload under stock and the learned scheduler policies,
# interleaved in one boot.  Under TCG with 4 vCPUs on
# 2 host cores wall time is distorted: read sched.wait_ns, sys.ctxt,
# sched.lb_*, bogo_ops_per_s_cpu and wakelat.p50_us/p99_us.
reps 3
policies stock sched_migrate=learned sched_wake=learned sched_wake=outcome
vm-mem 1G
vm-smp 4
scratch-size 1G
swap-size 256M
workload stress-ng/sched-cpu.job
workload stress-ng/sched-switch.job
workload stress-ng/sched-pipe.job
workload stress-ng/sched-mix.job
workload wakelat/sched-wakelat.wakelat
workload wakelat/sched-wakelat-one.wakelat
