#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Tests of reclaimtrace on hand-made traces with known OPT labels.
# RT is the binary under test.  Last line: "N passed, M failed".
set -u
RT=${RT:-../build/reclaimtrace}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
acc() { echo "fio-1 [000] ..... 1.0$1: learned_reclaim_access: ino=$2 index=$3 nr=1 clock=0"; }
dec() { echo "fio-1 [000] ..... 1.0$1: learned_reclaim_decide: ino=$2 index=$3 site=$4 file=1 mapped=0 referenced=1 ptes=0 workingset=0 accesses=$5 recent=0 scans=0 age=10 idle=3 nrpages=100 active=1 inactive=1 refault=0 ahead=0 stock=$6 verdict=$6"; }

# size 2: 1 2 3 1 2 -> OPT misses 1 2 3, hits 1, misses 2 (it evicted 2 for 3)
{
	echo "# tracer: nop"
	acc 1 7 1; acc 2 7 2
	dec 3 7 1 0 1 1          # page 1 after 2 accesses: next use (pos 3) is an OPT hit -> 1
	acc 4 7 3
	dec 5 7 2 1 1 1          # page 2: next use (pos 4) is an OPT miss -> 0
	acc 6 7 1; acc 7 7 2
	dec 8 7 3 0 1 2          # page 3: never used again -> 0
	dec 9 9 9 0 1 1          # never accessed: skipped
	echo "kworker-5 [001] ..... 1.1: other_event: foo=1"
} >"$T/a.trace"

if "$RT" label "$T/a.trace" --size 2 --out "$T/a.csv" 2>"$T/err"; then ok; else ko "label failed: $(cat "$T/err")"; fi
got=$(tail -n +2 "$T/a.csv" | awk -F, '{ printf "%s", $NF }')
[ "$got" = 100 ] && ok || ko "labels: want 100, got '$got'"
[ "$(head -1 "$T/a.csv" | tr ',' '\n' | wc -l)" = 17 ] && ok || ko "header: 16 features + label"
grep -q "skipped=1" "$T/err" && ok || ko "one decision skipped: $(cat "$T/err")"
# features of the first row come from learned_reclaim_features(): accesses=1 -> 256, active_site 0
row=$(sed -n 2p "$T/a.csv")
[ "$(echo "$row" | cut -d, -f1)" = 256 ] && [ "$(echo "$row" | cut -d, -f13)" = 0 ] && ok ||
	ko "features of row 1: $row"
[ "$(sed -n 3p "$T/a.csv" | cut -d, -f13)" = 1 ] && ok || ko "active site feature of row 2"
# refault (column 14) is the traced value; active_share (15) = 256 * 1 / 3
[ "$(echo "$row" | cut -d, -f14,15)" = 0,85 ] && ok || ko "refault and active_share of row 1: $row"
sed "s/index=1 site=0 \(.*\)refault=0/index=1 site=0 \1refault=300/" "$T/a.trace" >"$T/r.trace"
"$RT" label "$T/r.trace" --size 2 --out "$T/r.csv" 2>/dev/null
[ "$(sed -n 2p "$T/r.csv" | cut -d, -f14)" = 300 ] && ok || ko "refault feature: $(sed -n 2p "$T/r.csv")"
# ahead (column 16) is 1 + 256 * ahead / (active + inactive + 1): 1 + 256 * 6 / 3
[ "$(echo "$row" | cut -d, -f16)" = 0 ] && ok || ko "ahead feature 0 of row 1: $row"
sed "s/index=1 site=0 \(.*\)ahead=0/index=1 site=0 \1ahead=6/" "$T/a.trace" >"$T/h.trace"
"$RT" label "$T/h.trace" --size 2 --out "$T/h.csv" 2>/dev/null
[ "$(sed -n 2p "$T/h.csv" | cut -d, -f16)" = 513 ] && ok || ko "ahead feature: $(sed -n 2p "$T/h.csv")"
sed "s/ahead=0 //" "$T/a.trace" >"$T/h2.trace"
"$RT" stats "$T/h2.trace" 2>/dev/null && ko "decision without ahead accepted" || ok
sed "s/refault=0/refault=4098/" "$T/a.trace" >"$T/r2.trace"
"$RT" stats "$T/r2.trace" 2>/dev/null && ko "refault 4098 accepted" || ok
# --horizon H: a page ahead of a reader (ahead > 0) whose next access comes
# within H * size accesses is labelled 1 even though OPT evicts it; page 2
# is decided after 3 accesses and used next at access 4 (1 < 1 * 2)
sed "s/index=2 site=1 \(.*\)ahead=0/index=2 site=1 \1ahead=5/" "$T/a.trace" >"$T/z.trace"
"$RT" label "$T/z.trace" --size 2 --out "$T/z.csv" --horizon 1 2>/dev/null
got=$(tail -n +2 "$T/z.csv" | awk -F, '{ printf "%s", $NF }')
[ "$got" = 110 ] && ok || ko "labels with --horizon 1, page 2 ahead: want 110, got '$got'"
"$RT" label "$T/z.trace" --size 2 --out "$T/z.csv" 2>/dev/null
got=$(tail -n +2 "$T/z.csv" | awk -F, '{ printf "%s", $NF }')
[ "$got" = 100 ] && ok || ko "labels without --horizon: want 100, got '$got'"
"$RT" label "$T/a.trace" --size 2 --out "$T/z.csv" --horizon 1 2>/dev/null
got=$(tail -n +2 "$T/z.csv" | awk -F, '{ printf "%s", $NF }')
[ "$got" = 100 ] && ok || ko "labels with --horizon 1, nothing ahead: want 100, got '$got'"
for h in 0 17 x 1x ""; do
	"$RT" label "$T/a.trace" --size 2 --out "$T/x.csv" --horizon "$h" 2>"$T/err" &&
		ko "--horizon '$h' accepted" || ok
done
grep -q "is not a number in 1..16" "$T/err" && ok || ko "--horizon error text: $(cat "$T/err")"
# a larger cache keeps page 2: second label becomes 1
"$RT" label "$T/a.trace" --size 3 --out "$T/b.csv" 2>/dev/null
got=$(tail -n +2 "$T/b.csv" | awk -F, '{ printf "%s", $NF }')
[ "$got" = 110 ] && ok || ko "labels at size 3: want 110, got '$got'"
# --size auto = median of active + inactive = 2
"$RT" label "$T/a.trace" --size auto --out "$T/c.csv" 2>"$T/err"
grep -q "size=2 " "$T/err" && ok || ko "auto size: $(cat "$T/err")"
# --append keeps one header
"$RT" label "$T/a.trace" --size 2 --out "$T/a.csv" --append 2>/dev/null
[ "$(grep -c label "$T/a.csv")" = 1 ] && [ "$(wc -l <"$T/a.csv")" = 7 ] && ok || ko "append"
# convert: one line per access plus a comment
"$RT" convert "$T/a.trace" "$T/a.txt" && [ "$(grep -vc '^#' "$T/a.txt")" = 5 ] && ok || ko "convert"
"$RT" stats "$T/a.trace" | grep -q "accesses=5 pages=3 decisions=4" && ok || ko "stats"

# errors: exit 1 with file:line, nothing half-written
sed 's/index=2 nr=1/index=x nr=1/' "$T/a.trace" >"$T/bad.trace"
"$RT" label "$T/bad.trace" --size 2 --out "$T/bad.csv" 2>"$T/err" && ko "bad field accepted" || ok
grep -q "bad.trace:3: missing or bad field 'index'" "$T/err" && ok || ko "error text: $(cat "$T/err")"
sed 's/site=1/site=5/' "$T/a.trace" >"$T/bad2.trace"
"$RT" stats "$T/bad2.trace" 2>"$T/err" && ko "site 5 accepted" || ok
"$RT" label "$T/a.trace" --size 0 --out "$T/x.csv" 2>/dev/null && ko "size 0 accepted" || ok
"$RT" label "$T/a.trace" --size 12x --out "$T/x.csv" 2>/dev/null && ko "size 12x accepted" || ok
"$RT" label "$T/a.trace" --out "$T/x.csv" 2>/dev/null && ko "missing --size accepted" || ok
echo "# nothing" >"$T/empty.trace"
"$RT" stats "$T/empty.trace" 2>/dev/null && ko "empty trace accepted" || ok
"$RT" bogus "$T/a.trace" 2>/dev/null && ko "bad command accepted" || ok

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
