/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_tune": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: tune-train.csv, 82 rows, sha256 fea313229482757bc6c1d1be23951792609c1520ad71d4edef45224531c19a72
 *   test:  tune-test.csv, 38 rows, sha256 586b6ab367e6ebbf011f8b3cf84c260fa630b4cd4c918081fd559b7aaf584d14
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.001 iters=50 (used 4) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.7368, quantised 0.7368; agreement 1.0000
 *   held-out AUC: float 0.6179, quantised 0.6179
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
	"learned-train 1.0 kind=logreg train-sha256=fea313229482757b seed=1 acc=0.7368 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_tune_norm[2] = {
	{ .offset = 2281, .scale = 4504423, .lo = -65502, .hi = 65570 },	/* csw */
	{ .offset = 576, .scale = 8388608, .lo = -65536, .hi = 65536 },	/* runnable */
};

static const s32 sched_tune_weights[2] = {
	-33734, 48040,
};

static const struct learned_linear sched_tune_linear = {
	.weights = sched_tune_weights,
	.norm = sched_tune_norm,
	.bias = 38553,
	.n_features = 2,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_tune_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &sched_tune_linear,
};

#endif /* _LEARNED_MODEL_SCHED_TUNE_H */
