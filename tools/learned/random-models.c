// SPDX-License-Identifier: GPL-2.0
/*
 * Deterministic random models for the tests, the fuzzer and gen-golden,
 * and a writer that prints a model as static const C tables.
 */
#include <stdlib.h>
#include <string.h>

#include "random-models.h"

void *gm_alloc(struct gen_model *gm, size_t size)
{
	void *p;

	if (gm->n_allocs >= GM_MAX_ALLOCS) {
		fprintf(stderr, "models: too many allocations\n");
		exit(2);
	}
	p = calloc(1, size ? size : 1);
	if (!p) {
		fprintf(stderr, "models: out of memory\n");
		exit(2);
	}
	gm->allocs[gm->n_allocs++] = p;
	return p;
}

void gm_free(struct gen_model *gm)
{
	while (gm->n_allocs)
		free(gm->allocs[--gm->n_allocs]);
}

struct learned_norm *gen_norm(struct gen_model *gm, struct rng *r,
			      unsigned int n, enum gen_norm_style style)
{
	struct learned_norm *norm;
	unsigned int i;

	if (style == NORM_NONE)
		return NULL;
	norm = gm_alloc(gm, n * sizeof(*norm));
	for (i = 0; i < n; i++) {
		struct learned_norm *q = &norm[i];

		switch (style) {
		case NORM_TYPICAL:
			q->offset = rng_range(r, -1000, 1000);
			q->scale = rng_range(r, LEARNED_Q16_ONE / 1024,
					     4 * LEARNED_Q16_ONE);
			if (rng_below(r, 4) == 0)
				q->scale = -q->scale;
			q->lo = LEARNED_Q16(-8);
			q->hi = LEARNED_Q16(8);
			break;
		case NORM_CLAMP:
			q->offset = rng_range(r, -100, 100);
			q->scale = rng_range(r, LEARNED_Q16_ONE / 4,
					     64 * LEARNED_Q16_ONE);
			q->lo = rng_range(r, LEARNED_Q16(-2), 0);
			q->hi = rng_range(r, q->lo, LEARNED_Q16(2));
			break;
		default:
			q->offset = (s32)rng_next(r);
			q->scale = (s32)rng_next(r);
			if (rng_below(r, 4) == 0)
				q->scale = rng_below(r, 2) ? S32_MAX : S32_MIN;
			q->lo = S32_MIN;
			q->hi = S32_MAX;
			break;
		}
	}
	return norm;
}

void gen_linear(struct gen_model *gm, struct rng *r, unsigned int n,
		u8 out, s32 wmax, enum gen_norm_style ns)
{
	s32 *w = gm_alloc(gm, n * sizeof(*w));
	unsigned int i;

	for (i = 0; i < n; i++)
		w[i] = rng_range(r, -wmax, wmax);
	gm->lin.weights = w;
	gm->lin.norm = gen_norm(gm, r, n, ns);
	gm->lin.bias = rng_range(r, -wmax, wmax);
	gm->lin.n_features = n;
	gm->lin.out = out;
	gm->m.kind = LEARNED_MODEL_LINEAR;
	gm->m.linear = &gm->lin;
}

struct tree_builder {
	struct learned_tree_node *nodes;
	unsigned int n, cap;
	struct rng *r;
	unsigned int n_features, max_depth, n_classes;
	enum gen_tree_shape shape;
	s32 leaf_max;
	bool chain_left;
};

static unsigned int tb_build(struct tree_builder *b, unsigned int depth,
			     bool force_leaf)
{
	unsigned int i = b->n++;
	struct learned_tree_node *nd;
	bool leaf;

	if (i >= b->cap) {
		fprintf(stderr, "models: tree larger than %u nodes\n", b->cap);
		exit(2);
	}
	nd = &b->nodes[i];
	switch (b->shape) {
	case TREE_FULL:
		leaf = depth == b->max_depth;
		break;
	case TREE_CHAIN:
		leaf = depth == b->max_depth || force_leaf;
		break;
	default:
		leaf = depth == b->max_depth ||
		       (depth > 0 && rng_below(b->r, 100) < 25);
		break;
	}
	if (leaf) {
		nd->feature = LEARNED_TREE_LEAF;
		nd->left = 0;
		nd->right = 0;
		nd->value = b->n_classes ? (s32)rng_below(b->r, b->n_classes) :
			    rng_range(b->r, -b->leaf_max, b->leaf_max);
		return i;
	}
	nd->feature = rng_below(b->r, b->n_features);
	if (rng_below(b->r, 4))
		nd->value = rng_range(b->r, LEARNED_Q16(-8), LEARNED_Q16(8));
	else
		nd->value = (s32)rng_next(b->r);
	/* nd may move if we reallocated; we never do, cap is fixed */
	b->nodes[i].left = tb_build(b, depth + 1,
				    b->shape == TREE_CHAIN && !b->chain_left);
	b->nodes[i].right = tb_build(b, depth + 1,
				     b->shape == TREE_CHAIN && b->chain_left);
	return i;
}

void gen_tree(struct gen_model *gm, struct rng *r, struct learned_tree *t,
	      unsigned int n_features, unsigned int max_depth,
	      enum gen_tree_shape shape, s32 leaf_max, unsigned int n_classes,
	      bool shuffle)
{
	struct tree_builder b = {
		.cap = LEARNED_TREE_MAX_NODES, .r = r,
		.n_features = n_features, .max_depth = max_depth,
		.n_classes = n_classes, .shape = shape, .leaf_max = leaf_max,
		.chain_left = rng_below(r, 2),
	};
	struct learned_tree_node *nodes;
	unsigned int i;

	static struct learned_tree_node buf[LEARNED_TREE_MAX_NODES];

	b.nodes = buf;
	tb_build(&b, 0, false);
	nodes = gm_alloc(gm, b.n * sizeof(*nodes));
	if (shuffle && b.n > 2) {
		unsigned int *p = calloc(b.n, sizeof(*p));

		if (!p)
			exit(2);
		for (i = 0; i < b.n; i++)
			p[i] = i;
		for (i = b.n - 1; i > 1; i--) {
			unsigned int j = 1 + rng_below(r, i);
			unsigned int tmp = p[i];

			p[i] = p[j];
			p[j] = tmp;
		}
		for (i = 0; i < b.n; i++) {
			struct learned_tree_node nd = b.nodes[i];

			if (nd.feature != LEARNED_TREE_LEAF) {
				nd.left = p[nd.left];
				nd.right = p[nd.right];
			}
			nodes[p[i]] = nd;
		}
		free(p);
	} else {
		memcpy(nodes, b.nodes, b.n * sizeof(*nodes));
	}
	t->nodes = nodes;
	t->norm = NULL;
	t->n_nodes = b.n;
	t->n_features = n_features;
	t->max_depth = max_depth;
}

void gen_tree_model(struct gen_model *gm, struct rng *r, unsigned int n,
		    unsigned int max_depth, enum gen_tree_shape shape,
		    s32 leaf_max, enum gen_norm_style ns, bool shuffle)
{
	gen_tree(gm, r, &gm->tree, n, max_depth, shape, leaf_max, 0, shuffle);
	gm->tree.norm = gen_norm(gm, r, n, ns);
	gm->m.kind = LEARNED_MODEL_TREE;
	gm->m.tree = &gm->tree;
}

void gen_forest(struct gen_model *gm, struct rng *r, unsigned int n,
		unsigned int n_trees, unsigned int max_depth, u8 mode, u8 out,
		unsigned int n_classes, s32 leaf_max, enum gen_norm_style ns)
{
	struct learned_tree *trees = gm_alloc(gm, n_trees * sizeof(*trees));
	unsigned int i;

	for (i = 0; i < n_trees; i++)
		gen_tree(gm, r, &trees[i], n, max_depth,
			 i % 3 ? TREE_RANDOM : TREE_FULL, leaf_max,
			 mode == LEARNED_FOREST_VOTE ? n_classes : 0, i % 2);
	gm->forest.trees = trees;
	gm->forest.norm = gen_norm(gm, r, n, ns);
	gm->forest.base = mode == LEARNED_FOREST_SUM ?
			  rng_range(r, -leaf_max, leaf_max) : 0;
	gm->forest.n_trees = n_trees;
	gm->forest.n_features = n;
	gm->forest.mode = mode;
	gm->forest.out = out;
	gm->forest.n_classes = mode == LEARNED_FOREST_VOTE ? n_classes : 0;
	gm->m.kind = LEARNED_MODEL_FOREST;
	gm->m.forest = &gm->forest;
}

static unsigned int ilog2u(unsigned int v)
{
	unsigned int l = 0;

	while (v >>= 1)
		l++;
	return l;
}

void gen_mlp(struct gen_model *gm, struct rng *r, const unsigned int *widths,
	     unsigned int n_layers, unsigned int wbits, const u8 *acts,
	     unsigned int act_frac, int shift_bias, enum gen_norm_style ns)
{
	struct learned_mlp_layer *ly = gm_alloc(gm, n_layers * sizeof(*ly));
	unsigned int l, i;

	for (l = 0; l < n_layers; l++) {
		unsigned int n_in = widths[l], n_out = widths[l + 1];
		unsigned int nw = n_in * n_out;
		s32 *bias = gm_alloc(gm, n_out * sizeof(*bias));
		s32 bmax;
		int shift;

		if (wbits == 8) {
			s8 *w = gm_alloc(gm, nw);

			for (i = 0; i < nw; i++)
				w[i] = (s8)rng_range(r, -128, 127);
			ly[l].w8 = w;
		} else {
			s16 *w = gm_alloc(gm, nw * sizeof(*w));

			for (i = 0; i < nw; i++)
				w[i] = (s16)rng_range(r, -32768, 32767);
			ly[l].w16 = w;
		}
		/* bias of the order of one activation times one weight */
		bmax = (s32)1 << (act_frac + wbits - 1);
		for (i = 0; i < n_out; i++)
			bias[i] = rng_range(r, -bmax, bmax);
		ly[l].bias = bias;
		/* map sum of n_in products back to activations (see README) */
		shift = 15 + (int)wbits - 1 + (int)ilog2u(n_in) / 2 - 1 +
			shift_bias;
		if (shift < 0)
			shift = 0;
		if (shift > LEARNED_MLP_MAX_SHIFT)
			shift = LEARNED_MLP_MAX_SHIFT;
		ly[l].mult = rng_range(r, 1 << 14, 1 << 16);
		ly[l].shift = shift;
		ly[l].n_in = n_in;
		ly[l].n_out = n_out;
		ly[l].act = acts[l];
	}
	gm->mlp.layers = ly;
	gm->mlp.norm = gen_norm(gm, r, widths[0], ns);
	gm->mlp.n_features = widths[0];
	gm->mlp.n_layers = n_layers;
	gm->mlp.act_frac = act_frac;
	gm->m.kind = LEARNED_MODEL_MLP;
	gm->m.mlp = &gm->mlp;
}

void gen_inputs(struct rng *r, s32 *x, unsigned int rows, unsigned int n)
{
	static const s32 extremes[] = {
		S32_MIN, S32_MAX, 0, -1, 1, S32_MIN + 1, S32_MAX - 1,
		LEARNED_Q16_ONE, -LEARNED_Q16_ONE,
	};
	unsigned int i, j;

	for (i = 0; i < rows; i++) {
		for (j = 0; j < n; j++) {
			s32 *v = &x[i * n + j];

			switch ((i + (j & rng_below(r, 2))) % 5) {
			case 0:	/* small raw values around the offsets */
				*v = rng_range(r, -2000, 2000);
				break;
			case 1: /* Q16.16 values in +-8 */
				*v = rng_range(r, LEARNED_Q16(-8),
					       LEARNED_Q16(8));
				break;
			case 2: /* extremes */
				*v = extremes[rng_below(r, sizeof(extremes) /
							   sizeof(extremes[0]))];
				break;
			case 3: /* negative */
				*v = -(s32)rng_below(r, 1U << 24);
				break;
			default: /* full range */
				*v = (s32)rng_next(r);
				break;
			}
		}
	}
}

static void emit_s32s(FILE *f, const s32 *v, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		fprintf(f, "%s%d,%s", i % 6 ? " " : "\t", v[i],
			i % 6 == 5 || i == n - 1 ? "\n" : "");
}

static void emit_norm(FILE *f, const char *prefix,
		      const struct learned_norm *norm, unsigned int n)
{
	unsigned int i;

	if (!norm)
		return;
	fprintf(f, "static const struct learned_norm %s_norm[%u] = {\n",
		prefix, n);
	for (i = 0; i < n; i++)
		fprintf(f, "\t{ %d, %d, %d, %d },\n", norm[i].offset,
			norm[i].scale, norm[i].lo, norm[i].hi);
	fprintf(f, "};\n\n");
}

static void emit_norm_ref(FILE *f, const char *prefix, const void *norm)
{
	if (norm)
		fprintf(f, "\t.norm = %s_norm,\n", prefix);
	else
		fprintf(f, "\t.norm = NULL,\n");
}

static void emit_nodes(FILE *f, const char *name,
		       const struct learned_tree *t)
{
	unsigned int i;

	fprintf(f, "static const struct learned_tree_node %s[%u] = {\n",
		name, t->n_nodes);
	for (i = 0; i < t->n_nodes; i++) {
		const struct learned_tree_node *nd = &t->nodes[i];

		if (nd->feature == LEARNED_TREE_LEAF)
			fprintf(f, "\t{ %d, LEARNED_TREE_LEAF, %u, %u },\n",
				nd->value, nd->left, nd->right);
		else
			fprintf(f, "\t{ %d, %u, %u, %u },\n", nd->value,
				nd->feature, nd->left, nd->right);
	}
	fprintf(f, "};\n\n");
}

static void emit_tree_fields(FILE *f, const char *nodes,
			     const struct learned_tree *t, const char *ind)
{
	fprintf(f, "%s.nodes = %s,\n", ind, nodes);
	fprintf(f, "%s.n_nodes = %u,\n", ind, t->n_nodes);
	fprintf(f, "%s.n_features = %u,\n", ind, t->n_features);
	fprintf(f, "%s.max_depth = %u,\n", ind, t->max_depth);
}

int emit_model(FILE *f, const char *prefix, const struct learned_model *m)
{
	char name[160];
	unsigned int i, l;

	switch (m->kind) {
	case LEARNED_MODEL_LINEAR: {
		const struct learned_linear *lin = m->linear;

		fprintf(f, "static const s32 %s_weights[%u] = {\n", prefix,
			lin->n_features);
		emit_s32s(f, lin->weights, lin->n_features);
		fprintf(f, "};\n\n");
		emit_norm(f, prefix, lin->norm, lin->n_features);
		fprintf(f, "static const struct learned_linear %s_linear = {\n",
			prefix);
		fprintf(f, "\t.weights = %s_weights,\n", prefix);
		emit_norm_ref(f, prefix, lin->norm);
		fprintf(f, "\t.bias = %d,\n\t.n_features = %u,\n\t.out = %u,\n};\n\n",
			lin->bias, lin->n_features, lin->out);
		fprintf(f, "static const struct learned_model %s_model = {\n"
			"\t.kind = LEARNED_MODEL_LINEAR,\n\t.linear = &%s_linear,\n};\n\n",
			prefix, prefix);
		return 0;
	}
	case LEARNED_MODEL_TREE:
		snprintf(name, sizeof(name), "%s_nodes", prefix);
		emit_nodes(f, name, m->tree);
		emit_norm(f, prefix, m->tree->norm, m->tree->n_features);
		fprintf(f, "static const struct learned_tree %s_tree = {\n",
			prefix);
		emit_tree_fields(f, name, m->tree, "\t");
		emit_norm_ref(f, prefix, m->tree->norm);
		fprintf(f, "};\n\n");
		fprintf(f, "static const struct learned_model %s_model = {\n"
			"\t.kind = LEARNED_MODEL_TREE,\n\t.tree = &%s_tree,\n};\n\n",
			prefix, prefix);
		return 0;
	case LEARNED_MODEL_FOREST: {
		const struct learned_forest *fo = m->forest;

		for (i = 0; i < fo->n_trees; i++) {
			snprintf(name, sizeof(name), "%s_t%u_nodes", prefix, i);
			emit_nodes(f, name, &fo->trees[i]);
		}
		fprintf(f, "static const struct learned_tree %s_trees[%u] = {\n",
			prefix, fo->n_trees);
		for (i = 0; i < fo->n_trees; i++) {
			snprintf(name, sizeof(name), "%s_t%u_nodes", prefix, i);
			fprintf(f, "\t{\n");
			emit_tree_fields(f, name, &fo->trees[i], "\t\t");
			fprintf(f, "\t},\n");
		}
		fprintf(f, "};\n\n");
		emit_norm(f, prefix, fo->norm, fo->n_features);
		fprintf(f, "static const struct learned_forest %s_forest = {\n",
			prefix);
		fprintf(f, "\t.trees = %s_trees,\n", prefix);
		emit_norm_ref(f, prefix, fo->norm);
		fprintf(f, "\t.base = %d,\n\t.n_trees = %u,\n\t.n_features = %u,\n"
			"\t.mode = %u,\n\t.out = %u,\n\t.n_classes = %u,\n};\n\n",
			fo->base, fo->n_trees, fo->n_features, fo->mode,
			fo->out, fo->n_classes);
		fprintf(f, "static const struct learned_model %s_model = {\n"
			"\t.kind = LEARNED_MODEL_FOREST,\n\t.forest = &%s_forest,\n};\n\n",
			prefix, prefix);
		return 0;
	}
	case LEARNED_MODEL_MLP: {
		const struct learned_mlp *mlp = m->mlp;

		for (l = 0; l < mlp->n_layers; l++) {
			const struct learned_mlp_layer *ly = &mlp->layers[l];
			unsigned int nw = ly->n_in * ly->n_out;

			if (ly->w8) {
				fprintf(f, "static const s8 %s_l%u_w8[%u] = {\n",
					prefix, l, nw);
				for (i = 0; i < nw; i++)
					fprintf(f, "%s%d,%s", i % 12 ? " " : "\t",
						ly->w8[i],
						i % 12 == 11 || i == nw - 1 ?
						"\n" : "");
			} else {
				fprintf(f, "static const s16 %s_l%u_w16[%u] = {\n",
					prefix, l, nw);
				for (i = 0; i < nw; i++)
					fprintf(f, "%s%d,%s", i % 8 ? " " : "\t",
						ly->w16[i],
						i % 8 == 7 || i == nw - 1 ?
						"\n" : "");
			}
			fprintf(f, "};\n\n");
			fprintf(f, "static const s32 %s_l%u_bias[%u] = {\n",
				prefix, l, ly->n_out);
			emit_s32s(f, ly->bias, ly->n_out);
			fprintf(f, "};\n\n");
		}
		fprintf(f, "static const struct learned_mlp_layer %s_layers[%u] = {\n",
			prefix, mlp->n_layers);
		for (l = 0; l < mlp->n_layers; l++) {
			const struct learned_mlp_layer *ly = &mlp->layers[l];

			fprintf(f, "\t{\n");
			if (ly->w8)
				fprintf(f, "\t\t.w8 = %s_l%u_w8,\n", prefix, l);
			else
				fprintf(f, "\t\t.w16 = %s_l%u_w16,\n", prefix, l);
			fprintf(f, "\t\t.bias = %s_l%u_bias,\n", prefix, l);
			fprintf(f, "\t\t.mult = %d,\n\t\t.n_in = %u,\n\t\t.n_out = %u,\n"
				"\t\t.shift = %u,\n\t\t.act = %u,\n\t},\n",
				ly->mult, ly->n_in, ly->n_out, ly->shift,
				ly->act);
		}
		fprintf(f, "};\n\n");
		emit_norm(f, prefix, mlp->norm, mlp->n_features);
		fprintf(f, "static const struct learned_mlp %s_mlp = {\n", prefix);
		fprintf(f, "\t.layers = %s_layers,\n", prefix);
		emit_norm_ref(f, prefix, mlp->norm);
		fprintf(f, "\t.n_features = %u,\n\t.n_layers = %u,\n\t.act_frac = %u,\n};\n\n",
			mlp->n_features, mlp->n_layers, mlp->act_frac);
		fprintf(f, "static const struct learned_model %s_model = {\n"
			"\t.kind = LEARNED_MODEL_MLP,\n\t.mlp = &%s_mlp,\n};\n\n",
			prefix, prefix);
		return 0;
	}
	default:
		return -1;
	}
}
