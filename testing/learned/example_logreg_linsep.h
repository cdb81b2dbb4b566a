/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "example_logreg_linsep": logistic regression (struct learned_linear).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: linsep-train.csv, 4000 rows, sha256 03d085e8d8f36d811eb1d4406402a9c63366e402b02b3ff76c7ef17415d782fb
 *   test:  linsep-test.csv, 1000 rows, sha256 c2192ede761a94f47f14352301670c1cbc7859bd9ff19a81ee78991effff9071
 *   kind: logreg, seed: 1
 *   hyperparameters: l2=0.0001 iters=50 (used 8) output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9330, quantised 0.9330; agreement 1.0000
 *   held-out AUC: float 0.9697, quantised 0.9697
 *
 * Input: 5 raw s32 features in the order of the EXAMPLE_LOGREG_LINSEP_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_EXAMPLE_LOGREG_LINSEP_H
#define _LEARNED_MODEL_EXAMPLE_LOGREG_LINSEP_H

#include <linux/learned_infer.h>

#define EXAMPLE_LOGREG_LINSEP_N_FEATURES	5
#define EXAMPLE_LOGREG_LINSEP_F_X0	0
#define EXAMPLE_LOGREG_LINSEP_F_X1	1
#define EXAMPLE_LOGREG_LINSEP_F_X2	2
#define EXAMPLE_LOGREG_LINSEP_F_X3	3
#define EXAMPLE_LOGREG_LINSEP_F_X4	4
#define EXAMPLE_LOGREG_LINSEP_FEATURE_SET	0
#define EXAMPLE_LOGREG_LINSEP_DECIDE(out)	((out) >= 32768)
#define EXAMPLE_LOGREG_LINSEP_PROVENANCE	\
	"learned-train 1.0 kind=logreg train-sha256=03d085e8d8f36d81 seed=1 acc=0.9330 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm example_logreg_linsep_norm[5] = {
	{ .offset = 499, .scale = 8598533, .lo = -65470, .hi = 65602 },	/* x0 */
	{ .offset = 499, .scale = 8598533, .lo = -65470, .hi = 65602 },	/* x1 */
	{ .offset = 500, .scale = 8598533, .lo = -65470, .hi = 65602 },	/* x2 */
	{ .offset = 499, .scale = 8615782, .lo = -65470, .hi = 65602 },	/* x3 */
	{ .offset = -1, .scale = 8598533, .lo = -65470, .hi = 65602 },	/* x4 */
};

static const s32 example_logreg_linsep_weights[5] = {
	399460, -268814, 196763, -10760, 271351,
};

static const struct learned_linear example_logreg_linsep_linear = {
	.weights = example_logreg_linsep_weights,
	.norm = example_logreg_linsep_norm,
	.bias = -5789,
	.n_features = 5,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model example_logreg_linsep_model = {
	.kind = LEARNED_MODEL_LINEAR,
	.linear = &example_logreg_linsep_linear,
};

#endif /* _LEARNED_MODEL_EXAMPLE_LOGREG_LINSEP_H */
