/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_tune_high": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: train-high.csv, 1238 rows, sha256 48e34797d5b835a0663e06f6be62b338d9501d20249482a61af6e8260f34fc2d
 *   test:  test-high.csv, 887 rows, sha256 b1952a919e1474349a97be08ed234d8d9d2f32b7174ec0d62d827b617ed8150e
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.001 iters=50 (used 7) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.4780, quantised 0.4780; agreement 1.0000
 *   held-out AUC: float 0.5508, quantised 0.5508
 *
 * Input: 2 raw s32 features in the order of the SCHED_TUNE_HIGH_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_SCHED_TUNE_HIGH_H
#define _LEARNED_MODEL_SCHED_TUNE_HIGH_H

#include <linux/learned_infer.h>

#define SCHED_TUNE_HIGH_N_FEATURES	2
#define SCHED_TUNE_HIGH_F_CSW	0
#define SCHED_TUNE_HIGH_F_RUNNABLE	1
#define SCHED_TUNE_HIGH_FEATURE_SET	0
#define SCHED_TUNE_HIGH_DECIDE(out)	((out) >= 32768)
#define SCHED_TUNE_HIGH_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=48e34797d5b835a0 seed=1 acc=0.4780 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_tune_high_norm[2] = {
	{ .offset = 2548, .scale = 4312216, .lo = -65536, .hi = 65536 },	/* csw */
	{ .offset = 512, .scale = 9586981, .lo = -65536, .hi = 65536 },	/* runnable */
};

static const s32 sched_tune_high_weights[2] = {
	385775, -118851,
};

static const struct learned_linear sched_tune_high_linear = {
	.weights = sched_tune_high_weights,
	.norm = sched_tune_high_norm,
	.bias = -88194,
	.n_features = 2,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_tune_high_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &sched_tune_high_linear,
};

#endif /* _LEARNED_MODEL_SCHED_TUNE_HIGH_H */
