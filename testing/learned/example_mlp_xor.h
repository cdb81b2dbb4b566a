/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "example_mlp_xor": integer MLP (struct learned_mlp).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: xor-train.csv, 4000 rows, sha256 a9f9178c920d1e5406d48980863310331cf2b17e43aa57f262815176dd8ca4d7
 *   test:  xor-test.csv, 1000 rows, sha256 c264071963acfdf7cfc4fe8718af30d1db694910b123d68daa24e8a2bfdbd86d
 *   kind: mlp, seed: 1
 *   hyperparameters: hidden=16 epochs=40 batch=32 lr=0.01 l2=0.0001 weight_bits=16 act_frac=11 output=logit clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9580, quantised 0.9580; agreement 1.0000
 *   held-out AUC: float 0.9729, quantised 0.9729
 *
 * Input: 4 raw s32 features in the order of the EXAMPLE_MLP_XOR_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 logit of label 1;
 * predict 1 when out[0] >= 0.
 */
#ifndef _LEARNED_MODEL_EXAMPLE_MLP_XOR_H
#define _LEARNED_MODEL_EXAMPLE_MLP_XOR_H

#include <linux/learned_infer.h>

#define EXAMPLE_MLP_XOR_N_FEATURES	4
#define EXAMPLE_MLP_XOR_F_X0	0
#define EXAMPLE_MLP_XOR_F_X1	1
#define EXAMPLE_MLP_XOR_F_NOISE_A	2
#define EXAMPLE_MLP_XOR_F_NOISE_B	3
#define EXAMPLE_MLP_XOR_FEATURE_SET	0
#define EXAMPLE_MLP_XOR_DECIDE(out)	((out) >= 0)
#define EXAMPLE_MLP_XOR_PROVENANCE	\
	"learned-train 1.0 kind=mlp train-sha256=a9f9178c920d1e54 seed=1 acc=0.9580 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm example_mlp_xor_norm[4] = {
	{ .offset = 0, .scale = 4299267, .lo = -65536, .hi = 65536 },	/* x0 */
	{ .offset = -2, .scale = 4305732, .lo = -65503, .hi = 65569 },	/* x1 */
	{ .offset = 50, .scale = 85899346, .lo = -65536, .hi = 65536 },	/* noise_a */
	{ .offset = 50, .scale = 85899346, .lo = -65536, .hi = 65536 },	/* noise_b */
};

/* layer 0: 4 -> 16, row-major (one row per output) */
static const s16 example_mlp_xor_l0_w[64] = {
	6201, 20137, 29, -182,
	-1016, -2536, -3030, -1145,
	4245, -2507, 1308, 6625,
	23021, 5159, 870, 371,
	-27662, 14676, 491, -823,
	-18385, -4200, -385, -224,
	-122, -5450, -872, 6957,
	8155, 24007, -240, 11,
	-1593, 647, -635, -3295,
	-9057, 32767, 246, -62,
	-3741, -13142, 93, 325,
	-18578, -5457, -350, -529,
	30876, -9848, -351, 281,
	11148, 24264, -209, -5,
	-4361, -2200, -1933, 6331,
	-903, 1277, -177, 2170,
};

static const s32 example_mlp_xor_l0_bias[16] = {
	6558584, 1919811, -2627780, -4834532, 14734353, 3972569, -3000174, 7441944,
	-1159743, 17138512, -4437439, 3290136, -13919519, 6914804, 1647294, -452846,
};

/* layer 1: 16 -> 1, row-major (one row per output) */
static const s16 example_mlp_xor_l1_w[16] = {
	19139, -526, -2055, 20447, -20612, 23286, -5157, 14586, -2102, -31736, 9435, 22882,
	-32767, 20725, 4790, -409,
};

static const s32 example_mlp_xor_l1_bias[1] = {
	1181062,
};

static const struct learned_mlp_layer example_mlp_xor_layers[2] = {
	{
		.w16 = example_mlp_xor_l0_w,
		.bias = example_mlp_xor_l0_bias,
		.mult = 59856,
		.n_in = 4,
		.n_out = 16,
		.shift = 29,
		.act = LEARNED_ACT_RELU,
	},
	{
		.w16 = example_mlp_xor_l1_w,
		.bias = example_mlp_xor_l1_bias,
		.mult = 42616,
		.n_in = 16,
		.n_out = 1,
		.shift = 29,
		.act = LEARNED_ACT_NONE,
	},
};

static const struct learned_mlp example_mlp_xor_mlp = {
	.layers = example_mlp_xor_layers,
	.norm = example_mlp_xor_norm,
	.n_features = 4,
	.n_layers = 2,
	.act_frac = 11,
};

static const struct learned_model example_mlp_xor_model = {
	.kind = LEARNED_MODEL_MLP,
	.mlp = &example_mlp_xor_mlp,
};

#endif /* _LEARNED_MODEL_EXAMPLE_MLP_XOR_H */
