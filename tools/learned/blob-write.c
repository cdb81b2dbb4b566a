// SPDX-License-Identifier: GPL-2.0
/*
 * blob_write() - serialise a model in the format learned_blob_parse()
 * reads (learned/blob.c).  Userspace only; for tests, gen-golden and tools
 * that ship models to the kernel at run time.
 */
#include <string.h>

#include "blob-write.h"

struct bw {
	u8 *buf;
	size_t cap, off;
	int err;
};

static void put(struct bw *w, const void *p, size_t n)
{
	if (w->err || n > w->cap - w->off) {
		w->err = 1;
		return;
	}
	if (n)
		memcpy(w->buf + w->off, p, n);
	w->off += n;
}

static void put8(struct bw *w, u8 v)
{
	put(w, &v, 1);
}

static void put16(struct bw *w, u16 v)
{
	u8 b[2] = { v & 0xff, v >> 8 };

	put(w, b, 2);
}

static void put32(struct bw *w, u32 v)
{
	u8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24 };

	put(w, b, 4);
}

static void put_norm(struct bw *w, const struct learned_norm *n,
		     unsigned int count)
{
	unsigned int i;

	for (i = 0; n && i < count; i++) {
		put32(w, (u32)n[i].offset);
		put32(w, (u32)n[i].scale);
		put32(w, (u32)n[i].lo);
		put32(w, (u32)n[i].hi);
	}
}

static void put_nodes(struct bw *w, const struct learned_tree *t)
{
	unsigned int i;

	for (i = 0; i < t->n_nodes; i++) {
		put32(w, (u32)t->nodes[i].value);
		put16(w, t->nodes[i].feature);
		put16(w, t->nodes[i].left);
		put16(w, t->nodes[i].right);
		put16(w, 0);
	}
}

long blob_write(const struct learned_model *m, u8 *buf, size_t cap)
{
	struct bw w = { .buf = buf, .cap = cap };
	const struct learned_norm *norm;
	unsigned int nf = learned_model_n_features(m), i, l;

	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		norm = m->linear->norm;
		break;
	case LEARNED_MODEL_TREE:
		norm = m->tree->norm;
		break;
	case LEARNED_MODEL_FOREST:
		norm = m->forest->norm;
		break;
	case LEARNED_MODEL_MLP:
		norm = m->mlp->norm;
		break;
	default:
		return -1;
	}
	put32(&w, LEARNED_BLOB_MAGIC);
	put16(&w, LEARNED_BLOB_VERSION);
	put16(&w, m->kind);
	put32(&w, 0);	/* size, patched below */
	put16(&w, nf);
	put16(&w, norm ? 1 : 0);
	put_norm(&w, norm, nf);
	switch (m->kind) {
	case LEARNED_MODEL_LINEAR:
		put32(&w, (u32)m->linear->bias);
		put8(&w, m->linear->out);
		put8(&w, 0);
		put16(&w, 0);
		for (i = 0; i < nf; i++)
			put32(&w, (u32)m->linear->weights[i]);
		break;
	case LEARNED_MODEL_TREE:
		put16(&w, m->tree->n_nodes);
		put8(&w, m->tree->max_depth);
		put8(&w, 0);
		put_nodes(&w, m->tree);
		break;
	case LEARNED_MODEL_FOREST: {
		const struct learned_forest *f = m->forest;

		put32(&w, (u32)f->base);
		put16(&w, f->n_trees);
		put8(&w, f->mode);
		put8(&w, f->out);
		put8(&w, f->n_classes);
		put8(&w, 0);
		put16(&w, 0);
		for (i = 0; i < f->n_trees; i++) {
			put16(&w, f->trees[i].n_nodes);
			put8(&w, f->trees[i].max_depth);
			put8(&w, 0);
		}
		for (i = 0; i < f->n_trees; i++)
			put_nodes(&w, &f->trees[i]);
		break;
	}
	default: {
		const struct learned_mlp *mlp = m->mlp;

		put8(&w, mlp->n_layers);
		put8(&w, mlp->act_frac);
		put16(&w, 0);
		for (l = 0; l < mlp->n_layers; l++) {
			const struct learned_mlp_layer *ly = &mlp->layers[l];

			put32(&w, (u32)ly->mult);
			put16(&w, ly->n_in);
			put16(&w, ly->n_out);
			put8(&w, ly->shift);
			put8(&w, ly->act);
			put8(&w, ly->w8 ? 8 : 16);
			put8(&w, 0);
		}
		for (l = 0; l < mlp->n_layers; l++) {
			const struct learned_mlp_layer *ly = &mlp->layers[l];
			unsigned int nw = ly->n_in * ly->n_out;

			for (i = 0; i < ly->n_out; i++)
				put32(&w, (u32)ly->bias[i]);
			for (i = 0; i < nw; i++) {
				if (ly->w8)
					put8(&w, (u8)ly->w8[i]);
				else
					put16(&w, (u16)ly->w16[i]);
			}
			for (i = ly->w8 ? nw : 2 * nw; i & 3; i++)
				put8(&w, 0);
		}
		break;
	}
	}
	if (w.err)
		return -1;
	buf[8] = w.off & 0xff;
	buf[9] = (w.off >> 8) & 0xff;
	buf[10] = (w.off >> 16) & 0xff;
	buf[11] = (w.off >> 24) & 0xff;
	return (long)w.off;
}
