// SPDX-License-Identifier: GPL-2.0
/*
 * Parser of serialised learned models, for models loaded at run time.
 */

/**
 * DOC: blob format
 *
 * A blob is little-endian, 4-byte aligned in memory, and made of sections
 * whose lengths are multiples of 4 bytes; every padding byte is zero:
 *
 * - header, 16 bytes: u32 magic (%LEARNED_BLOB_MAGIC), u16 version
 *   (%LEARNED_BLOB_VERSION), u16 kind (&enum learned_model_kind), u32 total
 *   size of the blob, u16 n_features, u16 flags (bit 0: normalisation
 *   follows; other bits zero).
 * - normalisation (if flag bit 0): n_features &struct learned_norm, each
 *   s32 offset, scale, lo, hi.
 * - linear: s32 bias, u8 out, 3 pad; s32 weights[n_features].
 * - tree: u16 n_nodes, u8 max_depth, 1 pad; n_nodes nodes of 12 bytes
 *   (s32 value, u16 feature, u16 left, u16 right, 2 pad).
 * - forest: s32 base, u16 n_trees, u8 mode, u8 out, u8 n_classes, 3 pad;
 *   n_trees tree headers (u16 n_nodes, u8 max_depth, 1 pad); then the
 *   nodes of every tree, tree after tree.
 * - mlp: u8 n_layers, u8 act_frac, 2 pad; n_layers layer headers of 12
 *   bytes (s32 mult, u16 n_in, u16 n_out, u8 shift, u8 act, u8 wbits (8 or
 *   16), 1 pad); then for each layer s32 bias[n_out] and n_in * n_out
 *   weights of wbits bits, padded to 4 bytes.
 *
 * The blob must end exactly after the last section.  Every length is
 * checked against the bytes that remain before it is used, and the result
 * is checked by learned_model_validate().
 */

#define pr_fmt(fmt) "learned: " fmt

#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/learned_infer.h>
#include <linux/printk.h>
#include <linux/stddef.h>
#include <linux/string.h>

#define BLOB_HEADER_SIZE	16
#define BLOB_NODE_SIZE		12
#define BLOB_LAYER_SIZE		12

struct blob_cursor {
	const u8 *base;
	size_t len;
	size_t off;
	bool bad;
};

#define refuse(fmt, ...)						\
	({								\
		pr_warn_ratelimited("model blob refused: " fmt "\n",	\
				    ##__VA_ARGS__);			\
		-EINVAL;						\
	})

/* the next @n bytes, or NULL (and the cursor marked bad) past the end */
static const u8 *take(struct blob_cursor *c, u64 n)
{
	const u8 *p;

	if (c->bad || n > c->len - c->off) {
		c->bad = true;
		return NULL;
	}
	p = c->base + c->off;
	c->off += n;
	return p;
}

static u16 get16(const u8 *p)
{
	return p[0] | (u16)p[1] << 8;
}

static u32 get32(const u8 *p)
{
	return p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static bool zero(const u8 *p, unsigned int n)
{
	while (n--)
		if (*p++)
			return false;
	return true;
}

/* nodes of one tree; the 2 pad bytes of each node must be zero */
static const struct learned_tree_node *take_nodes(struct blob_cursor *c,
						  unsigned int n)
{
	const u8 *p = take(c, (u64)n * BLOB_NODE_SIZE);
	unsigned int i;

	if (!p)
		return NULL;
	for (i = 0; i < n; i++)
		if (!zero(p + i * BLOB_NODE_SIZE + 10, 2)) {
			c->bad = true;
			return NULL;
		}
	return (const struct learned_tree_node *)p;
}

static int parse_forest(struct blob_cursor *c, struct learned_blob_model *out,
			unsigned int n_features)
{
	struct learned_forest *f = &out->desc.forest;
	const u8 *p = take(c, 12), *th;
	unsigned int i;

	if (!p || !zero(p + 9, 3))
		return refuse("bad forest header");
	f->base = (s32)get32(p);
	f->n_trees = get16(p + 4);
	f->mode = p[6];
	f->out = p[7];
	f->n_classes = p[8];
	if (f->n_trees < 1 || f->n_trees > LEARNED_FOREST_MAX_TREES)
		return refuse("%u trees", f->n_trees);
	th = take(c, (u64)f->n_trees * 4);
	if (!th)
		return refuse("truncated tree headers");
	for (i = 0; i < f->n_trees; i++) {
		struct learned_tree *t = &out->trees[i];

		if (th[4 * i + 3])
			return refuse("tree %u: nonzero padding", i);
		t->n_nodes = get16(th + 4 * i);
		t->max_depth = th[4 * i + 2];
		t->n_features = n_features;
		t->norm = NULL;
		t->nodes = take_nodes(c, t->n_nodes);
		if (!t->nodes)
			return refuse("tree %u: truncated or padded nodes", i);
	}
	f->trees = out->trees;
	f->n_features = n_features;
	out->model.forest = f;
	return 0;
}

static int parse_mlp(struct blob_cursor *c, struct learned_blob_model *out,
		     unsigned int n_features)
{
	struct learned_mlp *m = &out->desc.mlp;
	const u8 *p = take(c, 4), *lh;
	unsigned int l;

	if (!p || !zero(p + 2, 2))
		return refuse("bad mlp header");
	m->n_layers = p[0];
	m->act_frac = p[1];
	if (m->n_layers < 1 || m->n_layers > LEARNED_MLP_MAX_LAYERS)
		return refuse("%u layers", m->n_layers);
	lh = take(c, (u64)m->n_layers * BLOB_LAYER_SIZE);
	if (!lh)
		return refuse("truncated layer headers");
	for (l = 0; l < m->n_layers; l++) {
		struct learned_mlp_layer *ly = &out->layers[l];
		const u8 *h = lh + l * BLOB_LAYER_SIZE;
		unsigned int wbits = h[10];
		u64 wbytes;
		const u8 *w;

		if (h[11] || (wbits != 8 && wbits != 16))
			return refuse("layer %u: bad header", l);
		ly->mult = (s32)get32(h);
		ly->n_in = get16(h + 4);
		ly->n_out = get16(h + 6);
		ly->shift = h[8];
		ly->act = h[9];
		ly->bias = (const s32 *)take(c, (u64)ly->n_out * 4);
		wbytes = (u64)ly->n_in * ly->n_out * (wbits / 8);
		w = take(c, wbytes);
		if (!ly->bias || !w)
			return refuse("layer %u: truncated", l);
		ly->w8 = wbits == 8 ? (const s8 *)w : NULL;
		ly->w16 = wbits == 16 ? (const s16 *)w : NULL;
		p = take(c, (4 - (wbytes & 3)) & 3);
		if (!p || !zero(p, (4 - (wbytes & 3)) & 3))
			return refuse("layer %u: bad padding", l);
	}
	m->layers = out->layers;
	m->n_features = n_features;
	out->model.mlp = m;
	return 0;
}

/**
 * learned_blob_parse() - parse and validate a serialised model
 * @blob: the blob, 4-byte aligned (see "blob format" above)
 * @len: its length in bytes
 * @out: receives the model; its descriptors point into @blob
 *
 * Any byte string may be passed: every size is checked against @len before
 * it is used, so a truncated, oversized or corrupted blob is refused,
 * never read out of bounds.  The parsed model is then checked by
 * learned_model_validate().
 *
 * Context: Any context.  Takes time linear in @len.  Prints the reason of a
 * refusal (ratelimited).
 * Return: 0 if @out->model may be passed to learned_model_predict() (for
 * as long as @blob is unchanged), -EINVAL if not.
 */
int learned_blob_parse(const void *blob, size_t len,
		       struct learned_blob_model *out)
{
	struct blob_cursor c = { .base = blob, .len = len };
	const struct learned_norm *norm = NULL;
	unsigned int kind, n_features, flags;
	const u8 *h, *p;
	int ret;

	BUILD_BUG_ON(sizeof(struct learned_tree_node) != BLOB_NODE_SIZE);
	BUILD_BUG_ON(offsetof(struct learned_tree_node, feature) != 4);
	BUILD_BUG_ON(offsetof(struct learned_tree_node, left) != 6);
	BUILD_BUG_ON(offsetof(struct learned_tree_node, right) != 8);
	BUILD_BUG_ON(sizeof(struct learned_norm) != 16);

	if (!blob || !out)
		return refuse("missing blob or output");
	memset(out, 0, sizeof(*out));
	/* arrays are used in place: they must be little-endian and aligned */
	if (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
		return refuse("big-endian hosts are not supported");
	if ((unsigned long)blob & 3)
		return refuse("blob not 4-byte aligned");
	if (len > LEARNED_BLOB_MAX_SIZE)
		return refuse("%zu bytes, at most %u", len,
			      LEARNED_BLOB_MAX_SIZE);
	h = take(&c, BLOB_HEADER_SIZE);
	if (!h)
		return refuse("%zu bytes, shorter than the header", len);
	if (get32(h) != LEARNED_BLOB_MAGIC)
		return refuse("bad magic %08x", get32(h));
	if (get16(h + 4) != LEARNED_BLOB_VERSION)
		return refuse("version %u, expected %u", get16(h + 4),
			      LEARNED_BLOB_VERSION);
	kind = get16(h + 6);
	if (get32(h + 8) != len)
		return refuse("size field %u, blob has %zu bytes", get32(h + 8),
			      len);
	n_features = get16(h + 12);
	flags = get16(h + 14);
	if (flags & ~1U)
		return refuse("unknown flags %#x", flags);
	if (n_features < 1 || n_features > LEARNED_MAX_FEATURES)
		return refuse("%u features", n_features);
	if (flags & 1) {
		norm = (const struct learned_norm *)take(&c, (u64)n_features *
							 sizeof(*norm));
		if (!norm)
			return refuse("truncated normalisation");
	}

	out->model.kind = kind;
	switch (kind) {
	case LEARNED_MODEL_LINEAR:
		p = take(&c, 8);
		if (!p || !zero(p + 5, 3))
			return refuse("bad linear header");
		out->desc.linear.bias = (s32)get32(p);
		out->desc.linear.out = p[4];
		out->desc.linear.n_features = n_features;
		out->desc.linear.norm = norm;
		out->desc.linear.weights = (const s32 *)take(&c, (u64)n_features * 4);
		if (!out->desc.linear.weights)
			return refuse("truncated weights");
		out->model.linear = &out->desc.linear;
		break;
	case LEARNED_MODEL_TREE:
		p = take(&c, 4);
		if (!p || p[3])
			return refuse("bad tree header");
		out->desc.tree.n_nodes = get16(p);
		out->desc.tree.max_depth = p[2];
		out->desc.tree.n_features = n_features;
		out->desc.tree.norm = norm;
		out->desc.tree.nodes = take_nodes(&c, out->desc.tree.n_nodes);
		if (!out->desc.tree.nodes)
			return refuse("truncated or padded nodes");
		out->model.tree = &out->desc.tree;
		break;
	case LEARNED_MODEL_FOREST:
		ret = parse_forest(&c, out, n_features);
		if (ret)
			return ret;
		out->desc.forest.norm = norm;
		break;
	case LEARNED_MODEL_MLP:
		ret = parse_mlp(&c, out, n_features);
		if (ret)
			return ret;
		out->desc.mlp.norm = norm;
		break;
	default:
		return refuse("unknown kind %u", kind);
	}
	if (c.off != len)
		return refuse("%zu trailing bytes", len - c.off);
	return learned_model_validate(&out->model);
}
EXPORT_SYMBOL_GPL(learned_blob_parse);

/**
 * DOC: model package format
 *
 * A model package is what the trainer writes for runtime loading
 * (/sys/kernel/learned/<hook>/model_load): an 80-byte little-endian header
 * followed by one model blob in the format above.
 *
 * - 0: u32 magic (%LEARNED_PKG_MAGIC, "LRNP")
 * - 4: u16 version (%LEARNED_PKG_VERSION)
 * - 6: u16 header size (%LEARNED_PKG_HEADER_SIZE)
 * - 8: u32 total size of the package
 * - 12: u32 feature set: the identity of the feature vector the model
 *   reads; the policy that takes the model must build the same one
 * - 16: u64 checksum: FNV-1a 64 over the whole package with these eight
 *   bytes read as zero
 * - 24: hook name, 16 bytes; 40: policy name, 16 bytes: [a-z0-9_]+,
 *   NUL-terminated and NUL-padded
 * - 56: model name, 24 bytes: printable ASCII, NUL-terminated and
 *   NUL-padded
 * - 80: the blob, to the end of the package
 */

#define PKG_CSUM_OFF	16

/**
 * learned_package_checksum() - the checksum a package should carry
 * @pkg: the package
 * @len: its length in bytes, at least %LEARNED_PKG_HEADER_SIZE
 *
 * Context: Any context.
 * Return: FNV-1a 64 of @pkg with the checksum field read as zero.
 */
u64 learned_package_checksum(const void *pkg, size_t len)
{
	const u8 *p = pkg;
	u64 h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		u8 b = i >= PKG_CSUM_OFF && i < PKG_CSUM_OFF + 8 ? 0 : p[i];

		h = (h ^ b) * 0x100000001b3ULL;
	}
	return h;
}
EXPORT_SYMBOL_GPL(learned_package_checksum);

/* a NUL-terminated, NUL-padded field of @n bytes whose characters pass */
static bool pkg_string(const u8 *f, unsigned int n, bool ident)
{
	unsigned int i, len = 0;

	while (len < n && f[len])
		len++;
	if (!len || len == n)
		return false;
	for (i = 0; i < len; i++) {
		u8 c = f[i];

		if (ident ? !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			      c == '_') : (c < 0x20 || c > 0x7e))
			return false;
	}
	return zero(f + len, n - len);
}

/**
 * learned_package_parse() - check a model package and find its blob
 * @pkg: the package, 8-byte aligned
 * @len: its length in bytes
 * @out: receives the header fields and where the blob is
 * @why: receives a static string saying why a package is refused
 *
 * Checks the header (magic, version, sizes, names, checksum); the blob
 * itself is then checked by learned_blob_parse().  Any byte string may be
 * passed.
 *
 * Context: Any context.  Takes time linear in @len.
 * Return: 0 if the header is sound, -EINVAL (and *@why set) if not.
 */
int learned_package_parse(const void *pkg, size_t len,
			  struct learned_package *out, const char **why)
{
	const u8 *h = pkg;
	u64 sum;

	*why = NULL;
	memset(out, 0, sizeof(*out));
	if (!pkg || len < LEARNED_PKG_HEADER_SIZE)
		*why = "shorter than the package header";
	else if ((unsigned long)pkg & 7)
		*why = "package not 8-byte aligned";
	else if (get32(h) != LEARNED_PKG_MAGIC)
		*why = "bad magic (not a model package)";
	else if (get16(h + 4) != LEARNED_PKG_VERSION)
		*why = "unsupported package version";
	else if (get16(h + 6) != LEARNED_PKG_HEADER_SIZE)
		*why = "bad header size";
	else if (get32(h + 8) != len)
		*why = "size field does not match the package length";
	else if (len - LEARNED_PKG_HEADER_SIZE > LEARNED_BLOB_MAX_SIZE)
		*why = "model blob too large";
	else if (!pkg_string(h + 24, LEARNED_PKG_ID_MAX, true))
		*why = "bad hook name";
	else if (!pkg_string(h + 40, LEARNED_PKG_ID_MAX, true))
		*why = "bad policy name";
	else if (!pkg_string(h + 56, LEARNED_PKG_NAME_MAX, false))
		*why = "bad model name";
	if (*why)
		return -EINVAL;
	sum = get32(h + PKG_CSUM_OFF) | (u64)get32(h + PKG_CSUM_OFF + 4) << 32;
	if (sum != learned_package_checksum(pkg, len)) {
		*why = "checksum mismatch";
		return -EINVAL;
	}
	out->feature_set = get32(h + 12);
	out->checksum = sum;
	memcpy(out->hook, h + 24, LEARNED_PKG_ID_MAX);
	memcpy(out->policy, h + 40, LEARNED_PKG_ID_MAX);
	memcpy(out->name, h + 56, LEARNED_PKG_NAME_MAX);
	out->blob = h + LEARNED_PKG_HEADER_SIZE;
	out->blob_len = len - LEARNED_PKG_HEADER_SIZE;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_package_parse);
