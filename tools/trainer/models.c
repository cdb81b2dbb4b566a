// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: float models (logistic regression, gradient-boosted
 * trees, MLP) and metrics.  Double precision, fixed iteration orders,
 * the seeded PRNG of util.c; no libm transcendental functions.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trainer.h"
#include "models.h"

/* ---- logistic regression ----------------------------------------------- */

static double lr_objective(const double *w, uint32_t D, double l2,
			   const double *z, const uint8_t *y, uint32_t n)
{
	uint32_t i, j, d = D - 1;
	double loss = 0, reg = 0;

	for (i = 0; i < n; i++) {
		const double *zi = z + (size_t)i * d;
		double f = w[d];

		for (j = 0; j < d; j++)
			f += w[j] * zi[j];
		loss += d_softplus(f) - (y[i] ? f : 0);
	}
	for (j = 0; j < d; j++)
		reg += w[j] * w[j];
	return loss / n + 0.5 * l2 * reg;
}

/* Solve A x = b for symmetric positive definite A (D x D), in place. */
static int cholesky_solve(double *A, double *b, uint32_t D)
{
	uint32_t i, j, k;

	for (j = 0; j < D; j++) {
		double s = A[j * D + j];

		for (k = 0; k < j; k++)
			s -= A[j * D + k] * A[j * D + k];
		if (!(s > 1e-300))
			return -1;
		A[j * D + j] = sqrt(s);
		for (i = j + 1; i < D; i++) {
			double t = A[i * D + j];

			for (k = 0; k < j; k++)
				t -= A[i * D + k] * A[j * D + k];
			A[i * D + j] = t / A[j * D + j];
		}
	}
	for (i = 0; i < D; i++) {		/* L y = b */
		double t = b[i];

		for (k = 0; k < i; k++)
			t -= A[i * D + k] * b[k];
		b[i] = t / A[i * D + i];
	}
	for (i = D; i-- > 0;) {			/* L^T x = y */
		double t = b[i];

		for (k = i + 1; k < D; k++)
			t -= A[k * D + i] * b[k];
		b[i] = t / A[i * D + i];
	}
	return 0;
}

void lr_train(struct lr_model *m, const struct lr_params *p,
	      const double *z, const uint8_t *y, uint32_t n, uint32_t d)
{
	uint32_t D = d + 1, i, j, k;
	double w[65] = { 0 }, g[65], s[65], wt[65], H[65 * 65], obj;
	int it;

	obj = lr_objective(w, D, p->l2, z, y, n);
	for (it = 0; it < p->max_iter; it++) {
		double t, gs = 0, smax = 0, nobj;

		memset(g, 0, sizeof(g));
		memset(H, 0, sizeof(H));
		for (i = 0; i < n; i++) {
			const double *zi = z + (size_t)i * d;
			double f = w[d], pr, h, xi[65];

			for (j = 0; j < d; j++) {
				f += w[j] * zi[j];
				xi[j] = zi[j];
			}
			xi[d] = 1.0;
			pr = d_sigmoid(f);
			h = pr * (1 - pr);
			for (j = 0; j < D; j++) {
				g[j] += (pr - y[i]) * xi[j];
				for (k = 0; k <= j; k++)
					H[j * D + k] += h * xi[j] * xi[k];
			}
		}
		for (j = 0; j < D; j++) {
			g[j] /= n;
			for (k = 0; k <= j; k++) {
				H[j * D + k] /= n;
				H[k * D + j] = H[j * D + k];
			}
		}
		for (j = 0; j < d; j++) {
			g[j] += p->l2 * w[j];
			H[j * D + j] += p->l2;
		}
		for (j = 0; j < D; j++)
			H[j * D + j] += 1e-12;
		memcpy(s, g, sizeof(s));
		if (cholesky_solve(H, s, D))
			memcpy(s, g, sizeof(s));	/* fall back to a gradient step */
		for (j = 0; j < D; j++)
			gs += g[j] * s[j];
		/* backtracking line search (Armijo) */
		for (t = 1.0; t > 1e-10; t *= 0.5) {
			for (j = 0; j < D; j++)
				wt[j] = w[j] - t * s[j];
			nobj = lr_objective(wt, D, p->l2, z, y, n);
			if (nobj <= obj - 1e-4 * t * gs)
				break;
		}
		if (t <= 1e-10)
			break;
		for (j = 0; j < D; j++) {
			if (fabs(t * s[j]) > smax)
				smax = fabs(t * s[j]);
			w[j] = wt[j];
		}
		obj = nobj;
		if (smax < 1e-10)
			break;
	}
	m->d = d;
	for (j = 0; j < d; j++)
		m->w[j] = w[j];
	m->b = w[d];
	m->iters = it;
}

double lr_logit(const struct lr_model *m, const double *z)
{
	double f = m->b;
	uint32_t j;

	for (j = 0; j < m->d; j++)
		f += m->w[j] * z[j];
	return f;
}

/* ---- gradient-boosted trees -------------------------------------------- */

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return (x > y) - (x < y);
}

struct gbt_ctx {
	const struct gbt_params *p;
	uint32_t n, d;
	const uint8_t *bin;	/* n x d bin indices */
	int32_t *edges;		/* d x 256 bin upper edges */
	int *nbins;
	const double *g, *h;
	double *hist;		/* 256 x 3 scratch */
	struct gbt_model *m;
	uint32_t cap, tree_first;
};

static uint32_t gbt_new_node(struct gbt_ctx *c)
{
	struct gbt_model *m = c->m;

	if (m->n_nodes == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 1024;
		m->nodes = xrealloc(m->nodes, c->cap, sizeof(*m->nodes));
	}
	memset(&m->nodes[m->n_nodes], 0, sizeof(m->nodes[0]));
	return m->n_nodes++;
}

/* Build the subtree over rows[0..cnt); return its node index; *depth out. */
static uint32_t gbt_build(struct gbt_ctx *c, uint32_t *rows, uint32_t cnt, int level, int *depth)
{
	const struct gbt_params *p = c->p;
	double G = 0, H = 0, best = 1e-9, parent;
	int best_f = -1, best_k = -1;
	uint32_t i, me, j;

	me = gbt_new_node(c);
	for (i = 0; i < cnt; i++) {
		G += c->g[rows[i]];
		H += c->h[rows[i]];
	}
	parent = G * G / (H + p->l2);
	*depth = 0;
	if (level < p->max_depth && cnt >= 2u * (uint32_t)p->min_leaf) {
		for (j = 0; j < c->d; j++) {
			int nb = c->nbins[j], k;
			double gl = 0, hl = 0, cl = 0;

			if (nb < 2)
				continue;
			memset(c->hist, 0, sizeof(double) * 3 * (size_t)nb);
			for (i = 0; i < cnt; i++) {
				uint32_t r = rows[i];
				int b = c->bin[(size_t)r * c->d + j];

				c->hist[3 * b] += c->g[r];
				c->hist[3 * b + 1] += c->h[r];
				c->hist[3 * b + 2] += 1;
			}
			for (k = 0; k < nb - 1; k++) {
				double gr, hr, gain;

				gl += c->hist[3 * k];
				hl += c->hist[3 * k + 1];
				cl += c->hist[3 * k + 2];
				if (cl < p->min_leaf)
					continue;
				if (cnt - cl < p->min_leaf)
					break;
				gr = G - gl;
				hr = H - hl;
				gain = gl * gl / (hl + p->l2) + gr * gr / (hr + p->l2) - parent;
				if (gain > best) {
					best = gain;
					best_f = (int)j;
					best_k = k;
				}
			}
		}
	}
	if (best_f < 0) {
		c->m->nodes[me].feature = 0xffff;
		c->m->nodes[me].value = -p->learning_rate * G / (H + p->l2);
		return me;
	} else {
		uint32_t a = 0, nl, *tmp = xcalloc(cnt, sizeof(*tmp));
		int dl, dr;

		/* stable partition: left rows keep their order, right rows too */
		for (i = 0; i < cnt; i++)
			if (c->bin[(size_t)rows[i] * c->d + best_f] <= best_k)
				tmp[a++] = rows[i];
		nl = a;
		for (i = 0; i < cnt; i++)
			if (c->bin[(size_t)rows[i] * c->d + best_f] > best_k)
				tmp[a++] = rows[i];
		memcpy(rows, tmp, cnt * sizeof(*rows));
		free(tmp);
		c->m->nodes[me].feature = (uint16_t)best_f;
		c->m->nodes[me].thr = c->edges[best_f * 256 + best_k];
		c->m->nodes[me].left = (uint16_t)(gbt_build(c, rows, nl, level + 1, &dl) - c->tree_first);
		c->m->nodes[me].right = (uint16_t)(gbt_build(c, rows + nl, cnt - nl, level + 1, &dr) - c->tree_first);
		*depth = 1 + (dl > dr ? dl : dr);
		return me;
	}
}

void gbt_train(struct gbt_model *m, const struct gbt_params *p,
	       const int32_t *zq, const uint8_t *y, uint32_t n, uint32_t d)
{
	struct gbt_ctx c = { .p = p, .n = n, .d = d, .m = m };
	uint8_t *bin = xcalloc((size_t)n * d, 1);
	int32_t *col = xcalloc(n, sizeof(*col));
	double *g = xcalloc(n, sizeof(*g)), *h = xcalloc(n, sizeof(*h));
	double *F = xcalloc(n, sizeof(*F)), pos = 0;
	uint32_t *rows = xcalloc(n, sizeof(*rows)), i, j;
	int t;

	memset(m, 0, sizeof(*m));
	m->d = d;
	c.edges = xcalloc((size_t)d * 256, sizeof(*c.edges));
	c.nbins = xcalloc(d, sizeof(*c.nbins));
	c.hist = xcalloc(3 * 256, sizeof(*c.hist));
	c.g = g;
	c.h = h;
	c.bin = bin;

	/* bins: distinct training values, or quantiles of them */
	for (j = 0; j < d; j++) {
		int32_t *e = c.edges + (size_t)j * 256;
		uint32_t nd = 0;
		int nb = 0, k;

		for (i = 0; i < n; i++)
			col[i] = zq[(size_t)i * d + j];
		qsort(col, n, sizeof(*col), cmp_i32);
		for (i = 0; i < n; i++)
			if (i == 0 || col[i] != col[i - 1])
				nd++;
		if (nd <= (uint32_t)p->max_bins) {
			for (i = 0; i < n; i++)
				if (i == 0 || col[i] != col[i - 1])
					e[nb++] = col[i];
		} else {
			for (k = 1; k <= p->max_bins; k++) {
				int32_t v = col[(uint64_t)k * n / (uint32_t)p->max_bins - 1];

				if (nb == 0 || v > e[nb - 1])
					e[nb++] = v;
			}
		}
		c.nbins[j] = nb;
		for (i = 0; i < n; i++) {
			int32_t v = zq[(size_t)i * d + j];
			int lo = 0, hi = nb - 1;

			while (lo < hi) {	/* first edge >= v */
				int mid = (lo + hi) / 2;

				if (e[mid] >= v)
					hi = mid;
				else
					lo = mid + 1;
			}
			bin[(size_t)i * d + j] = (uint8_t)lo;
		}
	}

	for (i = 0; i < n; i++)
		pos += y[i];
	pos = (pos + 0.5) / (n + 1.0);
	m->base = d_log(pos / (1 - pos));
	for (i = 0; i < n; i++)
		F[i] = m->base;
	m->trees = xcalloc((size_t)p->n_trees, sizeof(*m->trees));
	for (t = 0; t < p->n_trees; t++) {
		struct gbt_tree *tr = &m->trees[t];
		int depth;

		for (i = 0; i < n; i++) {
			double pr = d_sigmoid(F[i]);

			g[i] = pr - y[i];
			h[i] = pr * (1 - pr) > 1e-16 ? pr * (1 - pr) : 1e-16;
			rows[i] = i;
		}
		c.tree_first = m->n_nodes;
		tr->first = m->n_nodes;
		gbt_build(&c, rows, n, 0, &depth);
		tr->n_nodes = m->n_nodes - tr->first;
		tr->depth = depth;
		m->n_trees = t + 1;
		for (i = 0; i < n; i++) {
			const struct gbt_node *nd = m->nodes + tr->first;

			while (nd->feature != 0xffff)
				nd = m->nodes + tr->first +
				     (zq[(size_t)i * d + nd->feature] <= nd->thr ? nd->left : nd->right);
			F[i] += nd->value;
		}
	}
	free(bin);
	free(col);
	free(g);
	free(h);
	free(F);
	free(rows);
	free(c.edges);
	free(c.nbins);
	free(c.hist);
}

double gbt_logit(const struct gbt_model *m, const int32_t *zq)
{
	double f = m->base;
	int t;

	for (t = 0; t < m->n_trees; t++) {
		const struct gbt_node *base = m->nodes + m->trees[t].first, *nd = base;

		while (nd->feature != 0xffff)
			nd = base + (zq[nd->feature] <= nd->thr ? nd->left : nd->right);
		f += nd->value;
	}
	return f;
}

void gbt_free(struct gbt_model *m)
{
	free(m->trees);
	free(m->nodes);
	memset(m, 0, sizeof(*m));
}

/* ---- MLP --------------------------------------------------------------- */

double mlp_logit(const struct mlp_model *m, const double *z, double acts[MLP_MAX_LAYERS][64])
{
	double buf[2][64];
	const double *in = z;
	int L, o, i;

	for (L = 0; L < m->n_layers; L++) {
		const struct mlp_layer *l = &m->l[L];
		double *out = buf[L & 1];

		for (o = 0; o < l->n_out; o++) {
			double s = l->b[o];

			for (i = 0; i < l->n_in; i++)
				s += l->w[o * l->n_in + i] * in[i];
			if (L < m->n_layers - 1 && s < 0)
				s = 0;
			out[o] = s;
			if (acts)
				acts[L][o] = s;
		}
		in = out;
	}
	return in[0];
}

void mlp_train(struct mlp_model *m, const struct mlp_params *p,
	       const double *z, const uint8_t *y, uint32_t n, uint32_t d)
{
	double *gw[MLP_MAX_LAYERS], *gb[MLP_MAX_LAYERS];
	double *mw[MLP_MAX_LAYERS], *vw[MLP_MAX_LAYERS], *mb[MLP_MAX_LAYERS], *vb[MLP_MAX_LAYERS];
	const double b1 = 0.9, b2 = 0.999, eps = 1e-8;
	double b1t = 1, b2t = 1;
	uint32_t *order = xcalloc(n, sizeof(*order)), i;
	struct rng r;
	int L, e, o, k;

	memset(m, 0, sizeof(*m));
	rng_seed(&r, p->seed);
	m->n_layers = p->n_hidden + 1;
	for (L = 0; L < m->n_layers; L++) {
		struct mlp_layer *l = &m->l[L];
		double a;

		l->n_in = L ? p->hidden[L - 1] : (int)d;
		l->n_out = L < p->n_hidden ? p->hidden[L] : 1;
		l->w = xcalloc((size_t)l->n_in * l->n_out, sizeof(double));
		l->b = xcalloc(l->n_out, sizeof(double));
		/* He-uniform: sqrt(6 / fan_in); 6 = 2.449489742783178^2 */
		a = sqrt(6.0 / l->n_in);
		for (k = 0; k < l->n_in * l->n_out; k++)
			l->w[k] = (2 * rng_uniform(&r) - 1) * a;
		gw[L] = xcalloc((size_t)l->n_in * l->n_out, sizeof(double));
		mw[L] = xcalloc((size_t)l->n_in * l->n_out, sizeof(double));
		vw[L] = xcalloc((size_t)l->n_in * l->n_out, sizeof(double));
		gb[L] = xcalloc(l->n_out, sizeof(double));
		mb[L] = xcalloc(l->n_out, sizeof(double));
		vb[L] = xcalloc(l->n_out, sizeof(double));
	}
	for (i = 0; i < n; i++)
		order[i] = i;
	for (e = 0; e < p->epochs; e++) {
		double lr = p->lr * (1.0 - 0.9 * e / p->epochs);
		uint32_t s0;

		rng_shuffle(&r, order, n);
		for (s0 = 0; s0 < n; s0 += (uint32_t)p->batch) {
			uint32_t s1 = s0 + (uint32_t)p->batch < n ? s0 + (uint32_t)p->batch : n, s;

			for (L = 0; L < m->n_layers; L++) {
				memset(gw[L], 0, sizeof(double) * (size_t)m->l[L].n_in * m->l[L].n_out);
				memset(gb[L], 0, sizeof(double) * (size_t)m->l[L].n_out);
			}
			for (s = s0; s < s1; s++) {
				const double *zi = z + (size_t)order[s] * d;
				double acts[MLP_MAX_LAYERS][64], delta[64], nd[64], f;

				f = mlp_logit(m, zi, acts);
				delta[0] = d_sigmoid(f) - y[order[s]];
				for (L = m->n_layers - 1; L >= 0; L--) {
					struct mlp_layer *l = &m->l[L];
					const double *in = L ? acts[L - 1] : zi;

					for (i = 0; i < (uint32_t)l->n_in; i++)
						nd[i] = 0;
					for (o = 0; o < l->n_out; o++) {
						gb[L][o] += delta[o];
						for (i = 0; i < (uint32_t)l->n_in; i++) {
							gw[L][o * l->n_in + i] += delta[o] * in[i];
							nd[i] += delta[o] * l->w[o * l->n_in + i];
						}
					}
					if (L)
						for (i = 0; i < (uint32_t)l->n_in; i++)
							delta[i] = acts[L - 1][i] > 0 ? nd[i] : 0;
				}
			}
			b1t *= b1;
			b2t *= b2;
			for (L = 0; L < m->n_layers; L++) {
				struct mlp_layer *l = &m->l[L];
				double inv = 1.0 / (s1 - s0);

				for (k = 0; k < l->n_in * l->n_out; k++) {
					double gr = gw[L][k] * inv + p->l2 * l->w[k];

					mw[L][k] = b1 * mw[L][k] + (1 - b1) * gr;
					vw[L][k] = b2 * vw[L][k] + (1 - b2) * gr * gr;
					l->w[k] -= lr * (mw[L][k] / (1 - b1t)) /
						   (sqrt(vw[L][k] / (1 - b2t)) + eps);
				}
				for (k = 0; k < l->n_out; k++) {
					double gr = gb[L][k] * inv;

					mb[L][k] = b1 * mb[L][k] + (1 - b1) * gr;
					vb[L][k] = b2 * vb[L][k] + (1 - b2) * gr * gr;
					l->b[k] -= lr * (mb[L][k] / (1 - b1t)) /
						   (sqrt(vb[L][k] / (1 - b2t)) + eps);
				}
			}
		}
	}
	for (L = 0; L < m->n_layers; L++) {
		free(gw[L]);
		free(gb[L]);
		free(mw[L]);
		free(vw[L]);
		free(mb[L]);
		free(vb[L]);
	}
	free(order);
}

void mlp_free(struct mlp_model *m)
{
	int L;

	for (L = 0; L < m->n_layers; L++) {
		free(m->l[L].w);
		free(m->l[L].b);
	}
	memset(m, 0, sizeof(*m));
}

/* ---- metrics ----------------------------------------------------------- */

static const double *auc_scores;

static int cmp_score(const void *a, const void *b)
{
	uint32_t i = *(const uint32_t *)a, j = *(const uint32_t *)b;
	double x = auc_scores[i], y = auc_scores[j];

	if (x != y)
		return x < y ? -1 : 1;
	return (i > j) - (i < j);
}

double auc(const double *s, const uint8_t *y, uint32_t n)
{
	uint32_t *idx = xcalloc(n, sizeof(*idx)), i, j;
	double npos = 0, nneg, rank_sum = 0;

	for (i = 0; i < n; i++) {
		idx[i] = i;
		npos += y[i];
	}
	nneg = n - npos;
	auc_scores = s;
	qsort(idx, n, sizeof(*idx), cmp_score);
	for (i = 0; i < n; i = j) {
		double avg, pos = 0;

		for (j = i; j < n && s[idx[j]] == s[idx[i]]; j++)
			pos += y[idx[j]];
		avg = (i + 1 + j) / 2.0;	/* mean of ranks i+1 .. j */
		rank_sum += pos * avg;
	}
	free(idx);
	if (npos == 0 || nneg == 0)
		return 0.5;
	return (rank_sum - npos * (npos + 1) / 2) / (npos * nneg);
}
