# filera: the file readahead policies (issue 6) on strided, sequential and
# random-ish fio reads, in one boot.  Wasted readahead (wasted_ra_pages) is
# at least disk_read_pages above the pages fio read (fio.read_kib / 4):
# exact on filera-seq (every page read once), a lower bound on
# filera-strided (fio reads its 8192 pages 4 times) and filera-zipf;
# disk_read_pages - 8192 bounds filera-strided's from above.
reps 3
policies stock filera=trend filera=learned
vm-mem 512M
vm-smp 2
scratch-size 2G
swap-size 512M
workload fio/filera-strided.fio
workload fio/filera-seq.fio
workload fio/filera-zipf.fio
