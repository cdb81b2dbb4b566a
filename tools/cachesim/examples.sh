#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Reproduce the miss-ratio tables of README.md ("Results on the synthetic
# families"): every family, 1M accesses over 50000 pages, seed 1, every
# policy at 5000/12500/25000/45000 pages.  Usage: ./examples.sh [OUTDIR]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
C=$HERE/build/cachesim
O=${1:-$HERE/build/examples}
make -s -C "$HERE" build/cachesim
mkdir -p "$O"
for fam in zipf scan loop seq mix phase; do
	"$C" gen $fam --accesses 1000000 --pages 50000 --seed 1 --format bin --out "$O/$fam.bin"
	echo "## $fam"
	"$C" sim "$O/$fam.bin" --mrc 5000,12500,25000,45000 --csv "$O/$fam.csv"
	echo
done

# The stock-to-OPT gap the learned policy has to close ("linux" models the
# stock 6.1 two-list LRU); "best" is the best online policy here.
echo "## stock (linux) to OPT gap, miss ratio %"
printf '%-6s %6s %7s %7s %7s %7s %9s %9s  %s\n' family size lru linux opt gap target30 target50 "best online (share of gap closed)"
for fam in zipf scan loop seq mix phase; do
	awk -F, -v f=$fam 'NR > 1 { m[$1 "," $2] = 100 * $5; s[$2] = 1 }
	END {
		for (z in s) {
			l = m["linux," z]; o = m["opt," z]; best = 101; bn = "";
			for (k in m) {
				split(k, a, ",");
				if (a[2] == z && a[1] != "opt" && m[k] < best) { best = m[k]; bn = a[1] }
			}
			cl = 0;
			if (l - o > 0.001)
				cl = 100 * (l - best) / (l - o);
			printf "%-6s %6d %7.2f %7.2f %7.2f %7.2f %9.2f %9.2f  %s %.2f (%.0f%%)\n", f, z,
			       m["lru," z], l, o, l - o, l - 0.3 * (l - o), l - 0.5 * (l - o), bn, best, cl
		}
	}' "$O/$fam.csv" | sort -k2n
done
