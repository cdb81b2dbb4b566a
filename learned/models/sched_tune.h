/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_tune": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: train-low.csv, 1238 rows, sha256 12444fa49e6d8302e014d20309399a264975f7e1209d03c58018b145200ddb27
 *   test:  test-low.csv, 887 rows, sha256 ed681fecf81d5f47cee2dc5fcaa5b5da6c76dad13dda9bc1978096e7be523d20
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.001 iters=50 (used 8) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9944, quantised 0.9944; agreement 1.0000
 *   held-out AUC: float 0.5000, quantised 0.5000
 *
 * Input: 2 raw s32 features in the order of the SCHED_TUNE_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_SCHED_TUNE_H
#define _LEARNED_MODEL_SCHED_TUNE_H

#include <linux/learned_infer.h>

#define SCHED_TUNE_N_FEATURES	2
#define SCHED_TUNE_F_CSW	0
#define SCHED_TUNE_F_RUNNABLE	1
#define SCHED_TUNE_FEATURE_SET	0
#define SCHED_TUNE_DECIDE(out)	((out) >= 32768)
#define SCHED_TUNE_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=12444fa49e6d8302 seed=1 acc=0.9944 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_tune_norm[2] = {
	{ .offset = 2548, .scale = 4312216, .lo = -65536, .hi = 65536 },	/* csw */
	{ .offset = 512, .scale = 9586981, .lo = -65536, .hi = 65536 },	/* runnable */
};

static const s32 sched_tune_weights[2] = {
	7866, 395237,
};

static const struct learned_linear sched_tune_linear = {
	.weights = sched_tune_weights,
	.norm = sched_tune_norm,
	.bias = -144879,
	.n_features = 2,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_tune_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &sched_tune_linear,
};

#endif /* _LEARNED_MODEL_SCHED_TUNE_H */
