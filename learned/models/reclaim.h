/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "reclaim": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: boot.csv, 16000 rows, sha256 8d527d554adb3175331a7c846ba20b89e7346a00e6841524dd89e821d690adfe
 *   test:  4000 rows held out of the train file (fraction 0.2000, seed 1)
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.0001 iters=50 (used 11) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9928, quantised 0.9928; agreement 1.0000
 *   held-out AUC: float 1.0000, quantised 1.0000
 *
 * Input: 13 raw s32 features in the order of the RECLAIM_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_RECLAIM_H
#define _LEARNED_MODEL_RECLAIM_H

#include <linux/learned_infer.h>

#define RECLAIM_N_FEATURES	13
#define RECLAIM_F_ACCESSES	0
#define RECLAIM_F_RECENT	1
#define RECLAIM_F_SCANS	2
#define RECLAIM_F_AGE	3
#define RECLAIM_F_IDLE	4
#define RECLAIM_F_IDLE_RATIO	5
#define RECLAIM_F_NRPAGES	6
#define RECLAIM_F_LRU	7
#define RECLAIM_F_MAPPED	8
#define RECLAIM_F_REFERENCED	9
#define RECLAIM_F_WORKINGSET	10
#define RECLAIM_F_FILE	11
#define RECLAIM_F_ACTIVE_SITE	12
#define RECLAIM_FEATURE_SET	0
#define RECLAIM_DECIDE(out)	((out) >= 32768)
#define RECLAIM_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=8d527d554adb3175 seed=1 acc=0.9928 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm reclaim_norm[13] = {
	{ .offset = 544, .scale = 7895160, .lo = -65536, .hi = 65536 },	/* accesses */
	{ .offset = 192, .scale = 22369621, .lo = -65536, .hi = 65536 },	/* recent */
	{ .offset = 256, .scale = 16777216, .lo = -65536, .hi = 65536 },	/* scans */
	{ .offset = 2316, .scale = 3243933, .lo = -65536, .hi = 65536 },	/* age */
	{ .offset = 2005, .scale = 2649579, .lo = -65536, .hi = 65536 },	/* idle */
	{ .offset = 1795, .scale = 2392073, .lo = -65518, .hi = 65554 },	/* idle_ratio */
	{ .offset = 2648, .scale = 3441480, .lo = -65536, .hi = 65536 },	/* nrpages */
	{ .offset = 2952, .scale = 10724013, .lo = -65454, .hi = 65618 },	/* lru */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* mapped */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* referenced */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* workingset */
	{ .offset = 1, .scale = 0, .lo = 0, .hi = 0 },	/* file */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* active_site */
};

static const s32 reclaim_weights[13] = {
	573681, 668592, 17731, -16692, 31383, 6375,
	2596, 6476, 0, 233904, -16155, 0,
	3644,
};

static const struct learned_linear reclaim_linear = {
	.weights = reclaim_weights,
	.norm = reclaim_norm,
	.bias = -190931,
	.n_features = 13,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model reclaim_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &reclaim_linear,
};

#endif /* _LEARNED_MODEL_RECLAIM_H */
