/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Online adaptation of the learned reclaim policy (learned/reclaim_adapt.c).
 *
 * The offline model is a prior: it proposes to spare folios stock would
 * reclaim or deactivate.  How many of those proposals are taken is
 * adapted per memory cgroup from feedback the reclaim hook already has:
 * whether a spared folio was used again before reclaim next looked at it
 * (a useful spare) or not (a wasted one), and refaults that came back
 * within one LRU size (a missed spare: protection would have saved the
 * read).  The state is fixed point, updated in bounded work, and
 * allocates nothing: the same source builds in userspace
 * (tools/reclaimtrace) and gives the same sequence of updates.
 */
#ifndef _LINUX_LEARNED_RECLAIM_ADAPT_H
#define _LINUX_LEARNED_RECLAIM_ADAPT_H

#include <linux/types.h>

/* @level that takes every spare the model proposes: the frozen prior */
#define LEARNED_RECLAIM_ADAPT_ONE	256
/* change of @level per update */
#define LEARNED_RECLAIM_ADAPT_STEP	32
/* judged spares (useful + wasted) per update */
#define LEARNED_RECLAIM_ADAPT_WINDOW	64
/* spares pay when at least this share of them (in 256ths) is useful */
#define LEARNED_RECLAIM_ADAPT_PAY	128
/* at level 0, a probe needs WINDOW << backoff missed spares */
#define LEARNED_RECLAIM_ADAPT_BACKOFF_MAX	6

/**
 * enum learned_reclaim_adapt_event - feedback about the policy's spares.
 * @LEARNED_RECLAIM_ADAPT_USEFUL: a spared folio was used again before
 *	reclaim next looked at it.
 * @LEARNED_RECLAIM_ADAPT_WASTED: a spared folio reached reclaim again
 *	without having been used.
 * @LEARNED_RECLAIM_ADAPT_MISSED: a file folio reclaim let go refaulted
 *	within one LRU size of its eviction.
 */
enum learned_reclaim_adapt_event {
	LEARNED_RECLAIM_ADAPT_USEFUL,
	LEARNED_RECLAIM_ADAPT_WASTED,
	LEARNED_RECLAIM_ADAPT_MISSED,
	LEARNED_RECLAIM_ADAPT_NR_EVENTS,
};

/**
 * struct learned_reclaim_adapt - adaptation state of one memory cgroup.
 * @level: share of the model's spares taken, in 256ths
 *	(%LEARNED_RECLAIM_ADAPT_ONE: all, the frozen prior; 0: none, stock).
 * @backoff: failed probes in a row at level 0 (saturating at
 *	%LEARNED_RECLAIM_ADAPT_BACKOFF_MAX).
 * @window: events of each kind since the last update.
 * @total: events of each kind since the state was created.
 * @updates: updates of @level (including those that left it unchanged
 *	at a bound).
 * @changes: updates that changed @level.
 *
 * Updated without locks: concurrent feedback may lose an event or, when
 * two CPUs close the same window, apply one step twice; @level stays in
 * [0, %LEARNED_RECLAIM_ADAPT_ONE] whatever the interleaving.
 */
struct learned_reclaim_adapt {
	u16 level;
	u8 backoff;
	u32 window[LEARNED_RECLAIM_ADAPT_NR_EVENTS];
	u64 total[LEARNED_RECLAIM_ADAPT_NR_EVENTS];
	u64 updates;
	u64 changes;
};

/**
 * struct learned_reclaim_adapt_update - what one update did.
 * @level: @level after the update.
 * @old: @level before it.
 * @useful: useful spares in the window closed.
 * @wasted: wasted spares in it.
 * @missed: missed spares in it.
 * @backoff: @backoff after the update.
 */
struct learned_reclaim_adapt_update {
	u16 level;
	u16 old;
	u32 useful;
	u32 wasted;
	u32 missed;
	u8 backoff;
};

void learned_reclaim_adapt_init(struct learned_reclaim_adapt *a);
bool learned_reclaim_adapt_spare_ok(const struct learned_reclaim_adapt *a,
				    u64 key);
bool learned_reclaim_adapt_feedback(struct learned_reclaim_adapt *a,
				    enum learned_reclaim_adapt_event event,
				    struct learned_reclaim_adapt_update *u);

/* the kernel side: one state per memory cgroup (reclaim_adapt_cgroup.c) */
struct learned_reclaim_folio;

struct learned_reclaim_adapt *learned_reclaim_adapt_of(u64 id);
void learned_reclaim_adapt_note(struct learned_reclaim_adapt *a,
				enum learned_reclaim_adapt_event event);
bool learned_reclaim_adapt_allows(const struct learned_reclaim_folio *f);
int learned_reclaim_adapt_create(u64 id);

#endif /* _LINUX_LEARNED_RECLAIM_ADAPT_H */
