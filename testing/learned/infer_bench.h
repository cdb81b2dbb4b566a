/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Benchmark models of the learned inference library, shared by the KUnit
 * suite (infer_bench.c) and the userspace twin (tools/learned/bench.c) so
 * that both time exactly the same models on the same inputs.
 *
 * Models are built deterministically into static storage (no allocation):
 * 16-feature logistic regression, a full depth-8 tree, gradient-boosted
 * ensembles of 10, 20 and 50 depth-6 trees, and int8 MLPs 16x16x1 and
 * 32x32x2.
 */
#ifndef _LEARNED_INFER_BENCH_H
#define _LEARNED_INFER_BENCH_H

#include <linux/learned_infer.h>

#define IB_FEATURES	32
#define IB_INPUTS	256	/* input rows, cycled through; power of 2 */
#define IB_CALLS	4096	/* calls per timed batch */
#define IB_BATCHES	31	/* timed batches; the median is reported */
#define IB_TREE_DEPTH	8
#define IB_GBDT_DEPTH	6
#define IB_GBDT_TREES	50
#define IB_TREE_NODES	((2 << IB_TREE_DEPTH) - 1)
#define IB_GBDT_NODES	((2 << IB_GBDT_DEPTH) - 1)

struct ib_rng {
	u64 s;
};

static u64 ib_next(struct ib_rng *r)
{
	u64 z = (r->s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* uniform in [lo, hi] for hi - lo < 2^32 */
static s32 ib_range(struct ib_rng *r, s32 lo, s32 hi)
{
	return (s32)((s64)lo + (s64)((ib_next(r) & 0xffffffffULL) %
				     ((u64)((s64)hi - lo) + 1)));
}

static s32 ib_x[IB_INPUTS][IB_FEATURES];
static struct learned_norm ib_norm[IB_FEATURES];

static s32 ib_lin_w[16];
static struct learned_linear ib_logistic;

static struct learned_tree_node ib_tree_nodes[IB_TREE_NODES];
static struct learned_tree ib_tree;

static struct learned_tree_node ib_gbdt_nodes[IB_GBDT_TREES][IB_GBDT_NODES];
static struct learned_tree ib_gbdt_trees[IB_GBDT_TREES];
static struct learned_forest ib_gbdt10, ib_gbdt20, ib_gbdt50;

static s8 ib_m1_w0[16 * 16], ib_m1_w1[16 * 1];
static s32 ib_m1_b0[16], ib_m1_b1[1];
static struct learned_mlp_layer ib_m1_layers[2];
static struct learned_mlp ib_mlp1;

static s8 ib_m2_w0[32 * 32], ib_m2_w1[32 * 2];
static s32 ib_m2_b0[32], ib_m2_b1[2];
static struct learned_mlp_layer ib_m2_layers[2];
static struct learned_mlp ib_mlp2;

struct ib_case {
	const char *name;
	struct learned_model model;
	u32 checksum;	/* ib_checksum() in userspace, for bit-exactness */
};

static struct ib_case ib_cases[] = {
	{ "logistic_16", { .kind = LEARNED_MODEL_LINEAR,
			.linear = &ib_logistic }, 0xbd90a8d9 },
	{ "tree_d8", { .kind = LEARNED_MODEL_TREE,
			.tree = &ib_tree }, 0xdfd0f1c5 },
	{ "gbdt_10x_d6", { .kind = LEARNED_MODEL_FOREST,
			.forest = &ib_gbdt10 }, 0x972dd2c5 },
	{ "gbdt_20x_d6", { .kind = LEARNED_MODEL_FOREST,
			.forest = &ib_gbdt20 }, 0xf40791c5 },
	{ "gbdt_50x_d6", { .kind = LEARNED_MODEL_FOREST,
			.forest = &ib_gbdt50 }, 0x84b095c5 },
	{ "mlp_16x16x1", { .kind = LEARNED_MODEL_MLP,
			.mlp = &ib_mlp1 }, 0x6779d1c5 },
	{ "mlp_32x32x2", { .kind = LEARNED_MODEL_MLP,
			.mlp = &ib_mlp2 }, 0x942125c5 },
};

/* full tree in preorder; returns the index of the subtree root */
static unsigned int ib_full_tree(struct ib_rng *r,
				 struct learned_tree_node *nodes,
				 unsigned int *next, unsigned int depth,
				 unsigned int max_depth)
{
	unsigned int i = (*next)++;

	if (depth == max_depth) {
		nodes[i].feature = LEARNED_TREE_LEAF;
		nodes[i].value = ib_range(r, -LEARNED_Q16_ONE, LEARNED_Q16_ONE);
		nodes[i].left = 0;
		nodes[i].right = 0;
		return i;
	}
	nodes[i].feature = (u16)ib_range(r, 0, 15);
	nodes[i].value = ib_range(r, LEARNED_Q16(-2), LEARNED_Q16(2));
	nodes[i].left = (u16)ib_full_tree(r, nodes, next, depth + 1, max_depth);
	nodes[i].right = (u16)ib_full_tree(r, nodes, next, depth + 1, max_depth);
	return i;
}

static void ib_fill_s8(struct ib_rng *r, s8 *w, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		w[i] = (s8)ib_range(r, -127, 127);
}

static void ib_layer(struct learned_mlp_layer *ly, const s8 *w,
		     const s32 *bias, unsigned int n_in, unsigned int n_out,
		     unsigned int shift, u8 act)
{
	ly->w8 = w;
	ly->w16 = NULL;
	ly->bias = bias;
	ly->mult = 1 << 15;
	ly->n_in = n_in;
	ly->n_out = n_out;
	ly->shift = shift;
	ly->act = act;
}

/* build every benchmark model and the inputs; deterministic */
static void ib_build(void)
{
	struct ib_rng r = { 0x1eaf2024 };
	unsigned int i, j, next;

	for (i = 0; i < IB_FEATURES; i++) {
		ib_norm[i].offset = ib_range(&r, -500, 500);
		ib_norm[i].scale = ib_range(&r, LEARNED_Q16_ONE / 512,
					    LEARNED_Q16_ONE / 64);
		ib_norm[i].lo = LEARNED_Q16(-4);
		ib_norm[i].hi = LEARNED_Q16(4);
	}
	for (i = 0; i < IB_INPUTS; i++)
		for (j = 0; j < IB_FEATURES; j++)
			ib_x[i][j] = ib_range(&r, -1000, 1000);

	for (i = 0; i < 16; i++)
		ib_lin_w[i] = ib_range(&r, -LEARNED_Q16_ONE, LEARNED_Q16_ONE);
	ib_logistic.weights = ib_lin_w;
	ib_logistic.norm = ib_norm;
	ib_logistic.bias = ib_range(&r, -LEARNED_Q16_ONE, LEARNED_Q16_ONE);
	ib_logistic.n_features = 16;
	ib_logistic.out = LEARNED_OUT_SIGMOID;

	next = 0;
	ib_full_tree(&r, ib_tree_nodes, &next, 0, IB_TREE_DEPTH);
	ib_tree.nodes = ib_tree_nodes;
	ib_tree.norm = ib_norm;
	ib_tree.n_nodes = next;
	ib_tree.n_features = 16;
	ib_tree.max_depth = IB_TREE_DEPTH;

	for (i = 0; i < IB_GBDT_TREES; i++) {
		next = 0;
		ib_full_tree(&r, ib_gbdt_nodes[i], &next, 0, IB_GBDT_DEPTH);
		ib_gbdt_trees[i].nodes = ib_gbdt_nodes[i];
		ib_gbdt_trees[i].norm = NULL;
		ib_gbdt_trees[i].n_nodes = next;
		ib_gbdt_trees[i].n_features = 16;
		ib_gbdt_trees[i].max_depth = IB_GBDT_DEPTH;
	}
	ib_gbdt50.trees = ib_gbdt_trees;
	ib_gbdt50.norm = ib_norm;
	ib_gbdt50.base = ib_range(&r, -LEARNED_Q16_ONE, LEARNED_Q16_ONE);
	ib_gbdt50.n_trees = 50;
	ib_gbdt50.n_features = 16;
	ib_gbdt50.mode = LEARNED_FOREST_SUM;
	ib_gbdt50.out = LEARNED_OUT_SIGMOID;
	ib_gbdt20 = ib_gbdt50;
	ib_gbdt20.n_trees = 20;
	ib_gbdt10 = ib_gbdt50;
	ib_gbdt10.n_trees = 10;

	/* activations Q5.10; sum of n products of ~2^10 * 2^6 */
	ib_fill_s8(&r, ib_m1_w0, sizeof(ib_m1_w0));
	ib_fill_s8(&r, ib_m1_w1, sizeof(ib_m1_w1));
	for (i = 0; i < 16; i++)
		ib_m1_b0[i] = ib_range(&r, -(1 << 16), 1 << 16);
	ib_m1_b1[0] = ib_range(&r, -(1 << 16), 1 << 16);
	ib_layer(&ib_m1_layers[0], ib_m1_w0, ib_m1_b0, 16, 16, 24,
		 LEARNED_ACT_RELU);
	ib_layer(&ib_m1_layers[1], ib_m1_w1, ib_m1_b1, 16, 1, 24,
		 LEARNED_ACT_SIGMOID);
	ib_mlp1.layers = ib_m1_layers;
	ib_mlp1.norm = ib_norm;
	ib_mlp1.n_features = 16;
	ib_mlp1.n_layers = 2;
	ib_mlp1.act_frac = 10;

	ib_fill_s8(&r, ib_m2_w0, sizeof(ib_m2_w0));
	ib_fill_s8(&r, ib_m2_w1, sizeof(ib_m2_w1));
	for (i = 0; i < 32; i++)
		ib_m2_b0[i] = ib_range(&r, -(1 << 16), 1 << 16);
	for (i = 0; i < 2; i++)
		ib_m2_b1[i] = ib_range(&r, -(1 << 16), 1 << 16);
	ib_layer(&ib_m2_layers[0], ib_m2_w0, ib_m2_b0, 32, 32, 25,
		 LEARNED_ACT_RELU);
	ib_layer(&ib_m2_layers[1], ib_m2_w1, ib_m2_b1, 32, 2, 25,
		 LEARNED_ACT_NONE);
	ib_mlp2.layers = ib_m2_layers;
	ib_mlp2.norm = ib_norm;
	ib_mlp2.n_features = 32;
	ib_mlp2.n_layers = 2;
	ib_mlp2.act_frac = 10;
}

/* checksum of the outputs on all inputs: equal in kernel and userspace */
static u32 ib_checksum(const struct learned_model *m)
{
	s32 out[LEARNED_MAX_OUTPUTS];
	u32 h = 2166136261U;
	unsigned int i;
	int j, n;

	for (i = 0; i < IB_INPUTS; i++) {
		n = learned_model_predict(m, ib_x[i], out);
		for (j = 0; j < n; j++)
			h = (h ^ (u32)out[j]) * 16777619U;
	}
	return h;
}

/* IB_CALLS predictions of one model; returns a value to keep */
static s32 ib_run(const struct learned_model *m)
{
	s32 out[LEARNED_MAX_OUTPUTS], sink = 0;
	unsigned int i;

	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		for (i = 0; i < IB_CALLS; i++)
			sink += learned_linear_predict(m->linear,
						       ib_x[i % IB_INPUTS]);
		break;
	case LEARNED_MODEL_TREE:
		for (i = 0; i < IB_CALLS; i++)
			sink += learned_tree_predict(m->tree,
						     ib_x[i % IB_INPUTS]);
		break;
	case LEARNED_MODEL_FOREST:
		for (i = 0; i < IB_CALLS; i++)
			sink += learned_forest_predict(m->forest,
						       ib_x[i % IB_INPUTS]);
		break;
	default:
		for (i = 0; i < IB_CALLS; i++) {
			learned_mlp_predict(m->mlp, ib_x[i % IB_INPUTS], out);
			sink += out[0];
		}
		break;
	}
	return sink;
}

/* median of n values (sorts them) */
static u64 ib_median(u64 *v, unsigned int n)
{
	unsigned int i, j;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && v[j - 1] > v[j]; j--) {
			u64 t = v[j];

			v[j] = v[j - 1];
			v[j - 1] = t;
		}
	return v[n / 2];
}

#define IB_HEADER	"%-14s %8s %12s %10s"
#define IB_ROW		"%-14s %8u %8llu.%03llu %08x"

#endif /* _LEARNED_INFER_BENCH_H */
