/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM learned

#if !defined(_TRACE_LEARNED_FILERA_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LEARNED_FILERA_H

#include <linux/tracepoint.h>

/*
 * learned_filera_size - a non-stock file readahead policy sized a window:
 * the request, the window stock was about to read (start, size), the
 * policy's size (0: skipped) and the request's gap to the previous read.
 */
TRACE_EVENT(learned_filera_size,

	TP_PROTO(unsigned long index, unsigned long req_size,
		 unsigned long start, unsigned long stock_size, long size,
		 long long gap),

	TP_ARGS(index, req_size, start, stock_size, size, gap),

	TP_STRUCT__entry(
		__field(unsigned long,	index)
		__field(unsigned long,	req_size)
		__field(unsigned long,	start)
		__field(unsigned long,	stock_size)
		__field(long,		size)
		__field(long long,	gap)
	),

	TP_fast_assign(
		__entry->index		= index;
		__entry->req_size	= req_size;
		__entry->start		= start;
		__entry->stock_size	= stock_size;
		__entry->size		= size;
		__entry->gap		= gap;
	),

	TP_printk("index=%lu req_size=%lu start=%lu stock_size=%lu size=%ld gap=%lld",
		  __entry->index, __entry->req_size, __entry->start,
		  __entry->stock_size, __entry->size, __entry->gap)
);

#endif /* _TRACE_LEARNED_FILERA_H */

/* This part must be outside protection */
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE learned_filera
#include <trace/define_trace.h>
