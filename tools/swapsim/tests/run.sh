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
for args in "" "run" "run --family nope" "run --family seq --mem 99999999" \
	"run --family seq --pages 10" "run --family seq --policy nope" \
	"run --family stride0" "bogus" "run --family seq --seed -1"; do
	# shellcheck disable=SC2086
	"$S" $args >/dev/null 2>&1; rc=$?
	[ $rc = 2 ] && ok || ko "refuse '$args': rc=$rc"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
