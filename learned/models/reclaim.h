/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "reclaim": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train-reclaim (guest traces of scripts/workloads/
 *   train-reclaim/{zipf,hotscan,loop}.fio, held out: phases.fio; labels:
 *   OPT at the kernel's file LRU size keeps the page until its next use)
 *   train: train.csv, 42042 rows, sha256 278c9dba6b5325ed0a206210d2f352c5ff5e412c133e6ccb2bdb667ba4b4541a
 *   test:  test.csv, 11769 rows, sha256 1aaa4bf5dbd9da669cc7c27b7f1aacc0557109aaa6e46f766f57ece18a42f658
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.0001 iters=50 (used 8) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.8112, quantised 0.8112; agreement 1.0000
 *   held-out AUC: float 0.7164, quantised 0.7164
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
	"learned-train 1.0 kind=logreg train-sha256=278c9dba6b5325ed seed=1 acc=0.8112 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm reclaim_norm[13] = {
	{ .offset = 888, .scale = 4836675, .lo = -65536, .hi = 65536 },	/* accesses */
	{ .offset = 672, .scale = 6391320, .lo = -65536, .hi = 65536 },	/* recent */
	{ .offset = 288, .scale = 14913081, .lo = -65536, .hi = 65536 },	/* scans */
	{ .offset = 1897, .scale = 2263487, .lo = -65519, .hi = 65553 },	/* age */
	{ .offset = 1687, .scale = 2545166, .lo = -65517, .hi = 65555 },	/* idle */
	{ .offset = 378, .scale = 11362347, .lo = -65536, .hi = 65536 },	/* idle_ratio */
	{ .offset = 1551, .scale = 3316577, .lo = -65536, .hi = 65536 },	/* nrpages */
	{ .offset = 2955, .scale = 21801864, .lo = -65536, .hi = 65536 },	/* lru */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* mapped */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* referenced */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* workingset */
	{ .offset = 1, .scale = 0, .lo = 0, .hi = 0 },	/* file */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* active_site */
};

static const s32 reclaim_weights[13] = {
	-7648, 90761, 76483, -24858, 33970, -172949,
	-96512, -123441, -6822, 20701, -106761, 0,
	81425,
};

static const struct learned_linear reclaim_linear = {
	.weights = reclaim_weights,
	.norm = reclaim_norm,
	.bias = -127702,
	.n_features = 13,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model reclaim_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &reclaim_linear,
};

#endif /* _LEARNED_MODEL_RECLAIM_H */
