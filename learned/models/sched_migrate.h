/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_migrate": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: migrate-train.csv, 2052 rows, sha256 c34df0ee46309404e073f269bf2043efd9c63324df3b7a485590f9d1f5900765
 *   test:  migrate-test.csv, 1083 rows, sha256 1649ead25b1989e8df7bee9dfe8fcc3e9294e24219f702da5290481c6d66d64c
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=30 depth=4 lr=0.3 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9954, quantised 0.9954; agreement 1.0000
 *   held-out AUC: float 0.9999, quantised 0.9999
 *
 * Input: 11 raw s32 features in the order of the SCHED_MIGRATE_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_SCHED_MIGRATE_H
#define _LEARNED_MODEL_SCHED_MIGRATE_H

#include <linux/learned_infer.h>

#define SCHED_MIGRATE_N_FEATURES	11
#define SCHED_MIGRATE_F_DELTA	0
#define SCHED_MIGRATE_F_COST	1
#define SCHED_MIGRATE_F_RATIO	2
#define SCHED_MIGRATE_F_BUDDY	3
#define SCHED_MIGRATE_F_EXEMPT	4
#define SCHED_MIGRATE_F_FAILED	5
#define SCHED_MIGRATE_F_FAILED_EXCESS	6
#define SCHED_MIGRATE_F_IDLE	7
#define SCHED_MIGRATE_F_SRC_NR	8
#define SCHED_MIGRATE_F_DST_NR	9
#define SCHED_MIGRATE_F_TASK_LOAD	10
#define SCHED_MIGRATE_FEATURE_SET	0
#define SCHED_MIGRATE_DECIDE(out)	((out) >= 32768)
#define SCHED_MIGRATE_PROVENANCE	\
	"learned-train 1.0 kind=gbt train-sha256=c34df0ee46309404 seed=1 acc=0.9954 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_migrate_norm[11] = {
	{ .offset = 4757, .scale = 902778, .lo = -65529, .hi = 65543 },	/* delta */
	{ .offset = 4840, .scale = 0, .lo = 0, .hi = 0 },	/* cost */
	{ .offset = 2048, .scale = 2097152, .lo = -65536, .hi = 65536 },	/* ratio */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* buddy */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* exempt */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* failed */
	{ .offset = 0, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* failed_excess */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 32768 },	/* idle */
	{ .offset = 27, .scale = 171798692, .lo = -65536, .hi = 65536 },	/* src_nr */
	{ .offset = 17, .scale = 252645135, .lo = -65536, .hi = 65536 },	/* dst_nr */
	{ .offset = 1280, .scale = 3355443, .lo = -65536, .hi = 65536 },	/* task_load */
};

/* 30 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_migrate_nodes[354] = {
	/* tree 0 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 6 },
	{ .value = 124, .feature = 0, .left = 2, .right = 5 },
	{ .value = -32768, .feature = 5, .left = 3, .right = 4 },
	{ .value = -161191, .feature = LEARNED_TREE_LEAF },
	{ .value = -92369, .feature = LEARNED_TREE_LEAF },
	{ .value = -71469, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 22061, .feature = LEARNED_TREE_LEAF },
	{ .value = -123881, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -54880, .feature = 2, .left = 1, .right = 2 },
	{ .value = -30963, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 3, .right = 4 },
	{ .value = 21307, .feature = LEARNED_TREE_LEAF },
	{ .value = -31210, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -26878, .feature = LEARNED_TREE_LEAF },
	{ .value = -15156, .feature = LEARNED_TREE_LEAF },
	{ .value = 60826, .feature = 10, .left = 6, .right = 7 },
	{ .value = -6642, .feature = LEARNED_TREE_LEAF },
	{ .value = -22279, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 20763, .feature = LEARNED_TREE_LEAF },
	{ .value = -22984, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -24042, .feature = LEARNED_TREE_LEAF },
	{ .value = -10922, .feature = LEARNED_TREE_LEAF },
	{ .value = 62925, .feature = 10, .left = 6, .right = 7 },
	{ .value = -5593, .feature = LEARNED_TREE_LEAF },
	{ .value = -17166, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 20349, .feature = LEARNED_TREE_LEAF },
	{ .value = 17343, .feature = 0, .left = 11, .right = 12 },
	{ .value = -22300, .feature = LEARNED_TREE_LEAF },
	{ .value = -10020, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -22210, .feature = LEARNED_TREE_LEAF },
	{ .value = -8078, .feature = LEARNED_TREE_LEAF },
	{ .value = 60826, .feature = 10, .left = 6, .right = 7 },
	{ .value = -3342, .feature = LEARNED_TREE_LEAF },
	{ .value = -12325, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 20016, .feature = LEARNED_TREE_LEAF },
	{ .value = 17343, .feature = 0, .left = 11, .right = 12 },
	{ .value = -18984, .feature = LEARNED_TREE_LEAF },
	{ .value = -7969, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -20889, .feature = LEARNED_TREE_LEAF },
	{ .value = -6046, .feature = LEARNED_TREE_LEAF },
	{ .value = -4697, .feature = 0, .left = 6, .right = 7 },
	{ .value = -1139, .feature = LEARNED_TREE_LEAF },
	{ .value = -9829, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 19726, .feature = LEARNED_TREE_LEAF },
	{ .value = 59136, .feature = 10, .left = 11, .right = 12 },
	{ .value = -6292, .feature = LEARNED_TREE_LEAF },
	{ .value = -16805, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = -58592, .feature = 2, .left = 2, .right = 3 },
	{ .value = -24973, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -2504, .feature = LEARNED_TREE_LEAF },
	{ .value = 19427, .feature = LEARNED_TREE_LEAF },
	{ .value = -22723, .feature = LEARNED_TREE_LEAF },
	{ .value = 40725, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -58592, .feature = 2, .left = 3, .right = 4 },
	{ .value = -18688, .feature = LEARNED_TREE_LEAF },
	{ .value = -3453, .feature = LEARNED_TREE_LEAF },
	{ .value = 62925, .feature = 10, .left = 6, .right = 7 },
	{ .value = -1548, .feature = LEARNED_TREE_LEAF },
	{ .value = -7670, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 19160, .feature = LEARNED_TREE_LEAF },
	{ .value = 17343, .feature = 0, .left = 11, .right = 12 },
	{ .value = -12508, .feature = LEARNED_TREE_LEAF },
	{ .value = -2919, .feature = LEARNED_TREE_LEAF },
	/* tree 8 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = -58592, .feature = 2, .left = 2, .right = 3 },
	{ .value = -22922, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -888, .feature = LEARNED_TREE_LEAF },
	{ .value = 18819, .feature = LEARNED_TREE_LEAF },
	{ .value = -20124, .feature = LEARNED_TREE_LEAF },
	{ .value = 32998, .feature = LEARNED_TREE_LEAF },
	/* tree 9 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -21397, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -655, .feature = LEARNED_TREE_LEAF },
	{ .value = 18451, .feature = LEARNED_TREE_LEAF },
	{ .value = -18547, .feature = LEARNED_TREE_LEAF },
	{ .value = 27050, .feature = LEARNED_TREE_LEAF },
	/* tree 10 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -20104, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -483, .feature = LEARNED_TREE_LEAF },
	{ .value = 18017, .feature = LEARNED_TREE_LEAF },
	{ .value = -17171, .feature = LEARNED_TREE_LEAF },
	{ .value = 23343, .feature = LEARNED_TREE_LEAF },
	/* tree 11 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -18955, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -356, .feature = LEARNED_TREE_LEAF },
	{ .value = 17503, .feature = LEARNED_TREE_LEAF },
	{ .value = -15917, .feature = LEARNED_TREE_LEAF },
	{ .value = 20736, .feature = LEARNED_TREE_LEAF },
	/* tree 12 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -17886, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -262, .feature = LEARNED_TREE_LEAF },
	{ .value = 16901, .feature = LEARNED_TREE_LEAF },
	{ .value = -14746, .feature = LEARNED_TREE_LEAF },
	{ .value = 18724, .feature = LEARNED_TREE_LEAF },
	/* tree 13 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -16853, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -193, .feature = LEARNED_TREE_LEAF },
	{ .value = 16208, .feature = LEARNED_TREE_LEAF },
	{ .value = -13641, .feature = LEARNED_TREE_LEAF },
	{ .value = 17060, .feature = LEARNED_TREE_LEAF },
	/* tree 14 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -15833, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 42547, .feature = 10, .left = 5, .right = 6 },
	{ .value = -9928, .feature = LEARNED_TREE_LEAF },
	{ .value = 9226, .feature = LEARNED_TREE_LEAF },
	{ .value = -12601, .feature = LEARNED_TREE_LEAF },
	{ .value = 15618, .feature = LEARNED_TREE_LEAF },
	/* tree 15 */
	{ .value = 8265, .feature = 0, .left = 1, .right = 10 },
	{ .value = 0, .feature = 5, .left = 2, .right = 9 },
	{ .value = -65536, .feature = 9, .left = 3, .right = 6 },
	{ .value = 45773, .feature = 10, .left = 4, .right = 5 },
	{ .value = -17206, .feature = LEARNED_TREE_LEAF },
	{ .value = 5979, .feature = LEARNED_TREE_LEAF },
	{ .value = 65485, .feature = 10, .left = 7, .right = 8 },
	{ .value = -16646, .feature = LEARNED_TREE_LEAF },
	{ .value = 1039, .feature = LEARNED_TREE_LEAF },
	{ .value = 11679, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 11, .right = 12 },
	{ .value = 15069, .feature = LEARNED_TREE_LEAF },
	{ .value = -2592, .feature = LEARNED_TREE_LEAF },
	/* tree 16 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = -58592, .feature = 2, .left = 2, .right = 3 },
	{ .value = -14309, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -1257, .feature = LEARNED_TREE_LEAF },
	{ .value = 14317, .feature = LEARNED_TREE_LEAF },
	{ .value = -11253, .feature = LEARNED_TREE_LEAF },
	{ .value = 13853, .feature = LEARNED_TREE_LEAF },
	/* tree 17 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -13310, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -928, .feature = LEARNED_TREE_LEAF },
	{ .value = 13421, .feature = LEARNED_TREE_LEAF },
	{ .value = -10381, .feature = LEARNED_TREE_LEAF },
	{ .value = 12716, .feature = LEARNED_TREE_LEAF },
	/* tree 18 */
	{ .value = 0, .feature = 5, .left = 1, .right = 10 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -12342, .feature = LEARNED_TREE_LEAF },
	{ .value = 42547, .feature = 10, .left = 4, .right = 7 },
	{ .value = -62915, .feature = 8, .left = 5, .right = 6 },
	{ .value = -14220, .feature = LEARNED_TREE_LEAF },
	{ .value = 4633, .feature = LEARNED_TREE_LEAF },
	{ .value = -32768, .feature = 7, .left = 8, .right = 9 },
	{ .value = 12564, .feature = LEARNED_TREE_LEAF },
	{ .value = -2347, .feature = LEARNED_TREE_LEAF },
	{ .value = 11681, .feature = LEARNED_TREE_LEAF },
	/* tree 19 */
	{ .value = 12921, .feature = 0, .left = 1, .right = 8 },
	{ .value = 42547, .feature = 10, .left = 2, .right = 3 },
	{ .value = -13214, .feature = LEARNED_TREE_LEAF },
	{ .value = 52838, .feature = 10, .left = 4, .right = 5 },
	{ .value = 13760, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 5, .left = 6, .right = 7 },
	{ .value = -6198, .feature = LEARNED_TREE_LEAF },
	{ .value = 7410, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 11937, .feature = LEARNED_TREE_LEAF },
	{ .value = -1249, .feature = LEARNED_TREE_LEAF },
	/* tree 20 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -10978, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -441, .feature = LEARNED_TREE_LEAF },
	{ .value = 11896, .feature = LEARNED_TREE_LEAF },
	{ .value = -9180, .feature = LEARNED_TREE_LEAF },
	{ .value = 10426, .feature = LEARNED_TREE_LEAF },
	/* tree 21 */
	{ .value = 42547, .feature = 10, .left = 1, .right = 6 },
	{ .value = -62915, .feature = 8, .left = 2, .right = 5 },
	{ .value = 12095, .feature = 0, .left = 3, .right = 4 },
	{ .value = -11922, .feature = LEARNED_TREE_LEAF },
	{ .value = -195, .feature = LEARNED_TREE_LEAF },
	{ .value = 3261, .feature = LEARNED_TREE_LEAF },
	{ .value = 52838, .feature = 10, .left = 7, .right = 12 },
	{ .value = -65536, .feature = 8, .left = 8, .right = 9 },
	{ .value = 15400, .feature = LEARNED_TREE_LEAF },
	{ .value = -32768, .feature = 7, .left = 10, .right = 11 },
	{ .value = 5655, .feature = LEARNED_TREE_LEAF },
	{ .value = -7519, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 5, .left = 13, .right = 16 },
	{ .value = 65178, .feature = 10, .left = 14, .right = 15 },
	{ .value = -4961, .feature = LEARNED_TREE_LEAF },
	{ .value = 5572, .feature = LEARNED_TREE_LEAF },
	{ .value = 8496, .feature = LEARNED_TREE_LEAF },
	/* tree 22 */
	{ .value = 42547, .feature = 10, .left = 1, .right = 6 },
	{ .value = -62915, .feature = 8, .left = 2, .right = 5 },
	{ .value = 12095, .feature = 0, .left = 3, .right = 4 },
	{ .value = -10774, .feature = LEARNED_TREE_LEAF },
	{ .value = -191, .feature = LEARNED_TREE_LEAF },
	{ .value = 3125, .feature = LEARNED_TREE_LEAF },
	{ .value = 60826, .feature = 10, .left = 7, .right = 12 },
	{ .value = 124, .feature = 0, .left = 8, .right = 9 },
	{ .value = -3659, .feature = LEARNED_TREE_LEAF },
	{ .value = 56525, .feature = 10, .left = 10, .right = 11 },
	{ .value = 2711, .feature = LEARNED_TREE_LEAF },
	{ .value = 14064, .feature = LEARNED_TREE_LEAF },
	{ .value = 65178, .feature = 10, .left = 13, .right = 16 },
	{ .value = -32768, .feature = 7, .left = 14, .right = 15 },
	{ .value = 7205, .feature = LEARNED_TREE_LEAF },
	{ .value = -11911, .feature = LEARNED_TREE_LEAF },
	{ .value = 124, .feature = 0, .left = 17, .right = 18 },
	{ .value = -636, .feature = LEARNED_TREE_LEAF },
	{ .value = 6006, .feature = LEARNED_TREE_LEAF },
	/* tree 23 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -9490, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -91, .feature = LEARNED_TREE_LEAF },
	{ .value = 10819, .feature = LEARNED_TREE_LEAF },
	{ .value = -8503, .feature = LEARNED_TREE_LEAF },
	{ .value = 9152, .feature = LEARNED_TREE_LEAF },
	/* tree 24 */
	{ .value = 42547, .feature = 10, .left = 1, .right = 6 },
	{ .value = -62915, .feature = 8, .left = 2, .right = 5 },
	{ .value = 12095, .feature = 0, .left = 3, .right = 4 },
	{ .value = -9789, .feature = LEARNED_TREE_LEAF },
	{ .value = -184, .feature = LEARNED_TREE_LEAF },
	{ .value = 2604, .feature = LEARNED_TREE_LEAF },
	{ .value = 52838, .feature = 10, .left = 7, .right = 14 },
	{ .value = -65536, .feature = 8, .left = 8, .right = 11 },
	{ .value = 16103, .feature = 0, .left = 9, .right = 10 },
	{ .value = 13940, .feature = LEARNED_TREE_LEAF },
	{ .value = 487, .feature = LEARNED_TREE_LEAF },
	{ .value = -32768, .feature = 7, .left = 12, .right = 13 },
	{ .value = 5222, .feature = LEARNED_TREE_LEAF },
	{ .value = -7249, .feature = LEARNED_TREE_LEAF },
	{ .value = 54835, .feature = 10, .left = 15, .right = 18 },
	{ .value = 13321, .feature = 0, .left = 16, .right = 17 },
	{ .value = -8996, .feature = LEARNED_TREE_LEAF },
	{ .value = 1117, .feature = LEARNED_TREE_LEAF },
	{ .value = 60826, .feature = 10, .left = 19, .right = 20 },
	{ .value = 7559, .feature = LEARNED_TREE_LEAF },
	{ .value = -2943, .feature = LEARNED_TREE_LEAF },
	/* tree 25 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -8845, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -227, .feature = LEARNED_TREE_LEAF },
	{ .value = 10092, .feature = LEARNED_TREE_LEAF },
	{ .value = -7858, .feature = LEARNED_TREE_LEAF },
	{ .value = 8415, .feature = LEARNED_TREE_LEAF },
	/* tree 26 */
	{ .value = 42547, .feature = 10, .left = 1, .right = 6 },
	{ .value = -62915, .feature = 8, .left = 2, .right = 5 },
	{ .value = 12095, .feature = 0, .left = 3, .right = 4 },
	{ .value = -8933, .feature = LEARNED_TREE_LEAF },
	{ .value = -177, .feature = LEARNED_TREE_LEAF },
	{ .value = 2195, .feature = LEARNED_TREE_LEAF },
	{ .value = 51712, .feature = 10, .left = 7, .right = 14 },
	{ .value = -65536, .feature = 9, .left = 8, .right = 11 },
	{ .value = 45773, .feature = 10, .left = 9, .right = 10 },
	{ .value = 31, .feature = LEARNED_TREE_LEAF },
	{ .value = 10970, .feature = LEARNED_TREE_LEAF },
	{ .value = 28033, .feature = 0, .left = 12, .right = 13 },
	{ .value = -732, .feature = LEARNED_TREE_LEAF },
	{ .value = 512, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 5, .left = 15, .right = 18 },
	{ .value = -65536, .feature = 9, .left = 16, .right = 17 },
	{ .value = 1833, .feature = LEARNED_TREE_LEAF },
	{ .value = -5134, .feature = LEARNED_TREE_LEAF },
	{ .value = 7321, .feature = LEARNED_TREE_LEAF },
	/* tree 27 */
	{ .value = 45773, .feature = 10, .left = 1, .right = 8 },
	{ .value = 2328, .feature = 0, .left = 2, .right = 3 },
	{ .value = -8433, .feature = LEARNED_TREE_LEAF },
	{ .value = -62915, .feature = 8, .left = 4, .right = 7 },
	{ .value = 17343, .feature = 0, .left = 5, .right = 6 },
	{ .value = 449, .feature = LEARNED_TREE_LEAF },
	{ .value = -544, .feature = LEARNED_TREE_LEAF },
	{ .value = 2215, .feature = LEARNED_TREE_LEAF },
	{ .value = 51712, .feature = 10, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 9, .left = 10, .right = 11 },
	{ .value = 9944, .feature = LEARNED_TREE_LEAF },
	{ .value = -63, .feature = LEARNED_TREE_LEAF },
	{ .value = 56525, .feature = 10, .left = 13, .right = 16 },
	{ .value = -65536, .feature = 8, .left = 14, .right = 15 },
	{ .value = 4701, .feature = LEARNED_TREE_LEAF },
	{ .value = -14534, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 8, .left = 17, .right = 18 },
	{ .value = -1882, .feature = LEARNED_TREE_LEAF },
	{ .value = 12013, .feature = LEARNED_TREE_LEAF },
	/* tree 28 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -8014, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 7 },
	{ .value = 2328, .feature = 0, .left = 5, .right = 6 },
	{ .value = -11, .feature = LEARNED_TREE_LEAF },
	{ .value = 9288, .feature = LEARNED_TREE_LEAF },
	{ .value = -7096, .feature = LEARNED_TREE_LEAF },
	{ .value = 7414, .feature = LEARNED_TREE_LEAF },
	/* tree 29 */
	{ .value = 42547, .feature = 10, .left = 1, .right = 6 },
	{ .value = -62915, .feature = 8, .left = 2, .right = 5 },
	{ .value = 12095, .feature = 0, .left = 3, .right = 4 },
	{ .value = -7578, .feature = LEARNED_TREE_LEAF },
	{ .value = -165, .feature = LEARNED_TREE_LEAF },
	{ .value = 1820, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 9, .left = 7, .right = 14 },
	{ .value = -65536, .feature = 8, .left = 8, .right = 11 },
	{ .value = 124, .feature = 0, .left = 9, .right = 10 },
	{ .value = -3049, .feature = LEARNED_TREE_LEAF },
	{ .value = 10953, .feature = LEARNED_TREE_LEAF },
	{ .value = 59136, .feature = 10, .left = 12, .right = 13 },
	{ .value = -10169, .feature = LEARNED_TREE_LEAF },
	{ .value = 5229, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 8, .left = 15, .right = 18 },
	{ .value = 65485, .feature = 10, .left = 16, .right = 17 },
	{ .value = -10691, .feature = LEARNED_TREE_LEAF },
	{ .value = 5482, .feature = LEARNED_TREE_LEAF },
	{ .value = 65485, .feature = 10, .left = 19, .right = 20 },
	{ .value = 9189, .feature = LEARNED_TREE_LEAF },
	{ .value = 18, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_migrate_trees[30] = {
	{ .nodes = sched_migrate_nodes + 0, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 9, .n_nodes = 5, .n_features = 11, .max_depth = 2 },
	{ .nodes = sched_migrate_nodes + 14, .n_nodes = 11, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 25, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 38, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 51, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 64, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 73, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 86, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 95, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 104, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 113, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 122, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 131, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 140, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 149, .n_nodes = 13, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 162, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 171, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 180, .n_nodes = 11, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 191, .n_nodes = 11, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 202, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 211, .n_nodes = 17, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 228, .n_nodes = 19, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 247, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 256, .n_nodes = 21, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 277, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 286, .n_nodes = 19, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 305, .n_nodes = 19, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 324, .n_nodes = 9, .n_features = 11, .max_depth = 4 },
	{ .nodes = sched_migrate_nodes + 333, .n_nodes = 21, .n_features = 11, .max_depth = 4 },
};

static const struct learned_forest sched_migrate_forest = {
	.trees = sched_migrate_trees,
	.norm = sched_migrate_norm,
	.base = 134554,
	.n_trees = 30,
	.n_features = 11,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_migrate_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &sched_migrate_forest,
};

#endif /* _LEARNED_MODEL_SCHED_MIGRATE_H */
