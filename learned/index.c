// SPDX-License-Identifier: GPL-2.0
/*
 * Learned index: error-bounded piecewise-linear segments over sorted keys.
 *
 * See include/linux/learned_index.h for the model, the memory layout and
 * the locking rules.  Integer arithmetic only.  The same file builds in
 * userspace (tools/index/) through shim headers.
 *
 * Construction
 * ------------
 * Segments come from the greedy shrinking cone: a segment starts at entry
 * s with key k0; it accepts entry i (key k, dk = k - k0, di = i - s) while
 * some slope m satisfies di - eps <= m * dk <= di + eps for all of its
 * entries.  The cone [lo, hi] of such slopes is kept in Q32.32:
 * lo = max ceil((di - eps) * 2^32 / dk), hi = min floor((di + eps) * 2^32 / dk),
 * so for the slope finally chosen in [lo, hi] the real product
 * slope * dk / 2^32 lies in [di - eps, di + eps] and so does its floor,
 * which is what a lookup computes.  The error bound therefore holds exactly
 * for the fixed-point predictions, not only for the real-valued line.
 *
 * A key b that is not in the index, between the keys of entries i and i + 1
 * of a segment, is predicted between their predictions (the slope is not
 * negative), so its predecessor i lies in [pred - eps - 1, pred + eps].
 * The lookup checks that the window really brackets the answer and
 * otherwise searches the whole segment.
 */
#include <linux/bitops.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/learned_index.h>
#include <linux/math64.h>
#include <linux/minmax.h>
#include <linux/overflow.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <asm/unaligned.h>

/* Every packed column is followed by this many readable bytes. */
#define LI_PAD	8

static __always_inline void learned_index_build_checks(void)
{
	/* (di + eps) << SHIFT fits a u64 for every position difference */
	BUILD_BUG_ON(((u64)LEARNED_INDEX_MAX_ENTRIES + LEARNED_INDEX_EPS_MAX) >=
		     (1ULL << (64 - LEARNED_INDEX_SLOPE_SHIFT)));
	/* windows and their ends fit a u32 */
	BUILD_BUG_ON((u64)LEARNED_INDEX_MAX_ENTRIES + 2 * LEARNED_INDEX_EPS_MAX + 2 >
		     U32_MAX);
	BUILD_BUG_ON(LEARNED_INDEX_EPS_MIN < 1);
	BUILD_BUG_ON(LEARNED_INDEX_DELTA_MAX >= LEARNED_INDEX_MAX_ENTRIES);
}

/* Bytes needed to store @v (0 for 0). */
static u8 li_width(u64 v)
{
	return (fls64(v) + 7) / 8;
}

static __always_inline u64 li_mask(u8 w)
{
	return w >= 8 ? U64_MAX : (1ULL << (8 * w)) - 1;
}

/* Element @i of a column of @w-byte little-endian values. */
static __always_inline u64 li_load(const u8 *col, u8 w, u64 mask, u32 i)
{
	return get_unaligned_le64(col + (size_t)i * w) & mask;
}

static void li_store(u8 *col, u8 w, u32 i, u64 v)
{
	u8 *p = col + (size_t)i * w;
	u8 b;

	for (b = 0; b < w; b++)
		p[b] = v >> (8 * b);
}

/* Index of the last segment whose first key is <= @key; @key >= seg_keys[0]. */
static __always_inline u32 li_seg_find(const struct learned_index *idx, u64 key)
{
	const u64 *sk = idx->seg_keys;
	u32 lo = 0, hi = idx->nr_segs - 1;

	while (lo < hi) {
		u32 mid = lo + (hi - lo + 1) / 2;

		if (sk[mid] <= key)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Index of the segment holding base position @pos < nr. */
static u32 li_seg_of_pos(const struct learned_index *idx, u32 pos)
{
	u32 lo = 0, hi = idx->nr_segs - 1;

	while (lo < hi) {
		u32 mid = lo + (hi - lo + 1) / 2;

		if (idx->segs[mid].start <= pos)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* Prediction of segment @j for @key, relative to the segment's start. */
static __always_inline u32 li_predict(const struct learned_index *idx, u32 j,
				      u64 key)
{
	const struct learned_index_seg *seg = &idx->segs[j];
	u32 len = seg[1].start - seg->start;
	u64 off = min(key - idx->seg_keys[j], seg->span);
	u64 p = mul_u64_u64_shr(off, seg->slope, LEARNED_INDEX_SLOPE_SHIFT);

	return min_t(u64, p, len - 1);
}

/*
 * Base position of the last entry whose key is <= @key, or -1 when there is
 * none.  *@segp receives its segment.  Does not look at tombstones.
 */
static __always_inline s64 li_base_pred(const struct learned_index *idx,
					u64 key, u32 *segp)
{
	const u8 *keys;
	u64 mask, off;
	u32 j, start, len, p, lo, hi;

	if (!idx->nr || key < idx->seg_keys[0])
		return -1;
	j = li_seg_find(idx, key);
	start = idx->segs[j].start;
	len = idx->segs[j + 1].start - start;
	off = key - idx->seg_keys[j];
	p = li_predict(idx, j, key);
	lo = p > idx->eps ? p - idx->eps - 1 : 0;
	hi = min(p + idx->eps, len - 1);

	keys = idx->keys + (size_t)start * idx->key_w;
	mask = li_mask(idx->key_w);
	/* Make sure the window brackets the answer; else search the segment. */
	if (li_load(keys, idx->key_w, mask, lo) > off)
		lo = 0;
	if (hi < len - 1 && li_load(keys, idx->key_w, mask, hi + 1) <= off)
		hi = len - 1;
	while (lo < hi) {
		u32 mid = lo + (hi - lo + 1) / 2;

		if (li_load(keys, idx->key_w, mask, mid) <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	*segp = j;
	return start + lo;
}

/* Decode base entry @pos of segment @j. */
static __always_inline void li_base_get(const struct learned_index *idx,
					u32 j, u32 pos,
					struct learned_extent *e)
{
	e->lblk = idx->seg_keys[j] +
		li_load(idx->keys, idx->key_w, li_mask(idx->key_w), pos);
	e->len = li_load(idx->lens, idx->len_w, li_mask(idx->len_w), pos) + 1;
	e->pblk = idx->segs[j].pblk_base +
		li_load(idx->pblks, idx->pblk_w, li_mask(idx->pblk_w), pos);
}

/* Position of the first element of sorted @a[0..@n) that is >= @key. */
static u32 li_lower_u64(const u64 *a, u32 n, u64 key)
{
	u32 lo = 0, hi = n;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (a[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Position of the first inserted extent whose lblk is >= @key. */
static u32 li_lower_ins(const struct learned_index *idx, u64 key)
{
	u32 lo = 0, hi = idx->nr_ins;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (idx->ins[mid].lblk < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool li_tombstoned(const struct learned_index *idx, u64 key)
{
	u32 t;

	if (!idx->nr_tomb)
		return false;
	t = li_lower_u64(idx->tomb, idx->nr_tomb, key);
	return t < idx->nr_tomb && idx->tomb[t] == key;
}

/**
 * learned_index_lookup() - find the extent that starts at a key
 * @idx: index
 * @lblk: key
 * @out: receives the extent when found; may be NULL
 *
 * Context: Any context; does not allocate or sleep.  The caller excludes
 * concurrent updates of @idx (see include/linux/learned_index.h).
 * Return: true if an extent starts at @lblk, false otherwise.
 */
bool learned_index_lookup(const struct learned_index *idx, u64 lblk,
			  struct learned_extent *out)
{
	struct learned_extent e;
	s64 r;
	u32 j, k;

	r = li_base_pred(idx, lblk, &j);
	if (r >= 0) {
		li_base_get(idx, j, r, &e);
		if (e.lblk == lblk && !li_tombstoned(idx, lblk)) {
			if (out)
				*out = e;
			return true;
		}
	}
	if (idx->nr_ins) {
		k = li_lower_ins(idx, lblk);
		if (k < idx->nr_ins && idx->ins[k].lblk == lblk) {
			if (out)
				*out = idx->ins[k];
			return true;
		}
	}
	return false;
}
EXPORT_SYMBOL_GPL(learned_index_lookup);

/**
 * learned_index_lookup_cover() - find the extent that contains a key
 * @idx: index
 * @blk: key (e.g. a logical block)
 * @out: receives the extent [lblk, lblk + len) containing @blk; may be NULL
 *
 * Context: Any context; does not allocate or sleep.  The caller excludes
 * concurrent updates of @idx (see include/linux/learned_index.h).
 * Return: true if an extent contains @blk, false if @blk is in a hole.
 */
bool learned_index_lookup_cover(const struct learned_index *idx, u64 blk,
				struct learned_extent *out)
{
	struct learned_extent e;
	s64 r;
	u32 j, k;

	r = li_base_pred(idx, blk, &j);
	if (r >= 0) {
		li_base_get(idx, j, r, &e);
		if (blk - e.lblk < e.len && !li_tombstoned(idx, e.lblk)) {
			if (out)
				*out = e;
			return true;
		}
	}
	if (idx->nr_ins) {
		/* last inserted extent starting at or before @blk */
		k = li_lower_ins(idx, blk);
		if (k < idx->nr_ins && idx->ins[k].lblk == blk)
			k++;
		if (k && blk - idx->ins[k - 1].lblk < idx->ins[k - 1].len) {
			if (out)
				*out = idx->ins[k - 1];
			return true;
		}
	}
	return false;
}
EXPORT_SYMBOL_GPL(learned_index_lookup_cover);

/**
 * learned_index_lookup_floor() - find the last extent that starts at or
 *	before a key
 * @idx: index
 * @key: key
 * @out: receives the extent with the largest lblk <= @key; may be NULL
 *
 * Unlike learned_index_lookup_cover(), the answer does not depend on the
 * extents' lengths: a user that keeps the length elsewhere (e.g. in the
 * object @out->pblk refers to) may build the index with every len 1 and
 * check coverage itself.  Deleted base entries are skipped (at most one
 * step per tombstone).
 *
 * Context: Any context; does not allocate or sleep.  The caller excludes
 * concurrent updates of @idx (see include/linux/learned_index.h).
 * Return: true if some extent starts at or before @key, false otherwise.
 */
bool learned_index_lookup_floor(const struct learned_index *idx, u64 key,
				struct learned_extent *out)
{
	struct learned_extent e, best;
	bool found = false;
	s64 r;
	u32 j, k;

	r = li_base_pred(idx, key, &j);
	/* each step back skips a tombstoned entry: at most nr_tomb steps */
	while (r >= 0) {
		li_base_get(idx, j, r, &e);
		if (!li_tombstoned(idx, e.lblk)) {
			best = e;
			found = true;
			break;
		}
		r--;
		if (r >= 0 && (u32)r < idx->segs[j].start)
			j--;
	}
	if (idx->nr_ins) {
		/* last inserted extent starting at or before @key */
		k = li_lower_ins(idx, key);
		if (k < idx->nr_ins && idx->ins[k].lblk == key)
			k++;
		if (k && (!found || idx->ins[k - 1].lblk > best.lblk)) {
			best = idx->ins[k - 1];
			found = true;
		}
	}
	if (found && out)
		*out = best;
	return found;
}
EXPORT_SYMBOL_GPL(learned_index_lookup_floor);

/* Construction. */

/* Where the entries of a build come from: an array or an index + delta. */
struct li_cursor {
	const struct learned_extent *ext;
	const struct learned_index *old;
	u32 nr;
	u32 i;		/* next array element or base position */
	u32 seg;	/* segment of base position i */
	u32 k;		/* next inserted extent */
	u32 t;		/* next tombstone */
};

static void li_cursor_init(struct li_cursor *c, const struct learned_extent *ext,
			   u32 nr, const struct learned_index *old)
{
	memset(c, 0, sizeof(*c));
	c->ext = ext;
	c->nr = nr;
	c->old = old;
}

static bool li_cursor_next(struct li_cursor *c, struct learned_extent *e)
{
	const struct learned_index *old = c->old;
	struct learned_extent b;

	if (!old) {
		if (c->i >= c->nr)
			return false;
		*e = c->ext[c->i++];
		return true;
	}
	/* Merge the live base entries with the inserted extents. */
	while (c->i < old->nr) {
		while (old->segs[c->seg + 1].start <= c->i)
			c->seg++;
		li_base_get(old, c->seg, c->i, &b);
		while (c->t < old->nr_tomb && old->tomb[c->t] < b.lblk)
			c->t++;
		if (c->t < old->nr_tomb && old->tomb[c->t] == b.lblk) {
			c->i++;
			continue;
		}
		if (c->k < old->nr_ins && old->ins[c->k].lblk < b.lblk)
			break;
		c->i++;
		*e = b;
		return true;
	}
	if (c->k < old->nr_ins) {
		*e = old->ins[c->k++];
		return true;
	}
	return false;
}

/* Shrinking cone of the segment being built. */
struct li_cone {
	u64 k0;
	u32 s;
	u64 lo, hi;
};

static void li_cone_start(struct li_cone *c, u64 key, u32 i)
{
	c->k0 = key;
	c->s = i;
	c->lo = 0;
	c->hi = U64_MAX;
}

/* Try to add entry @i with @key (> every key so far); false: it does not fit. */
static bool li_cone_add(struct li_cone *c, u64 key, u32 i, u32 eps)
{
	u64 dk = key - c->k0, di = i - c->s, lo = 0, hi, num;

	if (di > eps) {
		num = (di - eps) << LEARNED_INDEX_SLOPE_SHIFT;
		lo = div64_u64(num, dk);
		if (lo * dk != num)
			lo++;
	}
	hi = div64_u64((di + eps) << LEARNED_INDEX_SLOPE_SHIFT, dk);
	lo = max(lo, c->lo);
	hi = min(hi, c->hi);
	if (lo > hi)
		return false;
	c->lo = lo;
	c->hi = hi;
	return true;
}

static u64 li_cone_slope(const struct li_cone *c)
{
	/* a single entry: any slope; 0 keeps predictions at the start */
	if (c->hi == U64_MAX)
		return 0;
	return c->lo + (c->hi - c->lo) / 2;
}

/* What pass 1 learns about the entries (max_len1: largest len - 1). */
struct li_shape {
	u32 nr;
	u32 nr_segs;
	u64 max_span;
	u64 max_len1;
	u64 max_prange;
};

/*
 * Pass 1: check the entries (sorted, not overlapping, len >= 1, no wrap),
 * count them and the segments, and find the widths the columns need.
 */
static int li_pass_shape(struct li_cursor *cur, u32 eps, struct li_shape *sh)
{
	struct learned_extent e;
	struct li_cone cone;
	u64 prev_last = 0, pmin = 0, pmax = 0, prev_key = 0;
	u32 i = 0;

	memset(sh, 0, sizeof(*sh));
	while (li_cursor_next(cur, &e)) {
		if (i >= LEARNED_INDEX_MAX_ENTRIES || !e.len ||
		    e.lblk + (e.len - 1) < e.lblk)
			return -EINVAL;
		if (i && e.lblk <= prev_last)
			return -EINVAL;
		if (!i || !li_cone_add(&cone, e.lblk, i, eps)) {
			if (i) {
				sh->max_span = max(sh->max_span, prev_key - cone.k0);
				sh->max_prange = max(sh->max_prange, pmax - pmin);
			}
			li_cone_start(&cone, e.lblk, i);
			pmin = e.pblk;
			pmax = e.pblk;
			sh->nr_segs++;
		}
		pmin = min(pmin, e.pblk);
		pmax = max(pmax, e.pblk);
		sh->max_len1 = max_t(u64, sh->max_len1, e.len - 1);
		prev_key = e.lblk;
		prev_last = e.lblk + (e.len - 1);
		i++;
	}
	if (i) {
		sh->max_span = max(sh->max_span, prev_key - cone.k0);
		sh->max_prange = max(sh->max_prange, pmax - pmin);
	}
	sh->nr = i;
	return 0;
}

/* Pass 2: the segments.  Pass 1 succeeded on the same entries. */
static void li_pass_segs(struct li_cursor *cur, struct learned_index *nb)
{
	struct learned_index_seg *seg = NULL;
	struct learned_extent e;
	struct li_cone cone;
	u64 prev_key = 0;
	u32 i = 0, j = 0;

	while (li_cursor_next(cur, &e)) {
		if (!i || !li_cone_add(&cone, e.lblk, i, nb->eps)) {
			if (seg) {
				seg->slope = li_cone_slope(&cone);
				seg->span = prev_key - cone.k0;
			}
			li_cone_start(&cone, e.lblk, i);
			seg = &nb->segs[j];
			nb->seg_keys[j++] = e.lblk;
			seg->start = i;
			seg->pblk_base = e.pblk;
		}
		seg->pblk_base = min(seg->pblk_base, e.pblk);
		prev_key = e.lblk;
		i++;
	}
	if (seg) {
		seg->slope = li_cone_slope(&cone);
		seg->span = prev_key - cone.k0;
	}
	nb->segs[j].start = i;	/* sentinel */
}

/* Pass 3: the packed columns. */
static void li_pass_cols(struct li_cursor *cur, struct learned_index *nb)
{
	struct learned_extent e;
	u32 i = 0, j = 0;

	while (li_cursor_next(cur, &e)) {
		while (nb->segs[j + 1].start <= i)
			j++;
		li_store(nb->keys, nb->key_w, i, e.lblk - nb->seg_keys[j]);
		li_store(nb->lens, nb->len_w, i, e.len - 1);
		li_store(nb->pblks, nb->pblk_w, i, e.pblk - nb->segs[j].pblk_base);
		i++;
	}
}

static void li_free_base(struct learned_index *idx)
{
	kvfree(idx->seg_keys);
	kvfree(idx->segs);
	kvfree(idx->keys);
	kvfree(idx->lens);
	kvfree(idx->pblks);
}

static void *li_alloc(size_t n, size_t size, size_t *bytes, gfp_t gfp)
{
	size_t sz = size_add(array_size(n, size), LI_PAD);

	if (sz == SIZE_MAX)
		return NULL;
	*bytes += sz;
	return kvzalloc(sz, gfp);
}

/*
 * Build the base of @nb (whose eps is set) from @ext[0..@nr) or, when @old
 * is not NULL, from the live entries of @old.  Only the base fields of @nb
 * are written; on error nothing is allocated.
 */
static int li_build_base(struct learned_index *nb,
			 const struct learned_extent *ext, u32 nr,
			 const struct learned_index *old, gfp_t gfp)
{
	struct li_cursor cur;
	struct li_shape sh;
	size_t bytes = 0;
	int err;

	learned_index_build_checks();
	li_cursor_init(&cur, ext, nr, old);
	err = li_pass_shape(&cur, nb->eps, &sh);
	if (err)
		return err;
	nb->nr = sh.nr;
	nb->nr_segs = sh.nr_segs;
	nb->key_w = li_width(sh.max_span);
	nb->len_w = li_width(sh.max_len1);
	nb->pblk_w = li_width(sh.max_prange);
	nb->seg_keys = NULL;
	nb->segs = NULL;
	nb->keys = NULL;
	nb->lens = NULL;
	nb->pblks = NULL;
	nb->bytes = 0;
	if (!sh.nr)
		return 0;

	nb->seg_keys = li_alloc(sh.nr_segs, sizeof(u64), &bytes, gfp);
	nb->segs = li_alloc(sh.nr_segs + 1, sizeof(*nb->segs), &bytes, gfp);
	nb->keys = li_alloc(sh.nr, nb->key_w, &bytes, gfp);
	nb->lens = li_alloc(sh.nr, nb->len_w, &bytes, gfp);
	nb->pblks = li_alloc(sh.nr, nb->pblk_w, &bytes, gfp);
	if (!nb->seg_keys || !nb->segs || !nb->keys || !nb->lens || !nb->pblks) {
		li_free_base(nb);
		return -ENOMEM;
	}
	nb->bytes = bytes;

	li_cursor_init(&cur, ext, nr, old);
	li_pass_segs(&cur, nb);
	li_cursor_init(&cur, ext, nr, old);
	li_pass_cols(&cur, nb);
	return 0;
}

/**
 * learned_index_params_validate() - check build parameters
 * @p: parameters
 *
 * Context: Any context.
 * Return: 0 if @p is usable, -EINVAL if @p is NULL or a field is out of
 * range.
 */
int learned_index_params_validate(const struct learned_index_params *p)
{
	if (!p)
		return -EINVAL;
	if (p->eps < LEARNED_INDEX_EPS_MIN || p->eps > LEARNED_INDEX_EPS_MAX)
		return -EINVAL;
	if (p->delta_max < LEARNED_INDEX_DELTA_MIN ||
	    p->delta_max > LEARNED_INDEX_DELTA_MAX)
		return -EINVAL;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_index_params_validate);

/**
 * learned_index_build() - build an index over sorted extents
 * @idx: index to initialise; its previous contents are ignored
 * @ext: extents sorted by lblk, not overlapping, each len >= 1 and
 *	lblk + len - 1 not wrapping; copied, not kept
 * @nr: number of extents, at most LEARNED_INDEX_MAX_ENTRIES (may be 0)
 * @p: parameters, checked with learned_index_params_validate()
 * @gfp: allocation flags (GFP_KERNEL-compatible: arrays use kvmalloc)
 *
 * Runs in O(@nr) time.  On success @idx must eventually be released with
 * learned_index_destroy().  On failure @idx is left empty: lookups on it
 * find nothing and learned_index_destroy() is a no-op.
 *
 * Context: Process context if @gfp allows sleeping.
 * Return: 0 on success, -EINVAL for bad parameters or unsorted,
 * overlapping, empty or wrapping extents (or @ext NULL with @nr > 0),
 * -ENOMEM when out of memory.
 */
int learned_index_build(struct learned_index *idx,
			const struct learned_extent *ext, u32 nr,
			const struct learned_index_params *p, gfp_t gfp)
{
	struct learned_index nb;
	size_t dbytes = 0;
	int err;

	if (!idx)
		return -EINVAL;
	memset(idx, 0, sizeof(*idx));
	err = learned_index_params_validate(p);
	if (err)
		return err;
	if ((!ext && nr) || nr > LEARNED_INDEX_MAX_ENTRIES)
		return -EINVAL;

	memset(&nb, 0, sizeof(nb));
	nb.eps = p->eps;
	nb.delta_max = p->delta_max;
	err = li_build_base(&nb, ext, nr, NULL, gfp);
	if (err)
		return err;
	nb.ins = li_alloc(nb.delta_max, sizeof(*nb.ins), &dbytes, gfp);
	nb.tomb = li_alloc(nb.delta_max, sizeof(*nb.tomb), &dbytes, gfp);
	if (!nb.ins || !nb.tomb) {
		kvfree(nb.ins);
		kvfree(nb.tomb);
		li_free_base(&nb);
		return -ENOMEM;
	}
	*idx = nb;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_index_build);

/**
 * learned_index_destroy() - free an index
 * @idx: index built by learned_index_build(), or left empty by a failed
 *	build, or already destroyed
 *
 * Context: Process context (may call vfree()); no concurrent lookups.
 */
void learned_index_destroy(struct learned_index *idx)
{
	if (!idx)
		return;
	li_free_base(idx);
	kvfree(idx->ins);
	kvfree(idx->tomb);
	memset(idx, 0, sizeof(*idx));
}
EXPORT_SYMBOL_GPL(learned_index_destroy);

/**
 * learned_index_rebuild() - fold the delta into a new base
 * @idx: index
 * @gfp: allocation flags (GFP_KERNEL-compatible)
 *
 * Builds new segments and columns from the live entries of the base and
 * the delta, in O(entries), then empties the delta.  On failure @idx is
 * unchanged.
 *
 * Context: Process context if @gfp allows sleeping; exclusive access.
 * Return: 0 on success, -EINVAL if @idx was never built, -ENOMEM.
 */
int learned_index_rebuild(struct learned_index *idx, gfp_t gfp)
{
	struct learned_index nb;
	int err;

	if (!idx || !idx->ins || !idx->tomb)
		return -EINVAL;
	nb = *idx;
	err = li_build_base(&nb, NULL, 0, idx, gfp);
	if (err)
		return err;
	li_free_base(idx);
	nb.nr_ins = 0;
	nb.nr_tomb = 0;
	nb.rebuilds++;
	*idx = nb;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_index_rebuild);

/* Base position of the first live entry whose key is >= @key, or nr. */
static u32 li_base_next_live(const struct learned_index *idx, u64 key)
{
	struct learned_extent e;
	u32 j, pos;
	s64 r;

	r = li_base_pred(idx, key, &j);
	if (r < 0) {
		pos = 0;
	} else {
		li_base_get(idx, j, r, &e);
		pos = e.lblk == key ? r : r + 1;
	}
	/* each skipped entry is tombstoned: at most nr_tomb iterations */
	while (pos < idx->nr) {
		j = li_seg_of_pos(idx, pos);
		li_base_get(idx, j, pos, &e);
		if (!li_tombstoned(idx, e.lblk))
			break;
		pos++;
	}
	return pos;
}

/* Does [lblk, last] intersect a live extent? */
static bool li_overlaps(const struct learned_index *idx, u64 lblk, u64 last)
{
	struct learned_extent e;
	u32 pos, k;

	if (learned_index_lookup_cover(idx, lblk, NULL))
		return true;
	pos = li_base_next_live(idx, lblk);
	if (pos < idx->nr) {
		li_base_get(idx, li_seg_of_pos(idx, pos), pos, &e);
		if (e.lblk <= last)
			return true;
	}
	k = li_lower_ins(idx, lblk);
	return k < idx->nr_ins && idx->ins[k].lblk <= last;
}

static int li_make_room(struct learned_index *idx, gfp_t gfp)
{
	if (idx->nr_ins + idx->nr_tomb < idx->delta_max)
		return 0;
	return learned_index_rebuild(idx, gfp);
}

/**
 * learned_index_insert() - add an extent
 * @idx: index
 * @ext: extent; must not overlap any extent in @idx
 * @gfp: allocation flags for a rebuild (GFP_KERNEL-compatible)
 *
 * The extent goes to the delta; when the delta is full, the index is
 * rebuilt first (see learned_index_rebuild()).
 *
 * Context: Exclusive access; process context if @gfp allows sleeping.
 * Return: 0 on success, -EINVAL for a NULL/unbuilt index or an extent with
 * len 0 or wrapping, -EEXIST if it overlaps an extent of @idx, -ENOSPC if
 * the index is at LEARNED_INDEX_MAX_ENTRIES, -ENOMEM if a needed rebuild
 * failed.  @idx is unchanged on error.
 */
int learned_index_insert(struct learned_index *idx,
			 const struct learned_extent *ext, gfp_t gfp)
{
	u64 last;
	u32 k;
	int err;

	if (!idx || !idx->ins || !ext || !ext->len)
		return -EINVAL;
	last = ext->lblk + (ext->len - 1);
	if (last < ext->lblk)
		return -EINVAL;
	if (li_overlaps(idx, ext->lblk, last))
		return -EEXIST;
	if (learned_index_count(idx) >= LEARNED_INDEX_MAX_ENTRIES)
		return -ENOSPC;
	err = li_make_room(idx, gfp);
	if (err)
		return err;
	k = li_lower_ins(idx, ext->lblk);
	memmove(&idx->ins[k + 1], &idx->ins[k],
		(idx->nr_ins - k) * sizeof(*idx->ins));
	idx->ins[k] = *ext;
	idx->nr_ins++;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_index_insert);

/**
 * learned_index_delete() - remove the extent that starts at a key
 * @idx: index
 * @lblk: first key of the extent
 * @gfp: allocation flags for a rebuild (GFP_KERNEL-compatible)
 *
 * An inserted extent leaves the delta; a base extent gets a tombstone.
 * When the delta is full, the index is rebuilt first.
 *
 * Context: Exclusive access; process context if @gfp allows sleeping.
 * Return: 0 on success, -EINVAL for a NULL or unbuilt index, -ENOENT if no
 * extent starts at @lblk, -ENOMEM if a needed rebuild failed.  @idx is
 * unchanged on error.
 */
int learned_index_delete(struct learned_index *idx, u64 lblk, gfp_t gfp)
{
	struct learned_extent e;
	u32 j, k, t;
	s64 r;
	int err;

	if (!idx || !idx->ins || !idx->tomb)
		return -EINVAL;
	k = li_lower_ins(idx, lblk);
	if (k < idx->nr_ins && idx->ins[k].lblk == lblk) {
		memmove(&idx->ins[k], &idx->ins[k + 1],
			(idx->nr_ins - k - 1) * sizeof(*idx->ins));
		idx->nr_ins--;
		return 0;
	}
	r = li_base_pred(idx, lblk, &j);
	if (r < 0)
		return -ENOENT;
	li_base_get(idx, j, r, &e);
	if (e.lblk != lblk || li_tombstoned(idx, lblk))
		return -ENOENT;
	err = li_make_room(idx, gfp);
	if (err)
		return err;
	t = li_lower_u64(idx->tomb, idx->nr_tomb, lblk);
	memmove(&idx->tomb[t + 1], &idx->tomb[t],
		(idx->nr_tomb - t) * sizeof(*idx->tomb));
	idx->tomb[t] = lblk;
	idx->nr_tomb++;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_index_delete);

/**
 * learned_index_bytes() - memory held by an index
 * @idx: index
 *
 * Counts the structure itself and every array it allocated, as requested
 * from the allocator (segments, segment keys, packed columns with their
 * padding, and the delta at full capacity).
 *
 * Context: Any context.
 * Return: bytes, 0 for NULL.
 */
size_t learned_index_bytes(const struct learned_index *idx)
{
	size_t delta;

	if (!idx)
		return 0;
	delta = idx->ins ? 2 * LI_PAD + (size_t)idx->delta_max *
		(sizeof(*idx->ins) + sizeof(*idx->tomb)) : 0;
	return sizeof(*idx) + idx->bytes + delta;
}
EXPORT_SYMBOL_GPL(learned_index_bytes);

/**
 * learned_index_count() - number of extents in an index
 * @idx: index
 *
 * Context: Any context.
 * Return: live extents (base minus tombstones plus inserts), 0 for NULL.
 */
u32 learned_index_count(const struct learned_index *idx)
{
	if (!idx)
		return 0;
	return idx->nr - idx->nr_tomb + idx->nr_ins;
}
EXPORT_SYMBOL_GPL(learned_index_count);

/**
 * learned_index_predict() - the model's position for a base entry
 * @idx: index
 * @pos: base position, below @idx->nr
 *
 * Looks up the segment by the entry's key, as a lookup would, and returns
 * the position the segment predicts before the bounded search.  Tests use
 * it to check |learned_index_predict(idx, pos) - pos| <= eps for every
 * entry.
 *
 * Context: Any context.
 * Return: the predicted position, or -EINVAL if @pos is out of range.
 */
s64 learned_index_predict(const struct learned_index *idx, u32 pos)
{
	struct learned_extent e;
	u32 j;

	if (!idx || pos >= idx->nr)
		return -EINVAL;
	li_base_get(idx, li_seg_of_pos(idx, pos), pos, &e);
	j = li_seg_find(idx, e.lblk);
	return (s64)idx->segs[j].start + li_predict(idx, j, e.lblk);
}
EXPORT_SYMBOL_GPL(learned_index_predict);
