// SPDX-License-Identifier: GPL-2.0
/*
 * blob_write() - serialise a model in the format learned_blob_parse()
 * reads (learned/blob.c); package_write() - the same blob in a model
 * package, the format learned_package_parse() reads.  Userspace only; for
 * tests, gen-golden, the trainer and tools that ship models to the kernel
 * at run time.
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

/* ---- model packages ---------------------------------------------------- */

_Static_assert(PKG_OFF_POLICY == PKG_OFF_HOOK + LEARNED_PKG_ID_MAX &&
	       PKG_OFF_NAME == PKG_OFF_POLICY + LEARNED_PKG_ID_MAX &&
	       PKG_OFF_NAME + LEARNED_PKG_NAME_MAX == LEARNED_PKG_HEADER_SIZE,
	       "package header layout");

const char *package_ident_problem(const char *s)
{
	size_t i, n = strlen(s);

	if (!n)
		return "empty";
	if (n >= LEARNED_PKG_ID_MAX)
		return "longer than 15 characters";
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return "not [a-z0-9_]+";
	return NULL;
}

const char *package_name_problem(const char *s)
{
	size_t i, n = strlen(s);

	if (!n)
		return "empty";
	if (n >= LEARNED_PKG_NAME_MAX)
		return "longer than 23 characters";
	for (i = 0; i < n; i++)
		if (s[i] < 0x20 || s[i] > 0x7e)
			return "not printable ASCII";
	return NULL;
}

void package_seal(u8 *pkg, size_t len)
{
	u64 sum = learned_package_checksum(pkg, len);
	unsigned int i;

	for (i = 0; i < 8; i++)
		pkg[PKG_OFF_CHECKSUM + i] = (sum >> (8 * i)) & 0xff;
}

long package_write(const struct learned_model *m, u32 feature_set,
		   const char *hook, const char *policy, const char *name,
		   u8 *buf, size_t cap)
{
	struct bw w = { .buf = buf, .cap = cap };
	u8 field[LEARNED_PKG_NAME_MAX];
	long blob;
	size_t len;

	if (!hook || !policy || !name || package_ident_problem(hook) ||
	    package_ident_problem(policy) || package_name_problem(name) ||
	    cap < LEARNED_PKG_HEADER_SIZE)
		return -1;
	blob = blob_write(m, buf + LEARNED_PKG_HEADER_SIZE,
			  cap - LEARNED_PKG_HEADER_SIZE);
	if (blob < 0 || blob > LEARNED_BLOB_MAX_SIZE)
		return -1;
	len = LEARNED_PKG_HEADER_SIZE + (size_t)blob;
	put32(&w, LEARNED_PKG_MAGIC);
	put16(&w, LEARNED_PKG_VERSION);
	put16(&w, LEARNED_PKG_HEADER_SIZE);
	put32(&w, (u32)len);
	put32(&w, feature_set);
	put32(&w, 0);	/* checksum, sealed below */
	put32(&w, 0);
	memset(field, 0, sizeof(field));
	strcpy((char *)field, hook);
	put(&w, field, LEARNED_PKG_ID_MAX);
	memset(field, 0, sizeof(field));
	strcpy((char *)field, policy);
	put(&w, field, LEARNED_PKG_ID_MAX);
	memset(field, 0, sizeof(field));
	strcpy((char *)field, name);
	put(&w, field, LEARNED_PKG_NAME_MAX);
	if (w.err || w.off != LEARNED_PKG_HEADER_SIZE)
		return -1;
	package_seal(buf, len);
	return (long)len;
}
