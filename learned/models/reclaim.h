/* generated - do not edit */
/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned model "reclaim": gradient-boosted trees (struct learned_forest, sum of leaves).
 *
 * Made by learned-train 1.0 (tools/trainer/), deterministic:
 *   pipeline: scripts/train-reclaim (guest traces of scripts/workloads/
 *   train-reclaim/{zipf,hotscan,loop,loops,hotphases}.fio, held out:
 *   phases.fio; labels: OPT at the kernel's file LRU size keeps the
 *   page until its next use; columns age idle idle_ratio scans accesses recent nrpages lru active_share zeroed, positive
 *   rows weighted x4)
 *   train: train-w.csv, 134924 rows, sha256 42574b24776177428dc72ee2087b7912ad342d59b6daf97c429248b61dac9ad9
 *   test:  test-m.csv, 11775 rows, sha256 7599a1bbca8fdfa77167d784ac435c2605881ce8737efcc2f93441749a624ff4
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=20 depth=3 lr=0.3 min_leaf=100 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.7550, quantised 0.7550; agreement 1.0000
 *   held-out AUC: float 0.6019, quantised 0.6019
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
	"learned-train 1.0 kind=gbt train-sha256=42574b2477617742 seed=1 acc=0.7550 agree=1.0000"

/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */
static const struct learned_norm reclaim_norm[15] = {
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
	{ .offset = 564, .scale = 7608445, .lo = -65478, .hi = 65594 },	/* refault */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* active_share */
};

/* 20 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node reclaim_nodes[278] = {
	/* tree 0 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 10, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = -4985, .feature = LEARNED_TREE_LEAF },
	{ .value = 9641, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -27124, .feature = LEARNED_TREE_LEAF },
	{ .value = -13952, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -32042, .feature = 13, .left = 10, .right = 11 },
	{ .value = 10325, .feature = LEARNED_TREE_LEAF },
	{ .value = 25275, .feature = LEARNED_TREE_LEAF },
	{ .value = 1045, .feature = 13, .left = 13, .right = 14 },
	{ .value = 2464, .feature = LEARNED_TREE_LEAF },
	{ .value = 14644, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -32739, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 10, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -2840, .feature = LEARNED_TREE_LEAF },
	{ .value = -23759, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -24029, .feature = LEARNED_TREE_LEAF },
	{ .value = -3488, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -31694, .feature = 13, .left = 10, .right = 11 },
	{ .value = 9727, .feature = LEARNED_TREE_LEAF },
	{ .value = 20828, .feature = LEARNED_TREE_LEAF },
	{ .value = 929, .feature = 13, .left = 13, .right = 14 },
	{ .value = 1120, .feature = LEARNED_TREE_LEAF },
	{ .value = 9345, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -2689, .feature = LEARNED_TREE_LEAF },
	{ .value = -18439, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = 12149, .feature = LEARNED_TREE_LEAF },
	{ .value = -17517, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 9, .right = 12 },
	{ .value = 1277, .feature = 13, .left = 10, .right = 11 },
	{ .value = 3703, .feature = LEARNED_TREE_LEAF },
	{ .value = 15794, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -10278, .feature = LEARNED_TREE_LEAF },
	{ .value = -29100, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 9, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -14748, .feature = LEARNED_TREE_LEAF },
	{ .value = -23347, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -1981, .feature = LEARNED_TREE_LEAF },
	{ .value = 9208, .feature = LEARNED_TREE_LEAF },
	{ .value = 232, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 12, .left = 10, .right = 11 },
	{ .value = 6963, .feature = LEARNED_TREE_LEAF },
	{ .value = -9950, .feature = LEARNED_TREE_LEAF },
	{ .value = 929, .feature = 13, .left = 13, .right = 14 },
	{ .value = -1860, .feature = LEARNED_TREE_LEAF },
	{ .value = 4684, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 10, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -1029, .feature = LEARNED_TREE_LEAF },
	{ .value = -13884, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 6, .right = 7 },
	{ .value = -20959, .feature = LEARNED_TREE_LEAF },
	{ .value = -9652, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 9, .right = 12 },
	{ .value = 1277, .feature = 13, .left = 10, .right = 11 },
	{ .value = 1732, .feature = LEARNED_TREE_LEAF },
	{ .value = 10125, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -8587, .feature = LEARNED_TREE_LEAF },
	{ .value = -22323, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = 0, .feature = 10, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = -65478, .feature = 13, .left = 3, .right = 4 },
	{ .value = -723, .feature = LEARNED_TREE_LEAF },
	{ .value = 1917, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -5531, .feature = LEARNED_TREE_LEAF },
	{ .value = -19818, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = -65478, .feature = 13, .left = 10, .right = 11 },
	{ .value = -12211, .feature = LEARNED_TREE_LEAF },
	{ .value = -32982, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 13, .right = 14 },
	{ .value = 21486, .feature = LEARNED_TREE_LEAF },
	{ .value = -10262, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 0, .feature = 10, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = 35, .feature = LEARNED_TREE_LEAF },
	{ .value = 8034, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -3995, .feature = LEARNED_TREE_LEAF },
	{ .value = -16051, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 0, .feature = 12, .left = 10, .right = 11 },
	{ .value = -21555, .feature = LEARNED_TREE_LEAF },
	{ .value = -3624, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 13, .right = 14 },
	{ .value = 15240, .feature = LEARNED_TREE_LEAF },
	{ .value = -7826, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 0, .feature = 9, .left = 1, .right = 6 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = -65478, .feature = 13, .left = 3, .right = 4 },
	{ .value = -13419, .feature = LEARNED_TREE_LEAF },
	{ .value = -29517, .feature = LEARNED_TREE_LEAF },
	{ .value = 11210, .feature = LEARNED_TREE_LEAF },
	{ .value = 1277, .feature = 13, .left = 7, .right = 10 },
	{ .value = 0, .feature = 12, .left = 8, .right = 9 },
	{ .value = -236, .feature = LEARNED_TREE_LEAF },
	{ .value = 5566, .feature = LEARNED_TREE_LEAF },
	{ .value = 1625, .feature = 13, .left = 11, .right = 12 },
	{ .value = 6879, .feature = LEARNED_TREE_LEAF },
	{ .value = -6703, .feature = LEARNED_TREE_LEAF },
	/* tree 8 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -716, .feature = LEARNED_TREE_LEAF },
	{ .value = -6107, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 6, .right = 7 },
	{ .value = -9931, .feature = LEARNED_TREE_LEAF },
	{ .value = 7672, .feature = LEARNED_TREE_LEAF },
	{ .value = 232, .feature = 13, .left = 9, .right = 12 },
	{ .value = -32158, .feature = 13, .left = 10, .right = 11 },
	{ .value = 1067, .feature = LEARNED_TREE_LEAF },
	{ .value = 6061, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 13, .right = 14 },
	{ .value = -3617, .feature = LEARNED_TREE_LEAF },
	{ .value = 901, .feature = LEARNED_TREE_LEAF },
	/* tree 9 */
	{ .value = 0, .feature = 10, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = -65478, .feature = 13, .left = 3, .right = 4 },
	{ .value = -331, .feature = LEARNED_TREE_LEAF },
	{ .value = 958, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -2733, .feature = LEARNED_TREE_LEAF },
	{ .value = -14823, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = -65478, .feature = 13, .left = 10, .right = 11 },
	{ .value = -7458, .feature = LEARNED_TREE_LEAF },
	{ .value = -24182, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 13, .right = 14 },
	{ .value = 8035, .feature = LEARNED_TREE_LEAF },
	{ .value = -5508, .feature = LEARNED_TREE_LEAF },
	/* tree 10 */
	{ .value = 1625, .feature = 13, .left = 1, .right = 6 },
	{ .value = 1393, .feature = 13, .left = 2, .right = 5 },
	{ .value = 348, .feature = 13, .left = 3, .right = 4 },
	{ .value = 251, .feature = LEARNED_TREE_LEAF },
	{ .value = -1564, .feature = LEARNED_TREE_LEAF },
	{ .value = 6574, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 7, .right = 8 },
	{ .value = -4911, .feature = LEARNED_TREE_LEAF },
	{ .value = -11429, .feature = LEARNED_TREE_LEAF },
	/* tree 11 */
	{ .value = 0, .feature = 10, .left = 1, .right = 6 },
	{ .value = 0, .feature = 9, .left = 2, .right = 3 },
	{ .value = -9212, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 4, .right = 5 },
	{ .value = 132, .feature = LEARNED_TREE_LEAF },
	{ .value = -6087, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 7, .right = 10 },
	{ .value = 0, .feature = 12, .left = 8, .right = 9 },
	{ .value = -16879, .feature = LEARNED_TREE_LEAF },
	{ .value = -2307, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 11, .right = 12 },
	{ .value = 5943, .feature = LEARNED_TREE_LEAF },
	{ .value = -4083, .feature = LEARNED_TREE_LEAF },
	/* tree 12 */
	{ .value = -32391, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -369, .feature = LEARNED_TREE_LEAF },
	{ .value = -6101, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 6, .right = 7 },
	{ .value = 5000, .feature = LEARNED_TREE_LEAF },
	{ .value = -8177, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -31694, .feature = 13, .left = 10, .right = 11 },
	{ .value = 2877, .feature = LEARNED_TREE_LEAF },
	{ .value = 10671, .feature = LEARNED_TREE_LEAF },
	{ .value = 1161, .feature = 13, .left = 13, .right = 14 },
	{ .value = -1042, .feature = LEARNED_TREE_LEAF },
	{ .value = 1754, .feature = LEARNED_TREE_LEAF },
	/* tree 13 */
	{ .value = 1625, .feature = 13, .left = 1, .right = 6 },
	{ .value = 1393, .feature = 13, .left = 2, .right = 5 },
	{ .value = 348, .feature = 13, .left = 3, .right = 4 },
	{ .value = 166, .feature = LEARNED_TREE_LEAF },
	{ .value = -968, .feature = LEARNED_TREE_LEAF },
	{ .value = 4300, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 7, .right = 8 },
	{ .value = -3918, .feature = LEARNED_TREE_LEAF },
	{ .value = -8096, .feature = LEARNED_TREE_LEAF },
	/* tree 14 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -463, .feature = LEARNED_TREE_LEAF },
	{ .value = 3564, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 6, .right = 7 },
	{ .value = -6180, .feature = LEARNED_TREE_LEAF },
	{ .value = 5388, .feature = LEARNED_TREE_LEAF },
	{ .value = 348, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 12, .left = 10, .right = 11 },
	{ .value = 2210, .feature = LEARNED_TREE_LEAF },
	{ .value = -7754, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 13, .right = 14 },
	{ .value = -3003, .feature = LEARNED_TREE_LEAF },
	{ .value = 693, .feature = LEARNED_TREE_LEAF },
	/* tree 15 */
	{ .value = 0, .feature = 10, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = 19, .feature = LEARNED_TREE_LEAF },
	{ .value = 3617, .feature = LEARNED_TREE_LEAF },
	{ .value = -32507, .feature = 13, .left = 6, .right = 7 },
	{ .value = -8722, .feature = LEARNED_TREE_LEAF },
	{ .value = 5560, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = -65478, .feature = 13, .left = 10, .right = 11 },
	{ .value = -4958, .feature = LEARNED_TREE_LEAF },
	{ .value = -20332, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 13, .right = 14 },
	{ .value = 7116, .feature = LEARNED_TREE_LEAF },
	{ .value = -2884, .feature = LEARNED_TREE_LEAF },
	/* tree 16 */
	{ .value = 0, .feature = 9, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = -65478, .feature = 13, .left = 3, .right = 4 },
	{ .value = -5135, .feature = LEARNED_TREE_LEAF },
	{ .value = -21463, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = 3432, .feature = LEARNED_TREE_LEAF },
	{ .value = 6452, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 0, .feature = 12, .left = 10, .right = 11 },
	{ .value = 1, .feature = LEARNED_TREE_LEAF },
	{ .value = 3921, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 13, .right = 14 },
	{ .value = 561, .feature = LEARNED_TREE_LEAF },
	{ .value = -9588, .feature = LEARNED_TREE_LEAF },
	/* tree 17 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 12, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = -327, .feature = LEARNED_TREE_LEAF },
	{ .value = 4182, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = 2742, .feature = LEARNED_TREE_LEAF },
	{ .value = -4554, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 9, .right = 12 },
	{ .value = 0, .feature = 10, .left = 10, .right = 11 },
	{ .value = 606, .feature = LEARNED_TREE_LEAF },
	{ .value = -13659, .feature = LEARNED_TREE_LEAF },
	{ .value = -32739, .feature = 13, .left = 13, .right = 14 },
	{ .value = -4588, .feature = LEARNED_TREE_LEAF },
	{ .value = -29123, .feature = LEARNED_TREE_LEAF },
	/* tree 18 */
	{ .value = 1625, .feature = 13, .left = 1, .right = 6 },
	{ .value = 1393, .feature = 13, .left = 2, .right = 5 },
	{ .value = 580, .feature = 13, .left = 3, .right = 4 },
	{ .value = 108, .feature = LEARNED_TREE_LEAF },
	{ .value = -829, .feature = LEARNED_TREE_LEAF },
	{ .value = 2743, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 7, .right = 8 },
	{ .value = -2929, .feature = LEARNED_TREE_LEAF },
	{ .value = -3707, .feature = LEARNED_TREE_LEAF },
	/* tree 19 */
	{ .value = -65478, .feature = 13, .left = 1, .right = 8 },
	{ .value = 0, .feature = 9, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -3271, .feature = LEARNED_TREE_LEAF },
	{ .value = -10429, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 6, .right = 7 },
	{ .value = -243, .feature = LEARNED_TREE_LEAF },
	{ .value = 2365, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 13, .left = 9, .right = 12 },
	{ .value = -31694, .feature = 13, .left = 10, .right = 11 },
	{ .value = 737, .feature = LEARNED_TREE_LEAF },
	{ .value = 7614, .feature = LEARNED_TREE_LEAF },
	{ .value = 697, .feature = 13, .left = 13, .right = 14 },
	{ .value = -1118, .feature = LEARNED_TREE_LEAF },
	{ .value = 491, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree reclaim_trees[20] = {
	{ .nodes = reclaim_nodes + 0, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 15, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 30, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 45, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 60, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 75, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 90, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 105, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 118, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 133, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 148, .n_nodes = 9, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 157, .n_nodes = 13, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 170, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 185, .n_nodes = 9, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 194, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 209, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 224, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 239, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 254, .n_nodes = 9, .n_features = 15, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 263, .n_nodes = 15, .n_features = 15, .max_depth = 3 },
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
