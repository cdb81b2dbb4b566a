// SPDX-License-Identifier: GPL-2.0
/*
 * Validation of learned model descriptors.
 *
 * A descriptor is checked once, when it is registered or loaded, so that
 * the predict functions (infer.c) can trust it: every index in range,
 * every shape consistent, every shift and scale within the bounds that
 * keep the integer arithmetic exact, trees that are proper binary trees of
 * bounded depth.  A descriptor that fails is refused with -EINVAL and a
 * message naming the reason, and must never be used.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/learned_infer.h>
#include <linux/printk.h>

#define refuse(kind, fmt, ...)						\
	({								\
		pr_warn_ratelimited("%s model refused: " fmt "\n",	\
				    kind, ##__VA_ARGS__);		\
		-EINVAL;						\
	})

static int validate_norm(const char *kind, const struct learned_norm *norm,
			 unsigned int n)
{
	unsigned int i;

	if (!norm)
		return 0;
	for (i = 0; i < n; i++)
		if (norm[i].lo > norm[i].hi)
			return refuse(kind, "feature %u: clamp lo %d > hi %d",
				      i, norm[i].lo, norm[i].hi);
	return 0;
}

static int validate_n_features(const char *kind, unsigned int n,
			       unsigned int max)
{
	if (n < 1 || n > max)
		return refuse(kind, "%u features, expected 1 to %u", n, max);
	return 0;
}

/**
 * learned_linear_validate() - check a linear or logistic model
 * @m: descriptor
 *
 * Context: Any context.  Prints the reason of a refusal (ratelimited).
 * Return: 0 if @m may be passed to learned_linear_predict(), -EINVAL if not.
 */
int learned_linear_validate(const struct learned_linear *m)
{
	const char *kind = "linear";
	int ret;

	if (!m || !m->weights)
		return refuse(kind, "missing descriptor or weights");
	ret = validate_n_features(kind, m->n_features, LEARNED_MAX_FEATURES);
	if (ret)
		return ret;
	if (m->out != LEARNED_OUT_IDENTITY && m->out != LEARNED_OUT_SIGMOID)
		return refuse(kind, "unknown output function %u", m->out);
	return validate_norm(kind, m->norm, m->n_features);
}
EXPORT_SYMBOL_GPL(learned_linear_validate);

/* one bit per node, to find nodes reached twice (cycles, shared subtrees) */
#define SEEN_WORDS	(LEARNED_TREE_MAX_NODES / 32)

/*
 * Depth-first walk from the root with an explicit stack.  Pending entries
 * are the right children of the nodes on the current path, at most one
 * per level, so max_depth + 2 entries suffice.  Every node must be reached
 * exactly once: this refuses cycles, shared subtrees and unused nodes, and
 * makes the tree proper (leaves = inner nodes + 1).
 */
static int validate_tree(const char *kind, const struct learned_tree *t,
			 unsigned int n_classes)
{
	u32 seen[SEEN_WORDS] = { 0 };
	u16 stack[LEARNED_TREE_MAX_DEPTH + 2];
	u8 depth[LEARNED_TREE_MAX_DEPTH + 2];
	unsigned int sp = 0, visited = 0, leaves = 0;
	int ret;

	BUILD_BUG_ON(LEARNED_TREE_MAX_NODES % 32);
	BUILD_BUG_ON(LEARNED_TREE_MAX_DEPTH >= 255);

	if (!t || !t->nodes)
		return refuse(kind, "missing tree or nodes");
	ret = validate_n_features(kind, t->n_features, LEARNED_MAX_FEATURES);
	if (ret)
		return ret;
	if (t->n_nodes < 1 || t->n_nodes > LEARNED_TREE_MAX_NODES)
		return refuse(kind, "%u nodes, expected 1 to %u", t->n_nodes,
			      LEARNED_TREE_MAX_NODES);
	if (t->max_depth > LEARNED_TREE_MAX_DEPTH)
		return refuse(kind, "max_depth %u > %u", t->max_depth,
			      LEARNED_TREE_MAX_DEPTH);

	stack[sp] = 0;
	depth[sp++] = 0;
	while (sp) {
		const struct learned_tree_node *n;
		unsigned int i, d;

		sp--;
		i = stack[sp];
		d = depth[sp];
		if (seen[i / 32] & (1U << (i % 32)))
			return refuse(kind, "node %u reached twice (cycle or shared subtree)",
				      i);
		seen[i / 32] |= 1U << (i % 32);
		visited++;
		n = &t->nodes[i];
		if (n->feature == LEARNED_TREE_LEAF) {
			leaves++;
			if (n_classes && (n->value < 0 || (u32)n->value >= n_classes))
				return refuse(kind, "leaf %u: class %d out of range 0 to %u",
					      i, n->value, n_classes - 1);
			continue;
		}
		if (n->feature >= t->n_features)
			return refuse(kind, "node %u: feature %u >= %u", i,
				      n->feature, t->n_features);
		if (d >= t->max_depth)
			return refuse(kind, "node %u: deeper than max_depth %u",
				      i, t->max_depth);
		if (n->left >= t->n_nodes || n->right >= t->n_nodes)
			return refuse(kind, "node %u: child %u or %u out of range (%u nodes)",
				      i, n->left, n->right, t->n_nodes);
		if (sp + 2 > ARRAY_SIZE(stack))
			return refuse(kind, "node %u: walk stack overflow", i);
		stack[sp] = n->right;
		depth[sp++] = d + 1;
		stack[sp] = n->left;
		depth[sp++] = d + 1;
	}
	if (visited != t->n_nodes)
		return refuse(kind, "%u of %u nodes unreachable from the root",
			      t->n_nodes - visited, t->n_nodes);
	/* holds for every proper binary tree; kept as a cross-check */
	if (2 * leaves != visited + 1)
		return refuse(kind, "%u leaves for %u nodes", leaves, visited);
	return 0;
}

/**
 * learned_tree_validate() - check a decision tree
 * @t: descriptor
 *
 * Checks sizes, feature indices, child indices, that the nodes form one
 * proper binary tree rooted at node 0 (no cycle, no shared node, no unused
 * node) and that no path is deeper than @t->max_depth.  Takes
 * O(n_nodes) time and about 300 bytes of stack.
 *
 * Context: Any context.  Prints the reason of a refusal (ratelimited).
 * Return: 0 if @t may be passed to learned_tree_predict(), -EINVAL if not.
 */
int learned_tree_validate(const struct learned_tree *t)
{
	const char *kind = "tree";
	int ret;

	ret = validate_tree(kind, t, 0);
	if (ret)
		return ret;
	return validate_norm(kind, t->norm, t->n_features);
}
EXPORT_SYMBOL_GPL(learned_tree_validate);

/**
 * learned_forest_validate() - check a tree ensemble
 * @f: descriptor
 *
 * Checks every member tree as learned_tree_validate() does, plus the
 * ensemble's mode, output, class count and feature count.
 *
 * Context: Any context.  Prints the reason of a refusal (ratelimited).
 * Return: 0 if @f may be passed to learned_forest_predict(), -EINVAL if not.
 */
int learned_forest_validate(const struct learned_forest *f)
{
	const char *kind = "forest";
	unsigned int i, n_classes = 0;
	int ret;

	if (!f || !f->trees)
		return refuse(kind, "missing descriptor or trees");
	ret = validate_n_features(kind, f->n_features, LEARNED_MAX_FEATURES);
	if (ret)
		return ret;
	if (f->n_trees < 1 || f->n_trees > LEARNED_FOREST_MAX_TREES)
		return refuse(kind, "%u trees, expected 1 to %u", f->n_trees,
			      LEARNED_FOREST_MAX_TREES);
	switch (f->mode) {
	case LEARNED_FOREST_SUM:
		if (f->out != LEARNED_OUT_IDENTITY &&
		    f->out != LEARNED_OUT_SIGMOID)
			return refuse(kind, "unknown output function %u", f->out);
		if (f->n_classes)
			return refuse(kind, "n_classes %u set on a sum ensemble",
				      f->n_classes);
		break;
	case LEARNED_FOREST_VOTE:
		if (f->out != LEARNED_OUT_IDENTITY)
			return refuse(kind, "output function %u on a vote ensemble",
				      f->out);
		if (f->n_classes < 2 || f->n_classes > LEARNED_MAX_CLASSES)
			return refuse(kind, "%u classes, expected 2 to %u",
				      f->n_classes, LEARNED_MAX_CLASSES);
		if (f->base)
			return refuse(kind, "base score set on a vote ensemble");
		n_classes = f->n_classes;
		break;
	default:
		return refuse(kind, "unknown mode %u", f->mode);
	}
	for (i = 0; i < f->n_trees; i++) {
		const struct learned_tree *t = &f->trees[i];

		if (t->n_features != f->n_features)
			return refuse(kind, "tree %u: %u features, forest has %u",
				      i, t->n_features, f->n_features);
		if (t->norm)
			return refuse(kind, "tree %u: has its own normalisation",
				      i);
		ret = validate_tree(kind, t, n_classes);
		if (ret)
			return ret;
	}
	return validate_norm(kind, f->norm, f->n_features);
}
EXPORT_SYMBOL_GPL(learned_forest_validate);

static int validate_mlp_layer(const char *kind,
			      const struct learned_mlp_layer *ly,
			      unsigned int l, unsigned int n_in)
{
	unsigned int j;

	if (!ly->bias || !ly->w8 == !ly->w16)
		return refuse(kind, "layer %u: needs biases and exactly one of w8, w16",
			      l);
	if (ly->n_in != n_in)
		return refuse(kind, "layer %u: %u inputs, previous layer gives %u",
			      l, ly->n_in, n_in);
	if (ly->n_out < 1 || ly->n_out > LEARNED_MLP_MAX_WIDTH)
		return refuse(kind, "layer %u: %u outputs, expected 1 to %u", l,
			      ly->n_out, LEARNED_MLP_MAX_WIDTH);
	if (ly->mult < -LEARNED_MLP_MAX_MULT || ly->mult > LEARNED_MLP_MAX_MULT)
		return refuse(kind, "layer %u: multiplier %d beyond +-%d", l,
			      ly->mult, LEARNED_MLP_MAX_MULT);
	if (ly->shift > LEARNED_MLP_MAX_SHIFT)
		return refuse(kind, "layer %u: shift %u > %u", l, ly->shift,
			      LEARNED_MLP_MAX_SHIFT);
	if (ly->act > LEARNED_ACT_TANH)
		return refuse(kind, "layer %u: unknown activation %u", l,
			      ly->act);
	if (ly->w8)
		for (j = 0; j < ly->n_out; j++)
			if (ly->bias[j] < -LEARNED_MLP_W8_MAX_BIAS ||
			    ly->bias[j] > LEARNED_MLP_W8_MAX_BIAS)
				return refuse(kind, "layer %u: int8 bias %u = %d beyond +-%d",
					      l, j, ly->bias[j],
					      LEARNED_MLP_W8_MAX_BIAS);
	return 0;
}

/**
 * learned_mlp_validate() - check an integer MLP
 * @m: descriptor
 *
 * Checks layer count and widths, that consecutive layers connect, weight
 * and bias arrays, requantisation multipliers and shifts, activations and
 * the activation format.
 *
 * Context: Any context.  Prints the reason of a refusal (ratelimited).
 * Return: 0 if @m may be passed to learned_mlp_predict(), -EINVAL if not.
 */
int learned_mlp_validate(const struct learned_mlp *m)
{
	const char *kind = "mlp";
	unsigned int l, n_in;
	int ret;

	if (!m || !m->layers)
		return refuse(kind, "missing descriptor or layers");
	ret = validate_n_features(kind, m->n_features, LEARNED_MLP_MAX_WIDTH);
	if (ret)
		return ret;
	if (m->n_layers < 1 || m->n_layers > LEARNED_MLP_MAX_LAYERS)
		return refuse(kind, "%u layers, expected 1 to %u", m->n_layers,
			      LEARNED_MLP_MAX_LAYERS);
	if (m->act_frac > LEARNED_MLP_MAX_ACT_FRAC)
		return refuse(kind, "act_frac %u > %u", m->act_frac,
			      LEARNED_MLP_MAX_ACT_FRAC);
	n_in = m->n_features;
	for (l = 0; l < m->n_layers; l++) {
		ret = validate_mlp_layer(kind, &m->layers[l], l, n_in);
		if (ret)
			return ret;
		n_in = m->layers[l].n_out;
	}
	return validate_norm(kind, m->norm, m->n_features);
}
EXPORT_SYMBOL_GPL(learned_mlp_validate);

/**
 * learned_model_validate() - check a model of any kind
 * @m: model
 *
 * Context: Any context.  Prints the reason of a refusal (ratelimited).
 * Return: 0 if @m may be passed to learned_model_predict(), -EINVAL if not.
 */
int learned_model_validate(const struct learned_model *m)
{
	if (!m)
		return refuse("any", "missing model");
	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		return learned_linear_validate(m->linear);
	case LEARNED_MODEL_TREE:
		return learned_tree_validate(m->tree);
	case LEARNED_MODEL_FOREST:
		return learned_forest_validate(m->forest);
	case LEARNED_MODEL_MLP:
		return learned_mlp_validate(m->mlp);
	default:
		return refuse("any", "unknown kind %u", m->kind);
	}
}
EXPORT_SYMBOL_GPL(learned_model_validate);
