#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# CLI tests of swapsim: the stock model reads 8-page windows on a
# sequential trace, leap and learned find strides stock misses, random
# gets no readahead from them, labels are well formed, bad arguments are
# refused.  Last line "N passed, M failed".
S=${1:?usage: run.sh SWAPSIM}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
field() { sed -n "s/.*policy=$2 .*$3=\([0-9]*\).*/\1/p" <<< "$1"; }

out=$("$S" run --family seq --pages 4096 --mem 1024)
maj=$(field "$out" stock majors)
# 16384 accesses, 8 pages per stock plan: 2048 majors and a few to start
[ "$maj" -ge 2048 ] && [ "$maj" -le 2060 ] && ok || ko "stock seq majors $maj"
[ "$(field "$out" leap majors)" -lt $((maj / 2)) ] && ok || ko "leap seq: $out"
[ "$(field "$out" learned majors)" -lt $((maj / 2)) ] && ok || ko "learned seq: $out"
out=$("$S" run --family stride4 --pages 4096 --mem 1024)
[ "$(field "$out" stock majors)" -gt 16000 ] && ok || ko "stock stride4: $out"
[ "$(field "$out" leap majors)" -lt 1000 ] && ok || ko "leap stride4: $out"
out=$("$S" run --family random --pages 4096 --mem 1024)
[ "$(field "$out" leap ra)" = "$(field "$out" stock ra)" ] && ok || ko "leap random defers to stock: $out"
[ "$(field "$out" learned majors)" = "$(field "$out" stock majors)" ] && ok || ko "learned random: $out"
# same seed, same answer
[ "$("$S" run --family zipf --seed 5)" = "$("$S" run --family zipf --seed 5)" ] && ok || ko "determinism"
lab=$("$S" label --family runs --pages 4096 --mem 1024 --header)
[ "$(head -1 <<< "$lab")" = "log2_win,trend,history,stride,hits,prev_win,hit_ratio,last_match,use_rate,streak,label" ] && ok || ko "label header"
awk -F, 'NR > 1 && (NF != 11 || ($11 != 0 && $11 != 1) || $1 < 1 || $1 > 5) { bad = 1 } END { exit bad }' <<< "$lab" && ok || ko "label rows"
[ "$(wc -l <<< "$lab")" -gt 100 ] && ok || ko "label: too few rows"
# a trace file replays like the generated trace it was printed from
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$S" trace --family runs --seed 4 --pages 4096 --mem 1024 > "$tmp/runs.trace"
[ "$(head -1 "$tmp/runs.trace")" = "simtrace 1 swap" ] && ok || ko "trace header"
a=$("$S" run --family runs --seed 4 --pages 4096 --mem 1024 | sed 's/family=runs //')
b=$("$S" run --trace "$tmp/runs.trace" --seed 4 --pages 4096 --mem 1024 | sed 's/family=trace //')
[ -n "$a" ] && [ "$a" = "$b" ] && ok || ko "trace file replay: $a / $b"
printf '0\n# c\n\n5\n' > "$tmp/good"
"$S" run --trace "$tmp/good" --pages 1024 --mem 64 > /dev/null && ok || ko "legacy trace refused"
printf '0\n1024\n' > "$tmp/bad1"
printf 'simtrace 1 filera\n0 4\n' > "$tmp/bad2"
printf '0\n1 2\n' > "$tmp/bad3"
printf '# nothing\n' > "$tmp/bad4"
for f in "bad1:2: PAGE 1024 out of range 0..1023" \
	"bad2:1: a trace of kind 'filera', want 'swap'" \
	"bad3:2: want 1 field (PAGE), got 2 fields" "bad4"; do
	"$S" run --trace "$tmp/${f%%:*}" --pages 1024 --mem 64 > /dev/null 2> "$tmp/err"; rc=$?
	[ $rc = 2 ] && grep -qF "$f" "$tmp/err" && ok || ko "refuse trace: want '$f', got rc=$rc $(cat "$tmp/err")"
done
for args in "" "run" "run --family nope" "run --family seq --mem 99999999" \
	"run --family seq --pages 10" "run --family seq --policy nope" \
	"run --family stride0" "bogus" "run --family seq --seed -1"; do
	# shellcheck disable=SC2086
	"$S" $args >/dev/null 2>&1; rc=$?
	[ $rc = 2 ] && ok || ko "refuse '$args': rc=$rc"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
