// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned inference library: every golden vector of
 * testing/learned/golden_vectors.h (made by the userspace build) reproduced
 * bit for bit, fixed-point edge cases, refusal of every class of invalid
 * descriptor, and a seeded fuzz of descriptors.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/learned_infer.h>
#include <linux/string.h>

#include "testing/golden_vectors.h"

/* ---- golden vectors ---- */

static void golden_desc(const struct learned_golden *g, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s: %u rows x %u outputs",
		 g->name, g->n_rows, g->n_outputs);
}

KUNIT_ARRAY_PARAM(golden, learned_golden, golden_desc);

static void learned_infer_golden_test(struct kunit *test)
{
	const struct learned_golden *g = test->param_value;
	s32 out[LEARNED_MAX_OUTPUTS];
	unsigned int row, j, bad = 0;

	KUNIT_ASSERT_EQ(test, learned_model_validate(g->model), 0);
	KUNIT_ASSERT_EQ(test, learned_model_n_features(g->model), g->n_features);
	KUNIT_ASSERT_EQ(test, learned_model_n_outputs(g->model), g->n_outputs);
	for (row = 0; row < g->n_rows; row++) {
		int n = learned_model_predict(g->model,
					      g->x + row * g->n_features, out);

		KUNIT_ASSERT_EQ(test, n, (int)g->n_outputs);
		for (j = 0; j < g->n_outputs; j++) {
			s32 want = g->y[row * g->n_outputs + j];

			if (out[j] != want && bad++ < 3)
				KUNIT_FAIL(test, "%s row %u output %u: got %d, want %d",
					   g->name, row, j, out[j], want);
		}
	}
	KUNIT_EXPECT_EQ_MSG(test, bad, 0U, "%s: %u mismatches", g->name, bad);
}

/* ---- fixed-point ops ---- */

enum op { OP_ADD, OP_SUB, OP_MUL, OP_RSHIFT, OP_SIGMOID, OP_TANH, OP_EXP,
	  OP_LOG2, OP_NORM };

struct op_case {
	const char *desc;
	enum op op;
	s64 a, b;
	s64 want;
};

static const struct learned_norm op_norm = {
	.offset = S32_MIN, .scale = S32_MAX, .lo = S32_MIN, .hi = S32_MAX,
};

static const struct op_case op_cases[] = {
	{ "add saturates high", OP_ADD, S32_MAX, 1, S32_MAX },
	{ "add saturates low", OP_ADD, S32_MIN, -1, S32_MIN },
	{ "add negative", OP_ADD, LEARNED_Q16(-3), LEARNED_Q16(2), LEARNED_Q16(-1) },
	{ "sub saturates high", OP_SUB, S32_MAX, -1, S32_MAX },
	{ "sub saturates low", OP_SUB, S32_MIN, 1, S32_MIN },
	{ "mul saturates high", OP_MUL, S32_MAX, S32_MAX, S32_MAX },
	{ "mul min*min saturates", OP_MUL, S32_MIN, S32_MIN, S32_MAX },
	{ "mul saturates low", OP_MUL, S32_MIN, S32_MAX, S32_MIN },
	{ "mul negative", OP_MUL, LEARNED_Q16(-3), LEARNED_Q16(2), LEARNED_Q16(-6) },
	{ "mul rounds half up", OP_MUL, 256, 128, 1 },
	{ "mul -0.5 ulp rounds to 0", OP_MUL, -256, 128, 0 },
	{ "mul -1.5 ulp rounds to -1", OP_MUL, -256, 384, -1 },
	{ "rshift 1.5 -> 2", OP_RSHIFT, 3, 1, 2 },
	{ "rshift -1.5 -> -1", OP_RSHIFT, -3, 1, -1 },
	{ "rshift -2.5 -> -2", OP_RSHIFT, -5, 1, -2 },
	{ "rshift by 0", OP_RSHIFT, -7, 0, -7 },
	{ "rshift S64_MAX", OP_RSHIFT, S64_MAX, 1, 1LL << 62 },
	{ "rshift S64_MIN", OP_RSHIFT, S64_MIN, 62, -2 },
	{ "sigmoid(0)", OP_SIGMOID, 0, 0, LEARNED_Q16_ONE / 2 },
	{ "sigmoid(S32_MIN)", OP_SIGMOID, S32_MIN, 0, 0 },
	{ "sigmoid(S32_MAX)", OP_SIGMOID, S32_MAX, 0, LEARNED_Q16_ONE },
	{ "sigmoid(1)", OP_SIGMOID, LEARNED_Q16(1), 0, 47911 },
	{ "sigmoid(-1)", OP_SIGMOID, LEARNED_Q16(-1), 0, 65536 - 47911 },
	{ "tanh(S32_MIN)", OP_TANH, S32_MIN, 0, -LEARNED_Q16_ONE },
	{ "tanh(0.5)", OP_TANH, LEARNED_Q16(1) / 2, 0, 30285 },
	{ "exp(0)", OP_EXP, 0, 0, LEARNED_Q16_ONE },
	{ "exp(1)", OP_EXP, LEARNED_Q16(1), 0, 178145 },
	{ "exp(-20) underflows", OP_EXP, LEARNED_Q16(-20), 0, 0 },
	{ "exp(11) saturates", OP_EXP, LEARNED_Q16(11), 0, S32_MAX },
	{ "exp(S32_MIN)", OP_EXP, S32_MIN, 0, 0 },
	{ "log2(1)", OP_LOG2, LEARNED_Q16(1), 0, 0 },
	{ "log2(2^-16)", OP_LOG2, 1, 0, LEARNED_Q16(-16) },
	{ "log2(S32_MAX)", OP_LOG2, S32_MAX, 0, LEARNED_Q16(15) },
	{ "log2(3)", OP_LOG2, LEARNED_Q16(3), 0, 103872 },
	{ "log2(0) is -inf", OP_LOG2, 0, 0, S32_MIN },
	{ "log2(negative) is -inf", OP_LOG2, -5, 0, S32_MIN },
	{ "norm of extremes saturates", OP_NORM, S32_MAX, 0, S32_MAX },
	{ "norm of offset is 0", OP_NORM, S32_MIN, 0, 0 },
};

static void op_desc(const struct op_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(op, op_cases, op_desc);

static void learned_infer_op_test(struct kunit *test)
{
	const struct op_case *c = test->param_value;
	s64 got;

	switch (c->op) {
	case OP_ADD:
		got = learned_q16_add_sat(c->a, c->b);
		break;
	case OP_SUB:
		got = learned_q16_sub_sat(c->a, c->b);
		break;
	case OP_MUL:
		got = learned_q16_mul_sat(c->a, c->b);
		break;
	case OP_RSHIFT:
		got = learned_rshift_round(c->a, c->b);
		break;
	case OP_SIGMOID:
		got = learned_q16_sigmoid(c->a);
		break;
	case OP_TANH:
		got = learned_q16_tanh(c->a);
		break;
	case OP_EXP:
		got = learned_q16_exp(c->a);
		break;
	case OP_LOG2:
		got = learned_q16_log2(c->a);
		break;
	default:
		got = learned_norm_apply(&op_norm, c->a);
		break;
	}
	KUNIT_EXPECT_EQ_MSG(test, got, c->want, "%s", c->desc);
}

/* ---- refusal of invalid descriptors ---- */

/* a small valid model of each kind, copied and broken by each case */
static const s32 v_weights[3] = { LEARNED_Q16(1), LEARNED_Q16(-2), 5 };
static const struct learned_norm v_norm[3] = {
	{ 0, LEARNED_Q16(1), LEARNED_Q16(-4), LEARNED_Q16(4) },
	{ 10, LEARNED_Q16(2), LEARNED_Q16(-4), LEARNED_Q16(4) },
	{ -10, LEARNED_Q16(1) / 2, 0, 0 },
};

static const struct learned_linear v_linear = {
	.weights = v_weights, .norm = v_norm, .bias = 1, .n_features = 3,
	.out = LEARNED_OUT_SIGMOID,
};

/* x0 <= 0 ? (x1 <= 1 ? 10 : 20) : 30, nodes not in preorder */
static const struct learned_tree_node v_nodes[5] = {
	{ 0, 0, 3, 1 },
	{ 30, LEARNED_TREE_LEAF, 0, 0 },
	{ 10, LEARNED_TREE_LEAF, 0, 0 },
	{ LEARNED_Q16(1), 1, 2, 4 },
	{ 20, LEARNED_TREE_LEAF, 0, 0 },
};

static const struct learned_tree v_tree = {
	.nodes = v_nodes, .n_nodes = 5, .n_features = 3, .max_depth = 2,
};

static const struct learned_tree_node v_vote_nodes[3] = {
	{ 0, 2, 1, 2 },
	{ 0, LEARNED_TREE_LEAF, 0, 0 },
	{ 1, LEARNED_TREE_LEAF, 0, 0 },
};

static const struct learned_tree v_vote_trees[2] = {
	{ .nodes = v_vote_nodes, .n_nodes = 3, .n_features = 3, .max_depth = 1 },
	{ .nodes = v_nodes, .n_nodes = 5, .n_features = 3, .max_depth = 2 },
};

static const struct learned_forest v_forest = {
	.trees = v_vote_trees, .n_trees = 2, .n_features = 3,
	.mode = LEARNED_FOREST_SUM, .out = LEARNED_OUT_IDENTITY,
};

static const s8 v_w0[6] = { 1, -2, 3, -4, 5, -128 };
static const s16 v_w1[2] = { 300, -32768 };
static const s32 v_b0[2] = { 100, -100 };
static const s32 v_b1[1] = { LEARNED_MLP_W8_MAX_BIAS + 1 };
static const struct learned_mlp_layer v_layers[2] = {
	{ .w8 = v_w0, .bias = v_b0, .mult = 1 << 15, .n_in = 3, .n_out = 2,
	  .shift = 15, .act = LEARNED_ACT_RELU },
	{ .w16 = v_w1, .bias = v_b1, .mult = 1 << 15, .n_in = 2, .n_out = 1,
	  .shift = 30, .act = LEARNED_ACT_SIGMOID },
};

static const struct learned_mlp v_mlp = {
	.layers = v_layers, .norm = v_norm, .n_features = 3, .n_layers = 2,
	.act_frac = 8,
};

enum defect {
	D_NONE, D_LIN_FEATURES0, D_LIN_FEATURES_MAX, D_LIN_OUT,
	D_LIN_NOWEIGHTS, D_NORM_CLAMP, D_TREE_NODES0, D_TREE_NODES_MAX,
	D_TREE_CHILD_RANGE, D_TREE_CYCLE, D_TREE_SELF, D_TREE_SHARED,
	D_TREE_UNREACHABLE, D_TREE_FEATURE, D_TREE_DEPTH, D_TREE_DEPTH_MAX,
	D_FOREST_TREES0, D_FOREST_TREES_MAX, D_FOREST_MODE, D_FOREST_CLASSES,
	D_FOREST_LEAF_CLASS, D_FOREST_MEMBER_NORM, D_FOREST_MEMBER_FEATURES,
	D_MLP_LAYERS0, D_MLP_LAYERS_MAX, D_MLP_CHAIN, D_MLP_WIDTH, D_MLP_SHIFT,
	D_MLP_MULT, D_MLP_ACT, D_MLP_BOTH_WEIGHTS, D_MLP_W8_BIAS,
	D_MLP_ACT_FRAC, D_KIND,
};

struct refuse_case {
	const char *desc;
	u32 kind;
	enum defect defect;
};

static const struct refuse_case refuse_cases[] = {
	{ "valid linear accepted", LEARNED_MODEL_LINEAR, D_NONE },
	{ "valid tree accepted", LEARNED_MODEL_TREE, D_NONE },
	{ "valid forest accepted", LEARNED_MODEL_FOREST, D_NONE },
	{ "valid mlp accepted", LEARNED_MODEL_MLP, D_NONE },
	{ "linear: 0 features", LEARNED_MODEL_LINEAR, D_LIN_FEATURES0 },
	{ "linear: too many features", LEARNED_MODEL_LINEAR, D_LIN_FEATURES_MAX },
	{ "linear: unknown output", LEARNED_MODEL_LINEAR, D_LIN_OUT },
	{ "linear: no weights", LEARNED_MODEL_LINEAR, D_LIN_NOWEIGHTS },
	{ "linear: clamp lo > hi", LEARNED_MODEL_LINEAR, D_NORM_CLAMP },
	{ "tree: 0 nodes", LEARNED_MODEL_TREE, D_TREE_NODES0 },
	{ "tree: too many nodes", LEARNED_MODEL_TREE, D_TREE_NODES_MAX },
	{ "tree: child out of range", LEARNED_MODEL_TREE, D_TREE_CHILD_RANGE },
	{ "tree: cycle to the root", LEARNED_MODEL_TREE, D_TREE_CYCLE },
	{ "tree: self loop", LEARNED_MODEL_TREE, D_TREE_SELF },
	{ "tree: shared child", LEARNED_MODEL_TREE, D_TREE_SHARED },
	{ "tree: unreachable nodes", LEARNED_MODEL_TREE, D_TREE_UNREACHABLE },
	{ "tree: feature out of range", LEARNED_MODEL_TREE, D_TREE_FEATURE },
	{ "tree: deeper than max_depth", LEARNED_MODEL_TREE, D_TREE_DEPTH },
	{ "tree: max_depth too big", LEARNED_MODEL_TREE, D_TREE_DEPTH_MAX },
	{ "tree: clamp lo > hi", LEARNED_MODEL_TREE, D_NORM_CLAMP },
	{ "forest: 0 trees", LEARNED_MODEL_FOREST, D_FOREST_TREES0 },
	{ "forest: too many trees", LEARNED_MODEL_FOREST, D_FOREST_TREES_MAX },
	{ "forest: unknown mode", LEARNED_MODEL_FOREST, D_FOREST_MODE },
	{ "forest: classes on a sum", LEARNED_MODEL_FOREST, D_FOREST_CLASSES },
	{ "forest: leaf class out of range", LEARNED_MODEL_FOREST, D_FOREST_LEAF_CLASS },
	{ "forest: member with a norm", LEARNED_MODEL_FOREST, D_FOREST_MEMBER_NORM },
	{ "forest: member feature count", LEARNED_MODEL_FOREST, D_FOREST_MEMBER_FEATURES },
	{ "forest: member cycle", LEARNED_MODEL_FOREST, D_TREE_CYCLE },
	{ "mlp: 0 layers", LEARNED_MODEL_MLP, D_MLP_LAYERS0 },
	{ "mlp: too many layers", LEARNED_MODEL_MLP, D_MLP_LAYERS_MAX },
	{ "mlp: layers do not chain", LEARNED_MODEL_MLP, D_MLP_CHAIN },
	{ "mlp: layer too wide", LEARNED_MODEL_MLP, D_MLP_WIDTH },
	{ "mlp: shift too big", LEARNED_MODEL_MLP, D_MLP_SHIFT },
	{ "mlp: multiplier too big", LEARNED_MODEL_MLP, D_MLP_MULT },
	{ "mlp: unknown activation", LEARNED_MODEL_MLP, D_MLP_ACT },
	{ "mlp: both weight arrays", LEARNED_MODEL_MLP, D_MLP_BOTH_WEIGHTS },
	{ "mlp: int8 bias too big", LEARNED_MODEL_MLP, D_MLP_W8_BIAS },
	{ "mlp: act_frac too big", LEARNED_MODEL_MLP, D_MLP_ACT_FRAC },
	{ "mlp: clamp lo > hi", LEARNED_MODEL_MLP, D_NORM_CLAMP },
	{ "unknown kind", 77, D_KIND },
};

static void refuse_desc(const struct refuse_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(refuse, refuse_cases, refuse_desc);

/* mutable copies of the valid models */
struct scratch {
	struct learned_norm norm[3];
	struct learned_linear linear;
	struct learned_tree_node nodes[5];
	struct learned_tree trees[2];
	struct learned_tree tree;
	struct learned_forest forest;
	struct learned_mlp_layer layers[2];
	struct learned_mlp mlp;
	s32 b1[1];
	struct learned_model m;
};

static void scratch_init(struct scratch *s, u32 kind)
{
	memcpy(s->norm, v_norm, sizeof(s->norm));
	s->linear = v_linear;
	s->linear.norm = s->norm;
	memcpy(s->nodes, v_nodes, sizeof(s->nodes));
	s->tree = v_tree;
	s->tree.nodes = s->nodes;
	s->tree.norm = s->norm;
	memcpy(s->trees, v_vote_trees, sizeof(s->trees));
	s->trees[1].nodes = s->nodes;
	s->forest = v_forest;
	s->forest.trees = s->trees;
	s->forest.norm = s->norm;
	memcpy(s->layers, v_layers, sizeof(s->layers));
	s->b1[0] = v_b1[0];
	s->layers[1].bias = s->b1;
	s->mlp = v_mlp;
	s->mlp.layers = s->layers;
	s->mlp.norm = s->norm;
	s->m.kind = kind;
	switch (kind) {
	case LEARNED_MODEL_LINEAR:
		s->m.linear = &s->linear;
		break;
	case LEARNED_MODEL_TREE:
		s->m.tree = &s->tree;
		break;
	case LEARNED_MODEL_FOREST:
		s->m.forest = &s->forest;
		break;
	default:
		s->m.mlp = &s->mlp;
		break;
	}
}

static void apply_defect(struct scratch *s, enum defect d)
{
	switch (d) {
	case D_LIN_FEATURES0:
		s->linear.n_features = 0;
		break;
	case D_LIN_FEATURES_MAX:
		s->linear.n_features = LEARNED_MAX_FEATURES + 1;
		break;
	case D_LIN_OUT:
		s->linear.out = 2;
		break;
	case D_LIN_NOWEIGHTS:
		s->linear.weights = NULL;
		break;
	case D_NORM_CLAMP:
		s->norm[2].lo = 1;
		break;
	case D_TREE_NODES0:
		s->tree.n_nodes = 0;
		break;
	case D_TREE_NODES_MAX:
		s->tree.n_nodes = LEARNED_TREE_MAX_NODES + 1;
		break;
	case D_TREE_CHILD_RANGE:
		s->nodes[3].right = 5;
		break;
	case D_TREE_CYCLE:
		s->nodes[3].left = 0;
		break;
	case D_TREE_SELF:
		s->nodes[3].right = 3;
		break;
	case D_TREE_SHARED:
		s->nodes[3].left = 1;
		break;
	case D_TREE_UNREACHABLE:
		s->nodes[3].feature = LEARNED_TREE_LEAF;
		break;
	case D_TREE_FEATURE:
		s->nodes[3].feature = 3;
		break;
	case D_TREE_DEPTH:
		s->tree.max_depth = 1;
		break;
	case D_TREE_DEPTH_MAX:
		s->tree.max_depth = LEARNED_TREE_MAX_DEPTH + 1;
		break;
	case D_FOREST_TREES0:
		s->forest.n_trees = 0;
		break;
	case D_FOREST_TREES_MAX:
		s->forest.n_trees = LEARNED_FOREST_MAX_TREES + 1;
		break;
	case D_FOREST_MODE:
		s->forest.mode = 2;
		break;
	case D_FOREST_CLASSES:
		s->forest.n_classes = 2;
		break;
	case D_FOREST_LEAF_CLASS:	/* v_nodes leaves are 10, 20, 30 */
		s->forest.mode = LEARNED_FOREST_VOTE;
		s->forest.n_classes = 2;
		break;
	case D_FOREST_MEMBER_NORM:
		s->trees[0].norm = s->norm;
		break;
	case D_FOREST_MEMBER_FEATURES:
		s->trees[1].n_features = 2;
		break;
	case D_MLP_LAYERS0:
		s->mlp.n_layers = 0;
		break;
	case D_MLP_LAYERS_MAX:
		s->mlp.n_layers = LEARNED_MLP_MAX_LAYERS + 1;
		break;
	case D_MLP_CHAIN:
		s->layers[1].n_in = 3;
		break;
	case D_MLP_WIDTH:
		s->layers[1].n_out = LEARNED_MLP_MAX_WIDTH + 1;
		break;
	case D_MLP_SHIFT:
		s->layers[0].shift = LEARNED_MLP_MAX_SHIFT + 1;
		break;
	case D_MLP_MULT:
		s->layers[0].mult = -LEARNED_MLP_MAX_MULT - 1;
		break;
	case D_MLP_ACT:
		s->layers[1].act = LEARNED_ACT_TANH + 1;
		break;
	case D_MLP_BOTH_WEIGHTS:
		s->layers[1].w8 = v_w0;
		break;
	case D_MLP_W8_BIAS:	/* int16 layer 1 carries a bias too big for int8 */
		s->layers[1].w8 = v_w0;
		s->layers[1].w16 = NULL;
		break;
	case D_MLP_ACT_FRAC:
		s->mlp.act_frac = LEARNED_MLP_MAX_ACT_FRAC + 1;
		break;
	default:
		break;
	}
}

static void learned_infer_refuse_test(struct kunit *test)
{
	const struct refuse_case *c = test->param_value;
	struct scratch *s = kunit_kzalloc(test, sizeof(*s), GFP_KERNEL);
	s32 x[3] = { -1, 1, 0 }, out[LEARNED_MAX_OUTPUTS];

	KUNIT_ASSERT_NOT_NULL(test, s);
	scratch_init(s, c->kind);
	apply_defect(s, c->defect);
	if (c->defect == D_NONE) {
		KUNIT_ASSERT_EQ(test, learned_model_validate(&s->m), 0);
		KUNIT_EXPECT_EQ(test, learned_model_predict(&s->m, x, out), 1);
	} else {
		KUNIT_EXPECT_EQ(test, learned_model_validate(&s->m), -EINVAL);
	}
}

/* the valid tree: x0 <= 0 ? (x1 <= 1 ? 10 : 20) : 30 */
static void learned_infer_tree_test(struct kunit *test)
{
	struct learned_tree t = v_tree;
	s32 x[3];

	t.norm = NULL;
	KUNIT_ASSERT_EQ(test, learned_tree_validate(&t), 0);
	x[0] = 0;
	x[1] = LEARNED_Q16(1);
	x[2] = 0;
	KUNIT_EXPECT_EQ(test, learned_tree_predict(&t, x), 10);
	x[1] = LEARNED_Q16(1) + 1;
	KUNIT_EXPECT_EQ(test, learned_tree_predict(&t, x), 20);
	x[0] = 1;
	KUNIT_EXPECT_EQ(test, learned_tree_predict(&t, x), 30);
	x[0] = S32_MIN;
	x[1] = S32_MIN;
	KUNIT_EXPECT_EQ(test, learned_tree_predict(&t, x), 10);
}

/* ---- deterministic fuzz of descriptors ---- */

#define FUZZ_ITERATIONS	4000

struct fuzz_rng {
	u64 s;
};

static u64 fuzz_next(struct fuzz_rng *r)
{
	u64 z = (r->s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static u32 fuzz_below(struct fuzz_rng *r, u32 n)
{
	return (u32)(fuzz_next(r) % n);
}

static void fuzz_bytes(struct fuzz_rng *r, void *p, size_t n)
{
	u8 *b = p;

	while (n--)
		*b++ = (u8)fuzz_next(r);
}

struct fuzz_buf {
	struct learned_tree_node nodes[LEARNED_TREE_MAX_NODES];
	struct learned_tree trees[4];
	struct learned_tree_node small[4][7];
	struct learned_mlp_layer layers[LEARNED_MLP_MAX_LAYERS];
	s16 w16[LEARNED_MLP_MAX_LAYERS][LEARNED_MLP_MAX_WIDTH *
					LEARNED_MLP_MAX_WIDTH];
	s32 bias[LEARNED_MLP_MAX_LAYERS][LEARNED_MLP_MAX_WIDTH];
	s32 weights[LEARNED_MAX_FEATURES];
	struct learned_norm norm[LEARNED_MAX_FEATURES];
	struct learned_linear linear;
	struct learned_tree tree;
	struct learned_forest forest;
	struct learned_mlp mlp;
	struct learned_model m;
	s32 x[LEARNED_MAX_FEATURES];
	s32 out[LEARNED_MAX_OUTPUTS];
};

/*
 * A golden tree with one targeted defect (bad child, cycle, shared node,
 * bad feature, huge size): must be refused.
 */
static bool fuzz_defective_tree(struct fuzz_rng *r, struct fuzz_buf *b,
				const struct learned_tree *src)
{
	struct learned_tree_node *n = b->nodes;
	unsigned int a, i, v;

	b->tree = *src;
	memcpy(n, src->nodes, src->n_nodes * sizeof(*n));
	b->tree.nodes = n;
	for (i = 0, a = 0; i < 8; i++) {
		v = fuzz_below(r, src->n_nodes);
		if (n[v].feature != LEARNED_TREE_LEAF)
			a = v;
	}
	if (n[a].feature == LEARNED_TREE_LEAF)
		return false;
	switch (fuzz_below(r, 5)) {
	case 0:
		n[a].left = src->n_nodes + fuzz_below(r, 65536 - src->n_nodes);
		break;
	case 1:
		n[a].right = fuzz_below(r, 2) ? 0 : a;
		break;
	case 2:
		do {
			v = fuzz_below(r, src->n_nodes);
		} while (v == n[a].left || v == n[a].right);
		if (fuzz_below(r, 2))
			n[a].left = v;
		else
			n[a].right = v;
		break;
	case 3:
		n[a].feature = src->n_features +
			       fuzz_below(r, LEARNED_TREE_LEAF - src->n_features);
		break;
	default:
		b->tree.n_nodes = LEARNED_TREE_MAX_NODES + 1 +
				  fuzz_below(r, 60000);
		break;
	}
	b->m.kind = LEARNED_MODEL_TREE;
	b->m.tree = &b->tree;
	return true;
}

/* random bytes in every field; arrays are as large as the sizes claimed */
static void fuzz_random(struct fuzz_rng *r, struct fuzz_buf *b)
{
	unsigned int i, j;

	switch (fuzz_below(r, 4)) {
	case 0:
		fuzz_bytes(r, &b->linear, sizeof(b->linear));
		fuzz_bytes(r, b->weights, sizeof(b->weights));
		fuzz_bytes(r, b->norm, sizeof(b->norm));
		b->linear.n_features %= 2 * LEARNED_MAX_FEATURES;
		b->linear.out &= 1;
		b->linear.weights = b->weights;
		b->linear.norm = fuzz_below(r, 2) ? b->norm : NULL;
		b->m.kind = LEARNED_MODEL_LINEAR;
		b->m.linear = &b->linear;
		break;
	case 1:
		fuzz_bytes(r, &b->tree, sizeof(b->tree));
		b->tree.n_nodes = fuzz_below(r, 4) ? 1 + 2 * fuzz_below(r, 4) :
				  b->tree.n_nodes % (LEARNED_TREE_MAX_NODES + 8);
		b->tree.n_features = 1 + fuzz_below(r, 4);
		b->tree.max_depth = fuzz_below(r, 18);
		fuzz_bytes(r, b->nodes, 8 * sizeof(b->nodes[0]));
		for (i = 0; i < 8; i++) {
			b->nodes[i].left %= 8;
			b->nodes[i].right %= 8;
			b->nodes[i].feature = fuzz_below(r, 3) ?
				b->nodes[i].feature % 5 : LEARNED_TREE_LEAF;
		}
		b->tree.nodes = b->nodes;
		b->tree.norm = NULL;
		b->m.kind = LEARNED_MODEL_TREE;
		b->m.tree = &b->tree;
		break;
	case 2:
		fuzz_bytes(r, &b->forest, sizeof(b->forest));
		b->forest.n_trees = 1 + fuzz_below(r, 4);
		b->forest.n_features = 1 + fuzz_below(r, 4);
		b->forest.mode &= 1;
		for (i = 0; i < 4; i++) {
			b->trees[i].nodes = b->small[i];
			b->trees[i].norm = NULL;
			b->trees[i].n_nodes = 1 + 2 * fuzz_below(r, 4);
			b->trees[i].n_features = b->forest.n_features;
			b->trees[i].max_depth = fuzz_below(r, 4);
			fuzz_bytes(r, b->small[i], sizeof(b->small[i]));
			for (j = 0; j < 7; j++) {
				struct learned_tree_node *n = &b->small[i][j];

				n->left %= b->trees[i].n_nodes;
				n->right %= b->trees[i].n_nodes;
				n->feature = fuzz_below(r, 2) ? n->feature % 5 :
					     LEARNED_TREE_LEAF;
				if (fuzz_below(r, 2))
					n->value &= 3;
			}
		}
		b->forest.trees = b->trees;
		b->forest.norm = NULL;
		b->m.kind = LEARNED_MODEL_FOREST;
		b->m.forest = &b->forest;
		break;
	default:
		fuzz_bytes(r, &b->mlp, sizeof(b->mlp));
		b->mlp.n_layers = fuzz_below(r, LEARNED_MLP_MAX_LAYERS + 2);
		b->mlp.n_features = 1 + fuzz_below(r, 8);
		b->mlp.act_frac %= 16;
		for (i = 0; i < LEARNED_MLP_MAX_LAYERS; i++) {
			struct learned_mlp_layer *ly = &b->layers[i];

			fuzz_bytes(r, ly, sizeof(*ly));
			ly->n_in = fuzz_below(r, 4) ? (i ? b->layers[i - 1].n_out :
						       b->mlp.n_features) :
				   ly->n_in % 80;
			ly->n_out = 1 + fuzz_below(r, 8);
			ly->shift %= 64;
			ly->mult %= 70000;
			ly->act %= 5;
			fuzz_bytes(r, b->w16[i], 8 * 8 * 2 * sizeof(s16));
			fuzz_bytes(r, b->bias[i], 8 * sizeof(s32));
			for (j = 0; j < 8 && fuzz_below(r, 2); j++)
				b->bias[i][j] >>= 2;
			ly->bias = b->bias[i];
			ly->w8 = NULL;
			ly->w16 = NULL;
			j = fuzz_below(r, 4);
			if (j != 1)
				ly->w8 = (const s8 *)b->w16[i];
			if (j != 0)
				ly->w16 = b->w16[i];
		}
		b->mlp.layers = b->layers;
		b->mlp.norm = NULL;
		b->m.kind = LEARNED_MODEL_MLP;
		b->m.mlp = &b->mlp;
		break;
	}
}

static const struct learned_golden *golden_tree(unsigned int i)
{
	unsigned int k, seen = 0;

	for (k = 0; k < ARRAY_SIZE(learned_golden); k++)
		if (learned_golden[k].model->kind == LEARNED_MODEL_TREE &&
		    learned_golden[k].model->tree->n_nodes > 2 && seen++ == i)
			return &learned_golden[k];
	return NULL;
}

static void learned_infer_fuzz_test(struct kunit *test)
{
	struct fuzz_buf *b = kunit_kzalloc(test, sizeof(*b), GFP_KERNEL);
	struct fuzz_rng r = { 0x5eed };
	unsigned int i, j, n_trees = 0, defective = 0, refused = 0;
	unsigned int random = 0, accepted = 0;

	KUNIT_ASSERT_NOT_NULL(test, b);
	while (golden_tree(n_trees))
		n_trees++;
	KUNIT_ASSERT_GT(test, n_trees, 0U);

	for (i = 0; i < FUZZ_ITERATIONS; i++) {
		if (i & 1) {
			const struct learned_golden *g =
				golden_tree(fuzz_below(&r, n_trees));

			if (!fuzz_defective_tree(&r, b, g->model->tree))
				continue;
			defective++;
			if (learned_model_validate(&b->m) == -EINVAL)
				refused++;
			continue;
		}
		fuzz_random(&r, b);
		random++;
		if (learned_model_validate(&b->m))
			continue;
		accepted++;
		for (j = 0; j < LEARNED_MAX_FEATURES; j++)
			b->x[j] = (s32)fuzz_next(&r);
		learned_model_predict(&b->m, b->x, b->out);
	}
	kunit_info(test, "fuzz: %u/%u defective descriptors refused, %u/%u random descriptors accepted and run\n",
		   refused, defective, accepted, random);
	KUNIT_EXPECT_EQ(test, refused, defective);
	KUNIT_EXPECT_GT(test, defective, FUZZ_ITERATIONS / 4);
}

/* ---- serialised models ---- */

static void learned_infer_blob_test(struct kunit *test)
{
	const struct learned_golden *g = test->param_value;
	struct learned_blob_model *bm;
	s32 out[LEARNED_MAX_OUTPUTS];
	unsigned int row, j, bad = 0;

	if (!g->blob)
		kunit_skip(test, "%s: blob not embedded (too large)", g->name);
	bm = kunit_kzalloc(test, sizeof(*bm), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, bm);
	KUNIT_ASSERT_EQ(test, learned_blob_parse(g->blob, g->blob_len, bm), 0);
	for (row = 0; row < g->n_rows; row++) {
		learned_model_predict(&bm->model, g->x + row * g->n_features, out);
		for (j = 0; j < g->n_outputs; j++)
			bad += out[j] != g->y[row * g->n_outputs + j];
	}
	KUNIT_EXPECT_EQ_MSG(test, bad, 0U, "%s: %u mismatches", g->name, bad);
	/* every truncation is refused */
	for (j = 0; j < g->blob_len; j += 1 + g->blob_len / 64)
		KUNIT_EXPECT_EQ(test, learned_blob_parse(g->blob, j, bm), -EINVAL);
}

#define BLOB_FUZZ_ITERATIONS	3000

/* corrupted golden blobs: refused, or valid and run without faults */
static void learned_infer_blob_fuzz_test(struct kunit *test)
{
	struct learned_blob_model *bm = kunit_kzalloc(test, sizeof(*bm), GFP_KERNEL);
	u8 *buf = kunit_kmalloc(test, 8192, GFP_KERNEL);
	struct fuzz_rng r = { 0xb10b };
	s32 x[LEARNED_MAX_FEATURES], out[LEARNED_MAX_OUTPUTS];
	unsigned int i, k, n_blobs = 0, accepted = 0;

	KUNIT_ASSERT_NOT_NULL(test, bm);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	for (i = 0; i < ARRAY_SIZE(learned_golden); i++)
		n_blobs += !!learned_golden[i].blob;
	KUNIT_ASSERT_GT(test, n_blobs, 0U);
	for (i = 0; i < BLOB_FUZZ_ITERATIONS; i++) {
		const struct learned_golden *g;
		unsigned int pick = fuzz_below(&r, n_blobs), flips;

		for (k = 0; ; k++)
			if (learned_golden[k].blob && !pick--)
				break;
		g = &learned_golden[k];
		KUNIT_ASSERT_LE(test, g->blob_len, 8192U);
		memcpy(buf, g->blob, g->blob_len);
		flips = 1 + fuzz_below(&r, 8);
		for (k = 0; k < flips; k++) {
			unsigned int at = fuzz_below(&r, i & 1 ? g->blob_len : 32);

			buf[at] ^= 1 + fuzz_below(&r, 255);
		}
		if (learned_blob_parse(buf, g->blob_len, bm))
			continue;
		accepted++;
		for (k = 0; k < LEARNED_MAX_FEATURES; k++)
			x[k] = (s32)fuzz_next(&r);
		learned_model_predict(&bm->model, x, out);
	}
	kunit_info(test, "blob fuzz: %u corrupted blobs, %u still valid and run\n",
		   BLOB_FUZZ_ITERATIONS, accepted);
}

static struct kunit_case learned_infer_test_cases[] = {
	KUNIT_CASE_PARAM(learned_infer_golden_test, golden_gen_params),
	KUNIT_CASE_PARAM(learned_infer_op_test, op_gen_params),
	KUNIT_CASE_PARAM(learned_infer_refuse_test, refuse_gen_params),
	KUNIT_CASE(learned_infer_tree_test),
	KUNIT_CASE(learned_infer_fuzz_test),
	KUNIT_CASE_PARAM(learned_infer_blob_test, golden_gen_params),
	KUNIT_CASE(learned_infer_blob_fuzz_test),
	{}
};

static struct kunit_suite learned_infer_test_suite = {
	.name = "learned_infer",
	.test_cases = learned_infer_test_cases,
};

kunit_test_suite(learned_infer_test_suite);

MODULE_DESCRIPTION("KUnit tests for the learned inference library");
MODULE_LICENSE("GPL");
