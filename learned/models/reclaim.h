/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "reclaim": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train/train reclaim (guest traces of scripts/bench/workloads/
 *   train-reclaim/{zipf,hotscan,loop,loops,hotphases}.fio, held out:
 *   phases.fio; labels: OPT at the kernel's file LRU size keeps the
 *   page until its next use, or it lies ahead of its file's sequential
 *   reader and is used within 2 LRU sizes of accesses; columns age idle idle_ratio scans accesses recent nrpages lru active_share zeroed, positive
 *   rows weighted x4)
 *   input: scripts/train/data/reclaim/traces.tar.xz (sha256 52d9d600a588cdd6...)
 *   train: train-w.csv, 160509 rows, sha256 417f1af115f8cf7ac5d8fff8637d033819f834414549935b8acf6c6601165e22
 *   test:  test-m.csv, 11772 rows, sha256 116ab10b4879eadf5909fc9997a0e4847f7fbbbe036be0ab3e5e3931d85b117a
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=20 depth=3 lr=0.3 min_leaf=100 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.7353, quantised 0.7353; agreement 1.0000
 *   held-out AUC: float 0.5911, quantised 0.5911
 *
 * Input: 16 raw s32 features in the order of the RECLAIM_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_RECLAIM_H
#define _LEARNED_MODEL_RECLAIM_H

#include <linux/learned_infer.h>

#define RECLAIM_N_FEATURES	16
#define RECLAIM_F_ACCESSES	0
#define RECLAIM_F_RECENT	1
#define RECLAIM_F_SCANS	2
#define RECLAIM_F_AGE	3
#define RECLAIM_F_IDLE	4
#define RECLAIM_F_IDLE_RATIO	5
#define RECLAIM_F_NRPAGES	6
#define RECLAIM_F_LRU	7
#define RECLAIM_F_MAPPED	8
#define RECLAIM_F_REFERENCED	9
#define RECLAIM_F_WORKINGSET	10
#define RECLAIM_F_FILE	11
#define RECLAIM_F_ACTIVE_SITE	12
#define RECLAIM_F_REFAULT	13
#define RECLAIM_F_ACTIVE_SHARE	14
#define RECLAIM_F_AHEAD	15
#define RECLAIM_FEATURE_SET	0
#define RECLAIM_DECIDE(out)	((out) >= 32768)
#define RECLAIM_PROVENANCE	\
	"learned-train 1.0 kind=gbt train-sha256=417f1af115f8cf7a seed=1 acc=0.7353 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm reclaim_norm[16] = {
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* accesses */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* recent */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* scans */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* age */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* idle */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* idle_ratio */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* nrpages */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* lru */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* mapped */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* referenced */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* workingset */
	{ .offset = 1, .scale = 0, .lo = 0, .hi = 0 },	/* file */
	{ .offset = 0, .scale = 2147483647, .lo = 0, .hi = 32768 },	/* active_site */
	{ .offset = 583, .scale = 7360698, .lo = -65480, .hi = 65592 },	/* refault */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* active_share */
	{ .offset = 524, .scale = 8188689, .lo = -65474, .hi = 65598 },	/* ahead */
};

/* 20 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node reclaim_nodes[278] = {
	/* tree 0 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 6 },
	{ .value = 50093, .feature = 13, .left = 2, .right = 5 },
	{ .value = -33695, .feature = 13, .left = 3, .right = 4 },
	{ .value = -4843, .feature = LEARNED_TREE_LEAF },
	{ .value = 5587, .feature = LEARNED_TREE_LEAF },
	{ .value = -38865, .feature = LEARNED_TREE_LEAF },
	{ .value = 9621, .feature = 15, .left = 7, .right = 10 },
	{ .value = 337, .feature = 13, .left = 8, .right = 9 },
	{ .value = 38247, .feature = LEARNED_TREE_LEAF },
	{ .value = -38551, .feature = LEARNED_TREE_LEAF },
	{ .value = 225, .feature = 13, .left = 11, .right = 12 },
	{ .value = -31846, .feature = LEARNED_TREE_LEAF },
	{ .value = -37693, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 1685, .feature = 13, .left = 2, .right = 5 },
	{ .value = 1235, .feature = 13, .left = 3, .right = 4 },
	{ .value = -1721, .feature = LEARNED_TREE_LEAF },
	{ .value = 27118, .feature = LEARNED_TREE_LEAF },
	{ .value = 50093, .feature = 13, .left = 6, .right = 7 },
	{ .value = -19771, .feature = LEARNED_TREE_LEAF },
	{ .value = -30196, .feature = LEARNED_TREE_LEAF },
	{ .value = 9621, .feature = 15, .left = 9, .right = 12 },
	{ .value = 337, .feature = 13, .left = 10, .right = 11 },
	{ .value = 29306, .feature = LEARNED_TREE_LEAF },
	{ .value = -30013, .feature = LEARNED_TREE_LEAF },
	{ .value = 225, .feature = 13, .left = 13, .right = 14 },
	{ .value = -23957, .feature = LEARNED_TREE_LEAF },
	{ .value = -29171, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 1685, .feature = 13, .left = 2, .right = 5 },
	{ .value = 1235, .feature = 13, .left = 3, .right = 4 },
	{ .value = -1205, .feature = LEARNED_TREE_LEAF },
	{ .value = 20276, .feature = LEARNED_TREE_LEAF },
	{ .value = 50093, .feature = 13, .left = 6, .right = 7 },
	{ .value = -14034, .feature = LEARNED_TREE_LEAF },
	{ .value = -26218, .feature = LEARNED_TREE_LEAF },
	{ .value = 9621, .feature = 15, .left = 9, .right = 12 },
	{ .value = 337, .feature = 13, .left = 10, .right = 11 },
	{ .value = 25017, .feature = LEARNED_TREE_LEAF },
	{ .value = -26048, .feature = LEARNED_TREE_LEAF },
	{ .value = -65480, .feature = 13, .left = 13, .right = 14 },
	{ .value = -22376, .feature = LEARNED_TREE_LEAF },
	{ .value = -16603, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 50093, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -60, .feature = LEARNED_TREE_LEAF },
	{ .value = -24800, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -24086, .feature = LEARNED_TREE_LEAF },
	{ .value = -20019, .feature = LEARNED_TREE_LEAF },
	{ .value = 9621, .feature = 15, .left = 9, .right = 12 },
	{ .value = 337, .feature = 13, .left = 10, .right = 11 },
	{ .value = 22355, .feature = LEARNED_TREE_LEAF },
	{ .value = -23761, .feature = LEARNED_TREE_LEAF },
	{ .value = 225, .feature = 13, .left = 13, .right = 14 },
	{ .value = -15501, .feature = LEARNED_TREE_LEAF },
	{ .value = -23267, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 337, .feature = 13, .left = 1, .right = 8 },
	{ .value = -33695, .feature = 13, .left = 2, .right = 5 },
	{ .value = -65474, .feature = 15, .left = 3, .right = 4 },
	{ .value = -2335, .feature = LEARNED_TREE_LEAF },
	{ .value = 11108, .feature = LEARNED_TREE_LEAF },
	{ .value = -65474, .feature = 15, .left = 6, .right = 7 },
	{ .value = 10017, .feature = LEARNED_TREE_LEAF },
	{ .value = 23840, .feature = LEARNED_TREE_LEAF },
	{ .value = 1011, .feature = 13, .left = 9, .right = 12 },
	{ .value = 674, .feature = 13, .left = 10, .right = 11 },
	{ .value = -38579, .feature = LEARNED_TREE_LEAF },
	{ .value = -20660, .feature = LEARNED_TREE_LEAF },
	{ .value = 1685, .feature = 13, .left = 13, .right = 14 },
	{ .value = 8978, .feature = LEARNED_TREE_LEAF },
	{ .value = -17646, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = 50093, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65474, .feature = 15, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = 86, .feature = LEARNED_TREE_LEAF },
	{ .value = -18141, .feature = LEARNED_TREE_LEAF },
	{ .value = 8996, .feature = 15, .left = 6, .right = 7 },
	{ .value = 21550, .feature = LEARNED_TREE_LEAF },
	{ .value = -8800, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -21903, .feature = LEARNED_TREE_LEAF },
	{ .value = -16106, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 337, .feature = 13, .left = 1, .right = 8 },
	{ .value = -33695, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -946, .feature = LEARNED_TREE_LEAF },
	{ .value = -14042, .feature = LEARNED_TREE_LEAF },
	{ .value = -65474, .feature = 15, .left = 6, .right = 7 },
	{ .value = 7057, .feature = LEARNED_TREE_LEAF },
	{ .value = 22637, .feature = LEARNED_TREE_LEAF },
	{ .value = 1011, .feature = 13, .left = 9, .right = 12 },
	{ .value = 674, .feature = 13, .left = 10, .right = 11 },
	{ .value = -30371, .feature = LEARNED_TREE_LEAF },
	{ .value = -14995, .feature = LEARNED_TREE_LEAF },
	{ .value = 50093, .feature = 13, .left = 13, .right = 14 },
	{ .value = 4011, .feature = LEARNED_TREE_LEAF },
	{ .value = -20905, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 50093, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65474, .feature = 15, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = 5, .feature = LEARNED_TREE_LEAF },
	{ .value = -12953, .feature = LEARNED_TREE_LEAF },
	{ .value = 8996, .feature = 15, .left = 6, .right = 7 },
	{ .value = 20281, .feature = LEARNED_TREE_LEAF },
	{ .value = -7185, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -20650, .feature = LEARNED_TREE_LEAF },
	{ .value = -11660, .feature = LEARNED_TREE_LEAF },
	/* tree 8 */
	{ .value = 50093, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65474, .feature = 15, .left = 2, .right = 5 },
	{ .value = -33695, .feature = 13, .left = 3, .right = 4 },
	{ .value = -1117, .feature = LEARNED_TREE_LEAF },
	{ .value = 1997, .feature = LEARNED_TREE_LEAF },
	{ .value = 8996, .feature = 15, .left = 6, .right = 7 },
	{ .value = 19338, .feature = LEARNED_TREE_LEAF },
	{ .value = -5074, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -20232, .feature = LEARNED_TREE_LEAF },
	{ .value = -9947, .feature = LEARNED_TREE_LEAF },
	/* tree 9 */
	{ .value = 337, .feature = 13, .left = 1, .right = 8 },
	{ .value = -33695, .feature = 13, .left = 2, .right = 5 },
	{ .value = 9621, .feature = 15, .left = 3, .right = 4 },
	{ .value = -494, .feature = LEARNED_TREE_LEAF },
	{ .value = -15289, .feature = LEARNED_TREE_LEAF },
	{ .value = -562, .feature = 13, .left = 6, .right = 7 },
	{ .value = 10038, .feature = LEARNED_TREE_LEAF },
	{ .value = 1883, .feature = LEARNED_TREE_LEAF },
	{ .value = 1011, .feature = 13, .left = 9, .right = 12 },
	{ .value = 674, .feature = 13, .left = 10, .right = 11 },
	{ .value = -26663, .feature = LEARNED_TREE_LEAF },
	{ .value = -11645, .feature = LEARNED_TREE_LEAF },
	{ .value = 1685, .feature = 13, .left = 13, .right = 14 },
	{ .value = 4928, .feature = LEARNED_TREE_LEAF },
	{ .value = -10783, .feature = LEARNED_TREE_LEAF },
	/* tree 10 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 50093, .feature = 13, .left = 2, .right = 5 },
	{ .value = 1235, .feature = 13, .left = 3, .right = 4 },
	{ .value = -439, .feature = LEARNED_TREE_LEAF },
	{ .value = 6117, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -19705, .feature = LEARNED_TREE_LEAF },
	{ .value = -6336, .feature = LEARNED_TREE_LEAF },
	{ .value = 8996, .feature = 15, .left = 9, .right = 12 },
	{ .value = 225, .feature = 13, .left = 10, .right = 11 },
	{ .value = 19180, .feature = LEARNED_TREE_LEAF },
	{ .value = -16135, .feature = LEARNED_TREE_LEAF },
	{ .value = -65480, .feature = 13, .left = 13, .right = 14 },
	{ .value = -7483, .feature = LEARNED_TREE_LEAF },
	{ .value = 11135, .feature = LEARNED_TREE_LEAF },
	/* tree 11 */
	{ .value = 337, .feature = 13, .left = 1, .right = 8 },
	{ .value = -33470, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -161, .feature = LEARNED_TREE_LEAF },
	{ .value = -9100, .feature = LEARNED_TREE_LEAF },
	{ .value = -562, .feature = 13, .left = 6, .right = 7 },
	{ .value = 8875, .feature = LEARNED_TREE_LEAF },
	{ .value = 1298, .feature = LEARNED_TREE_LEAF },
	{ .value = 674, .feature = 13, .left = 9, .right = 10 },
	{ .value = -24268, .feature = LEARNED_TREE_LEAF },
	{ .value = 1123, .feature = 13, .left = 11, .right = 12 },
	{ .value = -8055, .feature = LEARNED_TREE_LEAF },
	{ .value = 1337, .feature = LEARNED_TREE_LEAF },
	/* tree 12 */
	{ .value = 1685, .feature = 13, .left = 1, .right = 6 },
	{ .value = 1235, .feature = 13, .left = 2, .right = 5 },
	{ .value = 337, .feature = 13, .left = 3, .right = 4 },
	{ .value = 404, .feature = LEARNED_TREE_LEAF },
	{ .value = -7343, .feature = LEARNED_TREE_LEAF },
	{ .value = 10176, .feature = LEARNED_TREE_LEAF },
	{ .value = 50093, .feature = 13, .left = 7, .right = 10 },
	{ .value = 0, .feature = 8, .left = 8, .right = 9 },
	{ .value = -6741, .feature = LEARNED_TREE_LEAF },
	{ .value = 4236, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 11, .right = 12 },
	{ .value = -19410, .feature = LEARNED_TREE_LEAF },
	{ .value = -5335, .feature = LEARNED_TREE_LEAF },
	/* tree 13 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 50093, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -47, .feature = LEARNED_TREE_LEAF },
	{ .value = -7902, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -19079, .feature = LEARNED_TREE_LEAF },
	{ .value = -4203, .feature = LEARNED_TREE_LEAF },
	{ .value = 9621, .feature = 15, .left = 9, .right = 12 },
	{ .value = 8622, .feature = 15, .left = 10, .right = 11 },
	{ .value = 19233, .feature = LEARNED_TREE_LEAF },
	{ .value = 6945, .feature = LEARNED_TREE_LEAF },
	{ .value = -65480, .feature = 13, .left = 13, .right = 14 },
	{ .value = -11869, .feature = LEARNED_TREE_LEAF },
	{ .value = 559, .feature = LEARNED_TREE_LEAF },
	/* tree 14 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = 50093, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -11, .feature = LEARNED_TREE_LEAF },
	{ .value = -6358, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -18709, .feature = LEARNED_TREE_LEAF },
	{ .value = -3262, .feature = LEARNED_TREE_LEAF },
	{ .value = 8996, .feature = 15, .left = 9, .right = 12 },
	{ .value = 225, .feature = 13, .left = 10, .right = 11 },
	{ .value = 17737, .feature = LEARNED_TREE_LEAF },
	{ .value = -13323, .feature = LEARNED_TREE_LEAF },
	{ .value = -65480, .feature = 13, .left = 13, .right = 14 },
	{ .value = -5299, .feature = LEARNED_TREE_LEAF },
	{ .value = 9308, .feature = LEARNED_TREE_LEAF },
	/* tree 15 */
	{ .value = 1685, .feature = 13, .left = 1, .right = 6 },
	{ .value = 1235, .feature = 13, .left = 2, .right = 5 },
	{ .value = 337, .feature = 13, .left = 3, .right = 4 },
	{ .value = 263, .feature = LEARNED_TREE_LEAF },
	{ .value = -5353, .feature = LEARNED_TREE_LEAF },
	{ .value = 7936, .feature = LEARNED_TREE_LEAF },
	{ .value = 50093, .feature = 13, .left = 7, .right = 10 },
	{ .value = 0, .feature = 8, .left = 8, .right = 9 },
	{ .value = -4915, .feature = LEARNED_TREE_LEAF },
	{ .value = 5329, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 11, .right = 12 },
	{ .value = -18273, .feature = LEARNED_TREE_LEAF },
	{ .value = -2500, .feature = LEARNED_TREE_LEAF },
	/* tree 16 */
	{ .value = -65474, .feature = 15, .left = 1, .right = 8 },
	{ .value = -65480, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = -795, .feature = LEARNED_TREE_LEAF },
	{ .value = 7198, .feature = LEARNED_TREE_LEAF },
	{ .value = -562, .feature = 13, .left = 6, .right = 7 },
	{ .value = 4445, .feature = LEARNED_TREE_LEAF },
	{ .value = -662, .feature = LEARNED_TREE_LEAF },
	{ .value = 8622, .feature = 15, .left = 9, .right = 12 },
	{ .value = 0, .feature = 13, .left = 10, .right = 11 },
	{ .value = 18591, .feature = LEARNED_TREE_LEAF },
	{ .value = 2998, .feature = LEARNED_TREE_LEAF },
	{ .value = 337, .feature = 13, .left = 13, .right = 14 },
	{ .value = 2939, .feature = LEARNED_TREE_LEAF },
	{ .value = -19149, .feature = LEARNED_TREE_LEAF },
	/* tree 17 */
	{ .value = -32908, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -127, .feature = LEARNED_TREE_LEAF },
	{ .value = -18470, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 10, .left = 6, .right = 7 },
	{ .value = -18194, .feature = LEARNED_TREE_LEAF },
	{ .value = 18293, .feature = LEARNED_TREE_LEAF },
	{ .value = -562, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 8, .left = 10, .right = 11 },
	{ .value = 19941, .feature = LEARNED_TREE_LEAF },
	{ .value = -5890, .feature = LEARNED_TREE_LEAF },
	{ .value = -65474, .feature = 15, .left = 13, .right = 14 },
	{ .value = -463, .feature = LEARNED_TREE_LEAF },
	{ .value = 10970, .feature = LEARNED_TREE_LEAF },
	/* tree 18 */
	{ .value = 50093, .feature = 13, .left = 1, .right = 8 },
	{ .value = 1123, .feature = 13, .left = 2, .right = 5 },
	{ .value = 337, .feature = 13, .left = 3, .right = 4 },
	{ .value = 147, .feature = LEARNED_TREE_LEAF },
	{ .value = -5252, .feature = LEARNED_TREE_LEAF },
	{ .value = 1685, .feature = 13, .left = 6, .right = 7 },
	{ .value = 4847, .feature = LEARNED_TREE_LEAF },
	{ .value = -2823, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 50654, .feature = 13, .left = 10, .right = 11 },
	{ .value = -19260, .feature = LEARNED_TREE_LEAF },
	{ .value = -10971, .feature = LEARNED_TREE_LEAF },
	{ .value = -1620, .feature = LEARNED_TREE_LEAF },
	/* tree 19 */
	{ .value = -32908, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -385, .feature = LEARNED_TREE_LEAF },
	{ .value = -8398, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = 7775, .feature = LEARNED_TREE_LEAF },
	{ .value = -8197, .feature = LEARNED_TREE_LEAF },
	{ .value = -562, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 8, .left = 10, .right = 11 },
	{ .value = 16063, .feature = LEARNED_TREE_LEAF },
	{ .value = -4156, .feature = LEARNED_TREE_LEAF },
	{ .value = -65474, .feature = 15, .left = 13, .right = 14 },
	{ .value = -188, .feature = LEARNED_TREE_LEAF },
	{ .value = 8488, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree reclaim_trees[20] = {
	{ .nodes = reclaim_nodes + 0, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 13, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 28, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 43, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 58, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 73, .n_nodes = 11, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 84, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 99, .n_nodes = 11, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 110, .n_nodes = 11, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 121, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 136, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 151, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 164, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 177, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 192, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 207, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 220, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 235, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 250, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 263, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
};

static const struct learned_forest reclaim_forest = {
	.trees = reclaim_trees,
	.norm = reclaim_norm,
	.base = -1023,
	.n_trees = 20,
	.n_features = 16,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model reclaim_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &reclaim_forest,
};

#endif /* _LEARNED_MODEL_RECLAIM_H */
