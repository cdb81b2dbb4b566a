#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Tests of model-pkg (run by make test): const packages pass info, every
# variant written by corrupt fails info (status 1, with a reason, without
# sanitizer reports), corrupt is deterministic per seed, and bad command
# lines are refused.  Last line: "model-pkg: N passed, M failed".
#
#   test-model-pkg.sh MODEL_PKG WORK_DIR [SEED]
set -u

M=${1:?usage: test-model-pkg.sh MODEL_PKG WORK_DIR [SEED]}
W=${2:?usage: test-model-pkg.sh MODEL_PKG WORK_DIR [SEED]}
SEED=${3:-1}
# a sanitizer report must not pass for a refusal (exit status 1)
export ASAN_OPTIONS=exitcode=99 UBSAN_OPTIONS=exitcode=99
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }

rm -rf "$W"
mkdir -p "$W"

# const: a good package, exactly as asked for
if "$M" const --hook test_hook --policy never --feature-set 7 --features 64 \
	--value -65536 --name "never activate" --out "$W/never.pkg" &&
   "$M" info "$W/never.pkg" > "$W/info" 2>&1 &&
   grep -qx 'hook:        test_hook' "$W/info" &&
   grep -qx 'policy:      never' "$W/info" &&
   grep -qx 'feature_set: 7' "$W/info" &&
   grep -qx 'name:        never activate' "$W/info" &&
   grep -qx 'kind:        linear' "$W/info" &&
   grep -qx 'features:    64' "$W/info" &&
   grep -qx 'outputs:     1' "$W/info"; then
	ok
else
	bad "const + info: $(cat "$W/info" 2>/dev/null)"
fi
"$M" const --hook evict --policy learned --feature-set 0 --features 1 \
	--value 0x7fffffff --name x --out "$W/one.pkg" &&
	"$M" info "$W/one.pkg" > /dev/null && ok || bad "const with 1 feature"

# corrupt: every variant refused by info, for two packages
for p in never one; do
	if ! "$M" corrupt --seed "$SEED" --count 340 --out "$W/$p" "$W/$p.pkg" \
		> "$W/$p.list"; then
		bad "corrupt $p.pkg failed"
		continue
	fi
	# one process for all: "FILE: refused: reason" for each, status 1
	files=("$W/$p"/*.pkg)
	n=${#files[@]}
	"$M" info "${files[@]}" > "$W/out" 2> /dev/null
	rc=$?
	refused=$(grep -c ': refused: .' "$W/out")
	[ $rc -eq 1 ] || bad "info on the corrupt variants of $p.pkg: exit status $rc"
	# corrupt's list names the reason info gives
	sed "s|^$W/$p/||; s|: refused: |: |" "$W/out" | cmp -s - "$W/$p.list" ||
		bad "corrupt's list of $p.pkg differs from what info says"
	# and a few of them one by one
	for f in "${files[@]:0:17}"; do
		"$M" info "$f" > "$W/out" 2> /dev/null
		rc=$?
		[ $rc -eq 1 ] || bad "$f: info exit status $rc: $(head -c 200 "$W/out")"
	done
	kinds=$(sed 's/^[0-9]*-\([a-z-]*\)\.pkg:.*/\1/' "$W/$p.list" | sort -u | wc -l)
	if [ $n -eq 340 ] && [ $refused -eq $n ] && [ "$(wc -l < "$W/$p.list")" -eq 340 ] &&
	   [ "$kinds" -ge 16 ]; then
		ok
		echo "model-pkg: $refused/$n corrupt variants of $p.pkg ($kinds kinds of corruption) refused by info"
	else
		bad "corrupt $p.pkg: $refused/$n refused, $kinds kinds"
	fi
done
"$M" corrupt --seed "$SEED" --count 40 --out "$W/again" "$W/never.pkg" > "$W/again.list"
if head -n 40 "$W/never.list" | cmp -s - "$W/again.list" &&
   (for f in "$W/again"/*.pkg; do cmp -s "$f" "$W/never/${f##*/}" || exit 1; done); then
	ok
else
	bad "corrupt is not deterministic"
fi
"$M" corrupt --seed $((SEED + 1)) --count 40 --out "$W/other" "$W/never.pkg" > /dev/null
if ! cmp -s "$W/other/0000-bitflip.pkg" "$W/never/0000-bitflip.pkg" ||
   ! cmp -s "$W/other/0001-bytes.pkg" "$W/never/0001-bytes.pkg"; then
	ok
else
	bad "corrupt ignores --seed"
fi

# refusals: status 2 for usage errors, 1 for refused packages
expect() {
	local want=$1 what=$2
	shift 2
	"$M" "$@" > "$W/out" 2>&1
	local rc=$?
	if [ $rc -eq "$want" ]; then ok; else bad "$what: exit status $rc, want $want: $(head -c 200 "$W/out")"; fi
}
c=(--policy p --feature-set 0 --features 4 --value 0 --name n --out "$W/x.pkg")
expect 2 "const: upper-case hook" const --hook Evict "${c[@]}"
expect 2 "const: long hook" const --hook sixteen_chars_xx "${c[@]}"
expect 2 "const: no hook" const "${c[@]}"
expect 2 "const: bad policy" const --hook h --policy a-b --feature-set 0 --features 4 --value 0 --name n --out "$W/x.pkg"
expect 2 "const: long name" const --hook h --policy p --feature-set 0 --features 4 --value 0 --name twenty_four_characters_x --out "$W/x.pkg"
expect 2 "const: 65 features" const --hook h --policy p --feature-set 0 --features 65 --value 0 --name n --out "$W/x.pkg"
expect 2 "const: value beyond s32" const --hook h --policy p --feature-set 0 --features 4 --value 2147483648 --name n --out "$W/x.pkg"
expect 2 "const: feature set beyond u32" const --hook h --policy p --feature-set 4294967296 --features 4 --value 0 --name n --out "$W/x.pkg"
[ -e "$W/x.pkg" ] && bad "const wrote a package despite an error" || ok
expect 2 "unknown subcommand" frob
expect 2 "info: no file" info
expect 2 "info: missing file" info "$W/nosuch"
expect 2 "corrupt: no --seed" corrupt --count 3 --out "$W/c" "$W/never.pkg"
expect 1 "info: not a package" info "$0"
expect 1 "info: empty file" info /dev/null
expect 1 "info: a good and a refused file" info "$W/never.pkg" /dev/null
expect 0 "info: two good files" info "$W/never.pkg" "$W/one.pkg"
expect 1 "corrupt: a refused package" corrupt --seed 1 --count 3 --out "$W/c" "$W/never/0000-bitflip.pkg"

echo "model-pkg: $pass passed, $fail failed"
[ $fail -eq 0 ]
