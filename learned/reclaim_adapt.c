// SPDX-License-Identifier: GPL-2.0
/*
 * Online adaptation of the learned reclaim policy: the update rule.
 *
 * The model of mm/learned_reclaim_policy.c proposes to spare (activate, or
 * keep active) folios stock would reclaim or deactivate.  A memory
 * cgroup's state takes a share of those proposals, @level in 256ths: a
 * folio may be spared iff a hash of its key falls below @level, so the
 * folios spared at a lower level are a subset of those spared at a
 * higher one and a folio gets the same answer at every look.  At
 * %LEARNED_RECLAIM_ADAPT_ONE every proposal is taken (the frozen prior,
 * where a new state starts); at 0 none is, and the cgroup is reclaimed
 * as stock reclaims it.
 *
 * Each %LEARNED_RECLAIM_ADAPT_WINDOW judged spares (a spared folio is
 * judged at reclaim's next look at it: useful if it was used since,
 * wasted if not) close a window: when at least
 * %LEARNED_RECLAIM_ADAPT_PAY/256 of them were useful, @level rises by
 * %LEARNED_RECLAIM_ADAPT_STEP, else it falls by as much.  A workload
 * whose spares do not pay falls to 0 in eight windows and then takes no
 * spare at all: no override, no extra active-list scanning.
 *
 * At level 0 nothing is spared, so nothing is judged: the way back is the
 * third kind of feedback, refaults within one LRU size (a spare would
 * have saved the read).  %LEARNED_RECLAIM_ADAPT_WINDOW << @backoff of
 * them raise @level to one step, a probe whose spares are judged like any
 * others.  @backoff counts the windows that ended at 0 without paying
 * (the fall to 0 makes it 1), so each probe that falls back doubles the
 * refaults the next one needs (up to << %LEARNED_RECLAIM_ADAPT_BACKOFF_MAX);
 * a window that pays clears it.  A workload where sparing never pays
 * (uniform random reads larger than the cache refault often) pays for
 * ever fewer probes.
 *
 * No floating point, no allocation, constant work per call: this file
 * builds unchanged in userspace (tools/reclaimtrace), which replays a
 * sequence of events through it and prints each update.
 */
#include <linux/build_bug.h>
#include <linux/compiler.h>
#include <linux/export.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/limits.h>
#include <linux/minmax.h>

/* the multiplier of hash_64(), spelt out for the userspace build */
#define LEARNED_RECLAIM_ADAPT_HASH	0x61C8864680B583EBull

/**
 * learned_reclaim_adapt_init() - start a state at the frozen prior.
 * @a: the state.
 *
 * Context: any.
 */
void learned_reclaim_adapt_init(struct learned_reclaim_adapt *a)
{
	unsigned int i;

	a->level = LEARNED_RECLAIM_ADAPT_ONE;
	a->backoff = 0;
	for (i = 0; i < LEARNED_RECLAIM_ADAPT_NR_EVENTS; i++) {
		a->window[i] = 0;
		a->total[i] = 0;
	}
	a->updates = 0;
	a->changes = 0;
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_init);

/**
 * learned_reclaim_adapt_spare_ok() - may the policy spare this folio?
 * @a: the state of the folio's memory cgroup.
 * @key: the folio's key (struct learned_reclaim_folio @key).
 *
 * Context: any; does not sleep.
 * Return: true when the hash of @key falls below @a's level: always at
 * %LEARNED_RECLAIM_ADAPT_ONE, never at 0.
 */
bool learned_reclaim_adapt_spare_ok(const struct learned_reclaim_adapt *a,
				    u64 key)
{
	unsigned int level = READ_ONCE(a->level);

	BUILD_BUG_ON(LEARNED_RECLAIM_ADAPT_ONE != 256);
	if (level >= LEARNED_RECLAIM_ADAPT_ONE)
		return true;
	return (unsigned int)((key * LEARNED_RECLAIM_ADAPT_HASH) >> 56) < level;
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_spare_ok);

/* one more event of @event in the window, saturating */
static void learned_reclaim_adapt_count(struct learned_reclaim_adapt *a,
					enum learned_reclaim_adapt_event event)
{
	u32 n = READ_ONCE(a->window[event]);

	if (n < U32_MAX)
		WRITE_ONCE(a->window[event], n + 1);
	WRITE_ONCE(a->total[event], READ_ONCE(a->total[event]) + 1);
}

/**
 * learned_reclaim_adapt_feedback() - count one event and update the state.
 * @a: the state of the memory cgroup the event belongs to.
 * @event: what happened.
 * @u: filled in when the state was updated; may be NULL.
 *
 * Closes a window when it holds %LEARNED_RECLAIM_ADAPT_WINDOW judged
 * spares, or, at level 0, when it holds enough missed ones for a probe
 * (see the top of this file).
 *
 * Context: any; does not sleep.
 * Return: true when a window was closed (@u filled in), false otherwise
 * or for an unknown @event.
 */
bool learned_reclaim_adapt_feedback(struct learned_reclaim_adapt *a,
				    enum learned_reclaim_adapt_event event,
				    struct learned_reclaim_adapt_update *u)
{
	unsigned int old = READ_ONCE(a->level), level = old;
	unsigned int backoff = READ_ONCE(a->backoff);
	u32 useful, wasted, missed, judged;

	BUILD_BUG_ON(LEARNED_RECLAIM_ADAPT_PAY > LEARNED_RECLAIM_ADAPT_ONE);
	BUILD_BUG_ON(LEARNED_RECLAIM_ADAPT_ONE % LEARNED_RECLAIM_ADAPT_STEP);
	BUILD_BUG_ON((u64)LEARNED_RECLAIM_ADAPT_WINDOW <<
		     LEARNED_RECLAIM_ADAPT_BACKOFF_MAX > U16_MAX);
	if ((unsigned int)event >= LEARNED_RECLAIM_ADAPT_NR_EVENTS)
		return false;
	learned_reclaim_adapt_count(a, event);
	useful = READ_ONCE(a->window[LEARNED_RECLAIM_ADAPT_USEFUL]);
	wasted = READ_ONCE(a->window[LEARNED_RECLAIM_ADAPT_WASTED]);
	missed = READ_ONCE(a->window[LEARNED_RECLAIM_ADAPT_MISSED]);
	judged = useful + wasted;

	if (judged >= LEARNED_RECLAIM_ADAPT_WINDOW) {
		/* judged < 2^16 here: no overflow in 32 bits */
		if (useful * LEARNED_RECLAIM_ADAPT_ONE >=
		    judged * LEARNED_RECLAIM_ADAPT_PAY) {
			level = min_t(unsigned int, level + LEARNED_RECLAIM_ADAPT_STEP,
				      LEARNED_RECLAIM_ADAPT_ONE);
			backoff = 0;
		} else {
			level = level > LEARNED_RECLAIM_ADAPT_STEP ?
				level - LEARNED_RECLAIM_ADAPT_STEP : 0;
			if (!level)
				backoff = min_t(unsigned int, backoff + 1,
						LEARNED_RECLAIM_ADAPT_BACKOFF_MAX);
		}
	} else if (!old &&
		   missed >= (u32)LEARNED_RECLAIM_ADAPT_WINDOW << backoff) {
		level = LEARNED_RECLAIM_ADAPT_STEP;	/* a probe */
	} else {
		return false;
	}

	WRITE_ONCE(a->window[LEARNED_RECLAIM_ADAPT_USEFUL], 0);
	WRITE_ONCE(a->window[LEARNED_RECLAIM_ADAPT_WASTED], 0);
	WRITE_ONCE(a->window[LEARNED_RECLAIM_ADAPT_MISSED], 0);
	WRITE_ONCE(a->level, level);
	WRITE_ONCE(a->backoff, backoff);
	WRITE_ONCE(a->updates, READ_ONCE(a->updates) + 1);
	if (level != old)
		WRITE_ONCE(a->changes, READ_ONCE(a->changes) + 1);
	if (u) {
		u->level = level;
		u->old = old;
		u->useful = useful;
		u->wasted = wasted;
		u->missed = missed;
		u->backoff = backoff;
	}
	return true;
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_feedback);
