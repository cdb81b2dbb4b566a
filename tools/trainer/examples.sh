#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Regenerate the example models: synthetic data from gen-synth, then one
# learned-train run per example.  Deterministic: the same headers, byte for
# byte, on every run.
#
#   examples.sh BUILD_DIR OUT_DIR [LEARNED_TRAIN]
#
# Writes OUT_DIR/example_*.h and BUILD_DIR/examples/*.{pkg,report,pred}:
# .pkg is the model package (learned-train --blob, hook "example", policy
# the kind), for every example whose name fits a package (at most 23
# characters; example_logreg_pagereuse has 24 and gets none).
# Each line of EXAMPLES: name kind family min_accuracy extra-options...
set -euo pipefail

B=${1:?usage: examples.sh BUILD_DIR OUT_DIR [LEARNED_TRAIN]}
OUT=${2:?usage: examples.sh BUILD_DIR OUT_DIR [LEARNED_TRAIN]}
TRAIN=${3:-$B/learned-train}
GEN=$B/gen-synth
D=$B/data
R=$B/examples

EXAMPLES="
example_logreg_linsep	logreg	linsep		0.90	--l2 0.0001
example_gbt_xor		gbt	xor		0.93	--trees 20 --depth 3 --lr 0.3
example_mlp_xor		mlp	xor		0.93	--hidden 16 --epochs 40 --weight-bits 16
example_logreg_pagereuse	logreg	pagereuse	0.82	--l2 0.0001
example_gbt_pagereuse	gbt	pagereuse	0.85	--trees 30 --depth 4 --lr 0.2
example_mlp_pagereuse	mlp	pagereuse	0.83	--hidden 16,8 --epochs 40 --weight-bits 8
"

mkdir -p "$D" "$R" "$OUT"
for fam in linsep xor pagereuse; do
	"$GEN" --family $fam --rows 4000 --seed 1 --out "$D/$fam-train.csv"
	"$GEN" --family $fam --rows 1000 --seed 2 --out "$D/$fam-test.csv"
done

echo "$EXAMPLES" | while read -r name kind fam floor opts; do
	[ -n "$name" ] || continue
	pkg=()
	rm -f "$R/$name.pkg"
	if [ ${#name} -lt 24 ]; then
		pkg=(--blob "$R/$name.pkg" --hook example --policy "$kind")
	fi
	# shellcheck disable=SC2086
	"$TRAIN" --kind "$kind" --train "$D/$fam-train.csv" --test "$D/$fam-test.csv" \
		--seed 1 --name "$name" --out "$OUT/$name.h" "${pkg[@]}" \
		--predictions "$R/$name.pred" --min-agreement 0.99 $opts > "$R/$name.report"
	echo "$name: $(sed -n 's/^  quantised: accuracy=\([0-9.]*\).*/quantised accuracy \1/p' "$R/$name.report"), $(grep -o 'agreement=[0-9.]*' "$R/$name.report" | head -1) (floor $floor)"
	echo "$floor" > "$R/$name.floor"
	echo "$fam" > "$R/$name.family"
done
