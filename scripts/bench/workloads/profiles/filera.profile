# filera: the file readahead policies on strided, sequential and
# random-ish fio reads, in one boot.  Wasted readahead (wasted_ra_pages) is
# at least disk_read_pages above the pages fio read (fio.read_kib / 4):
# exact on filera-seq (every page read once), a lower bound on
# filera-strided (fio reads its 8192 pages 4 times), filera-zipf,
# filera-records and filera-ranges (each rereads a few pages);
# disk_read_pages minus the distinct pages fio reads bounds it from above:
# 8192 on filera-strided, 5664 on filera-records (of 6144 reads), 5340 on
# filera-ranges (of 6000 reads; fio's offsets are fixed by randseed).
reps 3
policies stock filera=trend filera=learned
vm-mem 512M
vm-smp 2
scratch-size 2G
swap-size 512M
workload fio/filera-strided.fio
workload fio/filera-seq.fio
workload fio/filera-zipf.fio
workload fio/filera-records.fio
workload fio/filera-ranges.fio
