/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_wake_outcome": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train/train sched (tools/schedtrace rows of guest traces:
 *   migrate and wake labelled with stock's answer, outcome with placement
 *   cost <= 800 us under sched_wake=explore); held out: other workload families
 *   input: scripts/train/data/sched/rows.tar.xz (sha256 92e99ae80e7f4187...)
 *   train: outcome-train.csv, 5476 rows, sha256 6e53a561dff401ac49d7fe6de91a84b625bdacf3948fe20be3399cb57679b532
 *   test:  outcome-test.csv, 1574 rows, sha256 cd622444a2ac41f31f2aeda458d3b9a3122876d46baac505d4a20fb04050fa6a
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=8 depth=3 lr=0.5 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.8247, quantised 0.8247; agreement 1.0000
 *   held-out AUC: float 0.8216, quantised 0.8216
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
	"learned-train 1.0 kind=gbt train-sha256=6e53a561dff401ac seed=1 acc=0.8247 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_wake_outcome_norm[12] = {
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* sync */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* this_idle */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* prev_idle */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* share_cache */
	{ .offset = 10, .scale = 409044504, .lo = -62415, .hi = 68657 },	/* this_nr */
	{ .offset = 9, .scale = 477218588, .lo = -65536, .hi = 65536 },	/* prev_nr */
	{ .offset = 1840, .scale = 2334221, .lo = -65536, .hi = 65536 },	/* this_load */
	{ .offset = 2447, .scale = 3580631, .lo = -65509, .hi = 65563 },	/* prev_load */
	{ .offset = 1408, .scale = 3728270, .lo = -65536, .hi = 65536 },	/* task_load */
	{ .offset = 1808, .scale = 5711393, .lo = -65536, .hi = 65536 },	/* cur_load */
	{ .offset = 3183, .scale = 1058395, .lo = -65536, .hi = 65536 },	/* eff_diff */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* action */
};

/* 8 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_wake_outcome_nodes[118] = {
	/* tree 0 */
	{ .value = -56174, .feature = 4, .left = 1, .right = 8 },
	{ .value = 12898, .feature = 9, .left = 2, .right = 5 },
	{ .value = 0, .feature = 11, .left = 3, .right = 4 },
	{ .value = 16138, .feature = LEARNED_TREE_LEAF },
	{ .value = -21248, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 6, .right = 7 },
	{ .value = 15920, .feature = LEARNED_TREE_LEAF },
	{ .value = 35837, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 0, .feature = 0, .left = 10, .right = 11 },
	{ .value = 11935, .feature = LEARNED_TREE_LEAF },
	{ .value = -70883, .feature = LEARNED_TREE_LEAF },
	{ .value = 34335, .feature = 6, .left = 13, .right = 14 },
	{ .value = -3942, .feature = LEARNED_TREE_LEAF },
	{ .value = -62880, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = 41927, .feature = 8, .left = 1, .right = 8 },
	{ .value = 36579, .feature = 6, .left = 2, .right = 5 },
	{ .value = 0, .feature = 11, .left = 3, .right = 4 },
	{ .value = 12489, .feature = LEARNED_TREE_LEAF },
	{ .value = 28828, .feature = LEARNED_TREE_LEAF },
	{ .value = 17702, .feature = 7, .left = 6, .right = 7 },
	{ .value = -7306, .feature = LEARNED_TREE_LEAF },
	{ .value = -39612, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 15462, .feature = 7, .left = 10, .right = 11 },
	{ .value = 11567, .feature = LEARNED_TREE_LEAF },
	{ .value = -18393, .feature = LEARNED_TREE_LEAF },
	{ .value = 14641, .feature = 9, .left = 13, .right = 14 },
	{ .value = -22063, .feature = LEARNED_TREE_LEAF },
	{ .value = 23253, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = 35271, .feature = 8, .left = 1, .right = 6 },
	{ .value = 25187, .feature = 7, .left = 2, .right = 5 },
	{ .value = 7321, .feature = 9, .left = 3, .right = 4 },
	{ .value = 3203, .feature = LEARNED_TREE_LEAF },
	{ .value = 22207, .feature = LEARNED_TREE_LEAF },
	{ .value = -28186, .feature = LEARNED_TREE_LEAF },
	{ .value = -37449, .feature = 4, .left = 7, .right = 10 },
	{ .value = -19574, .feature = 10, .left = 8, .right = 9 },
	{ .value = 3310, .feature = LEARNED_TREE_LEAF },
	{ .value = -8671, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 11, .right = 12 },
	{ .value = 11076, .feature = LEARNED_TREE_LEAF },
	{ .value = -33700, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = 53703, .feature = 8, .left = 1, .right = 8 },
	{ .value = 38217, .feature = 6, .left = 2, .right = 5 },
	{ .value = 3137, .feature = 9, .left = 3, .right = 4 },
	{ .value = 2166, .feature = LEARNED_TREE_LEAF },
	{ .value = 10298, .feature = LEARNED_TREE_LEAF },
	{ .value = -12483, .feature = 4, .left = 6, .right = 7 },
	{ .value = -8225, .feature = LEARNED_TREE_LEAF },
	{ .value = -38435, .feature = LEARNED_TREE_LEAF },
	{ .value = 27782, .feature = 6, .left = 9, .right = 12 },
	{ .value = -51114, .feature = 10, .left = 10, .right = 11 },
	{ .value = -15419, .feature = LEARNED_TREE_LEAF },
	{ .value = 7877, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 13, .right = 14 },
	{ .value = 4268, .feature = LEARNED_TREE_LEAF },
	{ .value = -21164, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 44272, .feature = 9, .left = 1, .right = 8 },
	{ .value = 17953, .feature = 9, .left = 2, .right = 5 },
	{ .value = 0, .feature = 11, .left = 3, .right = 4 },
	{ .value = 6118, .feature = LEARNED_TREE_LEAF },
	{ .value = -3291, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 6, .right = 7 },
	{ .value = -25880, .feature = LEARNED_TREE_LEAF },
	{ .value = 7585, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 59784, .feature = 9, .left = 10, .right = 11 },
	{ .value = 1142, .feature = LEARNED_TREE_LEAF },
	{ .value = -35314, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 2, .left = 13, .right = 14 },
	{ .value = 44927, .feature = LEARNED_TREE_LEAF },
	{ .value = 21040, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = -29282, .feature = 9, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = -48207, .feature = 10, .left = 3, .right = 4 },
	{ .value = -16947, .feature = LEARNED_TREE_LEAF },
	{ .value = 14455, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 2, .left = 6, .right = 7 },
	{ .value = 11750, .feature = LEARNED_TREE_LEAF },
	{ .value = -23682, .feature = LEARNED_TREE_LEAF },
	{ .value = 62080, .feature = 10, .left = 9, .right = 12 },
	{ .value = 54215, .feature = 8, .left = 10, .right = 11 },
	{ .value = 4805, .feature = LEARNED_TREE_LEAF },
	{ .value = -1681, .feature = LEARNED_TREE_LEAF },
	{ .value = 35617, .feature = 6, .left = 13, .right = 14 },
	{ .value = -29988, .feature = LEARNED_TREE_LEAF },
	{ .value = -6491, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 23614, .feature = 6, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = 22688, .feature = 6, .left = 3, .right = 4 },
	{ .value = -5227, .feature = LEARNED_TREE_LEAF },
	{ .value = 24527, .feature = LEARNED_TREE_LEAF },
	{ .value = -8018, .feature = 9, .left = 6, .right = 7 },
	{ .value = 1621, .feature = LEARNED_TREE_LEAF },
	{ .value = 19906, .feature = LEARNED_TREE_LEAF },
	{ .value = 22455, .feature = 7, .left = 9, .right = 12 },
	{ .value = 48924, .feature = 8, .left = 10, .right = 11 },
	{ .value = 3663, .feature = LEARNED_TREE_LEAF },
	{ .value = -2895, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 13, .right = 14 },
	{ .value = -38807, .feature = LEARNED_TREE_LEAF },
	{ .value = 9039, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 7868, .feature = 7, .left = 1, .right = 8 },
	{ .value = 0, .feature = 11, .left = 2, .right = 5 },
	{ .value = 30738, .feature = 6, .left = 3, .right = 4 },
	{ .value = -9477, .feature = LEARNED_TREE_LEAF },
	{ .value = 13176, .feature = LEARNED_TREE_LEAF },
	{ .value = 30453, .feature = 6, .left = 6, .right = 7 },
	{ .value = 5939, .feature = LEARNED_TREE_LEAF },
	{ .value = -13293, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 11, .left = 9, .right = 12 },
	{ .value = 0, .feature = 2, .left = 10, .right = 11 },
	{ .value = -17043, .feature = LEARNED_TREE_LEAF },
	{ .value = 5994, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 2, .left = 13, .right = 14 },
	{ .value = 22856, .feature = LEARNED_TREE_LEAF },
	{ .value = -303, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_wake_outcome_trees[8] = {
	{ .nodes = sched_wake_outcome_nodes + 0, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 15, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 30, .n_nodes = 13, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 43, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 58, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 73, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 88, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
	{ .nodes = sched_wake_outcome_nodes + 103, .n_nodes = 15, .n_features = 12, .max_depth = 3 },
};

static const struct learned_forest sched_wake_outcome_forest = {
	.trees = sched_wake_outcome_trees,
	.norm = sched_wake_outcome_norm,
	.base = 69768,
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
