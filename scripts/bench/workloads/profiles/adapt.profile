# Online adaptation of reclaim=learned against the frozen model
# (reclaim/adapt=0), interleaved in one boot: the loop where the model's
# spares pay (loop-larger, phase 1), the phase that contradicts it
# (adapt-contra) and both in one cgroup (adapt-twophase).  24 runs.
reps 2
policies stock mglru reclaim=learned reclaim=learned+reclaim/adapt=0
vm-mem 512M
workload fio/loop-larger.fio
workload fio/adapt-contra.fio
workload fio/adapt-twophase.fio
sample 1
