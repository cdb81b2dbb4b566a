/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Feature vector of the reclaim hook (include/linux/learned_reclaim.h).
 *
 * Shared by the kernel (mm/learned_reclaim.c, mm/learned_reclaim_policy.c)
 * and the userspace trace tools (tools/reclaimtrace), so a model sees
 * exactly the same integers in both.  Pure integer arithmetic.
 *
 * Why these features: OPT keeps the folios that are reused soonest.  The
 * reuse of a folio is best predicted by how often it was used
 * (accesses), whether it was used lately (recent, idle), how long it has
 * been around (age: a folio with one access and a large age is a scan or
 * a cold page), how often reclaim already passed over it (scans), its
 * idle time relative to the LRU size (idle_ratio: close to 1 means it
 * would be evicted by LRU anyway), and context stock ignores: the file's
 * size (nrpages: small hot files versus big scanned ones), whether it is
 * mapped, and the reference bits stock uses, so a model can always
 * reproduce stock.  Two more describe the folio's past and the lists'
 * state: refault (how far past the cache the folio had been evicted
 * before it came back: a hot page pushed out by a scan or a loop slightly
 * larger than the cache comes back with a distance near the LRU size, a
 * first-time page has none) and active_share (how much of the LRU is
 * already protected; the learned policy caps it, see
 * mm/learned_reclaim_policy.c).  The last, ahead, is the file's: how far
 * ahead of the file's sequential reader the folio lies, relative to the
 * LRU size.  A file read in order again from its start (a loop, a batch
 * job's second pass) has its older pages ahead of the reader, and
 * keeping those it reaches soonest gains a hit each instead of LRU's
 * miss on every page; an online policy sees this once the reader has
 * gone back, before the pages are reused.
 */
#ifndef _LINUX_LEARNED_RECLAIM_FEATURES_H
#define _LINUX_LEARNED_RECLAIM_FEATURES_H

#include <linux/learned_evict_features.h>
#include <linux/learned_reclaim.h>

/*
 * Identity of the vector below, carried by model packages (model_load).
 * (Sets 1 and 2 were the vector without refault and active_share, sets 3
 * and 4 the vector without ahead.)  Two contracts share it: a model of
 * set 5 was trained on unmapped file folios and the learned policy leaves
 * mapped ones to stock; a model of set 6 was trained on all file folios
 * and also decides mapped ones, in both directions (it may reclaim a
 * folio with young ptes).
 */
#define LEARNED_RECLAIM_FEATURE_SET		5
#define LEARNED_RECLAIM_FEATURE_SET_MAPPED	6

enum learned_reclaim_feature {
	LEARNED_RECLAIM_F_ACCESSES,	/* log2q8(accesses + 1) */
	LEARNED_RECLAIM_F_RECENT,	/* log2q8(recent + 1) */
	LEARNED_RECLAIM_F_SCANS,	/* log2q8(scans + 1) */
	LEARNED_RECLAIM_F_AGE,		/* log2q8(age + 1) */
	LEARNED_RECLAIM_F_IDLE,		/* log2q8(idle + 1) */
	LEARNED_RECLAIM_F_IDLE_RATIO,	/* 256 * idle / (lru pages + 1), <= 4096 */
	LEARNED_RECLAIM_F_NRPAGES,	/* log2q8(nrpages + 1) */
	LEARNED_RECLAIM_F_LRU,		/* log2q8(active + inactive + 1) */
	LEARNED_RECLAIM_F_MAPPED,	/* 0 or 1 */
	LEARNED_RECLAIM_F_REFERENCED,	/* PG_referenced or young ptes: 0 or 1 */
	LEARNED_RECLAIM_F_WORKINGSET,	/* 0 or 1 */
	LEARNED_RECLAIM_F_FILE,		/* 0 or 1 */
	LEARNED_RECLAIM_F_ACTIVE_SITE,	/* 0 inactive list, 1 active list */
	LEARNED_RECLAIM_F_REFAULT,	/* 0, or 1 + 256 * refault distance / LRU size */
	LEARNED_RECLAIM_F_ACTIVE_SHARE,	/* 256 * active / (active + inactive + 1) */
	LEARNED_RECLAIM_F_AHEAD,	/* 0, or 1 + 256 * ahead / LRU size, capped */
	LEARNED_RECLAIM_NR_FEATURES,
};

/* 256 * @pages / @lru, saturating at 16 LRU sizes (4096) */
static inline u64 learned_reclaim_per_lru(u64 pages, u64 lru)
{
	return pages >= lru * 16 ? 16 * 256 : (pages << 8) / lru;
}

/**
 * learned_reclaim_features() - the reclaim feature vector.
 * @f: what the hook knows about the folio.
 * @x: %LEARNED_RECLAIM_NR_FEATURES outputs.
 */
static inline void learned_reclaim_features(const struct learned_reclaim_folio *f,
					    s32 *x)
{
	u64 lru = f->lru_active + f->lru_inactive + 1;

	x[LEARNED_RECLAIM_F_ACCESSES] = learned_log2q8((u64)f->accesses + 1);
	x[LEARNED_RECLAIM_F_RECENT] = learned_log2q8((u64)f->recent + 1);
	x[LEARNED_RECLAIM_F_SCANS] = learned_log2q8((u64)f->scans + 1);
	x[LEARNED_RECLAIM_F_AGE] = learned_log2q8(f->age + 1);
	x[LEARNED_RECLAIM_F_IDLE] = learned_log2q8(f->idle + 1);
	x[LEARNED_RECLAIM_F_IDLE_RATIO] = (s32)learned_reclaim_per_lru(f->idle, lru);
	x[LEARNED_RECLAIM_F_NRPAGES] = learned_log2q8(f->nrpages + 1);
	x[LEARNED_RECLAIM_F_LRU] = learned_log2q8(lru);
	x[LEARNED_RECLAIM_F_MAPPED] = f->mapped;
	x[LEARNED_RECLAIM_F_REFERENCED] = f->referenced || f->referenced_ptes > 0;
	x[LEARNED_RECLAIM_F_WORKINGSET] = f->workingset;
	x[LEARNED_RECLAIM_F_FILE] = f->file;
	x[LEARNED_RECLAIM_F_ACTIVE_SITE] = f->site == LEARNED_RECLAIM_SITE_ACTIVE;
	x[LEARNED_RECLAIM_F_REFAULT] = (s32)(f->refault > LEARNED_RECLAIM_REFAULT_MAX ?
					     LEARNED_RECLAIM_REFAULT_MAX : f->refault);
	x[LEARNED_RECLAIM_F_ACTIVE_SHARE] = (s32)((f->lru_active << 8) / lru);
	x[LEARNED_RECLAIM_F_AHEAD] =
		f->ahead ? (s32)(1 + learned_reclaim_per_lru(f->ahead, lru)) : 0;
}

#endif /* _LINUX_LEARNED_RECLAIM_FEATURES_H */
