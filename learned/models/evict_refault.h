/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "evict_refault": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train/train evict --kind logreg (synthetic traces: cachesim gen,
 *   cachesim label --rows refault, label reuse distance < cache size); train.csv
 *   = training families, test.csv = held-out families and seeds
 *   train: train.csv, 2364577 rows, sha256 c7222882d8498358941bb1cc878e919807e4d15b96743af13e9e85fb1a905919
 *   test:  test.csv, 3187853 rows, sha256 6dd12646be48a4423df6528392005b7d33c416f1ba63a9059e37fe6f819ea8e8
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.0001 iters=50 (used 12) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9034, quantised 0.9034; agreement 1.0000
 *   held-out AUC: float 0.7997, quantised 0.7997
 *
 * Input: 7 raw s32 features in the order of the EVICT_REFAULT_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_EVICT_REFAULT_H
#define _LEARNED_MODEL_EVICT_REFAULT_H

#include <linux/learned_infer.h>

#define EVICT_REFAULT_N_FEATURES	7
#define EVICT_REFAULT_F_DISTANCE	0
#define EVICT_REFAULT_F_WORKINGSET	1
#define EVICT_REFAULT_F_ACTIVE	2
#define EVICT_REFAULT_F_INACTIVE	3
#define EVICT_REFAULT_F_NRPAGES	4
#define EVICT_REFAULT_F_WAS_ACTIVE	5
#define EVICT_REFAULT_F_DIST_RATIO	6
#define EVICT_REFAULT_FEATURE_SET	1
#define EVICT_REFAULT_DECIDE(out)	((out) >= 32768)
#define EVICT_REFAULT_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=c7222882d8498358 seed=1 acc=0.9034 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm evict_refault_norm[7] = {
	{ .offset = 2728, .scale = 2593579, .lo = -65536, .hi = 65536 },	/* distance */
	{ .offset = 1564, .scale = 2746143, .lo = -65536, .hi = 65536 },	/* workingset */
	{ .offset = 1564, .scale = 2746143, .lo = -65536, .hi = 65536 },	/* active */
	{ .offset = 2974, .scale = 10082083, .lo = -65536, .hi = 65536 },	/* inactive */
	{ .offset = 1152, .scale = 4790817, .lo = -65499, .hi = 65573 },	/* nrpages */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* was_active */
	{ .offset = 2048, .scale = 2097664, .lo = -65520, .hi = 65552 },	/* dist_ratio */
};

static const s32 evict_refault_weights[7] = {
	-48411, 123700, 123700, -46142, 48211, 76766,
	-31266,
};

static const struct learned_linear evict_refault_linear = {
	.weights = evict_refault_weights,
	.norm = evict_refault_norm,
	.bias = -308531,
	.n_features = 7,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model evict_refault_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &evict_refault_linear,
};

#endif /* _LEARNED_MODEL_EVICT_REFAULT_H */
