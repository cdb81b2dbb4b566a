/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_migrate": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: migrate-train.csv, 2052 rows, sha256 c34df0ee46309404e073f269bf2043efd9c63324df3b7a485590f9d1f5900765
 *   test:  migrate-test.csv, 1083 rows, sha256 1649ead25b1989e8df7bee9dfe8fcc3e9294e24219f702da5290481c6d66d64c
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=8 depth=3 lr=0.5 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9945, quantised 0.9945; agreement 1.0000
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
	"learned-train 1.0 kind=gbt train-sha256=c34df0ee46309404 seed=1 acc=0.9945 agree=1.0000"

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

/* 8 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_migrate_nodes[82] = {
	/* tree 0 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 6 },
	{ .value = 124, .feature = 0, .left = 2, .right = 5 },
	{ .value = -32768, .feature = 5, .left = 3, .right = 4 },
	{ .value = -268652, .feature = LEARNED_TREE_LEAF },
	{ .value = -153948, .feature = LEARNED_TREE_LEAF },
	{ .value = -119115, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 36769, .feature = LEARNED_TREE_LEAF },
	{ .value = -206468, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -34517, .feature = LEARNED_TREE_LEAF },
	{ .value = -17527, .feature = LEARNED_TREE_LEAF },
	{ .value = 62925, .feature = 10, .left = 6, .right = 7 },
	{ .value = -936, .feature = LEARNED_TREE_LEAF },
	{ .value = -26251, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 34860, .feature = LEARNED_TREE_LEAF },
	{ .value = 17343, .feature = 0, .left = 11, .right = 12 },
	{ .value = -30266, .feature = LEARNED_TREE_LEAF },
	{ .value = -6928, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 8 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = 124, .feature = 0, .left = 3, .right = 4 },
	{ .value = -31751, .feature = LEARNED_TREE_LEAF },
	{ .value = -10055, .feature = LEARNED_TREE_LEAF },
	{ .value = 60826, .feature = 10, .left = 6, .right = 7 },
	{ .value = 1507, .feature = LEARNED_TREE_LEAF },
	{ .value = -15490, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 33700, .feature = LEARNED_TREE_LEAF },
	{ .value = 59136, .feature = 10, .left = 11, .right = 12 },
	{ .value = -4406, .feature = LEARNED_TREE_LEAF },
	{ .value = -24284, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = -54880, .feature = 2, .left = 2, .right = 5 },
	{ .value = -58592, .feature = 2, .left = 3, .right = 4 },
	{ .value = -41041, .feature = LEARNED_TREE_LEAF },
	{ .value = -7403, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 6, .right = 7 },
	{ .value = 32824, .feature = LEARNED_TREE_LEAF },
	{ .value = -33433, .feature = LEARNED_TREE_LEAF },
	{ .value = 72366, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 2328, .feature = 0, .left = 1, .right = 6 },
	{ .value = 45773, .feature = 10, .left = 2, .right = 3 },
	{ .value = -28137, .feature = LEARNED_TREE_LEAF },
	{ .value = 53760, .feature = 10, .left = 4, .right = 5 },
	{ .value = 20161, .feature = LEARNED_TREE_LEAF },
	{ .value = -9884, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 32061, .feature = LEARNED_TREE_LEAF },
	{ .value = -61681, .feature = 9, .left = 9, .right = 10 },
	{ .value = 312, .feature = LEARNED_TREE_LEAF },
	{ .value = -15473, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = 0, .feature = 5, .left = 1, .right = 6 },
	{ .value = 124, .feature = 0, .left = 2, .right = 3 },
	{ .value = -34745, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 4, .right = 5 },
	{ .value = 22499, .feature = LEARNED_TREE_LEAF },
	{ .value = -30820, .feature = LEARNED_TREE_LEAF },
	{ .value = 50395, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = -54880, .feature = 2, .left = 1, .right = 6 },
	{ .value = 45773, .feature = 10, .left = 2, .right = 3 },
	{ .value = -25851, .feature = LEARNED_TREE_LEAF },
	{ .value = 53760, .feature = 10, .left = 4, .right = 5 },
	{ .value = 10397, .feature = LEARNED_TREE_LEAF },
	{ .value = -8659, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 30370, .feature = LEARNED_TREE_LEAF },
	{ .value = 17343, .feature = 0, .left = 9, .right = 10 },
	{ .value = -10015, .feature = LEARNED_TREE_LEAF },
	{ .value = 2226, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 0, .feature = 5, .left = 1, .right = 8 },
	{ .value = -54880, .feature = 2, .left = 2, .right = 5 },
	{ .value = -58592, .feature = 2, .left = 3, .right = 4 },
	{ .value = -30364, .feature = LEARNED_TREE_LEAF },
	{ .value = -6871, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 6, .right = 7 },
	{ .value = 28904, .feature = LEARNED_TREE_LEAF },
	{ .value = -24240, .feature = LEARNED_TREE_LEAF },
	{ .value = 39322, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_migrate_trees[8] = {
	{ .nodes = sched_migrate_nodes + 0, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 9, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 22, .n_nodes = 13, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 35, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 44, .n_nodes = 11, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 55, .n_nodes = 7, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 62, .n_nodes = 11, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 73, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
};

static const struct learned_forest sched_migrate_forest = {
	.trees = sched_migrate_trees,
	.norm = sched_migrate_norm,
	.base = 134554,
	.n_trees = 8,
	.n_features = 11,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_migrate_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &sched_migrate_forest,
};

#endif /* _LEARNED_MODEL_SCHED_MIGRATE_H */
