# Database data files: sysbench fileio, 20,000 random 16 KiB reads with a Pareto skew (h 0.2) over 8 files of 6 MiB.
# memory.max: 16M 32M 64M
# needs: sysbench
# setup: sysbench fileio --file-num=8 --file-total-size=48M prepare >/dev/null
# note: one thread and --rand-seed=1: the same offsets in every run
sysbench fileio --file-num=8 --file-total-size=48M --file-test-mode=rndrd --file-extra-flags= --file-fsync-freq=0 --rand-type=pareto --rand-pareto-h=0.2 --events=20000 --time=0 --threads=1 --rand-seed=1 run >out/sysbench.txt
