/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "reclaim": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train-reclaim (guest traces of scripts/workloads/
 *   train-reclaim/{zipf,hotscan,loop,loops,hotphases}.fio, held out:
 *   phases.fio; labels: OPT at the kernel's file LRU size keeps the
 *   page until its next use; columns age idle idle_ratio nrpages lru active_share zeroed, positive
 *   rows weighted x4)
 *   train: train-w.csv, 134924 rows, sha256 60b7084370b07b7c0d91a5c117c5450c16126f7efa3aec15027c9c4c4bdd8408
 *   test:  test-m.csv, 11775 rows, sha256 79f6d599764c5ccfd0a67d130c8bd16bb008051b64730e107c40269b1fef09fa
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=20 depth=3 lr=0.3 min_leaf=100 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.7309, quantised 0.7309; agreement 1.0000
 *   held-out AUC: float 0.6145, quantised 0.6145
 *
 * Input: 15 raw s32 features in the order of the RECLAIM_F_* indices.
 * Output (learned_model_predict(), out[0]): Q16.16 probability of label 1;
 * predict 1 when out[0] >= 32768 (0.5).
 */
#ifndef _LEARNED_MODEL_RECLAIM_H
#define _LEARNED_MODEL_RECLAIM_H

#include <linux/learned_infer.h>

#define RECLAIM_N_FEATURES	15
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
#define RECLAIM_FEATURE_SET	0
#define RECLAIM_DECIDE(out)	((out) >= 32768)
#define RECLAIM_PROVENANCE	\
	"learned-train 1.0 kind=gbt train-sha256=60b7084370b07b7c seed=1 acc=0.7309 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm reclaim_norm[15] = {
	{ .offset = 848, .scale = 5064820, .lo = -65536, .hi = 65536 },	/* accesses */
	{ .offset = 724, .scale = 5932275, .lo = -65536, .hi = 65536 },	/* recent */
	{ .offset = 256, .scale = 16777216, .lo = -65536, .hi = 65536 },	/* scans */
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
	{ .offset = 564, .scale = 7608445, .lo = -65478, .hi = 65594 },	/* refault */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* active_share */
};

/* 20 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node reclaim_nodes[274] = {
	/* tree 0 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = -13397, .feature = 1, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 2, .left = 3, .right = 4 },
	{ .value = -4900, .feature = LEARNED_TREE_LEAF },
	{ .value = -26114, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 2, .left = 6, .right = 7 },
	{ .value = 30893, .feature = LEARNED_TREE_LEAF },
	{ .value = 589, .feature = LEARNED_TREE_LEAF },
	{ .value = -45752, .feature = 0, .left = 9, .right = 12 },
	{ .value = 0, .feature = 13, .left = 10, .right = 11 },
	{ .value = 16470, .feature = LEARNED_TREE_LEAF },
	{ .value = 6423, .feature = LEARNED_TREE_LEAF },
	{ .value = -30777, .feature = 1, .left = 13, .right = 14 },
	{ .value = -30874, .feature = LEARNED_TREE_LEAF },
	{ .value = -247, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = -1810, .feature = 1, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 2, .left = 3, .right = 4 },
	{ .value = -3430, .feature = LEARNED_TREE_LEAF },
	{ .value = -20832, .feature = LEARNED_TREE_LEAF },
	{ .value = 32949, .feature = 1, .left = 6, .right = 7 },
	{ .value = 17701, .feature = LEARNED_TREE_LEAF },
	{ .value = 31549, .feature = LEARNED_TREE_LEAF },
	{ .value = 1161, .feature = 13, .left = 9, .right = 12 },
	{ .value = 232, .feature = 13, .left = 10, .right = 11 },
	{ .value = 9304, .feature = LEARNED_TREE_LEAF },
	{ .value = 304, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 13, .right = 14 },
	{ .value = 17531, .feature = LEARNED_TREE_LEAF },
	{ .value = -7734, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -32739, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 2, .left = 2, .right = 5 },
	{ .value = -35859, .feature = 0, .left = 3, .right = 4 },
	{ .value = -2430, .feature = LEARNED_TREE_LEAF },
	{ .value = 16108, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 0, .left = 6, .right = 7 },
	{ .value = 20033, .feature = LEARNED_TREE_LEAF },
	{ .value = -18382, .feature = LEARNED_TREE_LEAF },
	{ .value = 1277, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 13, .left = 10, .right = 11 },
	{ .value = 8806, .feature = LEARNED_TREE_LEAF },
	{ .value = 1106, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 13, .right = 14 },
	{ .value = 15805, .feature = LEARNED_TREE_LEAF },
	{ .value = -5528, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = -32391, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 2, .left = 2, .right = 5 },
	{ .value = -35859, .feature = 0, .left = 3, .right = 4 },
	{ .value = -1648, .feature = LEARNED_TREE_LEAF },
	{ .value = 11596, .feature = LEARNED_TREE_LEAF },
	{ .value = 37294, .feature = 1, .left = 6, .right = 7 },
	{ .value = -15335, .feature = LEARNED_TREE_LEAF },
	{ .value = 25786, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -32042, .feature = 13, .left = 10, .right = 11 },
	{ .value = 3265, .feature = LEARNED_TREE_LEAF },
	{ .value = 14830, .feature = LEARNED_TREE_LEAF },
	{ .value = 929, .feature = 13, .left = 13, .right = 14 },
	{ .value = -1022, .feature = LEARNED_TREE_LEAF },
	{ .value = 6921, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 9776, .feature = 1, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -1308, .feature = LEARNED_TREE_LEAF },
	{ .value = -13058, .feature = LEARNED_TREE_LEAF },
	{ .value = 64088, .feature = 1, .left = 6, .right = 7 },
	{ .value = 12924, .feature = LEARNED_TREE_LEAF },
	{ .value = 25781, .feature = LEARNED_TREE_LEAF },
	{ .value = -45752, .feature = 0, .left = 9, .right = 12 },
	{ .value = 1045, .feature = 13, .left = 10, .right = 11 },
	{ .value = 1680, .feature = LEARNED_TREE_LEAF },
	{ .value = 5681, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -7718, .feature = LEARNED_TREE_LEAF },
	{ .value = -28412, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 3983, .feature = 1, .left = 2, .right = 5 },
	{ .value = -6183, .feature = 0, .left = 3, .right = 4 },
	{ .value = -982, .feature = LEARNED_TREE_LEAF },
	{ .value = -23158, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 2, .left = 6, .right = 7 },
	{ .value = 14948, .feature = LEARNED_TREE_LEAF },
	{ .value = 2992, .feature = LEARNED_TREE_LEAF },
	{ .value = -45752, .feature = 0, .left = 9, .right = 12 },
	{ .value = 232, .feature = 13, .left = 10, .right = 11 },
	{ .value = 4152, .feature = LEARNED_TREE_LEAF },
	{ .value = 346, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 2, .left = 13, .right = 14 },
	{ .value = -3065, .feature = LEARNED_TREE_LEAF },
	{ .value = -22921, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 929, .feature = 13, .left = 1, .right = 8 },
	{ .value = 348, .feature = 13, .left = 2, .right = 5 },
	{ .value = -32158, .feature = 13, .left = 3, .right = 4 },
	{ .value = -622, .feature = LEARNED_TREE_LEAF },
	{ .value = 4425, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 6, .right = 7 },
	{ .value = -4787, .feature = LEARNED_TREE_LEAF },
	{ .value = -142, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 9, .right = 12 },
	{ .value = 1393, .feature = 13, .left = 10, .right = 11 },
	{ .value = 2865, .feature = LEARNED_TREE_LEAF },
	{ .value = 9870, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -4928, .feature = LEARNED_TREE_LEAF },
	{ .value = -17181, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = -65536, .feature = 2, .left = 1, .right = 8 },
	{ .value = 929, .feature = 13, .left = 2, .right = 5 },
	{ .value = -25967, .feature = 0, .left = 3, .right = 4 },
	{ .value = -252, .feature = LEARNED_TREE_LEAF },
	{ .value = 8933, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 6, .right = 7 },
	{ .value = 3203, .feature = LEARNED_TREE_LEAF },
	{ .value = -4239, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 37294, .feature = 1, .left = 10, .right = 11 },
	{ .value = -20592, .feature = LEARNED_TREE_LEAF },
	{ .value = 13322, .feature = LEARNED_TREE_LEAF },
	{ .value = -42363, .feature = 1, .left = 13, .right = 14 },
	{ .value = 4027, .feature = LEARNED_TREE_LEAF },
	{ .value = -21592, .feature = LEARNED_TREE_LEAF },
	/* tree 8 */
	{ .value = -65536, .feature = 2, .left = 1, .right = 8 },
	{ .value = 1277, .feature = 13, .left = 2, .right = 5 },
	{ .value = 6183, .feature = 0, .left = 3, .right = 4 },
	{ .value = -100, .feature = LEARNED_TREE_LEAF },
	{ .value = 16727, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 6, .right = 7 },
	{ .value = 5116, .feature = LEARNED_TREE_LEAF },
	{ .value = -3008, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 30052, .feature = 1, .left = 10, .right = 11 },
	{ .value = -18509, .feature = LEARNED_TREE_LEAF },
	{ .value = 9275, .feature = LEARNED_TREE_LEAF },
	{ .value = -42363, .feature = 1, .left = 13, .right = 14 },
	{ .value = 2730, .feature = LEARNED_TREE_LEAF },
	{ .value = -19564, .feature = LEARNED_TREE_LEAF },
	/* tree 9 */
	{ .value = -65536, .feature = 2, .left = 1, .right = 8 },
	{ .value = -35859, .feature = 0, .left = 2, .right = 5 },
	{ .value = -45752, .feature = 0, .left = 3, .right = 4 },
	{ .value = 64, .feature = LEARNED_TREE_LEAF },
	{ .value = -10560, .feature = LEARNED_TREE_LEAF },
	{ .value = 6183, .feature = 0, .left = 6, .right = 7 },
	{ .value = 4203, .feature = LEARNED_TREE_LEAF },
	{ .value = 14478, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 3983, .feature = 1, .left = 10, .right = 11 },
	{ .value = -17476, .feature = LEARNED_TREE_LEAF },
	{ .value = 2985, .feature = LEARNED_TREE_LEAF },
	{ .value = -42363, .feature = 1, .left = 13, .right = 14 },
	{ .value = 1873, .feature = LEARNED_TREE_LEAF },
	{ .value = -17800, .feature = LEARNED_TREE_LEAF },
	/* tree 10 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 6 },
	{ .value = 64088, .feature = 1, .left = 2, .right = 5 },
	{ .value = 35859, .feature = 0, .left = 3, .right = 4 },
	{ .value = -375, .feature = LEARNED_TREE_LEAF },
	{ .value = -16136, .feature = LEARNED_TREE_LEAF },
	{ .value = 17378, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 7, .right = 10 },
	{ .value = -31694, .feature = 13, .left = 8, .right = 9 },
	{ .value = 937, .feature = LEARNED_TREE_LEAF },
	{ .value = 12706, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 11, .right = 12 },
	{ .value = -1802, .feature = LEARNED_TREE_LEAF },
	{ .value = 866, .feature = LEARNED_TREE_LEAF },
	/* tree 11 */
	{ .value = -65536, .feature = 2, .left = 1, .right = 8 },
	{ .value = 1277, .feature = 13, .left = 2, .right = 5 },
	{ .value = 348, .feature = 13, .left = 3, .right = 4 },
	{ .value = 159, .feature = LEARNED_TREE_LEAF },
	{ .value = -1016, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 6, .right = 7 },
	{ .value = 3441, .feature = LEARNED_TREE_LEAF },
	{ .value = -2400, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 0, .left = 9, .right = 10 },
	{ .value = 15047, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 11, .right = 12 },
	{ .value = -2368, .feature = LEARNED_TREE_LEAF },
	{ .value = -13301, .feature = LEARNED_TREE_LEAF },
	/* tree 12 */
	{ .value = -32158, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 0, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = 9890, .feature = LEARNED_TREE_LEAF },
	{ .value = 15537, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -228, .feature = LEARNED_TREE_LEAF },
	{ .value = -6398, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -31694, .feature = 13, .left = 10, .right = 11 },
	{ .value = 2279, .feature = LEARNED_TREE_LEAF },
	{ .value = 9704, .feature = LEARNED_TREE_LEAF },
	{ .value = 813, .feature = 13, .left = 13, .right = 14 },
	{ .value = -933, .feature = LEARNED_TREE_LEAF },
	{ .value = 838, .feature = LEARNED_TREE_LEAF },
	/* tree 13 */
	{ .value = -1810, .feature = 1, .left = 1, .right = 8 },
	{ .value = -16075, .feature = 0, .left = 2, .right = 5 },
	{ .value = -32158, .feature = 13, .left = 3, .right = 4 },
	{ .value = -193, .feature = LEARNED_TREE_LEAF },
	{ .value = 440, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 2, .left = 6, .right = 7 },
	{ .value = -4016, .feature = LEARNED_TREE_LEAF },
	{ .value = -20099, .feature = LEARNED_TREE_LEAF },
	{ .value = 64088, .feature = 1, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 2, .left = 10, .right = 11 },
	{ .value = 6488, .feature = LEARNED_TREE_LEAF },
	{ .value = -4253, .feature = LEARNED_TREE_LEAF },
	{ .value = 15374, .feature = LEARNED_TREE_LEAF },
	/* tree 14 */
	{ .value = 52501, .feature = 1, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 2, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = 51, .feature = LEARNED_TREE_LEAF },
	{ .value = -6265, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -13189, .feature = LEARNED_TREE_LEAF },
	{ .value = 1749, .feature = LEARNED_TREE_LEAF },
	{ .value = 11990, .feature = LEARNED_TREE_LEAF },
	/* tree 15 */
	{ .value = -30777, .feature = 1, .left = 1, .right = 8 },
	{ .value = -42363, .feature = 1, .left = 2, .right = 5 },
	{ .value = -25967, .feature = 0, .left = 3, .right = 4 },
	{ .value = 22, .feature = LEARNED_TREE_LEAF },
	{ .value = -15829, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -3501, .feature = LEARNED_TREE_LEAF },
	{ .value = -11186, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = -65478, .feature = 13, .left = 10, .right = 11 },
	{ .value = 2985, .feature = LEARNED_TREE_LEAF },
	{ .value = 8748, .feature = LEARNED_TREE_LEAF },
	{ .value = -18844, .feature = LEARNED_TREE_LEAF },
	/* tree 16 */
	{ .value = 1393, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 0, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = 6445, .feature = LEARNED_TREE_LEAF },
	{ .value = 13101, .feature = LEARNED_TREE_LEAF },
	{ .value = 580, .feature = 13, .left = 6, .right = 7 },
	{ .value = 86, .feature = LEARNED_TREE_LEAF },
	{ .value = -952, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 9, .right = 10 },
	{ .value = 3509, .feature = LEARNED_TREE_LEAF },
	{ .value = -65536, .feature = 1, .left = 11, .right = 12 },
	{ .value = -14086, .feature = LEARNED_TREE_LEAF },
	{ .value = -1444, .feature = LEARNED_TREE_LEAF },
	/* tree 17 */
	{ .value = 18466, .feature = 1, .left = 1, .right = 8 },
	{ .value = -32042, .feature = 13, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 0, .left = 3, .right = 4 },
	{ .value = 7977, .feature = LEARNED_TREE_LEAF },
	{ .value = -190, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 6, .right = 7 },
	{ .value = 4916, .feature = LEARNED_TREE_LEAF },
	{ .value = -133, .feature = LEARNED_TREE_LEAF },
	{ .value = 35859, .feature = 0, .left = 9, .right = 12 },
	{ .value = 30052, .feature = 1, .left = 10, .right = 11 },
	{ .value = 7713, .feature = LEARNED_TREE_LEAF },
	{ .value = 11810, .feature = LEARNED_TREE_LEAF },
	{ .value = 2097, .feature = LEARNED_TREE_LEAF },
	/* tree 18 */
	{ .value = 1045, .feature = 13, .left = 1, .right = 8 },
	{ .value = 580, .feature = 13, .left = 2, .right = 5 },
	{ .value = -32042, .feature = 13, .left = 3, .right = 4 },
	{ .value = -109, .feature = LEARNED_TREE_LEAF },
	{ .value = 1153, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 6, .right = 7 },
	{ .value = -5610, .feature = LEARNED_TREE_LEAF },
	{ .value = 256, .feature = LEARNED_TREE_LEAF },
	{ .value = -45752, .feature = 0, .left = 9, .right = 12 },
	{ .value = 1161, .feature = 13, .left = 10, .right = 11 },
	{ .value = 2364, .feature = LEARNED_TREE_LEAF },
	{ .value = 414, .feature = LEARNED_TREE_LEAF },
	{ .value = -19898, .feature = LEARNED_TREE_LEAF },
	/* tree 19 */
	{ .value = 32768, .feature = 2, .left = 1, .right = 8 },
	{ .value = 0, .feature = 10, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = 41, .feature = LEARNED_TREE_LEAF },
	{ .value = -4173, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -10452, .feature = LEARNED_TREE_LEAF },
	{ .value = 3717, .feature = LEARNED_TREE_LEAF },
	{ .value = 8940, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree reclaim_trees[20] = {
	{ .nodes = reclaim_nodes + 0, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 15, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 30, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 45, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 60, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 75, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 90, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 105, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 120, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 135, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 150, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 163, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 176, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 191, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 204, .n_nodes = 9, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 213, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 226, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 239, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 252, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 265, .n_nodes = 9, .n_features = 15, .max_depth = 3 },
};

static const struct learned_forest reclaim_forest = {
	.trees = reclaim_trees,
	.norm = reclaim_norm,
	.base = -18173,
	.n_trees = 20,
	.n_features = 15,
	.mode = LEARNED_FOREST_SUM,
	.out = LEARNED_OUT_SIGMOID,
};

static const struct learned_model reclaim_model = {
	.kind = LEARNED_MODEL_FOREST,
	.forest = &reclaim_forest,
};

#endif /* _LEARNED_MODEL_RECLAIM_H */
