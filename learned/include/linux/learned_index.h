/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned index: an error-bounded piecewise-linear map from sorted u64 keys
 * to positions in a sorted array of extents.
 *
 * The index holds a sorted set of non-overlapping extents
 * [lblk, lblk + len) -> pblk, e.g. the logical-to-physical block map of a
 * file.  learned_index_build() cuts the keys (lblk) into segments with the
 * greedy shrinking-cone algorithm in one O(n) pass; every segment is a line
 * with a Q32.32 fixed-point slope, and the position it predicts for each of
 * its keys is off by at most the error bound eps.  A lookup finds the
 * segment (binary search over the segments' first keys), predicts a
 * position with one 64x64->128 bit multiply, and binary searches only the
 * 2 * eps + 1 entries around it.  The result is exact; when the bounded
 * search cannot confirm its answer (which the construction rules out) it
 * falls back to searching the whole segment, so a lookup never returns a
 * wrong extent.
 *
 * Entries are stored in byte-packed columns (frame of reference per
 * segment): the key as an offset from the segment's first key, the length
 * minus 1 (no bytes at all when every extent has length 1), and pblk as
 * an offset from the segment's smallest pblk, each column as narrow as
 * its largest value needs (0 to 8 bytes).
 *
 * Updates go to a small delta: a sorted buffer of inserted extents and a
 * sorted set of tombstones (keys of deleted base entries).  When it is full
 * the next update rebuilds the base from base + delta.
 *
 * Locking: the index has no lock of its own.  Lookups only read it and
 * never allocate or sleep, so any number of them may run concurrently, in
 * any context, including under a spinlock.  Insert, delete, rebuild and
 * destroy need exclusive access (e.g. the write side of a rwlock or
 * rw_semaphore whose read side the lookups hold).  To use lookups under
 * RCU alone, treat an index as immutable once published: build a new one,
 * publish it with rcu_assign_pointer() and destroy the old one after a
 * grace period.
 */
#ifndef _LINUX_LEARNED_INDEX_H
#define _LINUX_LEARNED_INDEX_H

#include <linux/types.h>

/* Bounds of the parameters accepted by learned_index_build(). */
#define LEARNED_INDEX_EPS_MIN		1
#define LEARNED_INDEX_EPS_MAX		4096
#define LEARNED_INDEX_EPS_DEFAULT	32
#define LEARNED_INDEX_DELTA_MIN		1
#define LEARNED_INDEX_DELTA_MAX		65536
#define LEARNED_INDEX_DELTA_DEFAULT	64
/* Most entries an index holds (positions and their sums fit a s32). */
#define LEARNED_INDEX_MAX_ENTRIES	0x40000000U	/* 2^30 */
/* Fraction bits of the fixed-point slopes. */
#define LEARNED_INDEX_SLOPE_SHIFT	32

/**
 * struct learned_extent - one mapping
 * @lblk: first key (logical block) of the extent
 * @pblk: value of the first key (physical block); opaque to the index
 * @len: number of keys covered, at least 1; @lblk + @len - 1 must not wrap
 */
struct learned_extent {
	u64 lblk;
	u64 pblk;
	u32 len;
};

/**
 * struct learned_index_params - build-time parameters
 * @eps: maximum prediction error in positions, LEARNED_INDEX_EPS_MIN to
 *	LEARNED_INDEX_EPS_MAX.  Larger: fewer segments, longer searches.
 * @delta_max: capacity of the delta (inserts + tombstones) before a
 *	rebuild, LEARNED_INDEX_DELTA_MIN to LEARNED_INDEX_DELTA_MAX.
 */
struct learned_index_params {
	u32 eps;
	u32 delta_max;
};

/*
 * One segment: entries [start, next segment's start) of the base.  A key is
 * predicted at start + ((min(key - first key, span) * slope) >>
 * LEARNED_INDEX_SLOPE_SHIFT), where span is the offset of its last key and
 * pblk_base the smallest pblk of its entries.
 */
struct learned_index_seg {
	u64 slope;
	u64 span;
	u64 pblk_base;
	u32 start;
};

/**
 * struct learned_index - a learned index; treat as opaque
 * @nr: number of entries in the base
 * @nr_segs: number of segments
 * @eps: error bound the segments were built with
 * @delta_max: capacity of the delta
 * @key_w: bytes per key offset in @keys
 * @len_w: bytes per length - 1 in @lens
 * @pblk_w: bytes per pblk offset in @pblks
 * @nr_ins: inserted extents in @ins
 * @nr_tomb: tombstones in @tomb
 * @seg_keys: first key of every segment, sorted (@nr_segs entries)
 * @segs: segments, plus a sentinel whose start is @nr
 * @keys: key offsets from the segment's first key, @key_w bytes each
 * @lens: lengths - 1, @len_w bytes each
 * @pblks: pblk offsets from the segment's pblk_base, @pblk_w bytes each
 * @ins: inserted extents not in the base, sorted by lblk
 * @tomb: keys of deleted (or replaced) base entries, sorted
 * @bytes: memory held, in bytes (see learned_index_bytes())
 * @rebuilds: number of rebuilds since learned_index_build()
 */
struct learned_index {
	u32 nr;
	u32 nr_segs;
	u32 eps;
	u32 delta_max;
	u8 key_w;
	u8 len_w;
	u8 pblk_w;
	u32 nr_ins;
	u32 nr_tomb;
	u64 *seg_keys;
	struct learned_index_seg *segs;
	u8 *keys;
	u8 *lens;
	u8 *pblks;
	struct learned_extent *ins;
	u64 *tomb;
	size_t bytes;
	u64 rebuilds;
};

int learned_index_params_validate(const struct learned_index_params *p);
int learned_index_build(struct learned_index *idx,
			const struct learned_extent *ext, u32 nr,
			const struct learned_index_params *p, gfp_t gfp);
void learned_index_destroy(struct learned_index *idx);

bool learned_index_lookup(const struct learned_index *idx, u64 lblk,
			  struct learned_extent *out);
bool learned_index_lookup_cover(const struct learned_index *idx, u64 blk,
				struct learned_extent *out);
bool learned_index_lookup_floor(const struct learned_index *idx, u64 key,
				struct learned_extent *out);

int learned_index_insert(struct learned_index *idx,
			 const struct learned_extent *ext, gfp_t gfp);
int learned_index_delete(struct learned_index *idx, u64 lblk, gfp_t gfp);
int learned_index_rebuild(struct learned_index *idx, gfp_t gfp);

size_t learned_index_bytes(const struct learned_index *idx);
u32 learned_index_count(const struct learned_index *idx);
s64 learned_index_predict(const struct learned_index *idx, u32 pos);

#endif /* _LINUX_LEARNED_INDEX_H */
