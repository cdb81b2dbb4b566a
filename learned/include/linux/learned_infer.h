/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Fixed-point inference for learned kernel policies.
 *
 * Everything here is integer arithmetic: no FPU, no allocation, no sleeping,
 * bounded time.  Every predict function may be called from any context,
 * including hard interrupts, on a descriptor that passed the matching
 * validate function.  The same source builds in userspace (tools/learned/,
 * through the shim headers in tools/include/) so that the kernel and the
 * offline trainer compute bit-identical results.
 *
 * Number formats
 * --------------
 * Unless stated otherwise, values are Q16.16: a s32 holding value * 2^16.
 * Intermediates are s64.  Conversions round half up (towards +inf) and
 * saturate to [S32_MIN, S32_MAX].
 *
 * Feature normalisation
 * ---------------------
 * Every model kind takes raw s32 features and an optional array of
 * &struct learned_norm (one per feature).  Feature i becomes
 * clamp(round((x[i] - offset) * scale / 2^16), lo, hi), a Q16.16 value.
 * With a NULL normalisation array, raw features are used as they are and
 * are therefore read as Q16.16 values.
 */
#ifndef _LINUX_LEARNED_INFER_H
#define _LINUX_LEARNED_INFER_H

#include <linux/types.h>
#include <linux/limits.h>

/* Q16.16 fixed point in a s32. */
#define LEARNED_Q16_FRAC_BITS	16
#define LEARNED_Q16_ONE		(1 << LEARNED_Q16_FRAC_BITS)
/* Integer constant @i in Q16.16 (compile-time constants only). */
#define LEARNED_Q16(i)		((s32)((i) * LEARNED_Q16_ONE))
/* Ratio @n / @d in Q16.16, truncated (compile-time constants only). */
#define LEARNED_Q16_RATIO(n, d)	((s32)(((s64)(n) * LEARNED_Q16_ONE) / (d)))

/* Limits enforced by the validators. */
#define LEARNED_MAX_FEATURES		64
#define LEARNED_TREE_MAX_DEPTH		16
#define LEARNED_TREE_MAX_NODES		2048
#define LEARNED_FOREST_MAX_TREES	256
#define LEARNED_MAX_CLASSES		16
#define LEARNED_MLP_MAX_LAYERS		4
#define LEARNED_MLP_MAX_WIDTH		64
#define LEARNED_MLP_MAX_ACT_FRAC	14
#define LEARNED_MLP_MAX_MULT		(1 << 16)
#define LEARNED_MLP_MAX_SHIFT		62
/* Largest |bias| of a layer with 8-bit weights (keeps the s32 sum exact). */
#define LEARNED_MLP_W8_MAX_BIAS		(1 << 30)

/**
 * learned_sat_s32() - saturate a s64 to the s32 range
 * @v: value
 *
 * Return: @v clamped to [S32_MIN, S32_MAX].
 */
static inline s32 learned_sat_s32(s64 v)
{
	if (v > S32_MAX)
		return S32_MAX;
	if (v < S32_MIN)
		return S32_MIN;
	return (s32)v;
}

/**
 * learned_sat_s16() - saturate a s64 to the s16 range
 * @v: value
 *
 * Return: @v clamped to [S16_MIN, S16_MAX].
 */
static inline s16 learned_sat_s16(s64 v)
{
	if (v > S16_MAX)
		return S16_MAX;
	if (v < S16_MIN)
		return S16_MIN;
	return (s16)v;
}

/**
 * learned_rshift_round() - arithmetic right shift, rounding half up
 * @v: value
 * @n: shift, 0 to 62
 *
 * Computes round(@v / 2^@n) with ties rounded towards +inf, without
 * overflow for any @v (floor of the shift plus the last bit shifted out).
 *
 * Return: the rounded quotient.
 */
static inline s64 learned_rshift_round(s64 v, unsigned int n)
{
	if (!n)
		return v;
	return (v >> n) + ((v >> (n - 1)) & 1);
}

/**
 * learned_q16_add_sat() - saturating Q16.16 addition
 * @a: addend
 * @b: addend
 *
 * Return: @a + @b saturated to the s32 range.
 */
static inline s32 learned_q16_add_sat(s32 a, s32 b)
{
	return learned_sat_s32((s64)a + b);
}

/**
 * learned_q16_sub_sat() - saturating Q16.16 subtraction
 * @a: minuend
 * @b: subtrahend
 *
 * Return: @a - @b saturated to the s32 range.
 */
static inline s32 learned_q16_sub_sat(s32 a, s32 b)
{
	return learned_sat_s32((s64)a - b);
}

/**
 * learned_q16_mul_sat() - saturating Q16.16 multiplication
 * @a: factor
 * @b: factor
 *
 * Return: @a * @b / 2^16 rounded half up, saturated to the s32 range.
 */
static inline s32 learned_q16_mul_sat(s32 a, s32 b)
{
	return learned_sat_s32(learned_rshift_round((s64)a * b,
						    LEARNED_Q16_FRAC_BITS));
}

/**
 * learned_q16_from_int() - integer to Q16.16
 * @i: integer
 *
 * Return: @i in Q16.16, saturated to the s32 range.
 */
static inline s32 learned_q16_from_int(s32 i)
{
	return learned_sat_s32((s64)i * LEARNED_Q16_ONE);
}

/**
 * learned_q16_to_int() - Q16.16 to the nearest integer
 * @q: Q16.16 value
 *
 * Return: @q rounded half up to an integer.
 */
static inline s32 learned_q16_to_int(s32 q)
{
	return (s32)learned_rshift_round(q, LEARNED_Q16_FRAC_BITS);
}

/*
 * Approximations (lookup table + linear interpolation), Q16.16 in and out.
 * Maximum errors are measured against libm over the whole s32 input range
 * by tools/learned (test "approx"), in units of the last place (ulp = 2^-16).
 */
s32 learned_q16_sigmoid(s32 x);
s32 learned_q16_tanh(s32 x);
s32 learned_q16_exp(s32 x);
s32 learned_q16_log2(s32 x);

/**
 * struct learned_norm - normalisation of one feature
 * @offset: subtracted from the raw feature first (raw units)
 * @scale:  Q16.16 multiplier applied to the difference
 * @lo:     lower clamp bound of the result (Q16.16)
 * @hi:     upper clamp bound of the result (Q16.16), @lo <= @hi
 */
struct learned_norm {
	s32 offset;
	s32 scale;
	s32 lo;
	s32 hi;
};

/**
 * learned_norm_apply() - normalise one raw feature
 * @n: normalisation of the feature, or NULL for none
 * @raw: raw feature value
 *
 * (@raw - offset) * scale fits in a s64 for all inputs, so this never
 * overflows.
 *
 * Return: clamp(round((@raw - offset) * scale / 2^16), lo, hi) in Q16.16,
 * or @raw when @n is NULL.
 */
static inline s32 learned_norm_apply(const struct learned_norm *n, s32 raw)
{
	s64 v;

	if (!n)
		return raw;
	/* |(raw - offset) * scale| <= (2^32 - 1) * 2^31: adding 2^15 is safe */
	v = (((s64)raw - n->offset) * n->scale +
	     (1LL << (LEARNED_Q16_FRAC_BITS - 1))) >> LEARNED_Q16_FRAC_BITS;
	if (v < n->lo)
		return n->lo;
	if (v > n->hi)
		return n->hi;
	return (s32)v;
}

/* Output function of linear models and sum ensembles. */
enum learned_out {
	LEARNED_OUT_IDENTITY = 0,	/* raw Q16.16 score */
	LEARNED_OUT_SIGMOID = 1,	/* learned_q16_sigmoid() of the score */
};

/**
 * struct learned_linear - linear or logistic regression
 * @weights: @n_features Q16.16 weights
 * @norm: @n_features normalisations, or NULL
 * @bias: Q16.16 intercept
 * @n_features: number of features, 1 to %LEARNED_MAX_FEATURES
 * @out: &enum learned_out; %LEARNED_OUT_SIGMOID makes it logistic
 *
 * score = sat(bias + sum_i floor(w[i] * xn[i] / 2^16)), where xn is the
 * normalised feature vector and the sum is exact in a s64.
 */
struct learned_linear {
	const s32 *weights;
	const struct learned_norm *norm;
	s32 bias;
	u16 n_features;
	u8 out;
};

/* Value of &struct learned_tree_node.feature that marks a leaf. */
#define LEARNED_TREE_LEAF	0xffff

/**
 * struct learned_tree_node - node of a decision tree in a flat array
 * @value: split threshold (Q16.16, compared with the normalised feature)
 *         of an inner node; output of a leaf
 * @feature: feature index of an inner node, %LEARNED_TREE_LEAF for a leaf
 * @left: index of the child taken when feature <= threshold
 * @right: index of the child taken when feature > threshold
 *
 * @left and @right are ignored for leaves.  Child indices are relative to
 * the first node of the tree; node 0 is the root.
 */
struct learned_tree_node {
	s32 value;
	u16 feature;
	u16 left;
	u16 right;
};

/**
 * struct learned_tree - decision tree
 * @nodes: @n_nodes nodes, node 0 is the root
 * @norm: @n_features normalisations, or NULL (must be NULL inside a forest)
 * @n_nodes: number of nodes, 1 to %LEARNED_TREE_MAX_NODES
 * @n_features: number of features, 1 to %LEARNED_MAX_FEATURES
 * @max_depth: bound on the number of inner nodes on any root-leaf path,
 *             at most %LEARNED_TREE_MAX_DEPTH
 *
 * A valid tree is a proper binary tree: every node is reachable from the
 * root exactly once (so no cycles, no shared subtrees, no unused nodes)
 * and leaves = inner nodes + 1.
 */
struct learned_tree {
	const struct learned_tree_node *nodes;
	const struct learned_norm *norm;
	u16 n_nodes;
	u16 n_features;
	u8 max_depth;
};

/* How a forest combines its trees. */
enum learned_forest_mode {
	LEARNED_FOREST_SUM = 0,		/* gradient boosting: base + sum of leaves */
	LEARNED_FOREST_VOTE = 1,	/* random forest: majority of leaf classes */
};

/**
 * struct learned_forest - tree ensemble
 * @trees: @n_trees trees, each with a NULL @norm and @n_features equal to
 *         the forest's
 * @norm: @n_features normalisations, or NULL
 * @base: Q16.16 initial score (%LEARNED_FOREST_SUM)
 * @n_trees: number of trees, 1 to %LEARNED_FOREST_MAX_TREES
 * @n_features: number of features, 1 to %LEARNED_MAX_FEATURES
 * @mode: &enum learned_forest_mode
 * @out: &enum learned_out applied to the sum (%LEARNED_FOREST_SUM only)
 * @n_classes: number of classes, 2 to %LEARNED_MAX_CLASSES
 *             (%LEARNED_FOREST_VOTE only; leaves then hold class indices)
 *
 * %LEARNED_FOREST_SUM returns out(sat(base + sum of leaves)); the sum is
 * exact in a s64.  %LEARNED_FOREST_VOTE returns the class with the most
 * votes, the lowest class index on ties (a plain integer, not Q16.16).
 */
struct learned_forest {
	const struct learned_tree *trees;
	const struct learned_norm *norm;
	s32 base;
	u16 n_trees;
	u16 n_features;
	u8 mode;
	u8 out;
	u8 n_classes;
};

/* Activation of an MLP layer. */
enum learned_act {
	LEARNED_ACT_NONE = 0,
	LEARNED_ACT_RELU = 1,
	LEARNED_ACT_SIGMOID = 2,	/* learned_q16_sigmoid() */
	LEARNED_ACT_TANH = 3,		/* learned_q16_tanh() */
};

/**
 * struct learned_mlp_layer - fully connected layer of an integer MLP
 * @w8: @n_out x @n_in int8 weights, row-major (one row per output); or NULL
 * @w16: @n_out x @n_in int16 weights, row-major; or NULL.
 *       Exactly one of @w8 and @w16 is set.
 * @bias: @n_out biases in accumulator units (activation units times weight
 *        units); |bias| <= %LEARNED_MLP_W8_MAX_BIAS with @w8
 * @mult: requantisation multiplier, |mult| <= %LEARNED_MLP_MAX_MULT
 * @n_in: inputs, 1 to %LEARNED_MLP_MAX_WIDTH
 * @n_out: outputs, 1 to %LEARNED_MLP_MAX_WIDTH
 * @shift: requantisation shift, 0 to %LEARNED_MLP_MAX_SHIFT
 * @act: &enum learned_act
 *
 * acc[o] = bias[o] + sum_i w[o][i] * a[i] is exact: a s32 with int8
 * weights (|a| <= 2^15, so |acc| < 2^31), a s64 with int16 weights.
 * The layer output is act(sat_s16(round(acc[o] * mult / 2^shift))).
 */
struct learned_mlp_layer {
	const s8 *w8;
	const s16 *w16;
	const s32 *bias;
	s32 mult;
	u16 n_in;
	u16 n_out;
	u8 shift;
	u8 act;
};

/**
 * struct learned_mlp - small integer multi-layer perceptron
 * @layers: @n_layers layers; layers[0].n_in == @n_features and each
 *          layer's @n_in equals the previous layer's @n_out
 * @norm: @n_features normalisations, or NULL
 * @n_features: number of features, 1 to %LEARNED_MLP_MAX_WIDTH
 * @n_layers: 1 to %LEARNED_MLP_MAX_LAYERS
 * @act_frac: fractional bits of the s16 activations, 0 to
 *            %LEARNED_MLP_MAX_ACT_FRAC
 *
 * Normalised Q16.16 features are rounded to s16 activations with @act_frac
 * fractional bits (saturating); sigmoid and tanh activations convert to
 * Q16.16 and back.  The last layer's activations are returned in Q16.16.
 */
struct learned_mlp {
	const struct learned_mlp_layer *layers;
	const struct learned_norm *norm;
	u16 n_features;
	u8 n_layers;
	u8 act_frac;
};

/* Kind tag of &struct learned_model. */
enum learned_model_kind {
	LEARNED_MODEL_NONE = 0,
	LEARNED_MODEL_LINEAR = 1,
	LEARNED_MODEL_TREE = 2,
	LEARNED_MODEL_FOREST = 3,
	LEARNED_MODEL_MLP = 4,
};

/**
 * struct learned_model - any model, tagged with its kind
 * @kind: &enum learned_model_kind, selects the union member
 * @linear: %LEARNED_MODEL_LINEAR
 * @tree: %LEARNED_MODEL_TREE
 * @forest: %LEARNED_MODEL_FOREST
 * @mlp: %LEARNED_MODEL_MLP
 */
struct learned_model {
	u32 kind;
	union {
		const struct learned_linear *linear;
		const struct learned_tree *tree;
		const struct learned_forest *forest;
		const struct learned_mlp *mlp;
	};
};

/* Largest number of outputs of any model (MLP output layer). */
#define LEARNED_MAX_OUTPUTS	LEARNED_MLP_MAX_WIDTH

int learned_linear_validate(const struct learned_linear *m);
int learned_tree_validate(const struct learned_tree *t);
int learned_forest_validate(const struct learned_forest *f);
int learned_mlp_validate(const struct learned_mlp *m);
int learned_model_validate(const struct learned_model *m);

s32 learned_linear_predict(const struct learned_linear *m, const s32 *x);
s32 learned_tree_predict(const struct learned_tree *t, const s32 *x);
s32 learned_forest_predict(const struct learned_forest *f, const s32 *x);
void learned_mlp_predict(const struct learned_mlp *m, const s32 *x, s32 *out);
int learned_model_predict(const struct learned_model *m, const s32 *x,
			  s32 *out);

unsigned int learned_model_n_features(const struct learned_model *m);
unsigned int learned_model_n_outputs(const struct learned_model *m);
bool learned_model_decide(const struct learned_model *m, s32 out);
int learned_model_yes(const struct learned_model *m, const s32 *x);

/* @m is a valid model of @n_features inputs and @n_outputs outputs */
static inline bool learned_model_fits(const struct learned_model *m,
				      unsigned int n_features,
				      unsigned int n_outputs)
{
	return !learned_model_validate(m) &&
	       learned_model_n_features(m) == n_features &&
	       learned_model_n_outputs(m) == n_outputs;
}

/* Serialised models: see learned_blob_parse() for the format. */
#define LEARNED_BLOB_MAGIC	0x314e524c	/* "LRN1" read as a little-endian u32 */
#define LEARNED_BLOB_VERSION	1
#define LEARNED_BLOB_MAX_SIZE	(16 << 20)

/**
 * struct learned_blob_model - a model parsed from a serialised blob
 * @model: the model, ready for learned_model_predict()
 * @desc: storage of the descriptor @model points to
 * @desc.linear: descriptor of a %LEARNED_MODEL_LINEAR model
 * @desc.tree: descriptor of a %LEARNED_MODEL_TREE model
 * @desc.forest: descriptor of a %LEARNED_MODEL_FOREST model
 * @desc.mlp: descriptor of a %LEARNED_MODEL_MLP model
 * @trees: member trees of a forest
 * @layers: layers of an MLP
 *
 * Weight, node and normalisation arrays are not copied: the descriptors
 * point into the blob, which must stay allocated and unchanged while the
 * model is in use.  About 6 KB: allocate it, do not put it on the stack.
 */
struct learned_blob_model {
	struct learned_model model;
	union {
		struct learned_linear linear;
		struct learned_tree tree;
		struct learned_forest forest;
		struct learned_mlp mlp;
	} desc;
	struct learned_tree trees[LEARNED_FOREST_MAX_TREES];
	struct learned_mlp_layer layers[LEARNED_MLP_MAX_LAYERS];
};

int learned_blob_parse(const void *blob, size_t len,
		       struct learned_blob_model *out);

/* Model packages: a blob with its identity, see learned_package_parse(). */
#define LEARNED_PKG_MAGIC	0x504e524c	/* "LRNP" read as a little-endian u32 */
#define LEARNED_PKG_VERSION	1
#define LEARNED_PKG_HEADER_SIZE	80
#define LEARNED_PKG_ID_MAX	16	/* hook and policy names, with the NUL */
#define LEARNED_PKG_NAME_MAX	24	/* model name, with the NUL */

/**
 * struct learned_package - the header of a model package
 * @feature_set: identity of the feature vector the model was trained on
 * @checksum: FNV-1a 64 of the package, checksum field read as zero
 * @hook: the hook the model is for
 * @policy: the policy of that hook that will use it
 * @name: the model's name (printable ASCII)
 * @blob: the model blob inside the package (learned_blob_parse() format)
 * @blob_len: its length in bytes
 */
struct learned_package {
	u32 feature_set;
	u64 checksum;
	char hook[LEARNED_PKG_ID_MAX];
	char policy[LEARNED_PKG_ID_MAX];
	char name[LEARNED_PKG_NAME_MAX];
	const void *blob;
	size_t blob_len;
};

u64 learned_package_checksum(const void *pkg, size_t len);
int learned_package_parse(const void *pkg, size_t len,
			  struct learned_package *out, const char **why);

#endif /* _LINUX_LEARNED_INFER_H */
