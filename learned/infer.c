// SPDX-License-Identifier: GPL-2.0
/*
 * Predict functions of the learned inference library.
 *
 * They trust their descriptor: it must have passed the matching
 * learned_*_validate() (validate.c) before the first call.  Integer
 * arithmetic only, no allocation, no locks, and bounded time (trees are
 * walked at most max_depth levels), so they are usable in atomic context.
 */
#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/learned_infer.h>

static __always_inline void learned_infer_build_checks(void)
{
	/* exact s32 accumulation of an int8 layer (see learned_mlp_layer) */
	BUILD_BUG_ON((s64)LEARNED_MLP_MAX_WIDTH * 32768 * 128 +
		     LEARNED_MLP_W8_MAX_BIAS > S32_MAX);
	/* exact s64 accumulation and requantisation of an int16 layer */
	BUILD_BUG_ON(((s64)LEARNED_MLP_MAX_WIDTH * 32768 * 32768 +
		      (1LL << 31)) * LEARNED_MLP_MAX_MULT >= (1LL << 62));
	/* Q16.16 <-> s16 activation conversions fit a s32 */
	BUILD_BUG_ON(LEARNED_Q16_FRAC_BITS - LEARNED_MLP_MAX_ACT_FRAC < 2);
	/* exact s64 sums over features and trees */
	BUILD_BUG_ON((s64)LEARNED_MAX_FEATURES << 47 > S64_MAX >> 1);
	BUILD_BUG_ON(LEARNED_FOREST_MAX_TREES > U16_MAX);
	BUILD_BUG_ON(LEARNED_TREE_MAX_NODES > U16_MAX);
	BUILD_BUG_ON(LEARNED_MAX_FEATURES >= LEARNED_TREE_LEAF);
	BUILD_BUG_ON(LEARNED_MAX_OUTPUTS < LEARNED_MLP_MAX_WIDTH);
}

static __always_inline s32 linear_apply_out(u8 out, s32 score)
{
	return out == LEARNED_OUT_SIGMOID ? learned_q16_sigmoid(score) : score;
}

/**
 * learned_linear_predict() - evaluate a linear or logistic regression
 * @m: validated model
 * @x: @m->n_features raw features
 *
 * Context: Any context.
 * Return: the Q16.16 score, or its sigmoid (0 to 1.0) for a logistic model.
 */
s32 learned_linear_predict(const struct learned_linear *m, const s32 *x)
{
	const struct learned_norm *norm = m->norm;
	unsigned int i, n = m->n_features;
	s64 acc = 0;

	learned_infer_build_checks();
	if (norm) {
		for (i = 0; i < n; i++)
			acc += ((s64)m->weights[i] *
				learned_norm_apply(&norm[i], x[i])) >>
			       LEARNED_Q16_FRAC_BITS;
	} else {
		for (i = 0; i < n; i++)
			acc += ((s64)m->weights[i] * x[i]) >>
			       LEARNED_Q16_FRAC_BITS;
	}
	return linear_apply_out(m->out, learned_sat_s32(acc + m->bias));
}
EXPORT_SYMBOL_GPL(learned_linear_predict);

/**
 * learned_tree_predict() - evaluate a decision tree
 * @t: validated tree
 * @x: @t->n_features raw features
 *
 * Features are normalised lazily, only those tested on the path.
 *
 * Context: Any context.
 * Return: the value of the leaf reached.
 */
s32 learned_tree_predict(const struct learned_tree *t, const s32 *x)
{
	const struct learned_tree_node *nodes = t->nodes, *n = nodes;
	const struct learned_norm *norm = t->norm;
	unsigned int d;
	s32 v;

	for (d = 0; d < t->max_depth && n->feature != LEARNED_TREE_LEAF; d++) {
		v = x[n->feature];
		if (norm)
			v = learned_norm_apply(&norm[n->feature], v);
		n = &nodes[v <= n->value ? n->left : n->right];
	}
	return n->value;
}
EXPORT_SYMBOL_GPL(learned_tree_predict);

/* walk one member tree of a forest on normalised features */
static __always_inline s32 forest_walk(const struct learned_tree *t,
				       const s32 *xn)
{
	const struct learned_tree_node *nodes = t->nodes, *n = nodes;
	unsigned int d;

	for (d = 0; d < t->max_depth && n->feature != LEARNED_TREE_LEAF; d++)
		n = &nodes[xn[n->feature] <= n->value ? n->left : n->right];
	return n->value;
}

/**
 * learned_forest_predict() - evaluate a tree ensemble
 * @f: validated forest
 * @x: @f->n_features raw features
 *
 * Context: Any context.  Uses about 300 bytes of stack.
 * Return: for %LEARNED_FOREST_SUM, out(sat(base + sum of leaves)) in
 * Q16.16; for %LEARNED_FOREST_VOTE, the winning class index.
 */
s32 learned_forest_predict(const struct learned_forest *f, const s32 *x)
{
	s32 buf[LEARNED_MAX_FEATURES];
	const s32 *xn = x;
	unsigned int i, n = f->n_trees;
	s64 acc = f->base;

	if (f->norm) {
		for (i = 0; i < f->n_features; i++)
			buf[i] = learned_norm_apply(&f->norm[i], x[i]);
		xn = buf;
	}
	if (f->mode == LEARNED_FOREST_VOTE) {
		u16 votes[LEARNED_MAX_CLASSES] = { 0 };
		unsigned int best = 0;

		for (i = 0; i < n; i++)
			votes[(u32)forest_walk(&f->trees[i], xn) %
			      LEARNED_MAX_CLASSES]++;
		for (i = 1; i < f->n_classes; i++)
			if (votes[i] > votes[best])
				best = i;
		return best;
	}
	for (i = 0; i < n; i++)
		acc += forest_walk(&f->trees[i], xn);
	return linear_apply_out(f->out, learned_sat_s32(acc));
}
EXPORT_SYMBOL_GPL(learned_forest_predict);

/* activation of one s16 value with @frac_shift = 16 - act_frac */
static inline s16 mlp_act(u8 act, s16 a, unsigned int frac_shift)
{
	s32 q;

	switch (act) {
	case LEARNED_ACT_RELU:
		return a < 0 ? 0 : a;
	case LEARNED_ACT_SIGMOID:
		q = learned_q16_sigmoid((s32)a * (1 << frac_shift));
		return learned_sat_s16(learned_rshift_round(q, frac_shift));
	case LEARNED_ACT_TANH:
		q = learned_q16_tanh((s32)a * (1 << frac_shift));
		return learned_sat_s16(learned_rshift_round(q, frac_shift));
	default:
		return a;
	}
}

/**
 * learned_mlp_predict() - evaluate an integer MLP
 * @m: validated model
 * @x: @m->n_features raw features
 * @out: receives the last layer's n_out outputs, in Q16.16
 *
 * Context: Any context.  Uses about 300 bytes of stack.
 */
void learned_mlp_predict(const struct learned_mlp *m, const s32 *x, s32 *out)
{
	s16 buf[2][LEARNED_MLP_MAX_WIDTH];
	s16 *in = buf[0], *o = buf[1], *tmp;
	unsigned int frac_shift = LEARNED_Q16_FRAC_BITS - m->act_frac;
	unsigned int l, i, j;

	for (i = 0; i < m->n_features; i++) {
		s32 v = learned_norm_apply(m->norm ? &m->norm[i] : NULL, x[i]);

		in[i] = learned_sat_s16(learned_rshift_round(v, frac_shift));
	}
	for (l = 0; l < m->n_layers; l++) {
		const struct learned_mlp_layer *ly = &m->layers[l];
		unsigned int n_in = ly->n_in;

		for (j = 0; j < ly->n_out; j++) {
			s64 v;

			if (ly->w8) {
				const s8 *w = ly->w8 + j * n_in;
				s32 acc = ly->bias[j];

				for (i = 0; i < n_in; i++)
					acc += w[i] * in[i];
				v = (s64)acc * ly->mult;
			} else {
				const s16 *w = ly->w16 + j * n_in;
				s64 acc = ly->bias[j];

				for (i = 0; i < n_in; i++)
					acc += w[i] * in[i];
				v = acc * ly->mult;
			}
			o[j] = mlp_act(ly->act,
				       learned_sat_s16(learned_rshift_round(v, ly->shift)),
				       frac_shift);
		}
		tmp = in;
		in = o;
		o = tmp;
	}
	for (j = 0; j < m->layers[m->n_layers - 1].n_out; j++)
		out[j] = (s32)in[j] * (1 << frac_shift);
}
EXPORT_SYMBOL_GPL(learned_mlp_predict);

/**
 * learned_model_predict() - evaluate any validated model
 * @m: model validated by learned_model_validate()
 * @x: learned_model_n_features(@m) raw features
 * @out: receives learned_model_n_outputs(@m) outputs
 *
 * Context: Any context.
 * Return: the number of outputs written, or -EINVAL for an unknown kind.
 */
int learned_model_predict(const struct learned_model *m, const s32 *x,
			  s32 *out)
{
	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		out[0] = learned_linear_predict(m->linear, x);
		return 1;
	case LEARNED_MODEL_TREE:
		out[0] = learned_tree_predict(m->tree, x);
		return 1;
	case LEARNED_MODEL_FOREST:
		out[0] = learned_forest_predict(m->forest, x);
		return 1;
	case LEARNED_MODEL_MLP:
		learned_mlp_predict(m->mlp, x, out);
		return m->mlp->layers[m->mlp->n_layers - 1].n_out;
	default:
		return -EINVAL;
	}
}
EXPORT_SYMBOL_GPL(learned_model_predict);

/**
 * learned_model_n_features() - number of raw features a model reads
 * @m: validated model
 *
 * Context: Any context.
 * Return: the feature count, 0 for an unknown kind.
 */
unsigned int learned_model_n_features(const struct learned_model *m)
{
	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		return m->linear->n_features;
	case LEARNED_MODEL_TREE:
		return m->tree->n_features;
	case LEARNED_MODEL_FOREST:
		return m->forest->n_features;
	case LEARNED_MODEL_MLP:
		return m->mlp->n_features;
	default:
		return 0;
	}
}
EXPORT_SYMBOL_GPL(learned_model_n_features);

/**
 * learned_model_n_outputs() - number of outputs a model writes
 * @m: validated model
 *
 * Context: Any context.
 * Return: the output count (1 except for MLPs), 0 for an unknown kind.
 */
unsigned int learned_model_n_outputs(const struct learned_model *m)
{
	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
	case LEARNED_MODEL_TREE:
	case LEARNED_MODEL_FOREST:
		return 1;
	case LEARNED_MODEL_MLP:
		return m->mlp->layers[m->mlp->n_layers - 1].n_out;
	default:
		return 0;
	}
}
EXPORT_SYMBOL_GPL(learned_model_n_outputs);

/**
 * learned_model_decide() - the yes/no decision of a single-output model
 * @m: a valid model
 * @out: what learned_model_predict() returned in out[0]
 *
 * A probability (%LEARNED_OUT_SIGMOID) says yes from one half up, a raw
 * score from zero up, as the trainer decides.  A vote forest returns a
 * class index, not a score: class 1 is yes, every other class no.
 *
 * Context: Any context.
 * Return: true for yes.
 */
bool learned_model_decide(const struct learned_model *m, s32 out)
{
	bool prob = (m->kind == LEARNED_MODEL_LINEAR &&
		     m->linear->out == LEARNED_OUT_SIGMOID) ||
		    (m->kind == LEARNED_MODEL_FOREST &&
		     m->forest->out == LEARNED_OUT_SIGMOID);

	if (m->kind == LEARNED_MODEL_FOREST &&
	    m->forest->mode == LEARNED_FOREST_VOTE)
		return out == 1;
	return prob ? out >= LEARNED_Q16_ONE / 2 : out >= 0;
}
EXPORT_SYMBOL_GPL(learned_model_decide);

/**
 * learned_model_yes() - predict with a single-output model and decide.
 * @m: a valid model
 * @x: its features
 *
 * Context: Any context.
 * Return: 1 for yes, 0 for no (see learned_model_decide()), or a
 * negative errno when the model cannot predict or has more than one
 * output.
 */
int learned_model_yes(const struct learned_model *m, const s32 *x)
{
	s32 out[1];
	int n;

	if (learned_model_n_outputs(m) != 1)
		return -EINVAL;
	n = learned_model_predict(m, x, out);
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	return learned_model_decide(m, out[0]);
}
EXPORT_SYMBOL_GPL(learned_model_yes);
