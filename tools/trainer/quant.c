// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: quantisation into the inference library's descriptors.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trainer.h"
#include "quant.h"

/* round half up, saturated to s32 */
static s32 q_round(double v)
{
	double r = floor(v + 0.5);

	if (r > S32_MAX)
		return S32_MAX;
	if (r < S32_MIN)
		return S32_MIN;
	return (s32)r;
}

static int cmp_s32(const void *a, const void *b)
{
	s32 x = *(const s32 *)a, y = *(const s32 *)b;

	return (x > y) - (x < y);
}

void q_norm_fit(struct learned_norm *norm, const s32 *raw, u32 n, u32 d, double clip)
{
	s32 *col = xcalloc(n, sizeof(*col));
	u32 i, j;

	for (j = 0; j < d; j++) {
		struct learned_norm *nm = &norm[j];
		u32 a, b;
		s64 lo, hi;
		double mul;

		for (i = 0; i < n; i++)
			col[i] = raw[(size_t)i * d + j];
		qsort(col, n, sizeof(*col), cmp_s32);
		a = (u32)floor(clip * (n - 1));
		b = (n - 1) - a;
		lo = col[a];
		hi = col[b];
		if (hi == lo) {
			/* constant feature: contributes 0 */
			nm->offset = (s32)lo;
			nm->scale = 0;
			nm->lo = 0;
			nm->hi = 0;
			continue;
		}
		nm->offset = (s32)((lo + hi) >> 1);
		/* normalised = (x - offset) * scale / 2^32 in real units */
		mul = 2.0 / (double)(hi - lo);
		nm->scale = q_round(mul * 4294967296.0);
		if (nm->scale < 1)
			nm->scale = 1;
		nm->lo = S32_MIN;
		nm->hi = S32_MAX;
		nm->lo = learned_norm_apply(nm, (s32)lo);
		nm->hi = learned_norm_apply(nm, (s32)hi);
	}
	free(col);
}

void q_norm_apply(const struct learned_norm *norm, const s32 *raw, s32 *zq, u32 n, u32 d)
{
	size_t i;

	for (i = 0; i < (size_t)n * d; i++)
		zq[i] = learned_norm_apply(&norm[i % d], raw[i]);
}

void q_linear(struct qmodel *q, const struct lr_model *m, int out_prob)
{
	u32 j;

	q->kind = LEARNED_MODEL_LINEAR;
	q->out_prob = out_prob;
	q->d = m->d;
	for (j = 0; j < m->d; j++)
		q->lin_w[j] = q_round(m->w[j] * 65536.0);
	q->lin.weights = q->lin_w;
	q->lin.norm = q->norm;
	q->lin.bias = q_round(m->b * 65536.0);
	q->lin.n_features = (u16)m->d;
	q->lin.out = out_prob ? LEARNED_OUT_SIGMOID : LEARNED_OUT_IDENTITY;
	q->model.kind = LEARNED_MODEL_LINEAR;
	q->model.linear = &q->lin;
}

int q_forest(struct qmodel *q, const struct gbt_model *m, int out_prob)
{
	u32 i;
	int t;

	q->kind = LEARNED_MODEL_FOREST;
	q->out_prob = out_prob;
	q->d = m->d;
	q->n_nodes = m->n_nodes;
	q->nodes = xcalloc(m->n_nodes, sizeof(*q->nodes));
	q->trees = xcalloc((size_t)m->n_trees, sizeof(*q->trees));
	for (i = 0; i < m->n_nodes; i++) {
		const struct gbt_node *s = &m->nodes[i];
		struct learned_tree_node *o = &q->nodes[i];

		if (s->feature == 0xffff) {
			o->feature = LEARNED_TREE_LEAF;
			o->value = q_round(s->value * 65536.0);
		} else {
			o->feature = s->feature;
			o->value = s->thr;
			o->left = s->left;
			o->right = s->right;
		}
	}
	for (t = 0; t < m->n_trees; t++) {
		struct learned_tree *tr = &q->trees[t];

		if (m->trees[t].n_nodes > LEARNED_TREE_MAX_NODES) {
			err_set("tree %d has %u nodes (library limit %d)", t,
				m->trees[t].n_nodes, LEARNED_TREE_MAX_NODES);
			return -1;
		}
		tr->nodes = q->nodes + m->trees[t].first;
		tr->norm = NULL;
		tr->n_nodes = (u16)m->trees[t].n_nodes;
		tr->n_features = (u16)m->d;
		tr->max_depth = (u8)m->trees[t].depth;
	}
	q->forest.trees = q->trees;
	q->forest.norm = q->norm;
	q->forest.base = q_round(m->base * 65536.0);
	q->forest.n_trees = (u16)m->n_trees;
	q->forest.n_features = (u16)m->d;
	q->forest.mode = LEARNED_FOREST_SUM;
	q->forest.out = out_prob ? LEARNED_OUT_SIGMOID : LEARNED_OUT_IDENTITY;
	q->forest.n_classes = 0;	/* vote mode only */
	q->model.kind = LEARNED_MODEL_FOREST;
	q->model.forest = &q->forest;
	return 0;
}

/* largest f <= 14 with maxabs * 2^f <= 16383 (2x headroom in a s16) */
static int frac_for(double maxabs)
{
	int f = LEARNED_MLP_MAX_ACT_FRAC;

	while (f > 0 && maxabs * (double)(1 << f) > 16383.0)
		f--;
	return f;
}

int q_mlp(struct qmodel *q, const struct mlp_model *m, int weight_bits,
	  const s32 *zq, u32 n)
{
	const int qmax = weight_bits == 8 ? 127 : 32767;
	double maxact[MLP_MAX_LAYERS] = { 0 }, maxin = 0;
	int L, f, k;
	u32 i, d = (u32)m->l[0].n_in;

	q->kind = LEARNED_MODEL_MLP;
	q->out_prob = 0;
	q->d = d;
	q->weight_bits = weight_bits;
	/* activation ranges on the training data (float model) */
	for (i = 0; i < n; i++) {
		double z[64], acts[MLP_MAX_LAYERS][64];
		u32 j;

		for (j = 0; j < d; j++) {
			z[j] = zq[(size_t)i * d + j] / 65536.0;
			if (fabs(z[j]) > maxin)
				maxin = fabs(z[j]);
		}
		mlp_logit(m, z, acts);
		for (L = 0; L < m->n_layers - 1; L++)
			for (k = 0; k < m->l[L].n_out; k++)
				if (acts[L][k] > maxact[L])
					maxact[L] = acts[L][k];
	}
	f = frac_for(maxin);
	for (L = 0; L < m->n_layers - 1; L++)
		if (frac_for(maxact[L]) < f)
			f = frac_for(maxact[L]);

	for (L = 0; L < m->n_layers; L++) {
		const struct mlp_layer *l = &m->l[L];
		struct learned_mlp_layer *o = &q->layers[L];
		double maxw = 0, sw, eff;
		int s, nw = l->n_in * l->n_out;

		for (k = 0; k < nw; k++)
			if (fabs(l->w[k]) > maxw)
				maxw = fabs(l->w[k]);
		sw = maxw > 0 ? maxw / qmax : 1.0 / qmax;
		/* mult / 2^shift ~= sw with mult <= LEARNED_MLP_MAX_MULT */
		for (s = LEARNED_MLP_MAX_SHIFT; s > 0; s--)
			if (floor(sw * ldexp(1.0, s) + 0.5) <= LEARNED_MLP_MAX_MULT)
				break;
		o->mult = q_round(sw * ldexp(1.0, s));
		if (o->mult < 1)
			o->mult = 1;
		o->shift = (u8)s;
		eff = o->mult / ldexp(1.0, s);
		if (weight_bits == 8)
			q->w8[L] = xcalloc((size_t)nw, sizeof(s8));
		else
			q->w16[L] = xcalloc((size_t)nw, sizeof(s16));
		q->bias[L] = xcalloc((size_t)l->n_out, sizeof(s32));
		for (k = 0; k < nw; k++) {
			s32 w = q_round(l->w[k] / eff);

			if (w > qmax || w < -qmax) {
				w = w > 0 ? qmax : -qmax;
				q->clamped++;
			}
			if (weight_bits == 8)
				q->w8[L][k] = (s8)w;
			else
				q->w16[L][k] = (s16)w;
		}
		for (k = 0; k < l->n_out; k++) {
			double bv = l->b[k] * (double)(1 << f) / eff;
			s32 b = q_round(bv);

			if (weight_bits == 8 && (b > LEARNED_MLP_W8_MAX_BIAS || b < -LEARNED_MLP_W8_MAX_BIAS)) {
				b = b > 0 ? LEARNED_MLP_W8_MAX_BIAS : -LEARNED_MLP_W8_MAX_BIAS;
				q->clamped++;
			} else if (bv > S32_MAX || bv < S32_MIN) {
				q->clamped++;
			}
			q->bias[L][k] = b;
		}
		o->w8 = q->w8[L];
		o->w16 = q->w16[L];
		o->bias = q->bias[L];
		o->n_in = (u16)l->n_in;
		o->n_out = (u16)l->n_out;
		o->act = L < m->n_layers - 1 ? LEARNED_ACT_RELU : LEARNED_ACT_NONE;
	}
	q->mlp.layers = q->layers;
	q->mlp.norm = q->norm;
	q->mlp.n_features = (u16)d;
	q->mlp.n_layers = (u8)m->n_layers;
	q->mlp.act_frac = (u8)f;
	q->model.kind = LEARNED_MODEL_MLP;
	q->model.mlp = &q->mlp;
	return 0;
}

void q_free(struct qmodel *q)
{
	int L;

	free(q->trees);
	free(q->nodes);
	for (L = 0; L < LEARNED_MLP_MAX_LAYERS; L++) {
		free(q->w8[L]);
		free(q->w16[L]);
		free(q->bias[L]);
	}
	memset(q, 0, sizeof(*q));
}

s32 q_predict(const struct qmodel *q, const s32 *raw)
{
	s32 out[LEARNED_MAX_OUTPUTS];

	if (learned_model_predict(&q->model, raw, out) < 1)
		die("internal error: library refused to predict");
	return out[0];
}

int q_decide(const struct qmodel *q, s32 out)
{
	return q->out_prob ? out >= LEARNED_Q16_ONE / 2 : out >= 0;
}

double q_prob(const struct qmodel *q, s32 out)
{
	return q->out_prob ? out / 65536.0 : d_sigmoid(out / 65536.0);
}
