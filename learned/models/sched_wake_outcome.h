/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_wake_outcome": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: outcome-train.csv, 4558 rows, sha256 e3e19a9608f49e4dd11c50f65cf3f95440393f889c275a94cc49b276963c5e46
 *   test:  outcome-test.csv, 972 rows, sha256 1c62eec76eeacc46531a249f9d4ae3ae17b792a975924ba3ecc4e3f72ff7b33c
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=8 depth=3 lr=0.5 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.7418, quantised 0.7418; agreement 1.0000
 *   held-out AUC: float 0.6357, quantised 0.6356
 *
 * Input: 12 raw s32 features in the order of the SCHED_WAKE_OUTCOME_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_SCHED_WAKE_OUTCOME_H
#define _LEARNED_MODEL_SCHED_WAKE_OUTCOME_H

#include <linux/learned_infer.h>

#define SCHED_WAKE_OUTCOME_N_FEATURES	12
#define SCHED_WAKE_OUTCOME_F_SYNC	0
#define SCHED_WAKE_OUTCOME_F_THIS_IDLE	1
#define SCHED_WAKE_OUTCOME_F_PREV_IDLE	2
#define SCHED_WAKE_OUTCOME_F_SHARE_CACHE	3
#define SCHED_WAKE_OUTCOME_F_THIS_NR	4
#define SCHED_WAKE_OUTCOME_F_PREV_NR	5
#define SCHED_WAKE_OUTCOME_F_THIS_LOAD	6
#define SCHED_WAKE_OUTCOME_F_PREV_LOAD	7
#define SCHED_WAKE_OUTCOME_F_TASK_LOAD	8
#define SCHED_WAKE_OUTCOME_F_CUR_LOAD	9
#define SCHED_WAKE_OUTCOME_F_EFF_DIFF	10
#define SCHED_WAKE_OUTCOME_F_ACTION	11
#define SCHED_WAKE_OUTCOME_FEATURE_SET	0
#define SCHED_WAKE_OUTCOME_DECIDE(out)	((out) >= 32768)
#define SCHED_WAKE_OUTCOME_PROVENANCE	\
	"learned-train 1.0 kind=gbt train-sha256=e3e19a9608f49e4d seed=1 acc=0.7418 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_wake_outcome_norm[12] = {
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* sync */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* this_idle */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* prev_idle */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* share_cache */
	{ .offset = 9, .scale = 452101821, .lo = -62087, .hi = 68985 },	/* this_nr */
	{ .offset = 8, .scale = 536870912, .lo = -65536, .hi = 65536 },	/* prev_nr */
	{ .offset = 1813, .scale = 2368984, .lo = -65536, .hi = 65536 },	/* this_load */
	{ .offset = 2356, .scale = 3343688, .lo = -65510, .hi = 65562 },	/* prev_load */
	{ .offset = 1280, .scale = 3355443, .lo = -65536, .hi = 65536 },	/* task_load */
	{ .offset = 1536, .scale = 4194304, .lo = -65536, .hi = 65536 },	/* cur_load */
	{ .offset = 2987, .scale = 1014160, .lo = -65536, .hi = 65536 },	/* eff_diff */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* action */
};

/* 8 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_wake_outcome_nodes[114] = {
	/* tree 0 */
	{ .value = 26240, .feature = 9, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = 0, .feature = 2, .left = 3, .right = 4 },
	{ .value = -14138, .feature = LEARNED_TREE_LEAF },
	{ .value = 11440, .feature = LEARNED_TREE_LEAF },
	{ .value = 32858, .feature = 6, .left = 6, .right = 7 },
	{ .value = -8677, .feature = LEARNED_TREE_LEAF },
	{ .value = -50668, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 0, .feature = 2, .left = 10, .right = 11 },
	{ .value = -25256, .feature = LEARNED_TREE_LEAF },
	{ .value = 6975, .feature = LEARNED_TREE_LEAF },
	{ .value = 35200, .feature = 9, .left = 13, .right = 14 },
	{ .value = 3700, .feature = LEARNED_TREE_LEAF },
	{ .value = 30788, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = 51046, .feature = 8, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = -41705, .feature = 10, .left = 3, .right = 4 },
	{ .value = -3369, .feature = LEARNED_TREE_LEAF },
	{ .value = 13223, .feature = LEARNED_TREE_LEAF },
	{ .value = 36256, .feature = 6, .left = 6, .right = 7 },
	{ .value = 23383, .feature = LEARNED_TREE_LEAF },
	{ .value = -12648, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 39040, .feature = 9, .left = 10, .right = 11 },
	{ .value = 3790, .feature = LEARNED_TREE_LEAF },
	{ .value = -26147, .feature = LEARNED_TREE_LEAF },
	{ .value = 32256, .feature = 9, .left = 13, .right = 14 },
	{ .value = -18033, .feature = LEARNED_TREE_LEAF },
	{ .value = 18103, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = 17024, .feature = 9, .left = 1, .right = 8 },
	{ .value = 53094, .feature = 8, .left = 2, .right = 5 },
	{ .value = 10496, .feature = 9, .left = 3, .right = 4 },
	{ .value = 8015, .feature = LEARNED_TREE_LEAF },
	{ .value = -7293, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 6, .right = 7 },
	{ .value = 868, .feature = LEARNED_TREE_LEAF },
	{ .value = -18094, .feature = LEARNED_TREE_LEAF },
	{ .value = -32768, .feature = 5, .left = 9, .right = 12 },
	{ .value = -55188, .feature = 4, .left = 10, .right = 11 },
	{ .value = 9598, .feature = LEARNED_TREE_LEAF },
	{ .value = 832, .feature = LEARNED_TREE_LEAF },
	{ .value = -45859, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = 20207, .feature = 6, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = 5867, .feature = 7, .left = 3, .right = 4 },
	{ .value = -20786, .feature = LEARNED_TREE_LEAF },
	{ .value = 3583, .feature = LEARNED_TREE_LEAF },
	{ .value = 19847, .feature = 7, .left = 6, .right = 7 },
	{ .value = 30749, .feature = LEARNED_TREE_LEAF },
	{ .value = 6157, .feature = LEARNED_TREE_LEAF },
	{ .value = 53094, .feature = 8, .left = 9, .right = 12 },
	{ .value = 39004, .feature = 6, .left = 10, .right = 11 },
	{ .value = 3947, .feature = LEARNED_TREE_LEAF },
	{ .value = -22866, .feature = LEARNED_TREE_LEAF },
	{ .value = 4608, .feature = 9, .left = 13, .right = 14 },
	{ .value = -16336, .feature = LEARNED_TREE_LEAF },
	{ .value = -2302, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 15544, .feature = 6, .left = 1, .right = 8 },
	{ .value = 33792, .feature = 9, .left = 2, .right = 5 },
	{ .value = 21120, .feature = 9, .left = 3, .right = 4 },
	{ .value = 21096, .feature = LEARNED_TREE_LEAF },
	{ .value = -13269, .feature = LEARNED_TREE_LEAF },
	{ .value = 4235, .feature = 7, .left = 6, .right = 7 },
	{ .value = 772, .feature = LEARNED_TREE_LEAF },
	{ .value = 27225, .feature = LEARNED_TREE_LEAF },
	{ .value = 50368, .feature = 9, .left = 9, .right = 12 },
	{ .value = 0, .feature = 2, .left = 10, .right = 11 },
	{ .value = 3715, .feature = LEARNED_TREE_LEAF },
	{ .value = -2678, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 13, .right = 14 },
	{ .value = -2739, .feature = LEARNED_TREE_LEAF },
	{ .value = 17504, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = -47260, .feature = 10, .left = 1, .right = 8 },
	{ .value = 50368, .feature = 9, .left = 2, .right = 5 },
	{ .value = 17857, .feature = 6, .left = 3, .right = 4 },
	{ .value = 13325, .feature = LEARNED_TREE_LEAF },
	{ .value = -10864, .feature = LEARNED_TREE_LEAF },
	{ .value = 17613, .feature = 8, .left = 6, .right = 7 },
	{ .value = -3146, .feature = LEARNED_TREE_LEAF },
	{ .value = 22066, .feature = LEARNED_TREE_LEAF },
	{ .value = -46641, .feature = 10, .left = 9, .right = 12 },
	{ .value = 24725, .feature = 6, .left = 10, .right = 11 },
	{ .value = 5137, .feature = LEARNED_TREE_LEAF },
	{ .value = -27086, .feature = LEARNED_TREE_LEAF },
	{ .value = 58522, .feature = 8, .left = 13, .right = 14 },
	{ .value = 1111, .feature = LEARNED_TREE_LEAF },
	{ .value = -4447, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 26582, .feature = 7, .left = 1, .right = 8 },
	{ .value = 17653, .feature = 7, .left = 2, .right = 5 },
	{ .value = -50448, .feature = 10, .left = 3, .right = 4 },
	{ .value = -31468, .feature = LEARNED_TREE_LEAF },
	{ .value = -470, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 6, .right = 7 },
	{ .value = -2525, .feature = LEARNED_TREE_LEAF },
	{ .value = 11281, .feature = LEARNED_TREE_LEAF },
	{ .value = 56576, .feature = 8, .left = 9, .right = 12 },
	{ .value = 35200, .feature = 9, .left = 10, .right = 11 },
	{ .value = 3197, .feature = LEARNED_TREE_LEAF },
	{ .value = -12420, .feature = LEARNED_TREE_LEAF },
	{ .value = -24780, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = -1981, .feature = 10, .left = 1, .right = 8 },
	{ .value = -14593, .feature = 10, .left = 2, .right = 5 },
	{ .value = 56013, .feature = 8, .left = 3, .right = 4 },
	{ .value = 1052, .feature = LEARNED_TREE_LEAF },
	{ .value = -2681, .feature = LEARNED_TREE_LEAF },
	{ .value = 35461, .feature = 6, .left = 6, .right = 7 },
	{ .value = 9660, .feature = LEARNED_TREE_LEAF },
	{ .value = -5057, .feature = LEARNED_TREE_LEAF },
	{ .value = 8448, .feature = 9, .left = 9, .right = 10 },
	{ .value = -33742, .feature = LEARNED_TREE_LEAF },
	{ .value = 59802, .feature = 8, .left = 11, .right = 12 },
	{ .value = 3510, .feature = LEARNED_TREE_LEAF },
	{ .value = -24187, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_wake_outcome_trees[8] = {
	{ .nodes = sched_wake_outcome_nodes + 0, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 15, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 30, .n_nodes = 13, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 43, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 58, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 73, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 88, .n_nodes = 13, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 101, .n_nodes = 13, .n_features = 12, .max_depth = 3 },
};

static const struct learned_forest sched_wake_outcome_forest = {
	.trees = sched_wake_outcome_trees,
	.norm = sched_wake_outcome_norm,
	.base = 69286,
	.n_trees = 8,
	.n_features = 12,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_wake_outcome_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &sched_wake_outcome_forest,
};

#endif /* _LEARNED_MODEL_SCHED_WAKE_OUTCOME_H */
