/* SPDX-License-Identifier: GPL-2.0 */
/*
 * learned-train: quantisation of the float models into the inference
 * library's descriptors (include/linux/learned_infer.h).  Quantised
 * predictions are computed by the library's own predict functions,
 * compiled from the learned/ sources, so they are the kernel's by construction.
 */
#ifndef LEARNED_TRAINER_QUANT_H
#define LEARNED_TRAINER_QUANT_H

#include <linux/learned_infer.h>

#include "models.h"

struct qmodel {
	u32 kind;			/* LEARNED_MODEL_* */
	int out_prob;			/* output is sigmoid (Q16.16 probability) */
	u32 d;
	struct learned_norm norm[LEARNED_MAX_FEATURES];
	struct learned_model model;

	struct learned_linear lin;
	s32 lin_w[LEARNED_MAX_FEATURES];

	struct learned_forest forest;
	struct learned_tree *trees;
	struct learned_tree_node *nodes;
	u32 n_nodes;

	struct learned_mlp mlp;
	struct learned_mlp_layer layers[LEARNED_MLP_MAX_LAYERS];
	int weight_bits;		/* 8 or 16 */
	s8 *w8[LEARNED_MLP_MAX_LAYERS];
	s16 *w16[LEARNED_MLP_MAX_LAYERS];
	s32 *bias[LEARNED_MLP_MAX_LAYERS];
	int clamped;			/* weights/biases that had to saturate */
};

/*
 * Fit the per-feature normalisation on raw training features: clamp to the
 * [clip, 1 - clip] quantiles and map that range to about [-1, 1].
 */
void q_norm_fit(struct learned_norm *norm, const s32 *raw, u32 n, u32 d, double clip);
/* The library's normalisation of every row: Q16.16 integers. */
void q_norm_apply(const struct learned_norm *norm, const s32 *raw, s32 *zq, u32 n, u32 d);

void q_linear(struct qmodel *q, const struct lr_model *m, int out_prob);
int q_forest(struct qmodel *q, const struct gbt_model *m, int out_prob);
/* zq: normalised training rows, used to choose the activation format */
int q_mlp(struct qmodel *q, const struct mlp_model *m, int weight_bits,
	  const s32 *zq, u32 n);
void q_free(struct qmodel *q);

/* Library prediction on one raw row: the Q16.16 output. */
s32 q_predict(const struct qmodel *q, const s32 *raw);
int q_decide(const struct qmodel *q, s32 out);
double q_prob(const struct qmodel *q, s32 out);

#endif
