#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Test runner of tools/cachesim: unit tests (ASan/UBSan), cross-checks on
# every synthetic family, command-line and malformed-input rejection,
# determinism, labels, block-trace replay, speed.  Last line:
# "N passed, M failed".
set -u

B=${1:?usage: run.sh BUILD_DIR}
S=$B/san/cachesim
F=$B/cachesim
W=$B/test-work
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }

rm -rf "$W"
mkdir -p "$W"

# ---- unit tests ---------------------------------------------------------
if "$B/san/unit" > "$W/unit.out" 2>&1; then
	n=$(grep -c '^ok - ' "$W/unit.out")
	pass=$((pass + n))
	echo "ok - unit tests ($n)"
else
	grep -v '^ok - ' "$W/unit.out" | head -40
	pass=$((pass + $(grep -c '^ok - ' "$W/unit.out")))
	bad "unit tests ($(grep -c '^FAIL' "$W/unit.out") failed, or crashed)"
fi

# ---- generator: every family, deterministic, text and binary agree -------
for fam in zipf scan loop seq mix phase; do
	"$S" gen $fam --accesses 12000 --pages 1500 --seed 5 --out "$W/$fam.txt" &&
	"$S" gen $fam --accesses 12000 --pages 1500 --seed 5 --out "$W/$fam.2.txt" &&
	"$S" gen $fam --accesses 12000 --pages 1500 --seed 6 --out "$W/$fam.3.txt" &&
	"$S" gen $fam --accesses 12000 --pages 1500 --seed 5 --format bin --out "$W/$fam.bin" &&
	"$S" convert "$W/$fam.txt" "$W/$fam.conv.bin" --to bin &&
	"$S" convert "$W/$fam.bin" "$W/$fam.conv.txt" --to text
	if [ $? -ne 0 ]; then
		bad "gen $fam: a command failed"
		continue
	fi
	if cmp -s "$W/$fam.txt" "$W/$fam.2.txt" && ! cmp -s "$W/$fam.txt" "$W/$fam.3.txt"; then
		ok "gen $fam: same seed gives the same trace, another seed another"
	else
		bad "gen $fam: not deterministic, or the seed is ignored"
	fi
	if cmp -s "$W/$fam.bin" "$W/$fam.conv.bin" &&
	   cmp -s <(grep -v '^#' "$W/$fam.txt") <(grep -v '^#' "$W/$fam.conv.txt"); then
		ok "gen $fam: text -> bin and bin -> text conversions are exact"
	else
		bad "gen $fam: conversion differs"
	fi
	if "$S" check "$W/$fam.txt" --mrc 1,7,50,200,600,1000,1400,3000 \
		--naive-limit 1000000 > "$W/check.out" 2>&1; then
		ok "check $fam: $(tail -1 "$W/check.out" | sed 's/.*sizes: //')"
	else
		grep FAIL "$W/check.out" | head -5
		bad "check $fam: $(tail -1 "$W/check.out")"
	fi
done

# ---- sim output -----------------------------------------------------------
if "$S" sim "$W/zipf.txt" --mrc 100,10%,400 --csv "$W/mrc.csv" > "$W/table" 2> "$W/err"; then
	np=$("$S" list | wc -l)
	rows=$(($(wc -l < "$W/mrc.csv") - 1))
	hdr=$(head -1 "$W/mrc.csv")
	if [ "$hdr" = "policy,size,accesses,misses,miss_ratio" ] && [ $rows -eq $((np * 3)) ] &&
	   grep -q "^opt,$(( ($("$S" stats "$W/zipf.txt" | awk '$1 == "pages" { print $2 }') + 5) / 10 )),12000," "$W/mrc.csv" && grep -q '^ *400 ' "$W/table"; then
		ok "sim --mrc: tidy CSV ($rows rows, 10% of the distinct pages resolved) and table"
	else
		bad "sim --mrc: CSV/table wrong (header '$hdr', $rows rows)"
	fi
	# OPT is the lowest at every size, per the CSV
	worst=$(awk -F, 'NR > 1 { m[$1","$2] = $4; s[$2] = 1 }
		END { for (z in s) for (k in m) { split(k, a, ","); if (a[2] == z && m[k] < m["opt,"z]) print k } }' "$W/mrc.csv")
	[ -z "$worst" ] && ok "sim CSV: OPT has the fewest misses at every size" ||
		bad "sim CSV: policies below OPT: $worst"
else
	bad "sim --mrc failed: $(cat "$W/err")"
fi
"$S" sim "$W/loop.txt" --mrc-range 100:1600:x2 --policy lru,opt --csv - --quiet > "$W/r.csv" 2>&1
if [ "$(cut -d, -f1,2 "$W/r.csv" | tr '\n' ' ')" = "policy,size lru,100 lru,200 lru,400 lru,800 lru,1600 opt,100 opt,200 opt,400 opt,800 opt,1600 " ] &&
   grep -q '^lru,800,12000,12000,1.000000$' "$W/r.csv" && grep -q '^lru,1600,12000,1500,' "$W/r.csv"; then
	ok "sim --mrc-range LO:HI:xF: sizes 100..1600, LRU thrashes on a loop of 1500 below 1500 pages"
else
	bad "sim --mrc-range: $(head -c 400 "$W/r.csv")"
fi

# ---- block traces -----------------------------------------------------------
printf '# offset,size\n0,8192\n4096,4096,R\n16384 4096 W\n0,1\n' > "$W/blk.csv"
if "$S" sim "$W/blk.csv" --format block --size 2 --policy lru,opt --csv - --quiet > "$W/b.csv" 2>&1 &&
   grep -q '^lru,2,5,4,0.800000$' "$W/b.csv" && grep -q '^opt,2,5,3,0.600000$' "$W/b.csv"; then
	ok "block trace: requests split into 4 KiB pages (5 accesses; LRU 4, OPT 3 misses at 2 pages)"
else
	bad "block trace: $(cat "$W/b.csv")"
fi

# ---- malformed inputs and bad arguments: exit 1 and the expected message --
printf '1 8:1:5 0 R\n2 8:1:5 1 R\n3 8:1:5 x R\n' > "$W/bad1.txt"
printf '1 8:1:5 0 R\n# c\n\n2 8:1:5 1 RZ\n' > "$W/bad2.txt"
printf '1 8:1:5 0\n0 8:1:5 1\n' > "$W/bad3.txt"
printf '0,4096\n10,0\n' > "$W/bad4.csv"
head -c 40 "$W/zipf.bin" > "$W/trunc.bin"
cp "$W/zipf.bin" "$W/trail.bin" && printf 'x' >> "$W/trail.bin"
printf 'CSTRACE1\002\000\000\000' > "$W/ver.bin"; head -c 40 /dev/zero >> "$W/ver.bin"
reject() {
	local name=$1 want=$2
	shift 2
	"$@" > "$W/stdout" 2> "$W/stderr"
	local rc=$?
	if [ $rc -ne 1 ]; then
		bad "$name: exit status $rc, want 1 ($(head -c 200 "$W/stderr"))"
	elif ! grep -qF -- "$want" "$W/stderr"; then
		bad "$name: message '$(head -c 200 "$W/stderr")' lacks '$want'"
	else
		ok "$name: $(head -c 150 "$W/stderr")"
	fi
}
reject "bad page" "bad1.txt:3: PAGE 'x' is not an unsigned decimal" "$S" sim "$W/bad1.txt" --size 4
reject "bad flag after comments" "bad2.txt:4: FLAGS 'RZ': bad flag letter" "$S" sim "$W/bad2.txt" --size 4
reject "seq decreases" "bad3.txt:2: sequence number decreases" "$S" stats "$W/bad3.txt"
reject "block size 0" "bad4.csv:2: SIZE is 0" "$S" sim "$W/bad4.csv" --format block --size 4
printf 'simtrace 1 swap\n1\n' > "$W/swap.txt"
reject "a trace of another kind" "swap.txt:1: a trace of kind 'swap', want 'cache'" "$S" stats "$W/swap.txt"
# the header of a block trace selects the block reader without --format
printf '# blocks\nsimtrace 1 block\n0,8192,R\n4096 4096 W\n' > "$W/hdr.csv"
if "$S" stats "$W/hdr.csv" > "$W/stdout" 2>&1 && grep -q 'accesses.* 3\b\|\b3 accesses' "$W/stdout"; then
	ok "a block header selects the block reader"
else
	bad "block header: $(head -c 300 "$W/stdout")"
fi
reject "truncated binary" "trunc.bin: byte offset" "$S" sim "$W/trunc.bin" --size 4
reject "trailing binary" "trailing bytes after the last record" "$S" convert "$W/trail.bin" "$W/x" --to text
reject "binary version" "ver.bin: byte offset 8: unsupported version 2" "$S" stats "$W/ver.bin"
reject "missing file" "nonexistent: cannot open" "$S" sim "$W/nonexistent" --size 4
reject "size 0" "--size: 0 out of range" "$S" sim "$W/zipf.txt" --size 0
reject "size junk" "--size: '12k' is not an unsigned" "$S" sim "$W/zipf.txt" --size 12k
reject "mrc empty element" "--mrc: '10,,20' has an empty element" "$S" sim "$W/zipf.txt" --mrc 10,,20
reject "range reversed" "--mrc-range: HI 10 < LO 20" "$S" sim "$W/zipf.txt" --mrc-range 20:10:1
reject "range syntax" "is not LO:HI:STEP" "$S" sim "$W/zipf.txt" --mrc-range 10:20
reject "two size options" "exactly one of --size, --mrc, --mrc-range" "$S" sim "$W/zipf.txt" --size 4 --mrc 5
reject "unknown policy" "unknown policy 'lruu'" "$S" sim "$W/zipf.txt" --size 4 --policy lru,lruu
reject "duplicate policy" "'lru' given twice" "$S" sim "$W/zipf.txt" --size 4 --policy lru,lru
reject "unknown format" "--format: 'csv' is not" "$S" sim "$W/zipf.txt" --size 4 --format csv
reject "unknown command" "unknown command 'simulate'" "$S" simulate
reject "unknown family" "gen: unknown cache family: zipff" "$S" gen zipff
reject "gen bad alpha" "--alpha: 9 out of range" "$S" gen zipf --alpha 9
reject "label needs --out" "--size and --out are required" "$S" label "$W/zipf.txt" --size 10
reject "label base opt" "'opt' is not an online policy" "$S" label "$W/zipf.txt" --size 10 --out "$W/l" --base opt
reject "label bad rows" "--rows: 'all' is not access, evict or refault" "$S" label "$W/zipf.txt" --size 10 --out "$W/l" --rows all
reject "label same outputs" "name the same file" "$S" label "$W/zipf.txt" --size 10 --out "$W/l" --test-out "$W/l"
reject "convert needs --to" "--to text|bin is required" "$S" convert "$W/zipf.txt" "$W/x"

# ---- labels ------------------------------------------------------------------
if "$S" label "$W/scan.txt" --size 300 --out "$W/all.csv" 2> "$W/err" &&
   "$S" label "$W/scan.txt" --size 300 --out "$W/tr.csv" --test-out "$W/te.csv" --seed 3 2>> "$W/err" &&
   "$S" label "$W/scan.txt" --size 300 --out "$W/tr2.csv" --test-out "$W/te2.csv" --seed 3 2>> "$W/err" &&
   "$S" label "$W/scan.txt" --size 300 --out "$W/trt.csv" --test-out "$W/tet.csv" --split-by time 2>> "$W/err"; then
	hdr="miss,write,ra,seq,acc_log,age_log,idle_log,refault,rdist_log,rdist_in_cache,fsize_log,facc_log,fhit_pct,label"
	n_all=$(grep -vc '^#' "$W/all.csv")
	n_tr=$(grep -vc '^#' "$W/tr.csv")
	n_te=$(grep -vc '^#' "$W/te.csv")
	[ "$(grep -v '^#' "$W/all.csv" | head -1)" = "$hdr" ] && [ $n_all -eq 12001 ] &&
	[ $((n_tr + n_te)) -eq 12002 ] && [ $n_te -gt 500 ] && [ $n_tr -gt $n_te ] &&
	head -1 "$W/all.csv" | grep -q '^# generated by cachesim label' &&
	! grep -v '^#' "$W/all.csv" | tail -n +2 | grep -vqE '^([0-9]+,){13}[01]$' &&
		ok "label: header, one row per access (12000), 0/1 labels, split $n_tr/$n_te train/test rows" ||
		bad "label: rows $n_all / $n_tr + $n_te, header '$(grep -v '^#' "$W/all.csv" | head -1)'"
	cmp -s "$W/tr.csv" "$W/tr2.csv" && cmp -s "$W/te.csv" "$W/te2.csv" &&
		ok "label: the seeded split is deterministic" || bad "label: split differs between runs"
	# label == 1 count equals OPT hits that are re-uses: sum(labels) = OPT hits
	ones=$(grep -v '^#' "$W/all.csv" | tail -n +2 | awk -F, '{ s += $14 } END { print s }')
	opt_m=$("$S" sim "$W/scan.txt" --size 300 --policy opt --csv - --quiet | awk -F, 'NR == 2 { print $4 }')
	[ "$ones" -eq $((12000 - opt_m)) ] &&
		ok "label: positives ($ones) = OPT hits at the same size (12000 - $opt_m)" ||
		bad "label: $ones positives but OPT has $((12000 - opt_m)) hits"
	# --rows evict: one row per eviction of the baseline (misses - size)
	if "$S" label "$W/scan.txt" --size 300 --rows evict --out "$W/ev.csv" 2>> "$W/err"; then
		n_ev=$(($(grep -vc '^#' "$W/ev.csv") - 1))
		lm=$("$S" sim "$W/scan.txt" --size 300 --policy linux --csv - --quiet | awk -F, 'NR == 2 { print $4 }')
		[ $n_ev -eq $((lm - 300)) ] && [ "$(grep -v '^#' "$W/ev.csv" | head -1)" = "$hdr" ] &&
			ok "label --rows evict: one row per baseline eviction ($n_ev = $lm misses - 300)" ||
			bad "label --rows evict: $n_ev rows, baseline has $lm misses"
	else
		bad "label --rows evict failed: $(cat "$W/err")"
	fi
	# time split: the test part is the trace's tail
	tt=$(grep -vc '^#' "$W/tet.csv")
	[ $tt -eq 2401 ] && ok "label --split-by time: last 20% held out ($((tt - 1)) rows)" ||
		bad "label --split-by time: $tt lines"
else
	bad "label failed: $(cat "$W/err")"
fi

# ---- refault rows, linux-eager / linux-learned / linux-oracle -----------------
reject "label refault base" "--base must be linux, linux-eager or linux-learned" \
	"$S" label "$W/zipf.txt" --size 10 --out "$W/l" --rows refault --base lru
# Hand-computed, size 2, one file, pages A B C A B A: C evicts A (shadow age
# 0); A evicts B (age 1) and refaults at distance 2 (age 2; active 0 ->
# stock keeps it inactive), its next use (pos 5) has reuse distance 1 < 2:
# label 1; B evicts C and refaults at distance 3 - 1 = 2, never reused: 0.
# Features: log2q8(3) = 384, log2q8(1) = 0, inactive log2q8(2) = 256,
# nrpages log2q8(2 + 1) = 384, ratio 256 * 2 / 2 = 256.
printf '1 1 0\n2 1 1\n3 1 2\n4 1 0\n5 1 1\n6 1 0\n' > "$W/ref.txt"
if "$S" label "$W/ref.txt" --size 2 --rows refault --out "$W/ref.csv" 2> "$W/err"; then
	want=$'distance,workingset,active,inactive,nrpages,was_active,dist_ratio,label\n384,0,0,256,384,0,256,1\n384,0,0,256,384,0,256,0'
	[ "$(grep -v '^#' "$W/ref.csv")" = "$want" ] &&
		ok "label --rows refault: hand-computed features and labels" ||
		bad "label --rows refault: got $(grep -v '^#' "$W/ref.csv" | tr '\n' ' ')"
else
	bad "label --rows refault failed: $(cat "$W/err")"
fi
# one row per refault of the baseline, as the simulator counts them
"$S" label "$W/zipf.txt" --size 300 --rows refault --out "$W/rf.csv" 2> "$W/err"
n_rf=$(($(grep -vc '^#' "$W/rf.csv") - 1))
rf=$("$S" sim "$W/zipf.txt" --size 300 --policy linux --quiet --refault-stats 2>&1 | awk '{ print $5 }')
[ "$n_rf" -eq "$rf" ] && [ "$n_rf" -gt 1000 ] &&
	! grep -v '^#' "$W/rf.csv" | tail -n +2 | grep -vqE '^([0-9]+,){5}[01],[0-9]+,[01]$' &&
	ok "label --rows refault: one row per refault ($n_rf), integer features, 0/1 labels" ||
	bad "label --rows refault: $n_rf rows, the simulator counts $rf refaults"
# eager activates at least as often as stock (its threshold is larger), the
# oracle's decisions are the labels, and none of them is below OPT
out=$("$S" sim "$W/mix.txt" --size 300 --policy linux,linux-eager,linux-oracle,opt --quiet \
	--refault-stats --csv - 2>&1)
st=$(echo "$out" | awk '/^refaults linux size/ { print $7 / $5 }')
ea=$(echo "$out" | awk '/^refaults linux-eager size/ { print $7 / $5 }')
awk -v a="$ea" -v b="$st" 'BEGIN { exit !(a > b) }' &&
	ok "linux-eager activates a larger share of refaults than linux ($ea > $st)" ||
	bad "linux-eager activates $ea of refaults, linux $st"
if "$S" label "$W/mix.txt" --size 300 --rows refault --base linux --out "$W/mo.csv" 2> "$W/err"; then
	pos=$(grep -v '^#' "$W/mo.csv" | tail -n +2 | awk -F, '{ s += $8 } END { print s + 0 }')
	[ "$pos" -gt 0 ] && ok "label --rows refault on mix: $pos positive rows" ||
		bad "label --rows refault on mix: no positive rows"
fi
# the committed model: validates, is compiled in, runs without a fallback
for bin in "$S" "$F"; do
	if "$bin" list | grep -q '^linux-learned .*(not in this build)'; then
		bad "linux-learned: $bin was built without learned/models/evict_refault.h"
		continue
	fi
	out=$("$bin" sim "$W/zipf.txt" --mrc 100,300 --policy linux,linux-learned,opt --refault-stats \
		--csv - --quiet 2>&1)
	fb=$(echo "$out" | awk '/^refaults linux-learned/ { s += $9 } END { print s + 0 }')
	nr=$(echo "$out" | awk '/^refaults linux-learned/ { s += $5 } END { print s + 0 }')
	[ "$fb" -eq 0 ] && [ "$nr" -gt 0 ] &&
		ok "linux-learned ($(basename "$(dirname "$bin")")): $nr refaults decided by the model, 0 fallbacks" ||
		bad "linux-learned ($bin): $fb model fallbacks of $nr refaults: $out"
done
# the committed header is what scripts/train/train evict produces (about 50 s);
# CACHESIM_SKIP_TRAIN=1 skips it
if [ "${CACHESIM_SKIP_TRAIN:-0}" = 1 ]; then
	echo "skip - scripts/train/train evict --check (CACHESIM_SKIP_TRAIN=1)"
elif "$(dirname "$0")/../../../scripts/train/train" evict --check --no-eval --work "$W/train-evict" \
	> "$W/train.out" 2>&1; then
	ok "scripts/train/train evict reproduces learned/models/evict_refault.h byte for byte"
else
	tail -5 "$W/train.out"
	bad "scripts/train/train evict --check: the committed model is not reproduced"
fi

# ---- speed (optimised build) ------------------------------------------------
"$F" gen zipf --accesses 2000000 --pages 100000 --seed 1 --format bin --out "$W/big.bin"
t0=$(date +%s%N)
if "$F" sim "$W/big.bin" --size 10000 --quiet --csv "$W/big.csv"; then
	ms=$((($(date +%s%N) - t0) / 1000000))
	[ $ms -lt 20000 ] && ok "speed: 2M accesses x $(($(wc -l < "$W/big.csv") - 1)) policies in $ms ms" ||
		bad "speed: 2M accesses took $ms ms (limit 20000)"
else
	bad "speed: sim failed"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
