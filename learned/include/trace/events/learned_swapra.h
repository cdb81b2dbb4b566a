/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM learned

#if !defined(_TRACE_LEARNED_SWAPRA_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LEARNED_SWAPRA_H

#include <linux/tracepoint.h>

/*
 * learned_swapra_plan - a non-stock swap-in readahead policy planned the
 * readahead of a major fault: the fault position (virtual page or swap
 * offset), the previous access of the stream, the readahead hits since
 * the previous plan, the previous window, stock's window and the plan,
 * so a trace shows every plan next to what stock would have read.
 */
TRACE_EVENT(learned_swapra_plan,

	TP_PROTO(bool vma, unsigned long pos, unsigned long prev,
		 unsigned int hits, unsigned int prev_win,
		 unsigned int stock_win, unsigned int win, int stride),

	TP_ARGS(vma, pos, prev, hits, prev_win, stock_win, win, stride),

	TP_STRUCT__entry(
		__field(bool,		vma)
		__field(unsigned long,	pos)
		__field(unsigned long,	prev)
		__field(unsigned int,	hits)
		__field(unsigned int,	prev_win)
		__field(unsigned int,	stock_win)
		__field(unsigned int,	win)
		__field(int,		stride)
	),

	TP_fast_assign(
		__entry->vma		= vma;
		__entry->pos		= pos;
		__entry->prev		= prev;
		__entry->hits		= hits;
		__entry->prev_win	= prev_win;
		__entry->stock_win	= stock_win;
		__entry->win		= win;
		__entry->stride		= stride;
	),

	TP_printk("vma=%d pos=%lu prev=%lu hits=%u prev_win=%u stock_win=%u win=%u stride=%d",
		  __entry->vma, __entry->pos, __entry->prev, __entry->hits,
		  __entry->prev_win, __entry->stock_win, __entry->win,
		  __entry->stride)
);

#endif /* _TRACE_LEARNED_SWAPRA_H */

/* This part must be outside protection */
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE learned_swapra
#include <trace/define_trace.h>
