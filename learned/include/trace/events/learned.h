/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM learned

#if !defined(_TRACE_LEARNED_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LEARNED_H

#include <linux/tracepoint.h>

/*
 * learned_evict_refault - a non-stock eviction policy decided whether a
 * refaulting folio is activated.  Carries the features the policy saw, the
 * stock decision and the policy's decision, so a trace of a run is also
 * training data (see tools/cachesim and tools/trainer).
 */
TRACE_EVENT(learned_evict_refault,

	TP_PROTO(unsigned long ino, pgoff_t index, unsigned long distance,
		 unsigned long workingset, unsigned long active_file,
		 unsigned long inactive_file, unsigned long nrpages,
		 bool was_active, bool stock, bool activate),

	TP_ARGS(ino, index, distance, workingset, active_file, inactive_file,
		nrpages, was_active, stock, activate),

	TP_STRUCT__entry(
		__field(unsigned long,	ino)
		__field(pgoff_t,	index)
		__field(unsigned long,	distance)
		__field(unsigned long,	workingset)
		__field(unsigned long,	active_file)
		__field(unsigned long,	inactive_file)
		__field(unsigned long,	nrpages)
		__field(bool,		was_active)
		__field(bool,		stock)
		__field(bool,		activate)
	),

	TP_fast_assign(
		__entry->ino		= ino;
		__entry->index		= index;
		__entry->distance	= distance;
		__entry->workingset	= workingset;
		__entry->active_file	= active_file;
		__entry->inactive_file	= inactive_file;
		__entry->nrpages	= nrpages;
		__entry->was_active	= was_active;
		__entry->stock		= stock;
		__entry->activate	= activate;
	),

	TP_printk("ino=%lu index=%lu distance=%lu workingset=%lu active=%lu inactive=%lu nrpages=%lu was_active=%d stock=%d activate=%d",
		  __entry->ino, __entry->index, __entry->distance,
		  __entry->workingset, __entry->active_file,
		  __entry->inactive_file, __entry->nrpages,
		  __entry->was_active, __entry->stock, __entry->activate)
);

#endif /* _TRACE_LEARNED_H */

/* This part must be outside protection */
#include <trace/define_trace.h>
