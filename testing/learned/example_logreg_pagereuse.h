/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "example_logreg_pagereuse": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: pagereuse-train.csv, 4000 rows, sha256 9a71a7051f5a19124501606e2a6437fa2ee19109b90cf2e276df1dbccdd94c3c
 *   test:  pagereuse-test.csv, 1000 rows, sha256 4b6e78c709e4935a2026c8b735103bddcfa7d2fdfb6e67a6ad0147e321923d09
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.0001 iters=50 (used 7) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.8450, quantised 0.8450; agreement 1.0000
 *   held-out AUC: float 0.9129, quantised 0.9129
 *
 * Input: 6 raw s32 features in the order of the EXAMPLE_LOGREG_PAGEREUSE_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_EXAMPLE_LOGREG_PAGEREUSE_H
#define _LEARNED_MODEL_EXAMPLE_LOGREG_PAGEREUSE_H

#include <linux/learned_infer.h>

#define EXAMPLE_LOGREG_PAGEREUSE_N_FEATURES	6
#define EXAMPLE_LOGREG_PAGEREUSE_F_AGE_MS	0
#define EXAMPLE_LOGREG_PAGEREUSE_F_ACCESS_COUNT	1
#define EXAMPLE_LOGREG_PAGEREUSE_F_RECENCY_GAP_MS	2
#define EXAMPLE_LOGREG_PAGEREUSE_F_SIZE_CLASS	3
#define EXAMPLE_LOGREG_PAGEREUSE_F_SEQ_FLAG	4
#define EXAMPLE_LOGREG_PAGEREUSE_F_MAPPED	5
#define EXAMPLE_LOGREG_PAGEREUSE_FEATURE_SET	0
#define EXAMPLE_LOGREG_PAGEREUSE_DECIDE(out)	((out) >= 32768)
#define EXAMPLE_LOGREG_PAGEREUSE_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=9a71a7051f5a1912 seed=1 acc=0.8450 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm example_logreg_pagereuse_norm[6] = {
	{ .offset = 66376, .scale = 64728, .lo = -65536, .hi = 65537 },	/* age_ms */
	{ .offset = 8, .scale = 536870912, .lo = -65536, .hi = 65536 },	/* access_count */
	{ .offset = 64940, .scale = 66141, .lo = -65536, .hi = 65536 },	/* recency_gap_ms */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* size_class */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* seq_flag */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* mapped */
};

static const s32 example_logreg_pagereuse_weights[6] = {
	-50573, 498527, -202780, -115322, -146977, 274030,
};

static const struct learned_linear example_logreg_pagereuse_linear = {
	.weights = example_logreg_pagereuse_weights,
	.norm = example_logreg_pagereuse_norm,
	.bias = 132926,
	.n_features = 6,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model example_logreg_pagereuse_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &example_logreg_pagereuse_linear,
};

#endif /* _LEARNED_MODEL_EXAMPLE_LOGREG_PAGEREUSE_H */
