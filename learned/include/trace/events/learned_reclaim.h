/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM learned
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE learned_reclaim

#if !defined(_TRACE_LEARNED_RECLAIM_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LEARNED_RECLAIM_H

#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/tracepoint.h>

/*
 * Enabling either event turns on the reclaim hook's bookkeeping (page_ext
 * history, decision tracing) even with the stock policy selected, so a
 * traced run of the stock kernel is training data; stock still decides.
 */
int learned_reclaim_trace_reg(void);
void learned_reclaim_trace_unreg(void);

/*
 * learned_reclaim_access - folio_mark_accessed() on a file folio: one
 * page-cache access (a hit, or the first use after a miss), in order.
 */
TRACE_EVENT_FN(learned_reclaim_access,

	TP_PROTO(unsigned long ino, pgoff_t index, unsigned int nr,
		 u64 clock),

	TP_ARGS(ino, index, nr, clock),

	TP_STRUCT__entry(
		__field(unsigned long,	ino)
		__field(pgoff_t,	index)
		__field(unsigned int,	nr)
		__field(u64,		clock)
	),

	TP_fast_assign(
		__entry->ino	= ino;
		__entry->index	= index;
		__entry->nr	= nr;
		__entry->clock	= clock;
	),

	TP_printk("ino=%lu index=%lu nr=%u clock=%llu",
		  __entry->ino, __entry->index, __entry->nr, __entry->clock),

	learned_reclaim_trace_reg, learned_reclaim_trace_unreg
);

/*
 * learned_reclaim_decide - one decision of the reclaim hook with the
 * features the policy saw, stock's verdict and the verdict taken.
 * site 0: inactive list (verdict 0 reclaim, 1 reclaim if clean, 2 keep,
 * 3 activate); site 1: active list (1 deactivate, 0 keep active).
 */
TRACE_EVENT_FN(learned_reclaim_decide,

	TP_PROTO(unsigned long ino, pgoff_t index,
		 const struct learned_reclaim_folio *f, int verdict),

	TP_ARGS(ino, index, f, verdict),

	TP_STRUCT__entry(
		__field(unsigned long,	ino)
		__field(pgoff_t,	index)
		__field(u8,		site)
		__field(bool,		file)
		__field(bool,		mapped)
		__field(bool,		referenced)
		__field(int,		referenced_ptes)
		__field(bool,		workingset)
		__field(u32,		accesses)
		__field(u32,		recent)
		__field(u32,		scans)
		__field(u64,		age)
		__field(u64,		idle)
		__field(u64,		nrpages)
		__field(u64,		lru_active)
		__field(u64,		lru_inactive)
		__field(u32,		refault)
		__field(u32,		ahead)
		__field(int,		stock)
		__field(int,		verdict)
	),

	TP_fast_assign(
		__entry->ino		= ino;
		__entry->index		= index;
		__entry->site		= f->site;
		__entry->file		= f->file;
		__entry->mapped		= f->mapped;
		__entry->referenced	= f->referenced;
		__entry->referenced_ptes = f->referenced_ptes;
		__entry->workingset	= f->workingset;
		__entry->accesses	= f->accesses;
		__entry->recent		= f->recent;
		__entry->scans		= f->scans;
		__entry->age		= f->age;
		__entry->idle		= f->idle;
		__entry->nrpages	= f->nrpages;
		__entry->lru_active	= f->lru_active;
		__entry->lru_inactive	= f->lru_inactive;
		__entry->refault	= f->refault;
		__entry->ahead		= f->ahead;
		__entry->stock		= f->stock;
		__entry->verdict	= verdict;
	),

	TP_printk("ino=%lu index=%lu site=%u file=%d mapped=%d referenced=%d ptes=%d workingset=%d accesses=%u recent=%u scans=%u age=%llu idle=%llu nrpages=%llu active=%llu inactive=%llu refault=%u ahead=%u stock=%d verdict=%d",
		  __entry->ino, __entry->index, __entry->site, __entry->file,
		  __entry->mapped, __entry->referenced,
		  __entry->referenced_ptes, __entry->workingset,
		  __entry->accesses, __entry->recent, __entry->scans,
		  __entry->age, __entry->idle, __entry->nrpages,
		  __entry->lru_active, __entry->lru_inactive,
		  __entry->refault, __entry->ahead, __entry->stock,
		  __entry->verdict),

	learned_reclaim_trace_reg, learned_reclaim_trace_unreg
);

/*
 * learned_reclaim_adapt - an update of a memory cgroup's adaptation state
 * (learned/reclaim_adapt.c): the cgroup id (0: the global state), the
 * level before and after, and the useful, wasted and missed spares of the
 * window that closed.
 */
TRACE_EVENT(learned_reclaim_adapt,

	TP_PROTO(u64 cgroup, const struct learned_reclaim_adapt_update *u),

	TP_ARGS(cgroup, u),

	TP_STRUCT__entry(
		__field(u64,	cgroup)
		__field(u16,	old)
		__field(u16,	level)
		__field(u32,	useful)
		__field(u32,	wasted)
		__field(u32,	missed)
		__field(u8,	backoff)
	),

	TP_fast_assign(
		__entry->cgroup		= cgroup;
		__entry->old		= u->old;
		__entry->level		= u->level;
		__entry->useful		= u->useful;
		__entry->wasted		= u->wasted;
		__entry->missed		= u->missed;
		__entry->backoff	= u->backoff;
	),

	TP_printk("cgroup=%llu old=%u level=%u useful=%u wasted=%u missed=%u backoff=%u",
		  __entry->cgroup, __entry->old, __entry->level,
		  __entry->useful, __entry->wasted, __entry->missed,
		  __entry->backoff)
);

#endif /* _TRACE_LEARNED_RECLAIM_H */

/* This part must be outside protection */
#include <trace/define_trace.h>
