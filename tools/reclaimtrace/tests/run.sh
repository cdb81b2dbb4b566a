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
# convert: the simtrace header, a comment, one line per access
"$RT" convert "$T/a.trace" "$T/a.txt" && [ "$(grep -vc '^#' "$T/a.txt")" = 6 ] &&
	[ "$(head -1 "$T/a.txt")" = "simtrace 1 cache" ] && ok || ko "convert"
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

# --inodes MAP: only the listed files; iolog: a fio version 2 replay
acn() { echo "rg-1 [000] ..... 1.0$1: learned_reclaim_access: ino=$2 index=$3 nr=$4 clock=0"; }
{
	acn 1 12 0 1; acn 2 12 1 1; acn 3 99 0 1; acn 4 12 2 4; acn 5 13 7 1; acn 6 12 0 1
	acn 7 12 1 32
} >"$T/c.trace"
printf '12\t30000\tlinux/fs/a.c\n13\t100\tlinux/mm/b.c\n' >"$T/c.inodes"
"$RT" convert "$T/c.trace" "$T/c.txt" --inodes "$T/c.inodes" 2>"$T/err" && ok || ko "convert --inodes: $(cat "$T/err")"
[ "$(grep -v '^[#s]' "$T/c.txt" | awk '{ printf "%s/%s ", $2, $3 }')" = "12/0 12/1 12/2 13/7 12/0 12/1 " ] && ok ||
	ko "convert --inodes keeps the listed files: $(grep -v '^#' "$T/c.txt" | tr '\n' ' ')"
grep -q "kept 6 of 7 accesses" "$T/err" && ok || ko "convert --inodes count: $(cat "$T/err")"
"$RT" iolog "$T/c.trace" --inodes "$T/c.inodes" "$T/c.log" 2>"$T/err" && ok || ko "iolog: $(cat "$T/err")"
# pages 0, 1 and 2..5 of a.c join into one read; then b.c; then a.c page 0
# alone (page 1 with 32 pages would pass 128 KiB), then 32 pages from 1
want="fio version 2 iolog|linux/fs/a.c add|linux/mm/b.c add|linux/fs/a.c open|linux/mm/b.c open|linux/fs/a.c read 0 24576|linux/mm/b.c read 28672 4096|linux/fs/a.c read 0 4096|linux/fs/a.c read 4096 131072|linux/fs/a.c close|linux/mm/b.c close"
[ "$(tr '\n' '|' <"$T/c.log" | sed 's/|$//')" = "$want" ] && ok || ko "iolog: $(tr '\n' '|' <"$T/c.log")"
grep -q "6 of 7 accesses, 2 files, 4 reads" "$T/err" && ok || ko "iolog counts: $(cat "$T/err")"
# map errors: file:line
mapbad() {	# NAME CONTENT MESSAGE
	printf "$2" >"$T/m.inodes"
	"$RT" iolog "$T/c.trace" --inodes "$T/m.inodes" "$T/m.log" 2>"$T/err" && ko "$1 accepted" || ok
	grep -qF "$3" "$T/err" && ok || ko "$1: want '$3', got '$(cat "$T/err")'"
}
mapbad "two fields" '12\t30000\n' "m.inodes:1: want INO<TAB>SIZE<TAB>PATH"
mapbad "bad inode" '12\t1\ta\nx1\t1\tb\n' "m.inodes:2: inode 'x1' is not a number"
mapbad "bad size" '12\t-1\ta\n' "m.inodes:1: size '-1' is not a number"
mapbad "absolute path" '12\t1\t/etc/passwd\n' "m.inodes:1: path '/etc/passwd' must be relative"
mapbad "path with a blank" '12\t1\ta b.c\n' "m.inodes:1: path 'a b.c' must be relative, without '..' or blanks"
mapbad "dotdot" '12\t1\t../x\n' "must be relative, without '..'"
mapbad "empty path" '12\t1\t\n' "m.inodes:1: empty path"
mapbad "duplicate inode" '12\t1\ta\n12\t1\tb\n' "inode 12 listed twice"
mapbad "empty map" '' "m.inodes: no files listed"
mapbad "duplicate path" '12\t1\ta\n13\t1\ta\n' "m.inodes: path 'a' listed twice"
mapbad "no listed file accessed" '77\t1\ta\n' "no access to a file of the --inodes list"
"$RT" iolog "$T/c.trace" "$T/c.inodes" "$T/x.log" 2>/dev/null && ko "iolog without --inodes accepted" || ok
sed 's/nr=1 clock/nr=0 clock/' "$T/c.trace" >"$T/n0.trace"
"$RT" convert "$T/n0.trace" "$T/x.txt" 2>"$T/err" && ko "nr=0 accepted" || ok
grep -q "n0.trace:1: field 'nr' is 0" "$T/err" && ok || ko "nr=0 message: $(cat "$T/err")"

# adapt: the kernel's reclaim adaptation replays the KUnit fixture
# (testing/learned/reclaim_adapt_fixture.h) into exactly its golden updates
if [ -n "${FIX:-}" ]; then
	"$FIX" events >"$T/ad.events" && "$FIX" golden >"$T/ad.golden" && ok || ko "adapt-fixture failed"
	"$RT" adapt "$T/ad.events" >"$T/ad.out" 2>"$T/err" && ok || ko "adapt failed: $(cat "$T/err")"
	diff "$T/ad.golden" "$T/ad.out" >"$T/ad.diff" && ok || ko "adapt: output differs from the fixture's golden: $(cat "$T/ad.diff")"
	[ "$(wc -l <"$T/ad.out")" = 15 ] && ok || ko "adapt: want 14 updates and the final line"
fi
printf 'useful 3\n# c\n\nwasted\n' >"$T/ad.ok"
[ "$("$RT" adapt "$T/ad.ok")" = "final level=256 updates=0 changes=0" ] && ok || ko "adapt: comments and counts"
adbad() {
	printf "$2" >"$T/ad.bad"
	"$RT" adapt "$T/ad.bad" >/dev/null 2>"$T/err" && ko "adapt $1 accepted" || ok
	grep -qF "$3" "$T/err" && ok || ko "adapt $1: want '$3', got '$(cat "$T/err")'"
}
adbad "unknown event" 'useful\nkept 2\n' "ad.bad:2: unknown event 'kept'"
adbad "zero count" 'wasted 0\n' "ad.bad:1: count '0' is not a number"
adbad "negative count" 'wasted -3\n' "ad.bad:1: count '-3' is not a number"
adbad "huge count" 'missed 1000001\n' "count '1000001' is not a number in 1..1000000"
adbad "trailing field" 'missed 2 3\n' "ad.bad:1: trailing field"
"$RT" adapt "$T/no-such" 2>/dev/null && ko "adapt: missing file accepted" || ok

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
