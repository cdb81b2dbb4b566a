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
 *   train: train-w.csv, 161133 rows, sha256 15c435b3554815ef534aab7c86f479b1b37a5d90b2a68a379e6f9a12ec4daffe
 *   test:  test-m.csv, 11844 rows, sha256 9cf8b6aad33c89ac404b1c4ff4092a442bc809927f422c00f07545811fb31939
 *   kind: gbt, seed: 1
 *   hyperparameters: trees=20 depth=3 lr=0.3 min_leaf=100 l2=1 bins=64 output=prob clip=0.001 input_frac=0
 *   held-out accuracy: float 0.6968, quantised 0.6968; agreement 1.0000
 *   held-out AUC: float 0.5857, quantised 0.5857
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
	"learned-train 1.0 kind=gbt train-sha256=15c435b3554815ef seed=1 acc=0.6968 agree=1.0000"

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
	{ .offset = 561, .scale = 7649096, .lo = -65478, .hi = 65594 },	/* refault */
	{ .offset = 0, .scale = 0, .lo = 0, .hi = 0 },	/* active_share */
	{ .offset = 513, .scale = 8372256, .lo = -65536, .hi = 65536 },	/* ahead */
};

/* 20 trees; child indices are relative to each tree's first node */
static const struct learned_tree_node reclaim_nodes[282] = {
	/* tree 0 */
	{ .value = -65536, .feature = 15, .left = 1, .right = 8 },
	{ .value = 2334, .feature = 13, .left = 2, .right = 5 },
	{ .value = -32330, .feature = 13, .left = 3, .right = 4 },
	{ .value = -4811, .feature = LEARNED_TREE_LEAF },
	{ .value = 7110, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -39115, .feature = LEARNED_TREE_LEAF },
	{ .value = -31134, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 9, .right = 12 },
	{ .value = 1517, .feature = 13, .left = 10, .right = 11 },
	{ .value = 37954, .feature = LEARNED_TREE_LEAF },
	{ .value = -38576, .feature = LEARNED_TREE_LEAF },
	{ .value = -36436, .feature = LEARNED_TREE_LEAF },
	/* tree 1 */
	{ .value = -65536, .feature = 15, .left = 1, .right = 8 },
	{ .value = 2334, .feature = 13, .left = 2, .right = 5 },
	{ .value = -32330, .feature = 13, .left = 3, .right = 4 },
	{ .value = -3374, .feature = LEARNED_TREE_LEAF },
	{ .value = 4993, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -30306, .feature = LEARNED_TREE_LEAF },
	{ .value = -23329, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 9, .right = 12 },
	{ .value = 1517, .feature = 13, .left = 10, .right = 11 },
	{ .value = 29156, .feature = LEARNED_TREE_LEAF },
	{ .value = -29966, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 13, .right = 14 },
	{ .value = -28663, .feature = LEARNED_TREE_LEAF },
	{ .value = -25961, .feature = LEARNED_TREE_LEAF },
	/* tree 2 */
	{ .value = -65536, .feature = 15, .left = 1, .right = 8 },
	{ .value = 2334, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = -126, .feature = LEARNED_TREE_LEAF },
	{ .value = -21171, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -26289, .feature = LEARNED_TREE_LEAF },
	{ .value = -18716, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 9, .right = 12 },
	{ .value = 1517, .feature = 13, .left = 10, .right = 11 },
	{ .value = 24899, .feature = LEARNED_TREE_LEAF },
	{ .value = -25957, .feature = LEARNED_TREE_LEAF },
	{ .value = 1284, .feature = 13, .left = 13, .right = 14 },
	{ .value = -22390, .feature = LEARNED_TREE_LEAF },
	{ .value = -25876, .feature = LEARNED_TREE_LEAF },
	/* tree 3 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = -32330, .feature = 13, .left = 3, .right = 4 },
	{ .value = -2175, .feature = LEARNED_TREE_LEAF },
	{ .value = 3557, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 6, .right = 7 },
	{ .value = 21560, .feature = LEARNED_TREE_LEAF },
	{ .value = -20567, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -24007, .feature = LEARNED_TREE_LEAF },
	{ .value = 52172, .feature = 13, .left = 11, .right = 12 },
	{ .value = -4964, .feature = LEARNED_TREE_LEAF },
	{ .value = -21121, .feature = LEARNED_TREE_LEAF },
	/* tree 4 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = 8, .feature = LEARNED_TREE_LEAF },
	{ .value = -15128, .feature = LEARNED_TREE_LEAF },
	{ .value = 8815, .feature = 15, .left = 6, .right = 7 },
	{ .value = 22534, .feature = LEARNED_TREE_LEAF },
	{ .value = -7615, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -22558, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 10, .left = 11, .right = 12 },
	{ .value = -6709, .feature = LEARNED_TREE_LEAF },
	{ .value = -23843, .feature = LEARNED_TREE_LEAF },
	/* tree 5 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = -32330, .feature = 13, .left = 3, .right = 4 },
	{ .value = -1424, .feature = LEARNED_TREE_LEAF },
	{ .value = 2505, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 6, .right = 7 },
	{ .value = 17844, .feature = LEARNED_TREE_LEAF },
	{ .value = -17417, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -21565, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 11, .right = 12 },
	{ .value = -3285, .feature = LEARNED_TREE_LEAF },
	{ .value = -23263, .feature = LEARNED_TREE_LEAF },
	/* tree 6 */
	{ .value = 1634, .feature = 13, .left = 1, .right = 8 },
	{ .value = 1167, .feature = 13, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 15, .left = 3, .right = 4 },
	{ .value = -534, .feature = LEARNED_TREE_LEAF },
	{ .value = 13799, .feature = LEARNED_TREE_LEAF },
	{ .value = 1401, .feature = 13, .left = 6, .right = 7 },
	{ .value = 22958, .feature = LEARNED_TREE_LEAF },
	{ .value = 5508, .feature = LEARNED_TREE_LEAF },
	{ .value = 2334, .feature = 13, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 15, .left = 10, .right = 11 },
	{ .value = -4884, .feature = LEARNED_TREE_LEAF },
	{ .value = -22843, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -20837, .feature = LEARNED_TREE_LEAF },
	{ .value = -8438, .feature = LEARNED_TREE_LEAF },
	/* tree 7 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = 0, .feature = 10, .left = 3, .right = 4 },
	{ .value = 99, .feature = LEARNED_TREE_LEAF },
	{ .value = -11016, .feature = LEARNED_TREE_LEAF },
	{ .value = 8815, .feature = 15, .left = 6, .right = 7 },
	{ .value = 19965, .feature = LEARNED_TREE_LEAF },
	{ .value = -9815, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -20264, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 10, .left = 11, .right = 12 },
	{ .value = 510, .feature = LEARNED_TREE_LEAF },
	{ .value = -21381, .feature = LEARNED_TREE_LEAF },
	/* tree 8 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = -32097, .feature = 13, .left = 3, .right = 4 },
	{ .value = -773, .feature = LEARNED_TREE_LEAF },
	{ .value = 1614, .feature = LEARNED_TREE_LEAF },
	{ .value = 8815, .feature = 15, .left = 6, .right = 7 },
	{ .value = 19127, .feature = LEARNED_TREE_LEAF },
	{ .value = -6940, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -19772, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 11, .right = 12 },
	{ .value = 2524, .feature = LEARNED_TREE_LEAF },
	{ .value = -21217, .feature = LEARNED_TREE_LEAF },
	/* tree 9 */
	{ .value = 1634, .feature = 13, .left = 1, .right = 8 },
	{ .value = 1167, .feature = 13, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 15, .left = 3, .right = 4 },
	{ .value = -242, .feature = LEARNED_TREE_LEAF },
	{ .value = 9207, .feature = LEARNED_TREE_LEAF },
	{ .value = 1401, .feature = 13, .left = 6, .right = 7 },
	{ .value = 17331, .feature = LEARNED_TREE_LEAF },
	{ .value = 3499, .feature = LEARNED_TREE_LEAF },
	{ .value = 52172, .feature = 13, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 15, .left = 10, .right = 11 },
	{ .value = -4081, .feature = LEARNED_TREE_LEAF },
	{ .value = -20732, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -19807, .feature = LEARNED_TREE_LEAF },
	{ .value = -13518, .feature = LEARNED_TREE_LEAF },
	/* tree 10 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = 9454, .feature = 15, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 15, .left = 3, .right = 4 },
	{ .value = -13, .feature = LEARNED_TREE_LEAF },
	{ .value = 11403, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 6, .right = 7 },
	{ .value = -17857, .feature = LEARNED_TREE_LEAF },
	{ .value = -3257, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -18921, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 10, .left = 11, .right = 12 },
	{ .value = 5682, .feature = LEARNED_TREE_LEAF },
	{ .value = -19967, .feature = LEARNED_TREE_LEAF },
	/* tree 11 */
	{ .value = 1517, .feature = 13, .left = 1, .right = 8 },
	{ .value = 1167, .feature = 13, .left = 2, .right = 5 },
	{ .value = 350, .feature = 13, .left = 3, .right = 4 },
	{ .value = 538, .feature = LEARNED_TREE_LEAF },
	{ .value = -4836, .feature = LEARNED_TREE_LEAF },
	{ .value = 1401, .feature = 13, .left = 6, .right = 7 },
	{ .value = 13658, .feature = LEARNED_TREE_LEAF },
	{ .value = 6324, .feature = LEARNED_TREE_LEAF },
	{ .value = 52172, .feature = 13, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 15, .left = 10, .right = 11 },
	{ .value = -2510, .feature = LEARNED_TREE_LEAF },
	{ .value = -20836, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -19160, .feature = LEARNED_TREE_LEAF },
	{ .value = -11545, .feature = LEARNED_TREE_LEAF },
	/* tree 12 */
	{ .value = 0, .feature = 10, .left = 1, .right = 8 },
	{ .value = 0, .feature = 8, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = 55, .feature = LEARNED_TREE_LEAF },
	{ .value = 14068, .feature = LEARNED_TREE_LEAF },
	{ .value = -32330, .feature = 13, .left = 6, .right = 7 },
	{ .value = -20499, .feature = LEARNED_TREE_LEAF },
	{ .value = 12956, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 12 },
	{ .value = 0, .feature = 12, .left = 10, .right = 11 },
	{ .value = -24699, .feature = LEARNED_TREE_LEAF },
	{ .value = -930, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 9, .left = 13, .right = 14 },
	{ .value = 30434, .feature = LEARNED_TREE_LEAF },
	{ .value = -5035, .feature = LEARNED_TREE_LEAF },
	/* tree 13 */
	{ .value = -32330, .feature = 13, .left = 1, .right = 6 },
	{ .value = 8815, .feature = 15, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 15, .left = 3, .right = 4 },
	{ .value = -648, .feature = LEARNED_TREE_LEAF },
	{ .value = 16307, .feature = LEARNED_TREE_LEAF },
	{ .value = -17148, .feature = LEARNED_TREE_LEAF },
	{ .value = 350, .feature = 13, .left = 7, .right = 10 },
	{ .value = -31513, .feature = 13, .left = 8, .right = 9 },
	{ .value = 4082, .feature = LEARNED_TREE_LEAF },
	{ .value = 19364, .feature = LEARNED_TREE_LEAF },
	{ .value = 584, .feature = 13, .left = 11, .right = 12 },
	{ .value = -37959, .feature = LEARNED_TREE_LEAF },
	{ .value = 601, .feature = LEARNED_TREE_LEAF },
	/* tree 14 */
	{ .value = 2334, .feature = 13, .left = 1, .right = 8 },
	{ .value = -65536, .feature = 15, .left = 2, .right = 5 },
	{ .value = 0, .feature = 9, .left = 3, .right = 4 },
	{ .value = -8869, .feature = LEARNED_TREE_LEAF },
	{ .value = 10, .feature = LEARNED_TREE_LEAF },
	{ .value = 8815, .feature = 15, .left = 6, .right = 7 },
	{ .value = 17210, .feature = LEARNED_TREE_LEAF },
	{ .value = -3612, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 9, .right = 10 },
	{ .value = -17981, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 12, .left = 11, .right = 12 },
	{ .value = 5701, .feature = LEARNED_TREE_LEAF },
	{ .value = -20337, .feature = LEARNED_TREE_LEAF },
	/* tree 15 */
	{ .value = 1634, .feature = 13, .left = 1, .right = 8 },
	{ .value = 817, .feature = 13, .left = 2, .right = 5 },
	{ .value = 350, .feature = 13, .left = 3, .right = 4 },
	{ .value = 264, .feature = LEARNED_TREE_LEAF },
	{ .value = -10854, .feature = LEARNED_TREE_LEAF },
	{ .value = 1517, .feature = 13, .left = 6, .right = 7 },
	{ .value = 5424, .feature = LEARNED_TREE_LEAF },
	{ .value = -1106, .feature = LEARNED_TREE_LEAF },
	{ .value = 52172, .feature = 13, .left = 9, .right = 12 },
	{ .value = -65536, .feature = 15, .left = 10, .right = 11 },
	{ .value = -2158, .feature = LEARNED_TREE_LEAF },
	{ .value = -18577, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -18409, .feature = LEARNED_TREE_LEAF },
	{ .value = -11368, .feature = LEARNED_TREE_LEAF },
	/* tree 16 */
	{ .value = -32097, .feature = 13, .left = 1, .right = 8 },
	{ .value = 8815, .feature = 15, .left = 2, .right = 5 },
	{ .value = -65536, .feature = 15, .left = 3, .right = 4 },
	{ .value = -516, .feature = LEARNED_TREE_LEAF },
	{ .value = 14580, .feature = LEARNED_TREE_LEAF },
	{ .value = 9454, .feature = 15, .left = 6, .right = 7 },
	{ .value = -8944, .feature = LEARNED_TREE_LEAF },
	{ .value = -13928, .feature = LEARNED_TREE_LEAF },
	{ .value = 350, .feature = 13, .left = 9, .right = 12 },
	{ .value = -31513, .feature = 13, .left = 10, .right = 11 },
	{ .value = 3594, .feature = LEARNED_TREE_LEAF },
	{ .value = 14632, .feature = LEARNED_TREE_LEAF },
	{ .value = 584, .feature = 13, .left = 13, .right = 14 },
	{ .value = -23271, .feature = LEARNED_TREE_LEAF },
	{ .value = 578, .feature = LEARNED_TREE_LEAF },
	/* tree 17 */
	{ .value = -65536, .feature = 15, .left = 1, .right = 8 },
	{ .value = 52172, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = -203, .feature = LEARNED_TREE_LEAF },
	{ .value = 4339, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -17925, .feature = LEARNED_TREE_LEAF },
	{ .value = -9570, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 9, .right = 12 },
	{ .value = 7537, .feature = 15, .left = 10, .right = 11 },
	{ .value = 19589, .feature = LEARNED_TREE_LEAF },
	{ .value = -6905, .feature = LEARNED_TREE_LEAF },
	{ .value = 1401, .feature = 13, .left = 13, .right = 14 },
	{ .value = 23093, .feature = LEARNED_TREE_LEAF },
	{ .value = -19188, .feature = LEARNED_TREE_LEAF },
	/* tree 18 */
	{ .value = -65536, .feature = 15, .left = 1, .right = 8 },
	{ .value = 0, .feature = 10, .left = 2, .right = 5 },
	{ .value = 0, .feature = 8, .left = 3, .right = 4 },
	{ .value = 107, .feature = LEARNED_TREE_LEAF },
	{ .value = -11884, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 6, .right = 7 },
	{ .value = -14002, .feature = LEARNED_TREE_LEAF },
	{ .value = 3979, .feature = LEARNED_TREE_LEAF },
	{ .value = -65478, .feature = 13, .left = 9, .right = 12 },
	{ .value = 8432, .feature = 15, .left = 10, .right = 11 },
	{ .value = 14745, .feature = LEARNED_TREE_LEAF },
	{ .value = -5639, .feature = LEARNED_TREE_LEAF },
	{ .value = 1401, .feature = 13, .left = 13, .right = 14 },
	{ .value = 22897, .feature = LEARNED_TREE_LEAF },
	{ .value = -17002, .feature = LEARNED_TREE_LEAF },
	/* tree 19 */
	{ .value = 1634, .feature = 13, .left = 1, .right = 8 },
	{ .value = -31863, .feature = 13, .left = 2, .right = 5 },
	{ .value = 0, .feature = 12, .left = 3, .right = 4 },
	{ .value = -469, .feature = LEARNED_TREE_LEAF },
	{ .value = 4713, .feature = LEARNED_TREE_LEAF },
	{ .value = 350, .feature = 13, .left = 6, .right = 7 },
	{ .value = 6888, .feature = LEARNED_TREE_LEAF },
	{ .value = 372, .feature = LEARNED_TREE_LEAF },
	{ .value = 52172, .feature = 13, .left = 9, .right = 12 },
	{ .value = 0, .feature = 8, .left = 10, .right = 11 },
	{ .value = -1813, .feature = LEARNED_TREE_LEAF },
	{ .value = 12589, .feature = LEARNED_TREE_LEAF },
	{ .value = 0, .feature = 8, .left = 13, .right = 14 },
	{ .value = -17323, .feature = LEARNED_TREE_LEAF },
	{ .value = -6070, .feature = LEARNED_TREE_LEAF },
};

static const struct learned_tree reclaim_trees[20] = {
	{ .nodes = reclaim_nodes + 0, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 13, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 28, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 43, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 56, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 69, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 82, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 97, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 110, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 123, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 138, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 151, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 166, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 181, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 194, .n_nodes = 13, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 207, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 222, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 237, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 252, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
	{ .nodes = reclaim_nodes + 267, .n_nodes = 15, .n_features = 16, .max_depth = 3 },
};

static const struct learned_forest reclaim_forest = {
	.trees = reclaim_trees,
	.norm = reclaim_norm,
	.base = -258,
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
