/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Feature vector of the eviction hook's refault decision.
 *
 * Shared by the kernel (mm/learned_evict.c) and the userspace simulator
 * and trainer (tools/), so a model sees exactly the same integers in both.
 * Pure integer arithmetic, no allocation, no state.
 */
#ifndef _LINUX_LEARNED_EVICT_FEATURES_H
#define _LINUX_LEARNED_EVICT_FEATURES_H

#include <linux/bitops.h>
#include <linux/types.h>

enum learned_evict_feature {
	LEARNED_EVICT_F_DISTANCE,	/* log2q8(distance + 1) */
	LEARNED_EVICT_F_WORKINGSET,	/* log2q8(workingset + 1) */
	LEARNED_EVICT_F_ACTIVE,		/* log2q8(active_file + 1) */
	LEARNED_EVICT_F_INACTIVE,	/* log2q8(inactive_file + 1) */
	LEARNED_EVICT_F_NRPAGES,	/* log2q8(nrpages + 1) */
	LEARNED_EVICT_F_WAS_ACTIVE,	/* 0 or 1 */
	LEARNED_EVICT_F_DIST_RATIO,	/* 256 * distance / (active + inactive + 1), <= 4096 */
	LEARNED_EVICT_NR_FEATURES,
};

/*
 * Identity of this feature vector in model packages (learned-train
 * --feature-set): change it whenever a feature changes meaning.
 */
#define LEARNED_EVICT_REFAULT_FEATURE_SET	1

/**
 * learned_log2q8() - base-2 logarithm with 8 fractional bits.
 * @v: the value, >= 1 (0 gives 0).
 *
 * The integer part is exact; the fraction is the top 8 mantissa bits
 * (linear interpolation between powers of two, error below 0.09).
 *
 * Return: about 256 * log2(@v), in [0, 16383].
 */
static inline s32 learned_log2q8(u64 v)
{
	int msb;
	u64 frac;

	if (!v)
		return 0;
	msb = fls64(v) - 1;
	if (msb >= 8)
		frac = (v >> (msb - 8)) & 0xff;
	else
		frac = (v << (8 - msb)) & 0xff;
	return (s32)(msb * 256 + frac);
}

/**
 * learned_evict_features() - the refault feature vector.
 * @distance: refault distance in pages.
 * @workingset: the workingset size stock compares @distance with.
 * @active_file: pages on the active file list.
 * @inactive_file: pages on the inactive file list.
 * @nrpages: pages of the file in the page cache.
 * @was_active: the folio was active when it was evicted.
 * @x: %LEARNED_EVICT_NR_FEATURES outputs.
 */
static inline void learned_evict_features(u64 distance, u64 workingset,
					  u64 active_file, u64 inactive_file,
					  u64 nrpages, bool was_active, s32 *x)
{
	u64 lru = active_file + inactive_file + 1;
	u64 ratio;

	x[LEARNED_EVICT_F_DISTANCE] = learned_log2q8(distance + 1);
	x[LEARNED_EVICT_F_WORKINGSET] = learned_log2q8(workingset + 1);
	x[LEARNED_EVICT_F_ACTIVE] = learned_log2q8(active_file + 1);
	x[LEARNED_EVICT_F_INACTIVE] = learned_log2q8(inactive_file + 1);
	x[LEARNED_EVICT_F_NRPAGES] = learned_log2q8(nrpages + 1);
	x[LEARNED_EVICT_F_WAS_ACTIVE] = was_active;
	/* distance < 2^52 in practice; cap before scaling to avoid overflow */
	ratio = distance >= lru * 16 ? 4096 : (distance << 8) / lru;
	x[LEARNED_EVICT_F_DIST_RATIO] = (s32)(ratio > 4096 ? 4096 : ratio);
}

#endif /* _LINUX_LEARNED_EVICT_FEATURES_H */
