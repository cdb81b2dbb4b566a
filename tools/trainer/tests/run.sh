#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Test runner of tools/trainer: unit tests (ASan/UBSan), malformed inputs,
# command-line errors, determinism of headers and model packages, the
# committed example headers reproduced byte for byte with their accuracy
# floors and >= 99% agreement, and every example header compiled, and every
# example package read by the kernel's parsers, checked bit-exactly against
# the trainer's own predictions.  Last line: "N passed, M failed".
set -u

B=${1:?usage: run.sh BUILD_DIR}
HERE=$(cd "$(dirname "$0")/.." && pwd)
TOP=$(cd "$HERE/../.." && pwd)
T=$B/san/learned-train
G=$B/san/gen-synth
P=$B/san/check-pkg
W=$B/test-work
CC=${CC:-gcc}
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
	cat "$W/unit.out"
	n=$(grep -c '^ok - ' "$W/unit.out")
	pass=$((pass + n))
	bad "unit tests ($(grep -c '^FAIL' "$W/unit.out") failed, or crashed)"
fi

# ---- malformed inputs -----------------------------------------------------
"$G" --family xor --rows 200 --seed 1 --out "$W/good.csv"
"$G" --family xor --rows 200 --seed 1 --format bin --out "$W/good.bin"

# reject NAME EXPECTED FILE [learned-train options]: exit 1, message, no output
# (--kind, --name, --hook and --policy have defaults unless given; giving
# --hook or --policy drops both defaults)
reject() {
	local name=$1 want=$2 file=$3
	shift 3
	local kind=(--kind logreg) mname=(--name m) pkg=(--hook test_hook --policy test_policy)
	case " $* " in *" --kind "*) kind=() ;; esac
	case " $* " in *" --name "*) mname=() ;; esac
	case " $* " in *" --hook "* | *" --policy "*) pkg=() ;; esac
	rm -f "$W"/out.h* "$W"/out.blob*
	"$T" "${kind[@]}" --train "$file" "${mname[@]}" --out "$W/out.h" --blob "$W/out.blob" \
		"${pkg[@]}" "$@" \
		> "$W/stdout" 2> "$W/stderr"
	local rc=$?
	if [ $rc -ne 1 ]; then
		bad "$name: exit status $rc, want 1 ($(head -c 300 "$W/stderr"))"
	elif ! grep -qF -- "$want" "$W/stderr"; then
		bad "$name: message '$(head -c 300 "$W/stderr")' lacks '$want'"
	elif [ "$(wc -l < "$W/stderr")" -ne 1 ]; then
		bad "$name: want exactly one line on stderr, got: $(head -c 400 "$W/stderr")"
	elif ls "$W"/out.h* "$W"/out.blob* > /dev/null 2>&1; then
		bad "$name: output written despite the error"
	else
		ok "$name: $(head -c 160 "$W/stderr")"
	fi
}

csv() { printf "$2" > "$W/$1"; echo "$W/$1"; }

reject "csv empty" "empty.csv:0: empty file (no header row)" "$(csv empty.csv '')"
reject "csv comments only" "empty file (no header row)" "$(csv comments.csv '# a\n\n  # b\n')"
reject "csv header only" "hdr.csv:1: no data rows" "$(csv hdr.csv 'a,label\n')"
reject "csv no label" "nolabel.csv:1: header must have exactly one 'label' column (found 0)" "$(csv nolabel.csv 'a,b\n1,2\n')"
reject "csv two labels" "found 2" "$(csv twolabel.csv 'label,a,label\n1,2,0\n')"
reject "csv bad name" "bad name 'a b'" "$(csv badname.csv 'a b,label\n1,0\n')"
reject "csv duplicate name" "duplicate column name 'a'" "$(csv dup.csv 'a,a,label\n1,2,0\n')"
reject "csv column count" "cols.csv:4: expected 2 columns, got 3" "$(csv cols.csv '# c\na,label\n1,0\n1,2,0\n')"
reject "csv bad number" "num.csv:2: column 1 (a): not a number: '1x'" "$(csv num.csv 'a,label\n1x,0\n')"
reject "csv nan" "nan.csv:2: column 2 (b): not a number: 'nan'" "$(csv nan.csv 'a,b,label\n1,nan,0\n')"
reject "csv inf" "inf.csv:2: column 1 (a): not a number: '-inf'" "$(csv inf.csv 'a,label\n-inf,0\n')"
reject "csv hex" "not a number: '0x10'" "$(csv hex.csv 'a,label\n0x10,0\n')"
reject "csv huge" "huge.csv:2: column 1 (a): value out of range" "$(csv huge.csv 'a,label\n1e400,0\n')"
reject "csv empty field" "ef.csv:2: column 2 (b): empty field" "$(csv ef.csv 'a,b,label\n1,,0\n')"
reject "csv bad label" "lab.csv:3: label must be 0 or 1, got '2'" "$(csv lab.csv 'a,label\n1,0\n1,2\n')"
reject "csv nul byte" "byte offset 9: NUL byte" "$(csv nul.csv 'a,label\n1\0000\n')"
{ printf 'a,label\n'; head -c 70000 /dev/zero | tr '\0' '1'; printf ',0\n'; } > "$W/long.csv"
reject "csv long line" "long.csv:2: line longer than 65536 bytes" "$W/long.csv"
reject "csv decimals need --input-frac" "dec.csv:2: feature 'a' = 1.5 is not an integer" "$(csv dec.csv 'a,label\n1.5,0\n2,1\n1,0\n2,1\n1,0\n2,1\n1,0\n2,1\n1,0\n2,1\n')"
reject "csv value beyond s32" "big.csv:2: feature 'a' = 3000000000 does not fit a s32" "$(csv big.csv 'a,label\n3e9,0\n2,1\n1,0\n2,1\n1,0\n2,1\n1,0\n2,1\n1,0\n2,1\n')"
reject "nonexistent file" "nosuch.csv: cannot open" "$W/nosuch.csv"

# binary: header is magic(4) version(2) type(2) nf(4) nr(4) names_len(4) reserved(4)
bin() { printf "$2" > "$W/$1"; echo "$W/$1"; }
reject "bin truncated header" "byte offset 10: truncated header" "$(bin th.bin 'LTDS\001\000\001\000\000\000')"
reject "bin bad magic" "byte offset 0: bad magic" "$(bin magic.bin 'LTDX\001\000\001\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000')"
reject "bin bad version" "byte offset 4: unsupported version 9" "$(bin ver.bin 'LTDS\011\000\001\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000')"
reject "bin bad value type" "byte offset 6: bad value type 7" "$(bin vt.bin 'LTDS\001\000\007\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000')"
reject "bin zero features" "byte offset 8: nr_features 0 out of range" "$(bin nf.bin 'LTDS\001\000\001\000\000\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000')"
reject "bin huge rows" "byte offset 12: nr_rows 4294967295 out of range" "$(bin nr.bin 'LTDS\001\000\001\000\001\000\000\000\377\377\377\377\002\000\000\000\000\000\000\000a\000')"
reject "bin huge names" "byte offset 16: names_len" "$(bin nl.bin 'LTDS\001\000\001\000\001\000\000\000\001\000\000\000\377\377\000\000\000\000\000\000a\000')"
reject "bin reserved" "byte offset 20: reserved field must be 0" "$(bin rs.bin 'LTDS\001\000\001\000\001\000\000\000\001\000\000\000\002\000\000\000\001\000\000\000a\000')"
head -c -3 "$W/good.bin" > "$W/trunc.bin"
reject "bin truncated rows" "truncated (header promises" "$W/trunc.bin"
{ cat "$W/good.bin"; printf 'xyz'; } > "$W/trail.bin"
reject "bin trailing bytes" "3 trailing bytes after the last row" "$W/trail.bin"
reject "bin bad label" "byte offset 30: row 1: label must be 0 or 1" "$(bin bl.bin 'LTDS\001\000\001\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000\005\000\000\000\002\000\000\000')"
reject "bin nan" "byte offset 26: row 1: NaN or infinity" "$(bin nan.bin 'LTDS\001\000\002\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\000a\000\000\000\000\000\000\000\370\177\000\000\000\000\000\000\000\000')"
reject "bin bad feature name" "byte offset 24: bad feature name" "$(bin fn.bin 'LTDS\001\000\001\000\001\000\000\000\001\000\000\000\002\000\000\000\000\000\000\0009\000\001\000\000\000\000\000\000\000')"

# ---- command line -------------------------------------------------------------
reject "cli unknown kind" "--kind: 'forest' is not one of" "$W/good.csv" --kind forest
reject "cli trees range" "--trees: 0 out of range 1..256" "$W/good.csv" --kind gbt --trees 0
reject "cli trees not integer" "--trees: '3x' is not an integer" "$W/good.csv" --kind gbt --trees 3x
reject "cli option of another kind" "--trees does not apply to --kind logreg" "$W/good.csv" --trees 5
reject "cli hidden" "--hidden: '16,x' is not N or N,M" "$W/good.csv" --kind mlp --hidden 16,x
reject "cli weight bits" "--weight-bits: 12 is not 8 or 16" "$W/good.csv" --kind mlp --weight-bits 12
reject "cli split range" "--split: 0.95 out of range" "$W/good.csv" --split 0.95
reject "cli test vs split" "--test and --split exclude each other" "$W/good.csv" --test "$W/good.csv" --split 0.3
"$G" --family linsep --rows 50 --seed 1 --out "$W/other.csv"
reject "test file columns differ" "feature columns differ" "$W/good.csv" --test "$W/other.csv"
reject "cli min agreement range" "--min-agreement: 1.5 out of range" "$W/good.csv" --min-agreement 1.5
if "$T" --kind logreg --train "$W/good.csv" --name Bad-Name > /dev/null 2> "$W/stderr" ||
   ! grep -q -- "--name: 'Bad-Name' is not a lower-case C identifier" "$W/stderr"; then
	bad "cli bad name"
else
	ok "cli bad name: $(cat "$W/stderr")"
fi
rm -f "$W/out.h"*
if "$T" --kind logreg --train "$W/good.csv" --out "$W/out.h" > /dev/null 2> "$W/stderr" ||
   ! grep -q "need --name" "$W/stderr"; then
	bad "cli --out without --name"
else
	ok "cli --out without --name: $(cat "$W/stderr")"
fi
reject "cli --blob without --hook" "--blob needs --hook and --policy" "$W/good.csv" --policy p
reject "cli --blob without --policy" "--blob needs --hook and --policy" "$W/good.csv" --hook h
reject "cli upper-case hook" "--hook: 'Evict' is not a hook name ([a-z0-9_]+, at most 15 characters)" \
	"$W/good.csv" --hook Evict --policy p
reject "cli long hook" "--hook: 'sixteen_chars_xx' is not a hook name" "$W/good.csv" \
	--hook sixteen_chars_xx --policy p
reject "cli empty hook" "--hook: '' is not a hook name" "$W/good.csv" --hook '' --policy p
reject "cli bad policy" "--policy: 'a-b' is not a policy name" "$W/good.csv" --hook h --policy a-b
reject "cli hook twice" "option given twice: --hook" "$W/good.csv" --hook h --hook h --policy p
reject "cli name too long for a package" \
	"--name: 'twenty_four_characters_x' cannot name a model package (--blob): longer than 23 characters" \
	"$W/good.csv" --name twenty_four_characters_x
if "$T" --kind logreg --train "$W/good.csv" --hook h --policy p > /dev/null 2> "$W/stderr" ||
   ! grep -q -- "--hook and --policy need --blob" "$W/stderr"; then
	bad "cli --hook without --blob"
else
	ok "cli --hook without --blob: $(cat "$W/stderr")"
fi
# 24 characters are fine for a header alone
if "$T" --kind logreg --train "$W/good.csv" --name twenty_four_characters_x --out "$W/long.h" \
	--quiet 2> "$W/stderr" && [ -s "$W/long.h" ]; then
	ok "cli 24-character --name without --blob"
else
	bad "cli 24-character --name without --blob: $(cat "$W/stderr")"
fi

# ---- determinism ---------------------------------------------------------------
"$G" --family pagereuse --rows 1500 --seed 7 --out "$W/pr.csv"
"$G" --family pagereuse --rows 1500 --seed 7 --format bin --out "$W/pr.bin"
pk=(--hook evict --policy learned --feature-set 4242)
# the feature set goes into the header too
for k in logreg gbt mlp; do
	"$T" --kind $k --train "$W/pr.csv" --seed 3 --name d --out "$W/d1-$k.h" --blob "$W/d1-$k.pkg" \
		"${pk[@]}" --quiet
	"$T" --kind $k --train "$W/pr.csv" --seed 3 --name d --out "$W/d2-$k.h" --blob "$W/d2-$k.pkg" \
		"${pk[@]}" --quiet
	"$B/learned-train" --kind $k --train "$W/pr.csv" --seed 3 --name d --out "$W/d3-$k.h" \
		--blob "$W/d3-$k.pkg" "${pk[@]}" --quiet
	"$T" --kind $k --train "$W/pr.bin" --seed 3 --name d --out "$W/d4-$k.h" --feature-set 4242 --quiet
	if cmp -s "$W/d1-$k.h" "$W/d2-$k.h" && cmp -s "$W/d1-$k.pkg" "$W/d2-$k.pkg"; then
		ok "determinism $k: same input and seed, identical header and package"
	else
		bad "determinism $k: two runs differ"
	fi
	if cmp -s "$W/d1-$k.h" "$W/d3-$k.h" && cmp -s "$W/d1-$k.pkg" "$W/d3-$k.pkg"; then
		ok "determinism $k: -O2 build and ASan build give identical headers and packages"
	else
		bad "determinism $k: -O2 and ASan builds differ"
	fi
	if out=$("$P" "$W/d1-$k.pkg" 2>&1) &&
	   echo "$out" | grep -q "^hook=evict policy=learned feature_set=4242 name=d kind=[0-9]* features=6$"; then
		ok "$k package read by the kernel's parsers: $out"
	else
		bad "$k package: $out"
	fi
	if diff <(grep -v 'sha256\|train:\|PROVENANCE' "$W/d1-$k.h") \
		<(grep -v 'sha256\|train:\|PROVENANCE' "$W/d4-$k.h") > /dev/null; then
		ok "csv and binary input give the same $k model"
	else
		bad "csv and binary input give different $k models"
	fi
done
"$T" --kind mlp --train "$W/pr.csv" --seed 4 --name d --out "$W/d5.h" --quiet
if ! cmp -s "$W/d1-mlp.h" "$W/d5.h"; then ok "another seed gives another mlp"; else bad "seed ignored"; fi
if [ "$(head -n 1 "$W/d1-gbt.h")" = "/* generated - do not edit */" ]; then
	ok "header first line is the do-not-edit banner"
else
	bad "header first line: $(head -n 1 "$W/d1-gbt.h")"
fi

# ---- example models: reproduced, accurate, agreeing ----------------------------
if ! "$HERE/examples.sh" "$B" "$W/models" "$T" > "$W/examples.out" 2>&1; then
	cat "$W/examples.out"
	bad "examples.sh failed"
fi
committed=$(cd "$TOP/testing/learned" && ls example_*.h 2>/dev/null | sort)
made=$(cd "$W/models" && ls example_*.h 2>/dev/null | sort)
if [ -n "$made" ] && [ "$committed" = "$made" ]; then
	ok "example set: $(echo $made)"
else
	bad "committed example headers ($(echo $committed)) != generated ($(echo $made)); run make examples"
fi
for h in $made; do
	n=${h%.h}
	R=$B/examples
	if cmp -s "$W/models/$h" "$TOP/testing/learned/$h"; then
		ok "$h reproduced byte for byte"
	else
		bad "$h differs from the committed one (make -C tools/trainer examples)"
	fi
	agree=$(grep -o '^  agreement=[0-9.]*' "$R/$n.report" | cut -d= -f2)
	acc=$(sed -n 's/^  quantised: accuracy=\([0-9.]*\).*/\1/p' "$R/$n.report")
	floor=$(cat "$R/$n.floor")
	if awk -v a="$agree" 'BEGIN { exit !(a >= 0.99) }'; then
		ok "$n: agreement $agree >= 0.99"
	else
		bad "$n: agreement $agree < 0.99"
	fi
	if awk -v a="$acc" -v f="$floor" 'BEGIN { exit !(a >= f) }'; then
		ok "$n: held-out quantised accuracy $acc >= floor $floor"
	else
		bad "$n: held-out quantised accuracy $acc < floor $floor"
	fi
	# the header as kernel code sees it, checked against the trainer's answers
	up=$(echo "$n" | tr a-z A-Z)
	if $CC -std=gnu11 -Wall -Wextra -Werror -O1 -fsanitize=address,undefined \
		-fno-sanitize-recover=all -I"$TOP/tools/include" -I"$TOP/learned/include" -I"$HERE" \
		-DHDR="\"$TOP/testing/learned/$h\"" -DMODEL="${n}_model" -DNFEAT="${up}_N_FEATURES" \
		-o "$W/check-$n" "$HERE/tests/check-model.c" \
		"$B"/san/util.o "$B"/san/data.o "$B"/san/lib-*.o -lm 2> "$W/cc.err"; then
		fam=$(cat "$R/$n.family")
		if out=$("$W/check-$n" "$B/data/$fam-test.csv" "$R/$n.pred" 2>&1) &&
		   echo "$out" | grep -q ', 0 mismatches$'; then
			ok "$out (header compiled with -Werror, validated by the library)"
		else
			bad "$h: $out"
		fi
	else
		bad "$h does not compile: $(head -c 400 "$W/cc.err")"
	fi
	# the model package, as the kernel reads it (names of 24+ characters
	# cannot name a package: examples.sh writes none for them)
	if [ ${#n} -ge 24 ]; then
		[ -e "$R/$n.pkg" ] && bad "$n: package with a name of ${#n} characters" ||
			ok "$n: no package (name of ${#n} characters)"
	elif out=$("$P" "$R/$n.pkg" "$B/data/$fam-test.csv" "$R/$n.pred" 2>&1) &&
	     echo "$out" | grep -q "^hook=example policy=[a-z]* feature_set=0 name=$n " &&
	     echo "$out" | grep -q ', 0 mismatches$'; then
		ok "$(echo "$out" | tail -n 1) (package read by learned_package_parse() and learned_blob_parse())"
	else
		bad "$n.pkg: $out"
	fi
done

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
