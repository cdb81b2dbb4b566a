/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "sched_migrate": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train/train sched (tools/schedtrace rows of guest traces:
 *   migrate and wake labelled with stock's answer, outcome with placement
 *   cost <= 800 us under sched_wake=explore); held out: other workload families
 *   input: scripts/train/data/sched/rows.tar.xz (sha256 92e99ae80e7f4187...)
 *   train: migrate-train.csv, 2710 rows, sha256 71c2d4e0e67b0e2cb1f208674b930af833f4bbdcc545f57b033997e9e3754ac0
 *   test:  migrate-test.csv, 2086 rows, sha256 a8f1d968c927996f9ed65f28fa3407ee678350cb7876db2e39198731de15ffb3
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=6 depth=3 lr=0.5 min_leaf=20 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.9981, quantised 0.9981; agreement 1.0000
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
	"learned-train 1.0 kind=gbt train-sha256=71c2d4e0e67b0e2c seed=1 acc=0.9981 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm sched_migrate_norm[11] = {
	{ .offset = 6522, .scale = 1368260, .lo = -65536, .hi = 65536 },	/* delta */
	{ .offset = 4840, .scale = 0, .lo = 0, .hi = 0 },	/* cost */
	{ .offset = 2050, .scale = 2099715, .lo = -65520, .hi = 65552 },	/* ratio */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* buddy */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* exempt */
	{ .offset = 2, .scale = 2147483647, .lo = -65536, .hi = 65536 },	/* failed */
	{ .offset = 1, .scale = 2147483647, .lo = -65536, .hi = 65536 },	/* failed_excess */
	{ .offset = 1, .scale = 2147483647, .lo = -32768, .hi = 32768 },	/* idle */
	{ .offset = 24, .scale = 190887435, .lo = -64080, .hi = 66992 },	/* src_nr */
	{ .offset = 15, .scale = 286331153, .lo = -65536, .hi = 65536 },	/* dst_nr */
	{ .offset = 1280, .scale = 3355443, .lo = -65536, .hi = 65536 },	/* task_load */
};

/* 6 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node sched_migrate_nodes[52] = {
	/* tree 0 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 4 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 3 },
	{ .value = -153068, .feature = LEARNED_TREE_LEAF },
	{ .value = 37364, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 5, .right = 6 },
	{ .value = 41343, .feature = LEARNED_TREE_LEAF },
	{ .value = -114302, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 6 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -36453, .feature = 0, .left = 3, .right = 4 },
	{ .value = -44263, .feature = LEARNED_TREE_LEAF },
	{ .value = -23889, .feature = LEARNED_TREE_LEAF },
	{ .value = 32479, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 37230, .feature = LEARNED_TREE_LEAF },
	{ .value = -33725, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 6 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -36453, .feature = 0, .left = 3, .right = 4 },
	{ .value = -38268, .feature = LEARNED_TREE_LEAF },
	{ .value = -16913, .feature = LEARNED_TREE_LEAF },
	{ .value = 28913, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 35143, .feature = LEARNED_TREE_LEAF },
	{ .value = -22668, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 6 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -36453, .feature = 0, .left = 3, .right = 4 },
	{ .value = -35326, .feature = LEARNED_TREE_LEAF },
	{ .value = -11721, .feature = LEARNED_TREE_LEAF },
	{ .value = 25764, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 33919, .feature = LEARNED_TREE_LEAF },
	{ .value = -15579, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 6 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -36453, .feature = 0, .left = 3, .right = 4 },
	{ .value = -33496, .feature = LEARNED_TREE_LEAF },
	{ .value = -7869, .feature = LEARNED_TREE_LEAF },
	{ .value = 22785, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 33079, .feature = LEARNED_TREE_LEAF },
	{ .value = -10458, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = -34762, .feature = 0, .left = 1, .right = 6 },
	{ .value = -32768, .feature = 5, .left = 2, .right = 5 },
	{ .value = -36453, .feature = 0, .left = 3, .right = 4 },
	{ .value = -32050, .feature = LEARNED_TREE_LEAF },
	{ .value = -5130, .feature = LEARNED_TREE_LEAF },
	{ .value = 19986, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 3, .left = 7, .right = 8 },
	{ .value = 32363, .feature = LEARNED_TREE_LEAF },
	{ .value = -6795, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree sched_migrate_trees[6] = {
	{ .nodes = sched_migrate_nodes + 0, .n_nodes = 7, .n_features = 11, .max_depth = 2 },
	{ .nodes = sched_migrate_nodes + 7, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 16, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 25, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 34, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
	{ .nodes = sched_migrate_nodes + 43, .n_nodes = 9, .n_features = 11, .max_depth = 3 },
};

static const struct learned_forest sched_migrate_forest = {
	.trees = sched_migrate_trees,
	.norm = sched_migrate_norm,
	.base = 86948,
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
