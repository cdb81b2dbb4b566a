/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "example_mlp_pagereuse": integer MLP (struct learned_mlp).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: pagereuse-train.csv, 4000 rows, sha256 9a71a7051f5a19124501606e2a6437fa2ee19109b90cf2e276df1dbccdd94c3c
 *   test:  pagereuse-test.csv, 1000 rows, sha256 4b6e78c709e4935a2026c8b735103bddcfa7d2fdfb6e67a6ad0147e321923d09
 *   kind: mlp, seed: 1
 *   hyperparameters: hidden=16,8 epochs=40 batch=32 lr=0.01 l2=0.0001 weight_bits=8 act_frac=10 output=logit clip=0.001 input_frac=0
 *   held-out accuracy: float 0.8530, quantised 0.8530; agreement 1.0000
 *   held-out AUC: float 0.9252, quantised 0.9250
 *
 * Input: 6 raw s32 features in the order of the EXAMPLE_MLP_PAGEREUSE_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 logit of label 1;
 * predict 1 when out[0] >= 0.
 */
#ifndef _LEARNED_MODEL_EXAMPLE_MLP_PAGEREUSE_H
#define _LEARNED_MODEL_EXAMPLE_MLP_PAGEREUSE_H

#include <linux/learned_infer.h>

#define EXAMPLE_MLP_PAGEREUSE_N_FEATURES	6
#define EXAMPLE_MLP_PAGEREUSE_F_AGE_MS	0
#define EXAMPLE_MLP_PAGEREUSE_F_ACCESS_COUNT	1
#define EXAMPLE_MLP_PAGEREUSE_F_RECENCY_GAP_MS	2
#define EXAMPLE_MLP_PAGEREUSE_F_SIZE_CLASS	3
#define EXAMPLE_MLP_PAGEREUSE_F_SEQ_FLAG	4
#define EXAMPLE_MLP_PAGEREUSE_F_MAPPED	5
#define EXAMPLE_MLP_PAGEREUSE_FEATURE_SET	0
#define EXAMPLE_MLP_PAGEREUSE_DECIDE(out)	((out) >= 0)
#define EXAMPLE_MLP_PAGEREUSE_PROVENANCE	\
	"learned-train 1.0 kind=mlp train-sha256=9a71a7051f5a1912 seed=1 acc=0.8530 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm example_mlp_pagereuse_norm[6] = {
	{ .offset = 66376, .scale = 64728, .lo = -65536, .hi = 65537 },	/* age_ms */
	{ .offset = 8, .scale = 536870912, .lo = -65536, .hi = 65536 },	/* access_count */
	{ .offset = 64940, .scale = 66141, .lo = -65536, .hi = 65536 },	/* recency_gap_ms */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* size_class */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* seq_flag */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* mapped */
};

/* layer 0: 6 -> 16, row-major (one row per output) */
static const s8 example_mlp_pagereuse_l0_w[96] = {
	22, -74, 28, -12, 54, -36,
	-125, 5, 31, -33, 45, 110,
	64, 6, 24, 80, -41, -38,
	-71, -117, -4, 33, -1, -92,
	6, -69, 3, -2, -6, 54,
	-100, 127, -23, 18, 42, -45,
	-57, 86, -37, -30, -54, 12,
	-8, 61, -52, -27, 2, 91,
	61, -61, -54, 33, 11, 14,
	42, -87, 56, -112, 72, 77,
	31, -29, -16, 49, -12, 54,
	-11, 81, -26, 78, -51, 99,
	-16, 11, -68, 14, -126, 99,
	67, 9, 102, -3, -7, -33,
	-15, 79, -51, -24, 26, 77,
	-67, -58, 15, 95, 72, -3,
};

static const s32 example_mlp_pagereuse_l0_bias[16] = {
	-19911, -75346, 53879, -13387, -43551, 2222, 41435, 21218,
	-25127, -33929, -12082, 20113, -4451, 17061, 36254, -48649,
};

/* layer 1: 16 -> 8, row-major (one row per output) */
static const s8 example_mlp_pagereuse_l1_w[128] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	22, 37, 49, 76, 14, -120, 3, -36, 46, 11, 3, -73, 0, -62, -70, 39,
	60, 126, 25, -2, 48, -51, -93, -46, 11, 122, 34, -89, -87, -62, -55, 95,
	-56, 88, -73, -8, -32, 65, 25, 44, -37, -127, -11, -68, -30, 1, 34, -25,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	-5, 51, -44, -28, 11, 75, 47, 97, 24, 48, 47, 26, 35, 69, 51, -52,
};

static const s32 example_mlp_pagereuse_l1_bias[8] = {
	-15980, -9088, -15201, -1678, -33480, -33162, -18958, 3651,
};

/* layer 2: 8 -> 1, row-major (one row per output) */
static const s8 example_mlp_pagereuse_l2_w[8] = {
	0, 0, 0, -55, -127, 67, 0, 48,
};

static const s32 example_mlp_pagereuse_l2_bias[1] = {
	-8331,
};

static const struct learned_mlp_layer example_mlp_pagereuse_layers[3] = {
	{
		.w8 = example_mlp_pagereuse_l0_w,
		.bias = example_mlp_pagereuse_l0_bias,
		.mult = 48128,
		.n_in = 6,
		.n_out = 16,
		.shift = 22,
		.act = LEARNED_ACT_RELU,
	},
	{
		.w8 = example_mlp_pagereuse_l1_w,
		.bias = example_mlp_pagereuse_l1_bias,
		.mult = 47642,
		.n_in = 16,
		.n_out = 8,
		.shift = 22,
		.act = LEARNED_ACT_RELU,
	},
	{
		.w8 = example_mlp_pagereuse_l2_w,
		.bias = example_mlp_pagereuse_l2_bias,
		.mult = 39440,
		.n_in = 8,
		.n_out = 1,
		.shift = 21,
		.act = LEARNED_ACT_NONE,
	},
};

static const struct learned_mlp example_mlp_pagereuse_mlp = {
	.layers = example_mlp_pagereuse_layers,
	.norm = example_mlp_pagereuse_norm,
	.n_features = 6,
	.n_layers = 3,
	.act_frac = 10,
};

static const struct learned_model example_mlp_pagereuse_model = {
	.kind = LEARNED_MODEL_MLP,
	.mlp = &example_mlp_pagereuse_mlp,
};

#endif /* _LEARNED_MODEL_EXAMPLE_MLP_PAGEREUSE_H */
