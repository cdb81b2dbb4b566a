#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# CLI tests of filerasim: the ondemand model ramps a sequential reader up
# to 32-page windows and reads nothing twice, stock reads every page of a
# 4-page stride (the guest's filera-strided job) while trend and learned
# do not, learned keeps stock's windows on sequential reads, random reads
# and files read in short runs or whole blocks get less readahead, the
# short-run and block families look as documented, labels are well formed,
# bad arguments and bad trace files are refused.  Last line "N passed, M
# failed".
S=${1:?usage: run.sh FILERASIM}
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
field() { sed -n "s/.*policy=$2 .*[ ]$3=\([0-9]*\).*/\1/p" <<< "$1"; }

# seed 2 reads 1 page every 4: stock's 4-page initial window ends on the
# next request, which looks sequential, and it reads the whole file
out=$("$S" run --family stride4 --seed 2 --pages 4096 --mem 1024)
[ "$(field "$out" stock reads)" -gt 28000 ] && ok || ko "stock stride4 reads everything: $out"
[ "$(field "$out" stock wasted)" -gt 12000 ] && ok || ko "stock stride4 wastes: $out"
[ "$(field "$out" trend wasted)" -lt 100 ] && ok || ko "trend stride4: $out"
[ "$(field "$out" learned wasted)" -lt 100 ] && ok || ko "learned stride4: $out"
# sequential: 16384 accesses in 1..32-page reads; stock reads each page once
out=$("$S" run --family seq --seed 1 --pages 4096 --mem 1024)
[ "$(field "$out" stock reads)" = 16384 ] && ok || ko "stock seq reads: $out"
[ "$(field "$out" stock misses)" -le 8 ] && ok || ko "stock seq misses: $out"
for p in trend learned; do
	for f in reads misses sync_ios; do
		[ "$(field "$out" $p $f)" = "$(field "$out" stock $f)" ] && ok || ko "$p seq $f: $out"
	done
	[ "$(field "$out" $p shrunk)" = 0 ] && ok || ko "$p seq shrinks: $out"
done
out=$("$S" run --family random --seed 3 --pages 4096 --mem 1024)
[ "$(field "$out" learned wasted)" -lt "$(field "$out" stock wasted)" ] && ok || ko "learned random: $out"
# files read in whole aligned blocks, or in short runs: less waste
for f in block4 block16 blocks short; do
	out=$("$S" run --family $f --seed 3 --pages 4096 --mem 1024)
	[ "$(field "$out" learned wasted)" -lt "$(field "$out" stock wasted)" ] && ok || ko "learned $f: $out"
done
# blockN: N-page blocks aligned to N, each read front to back to its end
"$S" trace --family block16 --seed 1 --pages 4096 --mem 1024 --len 4096 > "$tmp/b16"
awk 'BEGIN { want = -1 }
	/^simtrace / { next }
	{ if (want < 0) { if ($1 % 16) exit 1; want = $1 }
	  if ($1 != want) exit 1; want = $1 + $2; if (want % 16 == 0) want = -1 }
	END { exit want >= 0 || NR < 100 }' "$tmp/b16" && ok || ko "block16 trace"
# blocks: one block size per phase, several sizes in a trace
"$S" trace --family blocks --seed 1 --pages 4096 --mem 1024 > "$tmp/bs"
[ "$(wc -l < "$tmp/bs")" -gt 1000 ] && ok || ko "blocks trace"
# short: runs of 2..16 requests, each r pages right after the last (a run
# cut short by the end of the file may have 1)
awk '/^simtrace / { next }
	NR > 2 && $1 == pi + pn && $2 == pn { len++; pi = $1; next }
	NR > 2 { runs++; one += len == 1; long += len > 16 }
	{ pi = $1; pn = $2; len = 1 }
	END { exit !(runs > 50 && one * 20 < runs && !long) }' \
	<("$S" trace --family short --seed 2 --pages 4096 --mem 1024 --len 4000) && ok || ko "short trace run lengths"
# same seed, same answer
[ "$("$S" run --family zipf --seed 5 --pages 4096 --mem 512)" = \
  "$("$S" run --family zipf --seed 5 --pages 4096 --mem 512)" ] && ok || ko "determinism"
# a trace file replays like the generated trace it was printed from
"$S" trace --family runs --seed 4 --pages 4096 --mem 1024 > "$tmp/runs.trace"
a=$("$S" run --family runs --seed 4 --pages 4096 --mem 1024 | sed 's/family=runs //')
b=$("$S" run --trace "$tmp/runs.trace" --seed 4 --pages 4096 --mem 1024 | sed 's/family=trace //')
[ -n "$a" ] && [ "$a" = "$b" ] && ok || ko "trace file replay: $a / $b"
lab=$("$S" label --family runs --pages 4096 --mem 1024 --header)
[ "$(head -1 <<< "$lab")" = "rung,contig,history,trend,stride,last_gap,backward,streak,req,async,stock,reached,shrunk,run,runs,label" ] && ok || ko "label header"
awk -F, 'NR > 1 && (NF != 16 || ($16 != 0 && $16 != 1) || $1 < 0 || $1 > 8 || $2 < 0 || $2 > 256 || $14 < 1 || $14 > 1024 || $15 < 0 || $15 > 16384) { bad = 1 } END { exit bad }' <<< "$lab" && ok || ko "label rows"
[ "$(wc -l <<< "$lab")" -gt 100 ] && ok || ko "label: too few rows"
awk -F, 'NR > 1 { n[$16]++ } END { exit !(n[0] > 0 && n[1] > 0) }' <<< "$lab" && ok || ko "label: one class only"
printf '0 4\n# comment\n\n8 1\n' > "$tmp/good"
"$S" run --trace "$tmp/good" --pages 1024 --mem 64 > /dev/null && ok || ko "good trace refused"
printf '0 4\n8 x\n' > "$tmp/bad1"
printf '0 0\n' > "$tmp/bad2"
printf '1020 8\n' > "$tmp/bad3"
printf -- '-1 1\n' > "$tmp/bad4"
printf '5\n' > "$tmp/bad5"
printf '# nothing\n' > "$tmp/bad6"
printf '0 257\n' > "$tmp/bad7"
printf '99999999999999999999999 1\n' > "$tmp/bad8"
printf '# swap trace\nsimtrace 1 swap\n0\n' > "$tmp/bad9"
printf 'simtrace 1 filera\n0 4\n4 4 4\n' > "$tmp/bad10"
for f in bad1 bad2 bad3 bad4 bad5 bad6 bad7 bad8 bad9 bad10 missing; do
	"$S" run --trace "$tmp/$f" --pages 1024 --mem 64 >/dev/null 2>&1; rc=$?
	[ $rc = 2 ] && ok || ko "refuse trace $f: rc=$rc"
done
# the one trace reader names the file and line
"$S" run --trace "$tmp/bad9" --pages 1024 --mem 64 2>&1 >/dev/null |
	grep -qF "bad9:2: a trace of kind 'swap', want 'filera'" && ok || ko "bad9 message"
"$S" run --trace "$tmp/bad10" --pages 1024 --mem 64 2>&1 >/dev/null |
	grep -qF "bad10:3: want 2 fields (INDEX NPAGES), got 3 fields" && ok || ko "bad10 message"
"$S" run --trace "$tmp/bad3" --pages 1024 --mem 64 2>&1 >/dev/null |
	grep -qF "bad3:1: request 1020+8 ends past --pages 1024" && ok || ko "bad3 message"
for args in "" "run" "run --family nope" "run --family seq --mem 99999999" \
	"run --family seq --pages 10" "run --family seq --policy nope" \
	"run --family stride1" "run --family stride65" "run --family stride4x" \
	"run --family block1" "run --family block257" "run --family block4x" \
	"bogus" "run --family seq --seed -1" "run --family seq --seed" \
	"run --family seq --trace /dev/null" "run --family seq --ra-pages 0" \
	"run --family seq --mem"; do
	# shellcheck disable=SC2086
	"$S" $args >/dev/null 2>&1; rc=$?
	[ $rc = 2 ] && ok || ko "refuse '$args': rc=$rc"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
