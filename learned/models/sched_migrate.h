/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_migrate": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   train: migrate-train.csv, 2996 rows, sha256 95e91df7814a79affe4e2cc6b0ee09709c5bd1a2a039a1efbef78b06e3ee33b2
 *   test:  migrate-test.csv, 2315 rows, sha256 32777234bddff28c1dc44342fd351f7b14c5c6e5c1efe309f0a1c7ca8e9a7958
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=6 depth=3 lr=0.5 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9935, quantised 0.9935; agreement 1.0000
 *   held-out AUC: float 0.9995, quantised 0.9995
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
	"learned-train 1.0 kind=gbt train-sha256=95e91df7814a79af seed=1 acc=0.9935 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_migrate_norm[11] = {
	{ .offset = 6490, .scale = 1364565, .lo = -65526, .hi = 65546 },	/* delta */
	{ .offset = 4840, .scale = 0, .lo = 0, .hi = 0 },	/* cost */
	{ .offset = 2050, .scale = 2099202, .lo = -65536, .hi = 65536 },	/* ratio */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* buddy */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* exempt */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* failed */
	{ .offset = 0, .scale = 2147483647, .lo = -32768, .hi = 65536 },	/* failed_excess */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 32768 },	/* idle */
	{ .offset = 26, .scale = 178956971, .lo = -65536, .hi = 65536 },	/* src_nr */
	{ .offset = 11, .scale = 390451572, .lo = -65536, .hi = 65536 },	/* dst_nr */
	{ .offset = 1536, .scale = 4194304, .lo = -65536, .hi = 65536 },	/* task_load */
};

/* 6 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_migrate_nodes[58] = {
	/* tree 0 */
	{ .value = -33793, .feature = 0, .left = 1, .right = 6 },
	{ .value = 0, .feature = 5, .left = 2, .right = 5 },
	{ .value = -58521, .feature = 2, .left = 3, .right = 4 },
	{ .value = -156575, .feature = LEARNED_TREE_LEAF },
	{ .value = -66962, .feature = LEARNED_TREE_LEAF },
	{ .value = 36492, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 41215, .feature = LEARNED_TREE_LEAF },
	{ .value = -110521, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -33793, .feature = 0, .left = 1, .right = 6 },
	{ .value = 0, .feature = 5, .left = 2, .right = 5 },
	{ .value = -35647, .feature = 0, .left = 3, .right = 4 },
	{ .value = -43872, .feature = LEARNED_TREE_LEAF },
	{ .value = -20563, .feature = LEARNED_TREE_LEAF },
	{ .value = 31602, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 37179, .feature = LEARNED_TREE_LEAF },
	{ .value = -32859, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -56952, .feature = 2, .left = 1, .right = 6 },
	{ .value = 0, .feature = 5, .left = 2, .right = 5 },
	{ .value = -35647, .feature = 0, .left = 3, .right = 4 },
	{ .value = -38136, .feature = LEARNED_TREE_LEAF },
	{ .value = -10707, .feature = LEARNED_TREE_LEAF },
	{ .value = 27947, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 35130, .feature = LEARNED_TREE_LEAF },
	{ .value = -21634, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = -33793, .feature = 0, .left = 1, .right = 6 },
	{ .value = 0, .feature = 5, .left = 2, .right = 5 },
	{ .value = -58521, .feature = 2, .left = 3, .right = 4 },
	{ .value = -35305, .feature = LEARNED_TREE_LEAF },
	{ .value = -5824, .feature = LEARNED_TREE_LEAF },
	{ .value = 24724, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 33933, .feature = LEARNED_TREE_LEAF },
	{ .value = -14605, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = -56952, .feature = 2, .left = 1, .right = 8 },
	{ .value = -58521, .feature = 2, .left = 2, .right = 5 },
	{ .value = 0, .feature = 5, .left = 3, .right = 4 },
	{ .value = -33551, .feature = LEARNED_TREE_LEAF },
	{ .value = 21560, .feature = LEARNED_TREE_LEAF },
	{ .value = 45376, .feature = 10, .left = 6, .right = 7 },
	{ .value = -14955, .feature = LEARNED_TREE_LEAF },
	{ .value = 9348, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 33119, .feature = LEARNED_TREE_LEAF },
	{ .value = -9665, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = -56952, .feature = 2, .left = 1, .right = 8 },
	{ .value = -58521, .feature = 2, .left = 2, .right = 5 },
	{ .value = 0, .feature = 5, .left = 3, .right = 4 },
	{ .value = -32177, .feature = LEARNED_TREE_LEAF },
	{ .value = 18832, .feature = LEARNED_TREE_LEAF },
	{ .value = 45376, .feature = 10, .left = 6, .right = 7 },
	{ .value = -8991, .feature = LEARNED_TREE_LEAF },
	{ .value = 5291, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 9, .right = 10 },
	{ .value = 32436, .feature = LEARNED_TREE_LEAF },
	{ .value = -6215, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_migrate_trees[6] = {
	{ .nodes = sched_migrate_nodes + 0, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 9, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 18, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 27, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 36, .n_nodes = 11, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 47, .n_nodes = 11, .n_features = 11, .max_depth = 3 },
};

static const struct learned_forest sched_migrate_forest = {
	.trees = sched_migrate_trees,
	.norm = sched_migrate_norm,
	.base = 88006,
	.n_trees = 6,
	.n_features = 11,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model sched_migrate_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &sched_migrate_forest,
};

#endif /* _LEARNED_MODEL_SCHED_MIGRATE_H */
