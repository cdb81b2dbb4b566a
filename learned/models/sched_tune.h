/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_tune": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train/train sched-tune (guest runs of every workload under
 *   sched_tune=stock, low and high; label: the arm whose throughput beats stock's
 *   by > 3% without more migrations per unit; one row per 100 ms sample)
 *   input: scripts/train/data/sched-tune/runs.tar.xz (sha256 3d2c30936a154591...)
 *   train: train-low.csv, 1099 rows, sha256 a51536a93ea2ec47b29504e779c2a04f6c2eb7b1aa1b9b0c380bad015f7ccdfa
 *   test:  test-low.csv, 804 rows, sha256 a185d4bb31688f317df7da255d1520b088aebadddb90b66b4d3a7322a8ebc205
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.001 iters=50 (used 6) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.8085, quantised 0.8085; agreement 1.0000
 *   held-out AUC: float 0.8557, quantised 0.8557
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
	"learned-train 1.0 kind=logreg train-sha256=a51536a93ea2ec47 seed=1 acc=0.8085 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_tune_norm[2] = {
	{ .offset = 2561, .scale = 4323067, .lo = -65503, .hi = 65569 },	/* csw */
	{ .offset = 544, .scale = 8947849, .lo = -65536, .hi = 65536 },	/* runnable */
};

static const s32 sched_tune_weights[2] = {
	-292738, 333599,
};

static const struct learned_linear sched_tune_linear = {
	.weights = sched_tune_weights,
	.norm = sched_tune_norm,
	.bias = -10812,
	.n_features = 2,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_tune_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &sched_tune_linear,
};

#endif /* _LEARNED_MODEL_SCHED_TUNE_H */
