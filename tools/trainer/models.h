/* SPDX-License-Identifier: GPL-2.0 */
/*
 * learned-train: float models.  Each trains on a normalised feature matrix
 * Z (n rows x d columns, double, row-major) and labels y in {0, 1}, and
 * predicts a logit.  Training is deterministic given its parameters.
 */
#ifndef LEARNED_TRAINER_MODELS_H
#define LEARNED_TRAINER_MODELS_H

#include <stdint.h>

/* ---- logistic regression: Newton's method, L2 on the weights ----------- */

struct lr_params {
	double l2;		/* lambda: loss = mean logloss + l2/2 |w|^2 */
	int max_iter;
};

struct lr_model {
	uint32_t d;
	double w[64];
	double b;
	int iters;		/* Newton iterations used */
};

void lr_train(struct lr_model *m, const struct lr_params *p,
	      const double *z, const uint8_t *y, uint32_t n, uint32_t d);
double lr_logit(const struct lr_model *m, const double *z);

/* ---- gradient-boosted regression trees on logistic loss ---------------- */

/*
 * Splits are "z <= threshold" with thresholds chosen among the training
 * values of the feature, all on the Q16.16 grid of the kernel's
 * normalisation; the trees are trained on integer Q16.16 features zq.
 */
struct gbt_params {
	int n_trees;
	int max_depth;		/* 1..10 (2047 nodes per tree at most) */
	double learning_rate;
	int min_leaf;		/* minimum rows in a leaf */
	double l2;		/* lambda on leaf values */
	int max_bins;		/* 2..256 */
};

struct gbt_node {
	int32_t thr;		/* Q16.16 threshold (inner) */
	uint16_t feature;	/* 0xffff for a leaf */
	uint16_t left, right;	/* relative to the tree's first node */
	double value;		/* leaf value (learning rate applied) */
};

struct gbt_tree {
	uint32_t first;		/* index of its root in gbt_model.nodes */
	uint32_t n_nodes;
	int depth;		/* inner nodes on the longest path */
};

struct gbt_model {
	uint32_t d;
	double base;
	int n_trees;
	struct gbt_tree *trees;
	struct gbt_node *nodes;
	uint32_t n_nodes;
};

void gbt_train(struct gbt_model *m, const struct gbt_params *p,
	       const int32_t *zq, const uint8_t *y, uint32_t n, uint32_t d);
double gbt_logit(const struct gbt_model *m, const int32_t *zq);
void gbt_free(struct gbt_model *m);

/* ---- small MLP: ReLU hidden layers, logistic output, Adam --------------- */

#define MLP_MAX_LAYERS 3	/* hidden layers + output */

struct mlp_params {
	int n_hidden;		/* 1 or 2 hidden layers */
	int hidden[2];
	int epochs;
	int batch;
	double lr;
	double l2;		/* weight decay (weights only) */
	uint64_t seed;
};

struct mlp_layer {
	int n_in, n_out;
	double *w;		/* n_out x n_in, row-major */
	double *b;
};

struct mlp_model {
	int n_layers;		/* n_hidden + 1 */
	struct mlp_layer l[MLP_MAX_LAYERS];
};

void mlp_train(struct mlp_model *m, const struct mlp_params *p,
	       const double *z, const uint8_t *y, uint32_t n, uint32_t d);
/* Forward pass; acts (optional) receives every layer's outputs. */
double mlp_logit(const struct mlp_model *m, const double *z, double acts[MLP_MAX_LAYERS][64]);
void mlp_free(struct mlp_model *m);

/* ---- metrics ----------------------------------------------------------- */

/* Area under the ROC curve of scores s for labels y (ties count half). */
double auc(const double *s, const uint8_t *y, uint32_t n);

#endif
