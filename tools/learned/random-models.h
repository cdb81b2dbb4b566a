/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Deterministic random models for the userspace tests, the fuzzer and the
 * golden vector generator of the learned inference library: fixtures
 * built directly in the kernel's fixed-point representation (struct
 * learned_model and its parts), to exercise infer.c, validate.c and
 * blob.c.  Not tools/trainer/models.c, which trains float models from
 * data and quantises them only at the end (quant.c): the two share no
 * code, only the word "model".
 */
#ifndef _TOOLS_LEARNED_RANDOM_MODELS_H
#define _TOOLS_LEARNED_RANDOM_MODELS_H

#include <stdio.h>
#include <linux/types.h>
#include <linux/learned_infer.h>

struct rng {
	u64 s;
};

/* splitmix64: tiny, fast, and the same on every machine */
static inline u64 rng_next(struct rng *r)
{
	u64 z = (r->s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* uniform in [0, n), n > 0 (modulo bias is irrelevant here) */
static inline u32 rng_below(struct rng *r, u32 n)
{
	return (u32)(rng_next(r) % n);
}

/* uniform in [lo, hi] */
static inline s32 rng_range(struct rng *r, s32 lo, s32 hi)
{
	return (s32)((s64)lo + (s64)(rng_next(r) % ((u64)((s64)hi - lo) + 1)));
}

#define GM_MAX_ALLOCS	(4 * LEARNED_FOREST_MAX_TREES + 64)

/* a model and the allocations behind it */
struct gen_model {
	char name[64];
	struct learned_model m;
	struct learned_linear lin;
	struct learned_tree tree;
	struct learned_forest forest;
	struct learned_mlp mlp;
	void *allocs[GM_MAX_ALLOCS];
	int n_allocs;
};

enum gen_norm_style {
	NORM_NONE,	/* NULL normalisation: raw features are Q16.16 */
	NORM_TYPICAL,	/* moderate offsets and scales, clamp to +-8 */
	NORM_CLAMP,	/* narrow clamps that most inputs hit */
	NORM_EXTREME,	/* extreme offsets and scales, full-range clamps */
};

enum gen_tree_shape {
	TREE_FULL,	/* every leaf at max_depth */
	TREE_RANDOM,	/* random leaves, depth <= max_depth */
	TREE_CHAIN,	/* a left- or right-leaning chain of max_depth */
};

void *gm_alloc(struct gen_model *gm, size_t size);
void gm_free(struct gen_model *gm);

struct learned_norm *gen_norm(struct gen_model *gm, struct rng *r,
			      unsigned int n, enum gen_norm_style style);
void gen_linear(struct gen_model *gm, struct rng *r, unsigned int n,
		u8 out, s32 wmax, enum gen_norm_style ns);
void gen_tree(struct gen_model *gm, struct rng *r, struct learned_tree *t,
	      unsigned int n_features, unsigned int max_depth,
	      enum gen_tree_shape shape, s32 leaf_max, unsigned int n_classes,
	      bool shuffle);
void gen_tree_model(struct gen_model *gm, struct rng *r, unsigned int n,
		    unsigned int max_depth, enum gen_tree_shape shape,
		    s32 leaf_max, enum gen_norm_style ns, bool shuffle);
void gen_forest(struct gen_model *gm, struct rng *r, unsigned int n,
		unsigned int n_trees, unsigned int max_depth, u8 mode, u8 out,
		unsigned int n_classes, s32 leaf_max, enum gen_norm_style ns);
/* widths[0] = features, widths[n_layers] = outputs; wbits 8 or 16 */
void gen_mlp(struct gen_model *gm, struct rng *r, const unsigned int *widths,
	     unsigned int n_layers, unsigned int wbits, const u8 *acts,
	     unsigned int act_frac, int shift_bias, enum gen_norm_style ns);

/* random input rows mixing typical, extreme and full-range values */
void gen_inputs(struct rng *r, s32 *x, unsigned int rows, unsigned int n);

/* write the model as C tables named after prefix; returns 0 or -1 */
int emit_model(FILE *f, const char *prefix, const struct learned_model *m);

#endif /* _TOOLS_LEARNED_RANDOM_MODELS_H */
