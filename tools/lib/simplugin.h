/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The plugin interface of the simulators, one table of callbacks per
 * hook: eviction (tools/cachesim, cs_plugin_ops), swap-in readahead
 * (tools/swapsim, sim_swapra_ops) and file readahead (tools/filerasim,
 * sim_filera_ops).  A policy's adapter calls the kernel's own hook code,
 * compiled unchanged in userspace (the learned_*_features.h headers, the
 * inference library).  The simulator owns the state the kernel keeps
 * (per-page history, the hook's history, the readahead state, the page
 * cache) and asks the policy only for its decision, as the kernel hook
 * does.  A NULL readahead decision callback is the stock kernel, which
 * the simulator models itself.
 *
 * Fixed-width integer types only; the kernel's state is passed by
 * pointer to its own (forward-declared) type.
 */
#ifndef _TOOLS_SIMPLUGIN_H
#define _TOOLS_SIMPLUGIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * Eviction (tools/cachesim): eviction logic as a table of callbacks.
 *
 * The host (plugin.c) keeps every resident page on a recency list and
 * keeps the per-page history below, i.e. what the kernel would keep per
 * folio (page_ext) and per lruvec.  A plugin only decides: on eviction it
 * is shown up to nr_candidates pages from the cold end of the list (index
 * 0 = coldest) and returns the index of the victim; it may also ask for
 * candidates to be rotated to the hot end (a second chance; the host then
 * halves their access count, like a cleared referenced bit).  An index out
 * of range is a fault: the host evicts the coldest candidate and counts a
 * fallback, as the kernel hook would fall back to stock.
 *
 * The interface uses only fixed-width integer types, so a policy
 * written for the kernel (its decision function in mm/ or learned/) can be
 * compiled into cachesim unchanged behind a small adapter table.
 */
#define CS_PLUGIN_MAX_CANDIDATES 64

/* Per-page history; times are logical (trace positions, i.e. accesses). */
struct cs_page_hist {
	uint32_t id;		/* opaque page handle */
	uint32_t accesses;	/* accesses since insertion, >= 1 (halved on rotation) */
	uint64_t insert_time;	/* time the page was inserted */
	uint64_t last_access;	/* time of its latest access */
	uint64_t refault_dist;	/* evictions between its last eviction and
				 * its insertion; 0 if it was never evicted */
	uint32_t flags;		/* CS_F_* flags of the latest access */
	uint32_t file_pages;	/* distinct pages of its file seen so far */
};

struct cs_plugin_ops {
	const char *name;
	const char *desc;
	unsigned int nr_candidates;	/* 1..CS_PLUGIN_MAX_CANDIDATES */
	/* all optional except choose_victim */
	void *(*init)(unsigned long cache_pages);
	void (*release)(void *priv);
	void (*on_insert)(void *priv, const struct cs_page_hist *h, uint64_t now);
	void (*on_hit)(void *priv, const struct cs_page_hist *h, uint64_t now);
	void (*on_evict)(void *priv, const struct cs_page_hist *h, uint64_t now);
	/*
	 * cand[0..n-1], coldest first.  Return the victim's index; set
	 * rotate[j] = 1 to move candidate j (not the victim) to the hot end.
	 */
	int (*choose_victim)(void *priv, const struct cs_page_hist *cand, unsigned int n,
			     uint64_t now, uint8_t *rotate);
};

struct learned_swapra_hist;
struct learned_filera_state;

/* swapra hook: the window of a swap-in fault (mm/learned_swapra.c) */
struct sim_swapra_ops {
	const char *name;
	const char *desc;
	/*
	 * Pages to read at this fault (1: none) along *@stride; 0 defers to
	 * stock; negative: the policy cannot run in this build (no model).
	 * @hits and @prev_win are the VMA's readahead state.
	 */
	int (*window)(const struct learned_swapra_hist *hist, uint32_t hits,
		      uint32_t prev_win, int32_t *stride);
};

/* filera hook: the size of a readahead window (mm/learned_filera.c) */
struct sim_filera_ops {
	const char *name;
	const char *desc;
	/*
	 * The window for a request of @req pages at @index, given stock's
	 * @size and the @min_size that covers the request: @size keeps
	 * stock's, 0 reads nothing ahead; negative: cannot run (no model).
	 */
	long (*size)(const struct learned_filera_state *st, uint64_t index,
		     uint32_t req, uint32_t size, uint32_t min_size);
};

/*
 * The policy called @name in @table, a NULL-terminated array of pointers
 * to ops with a .name, or NULL.
 */
#define SIM_POLICY_FIND(table, want) ({					\
	__typeof__(&*(table)[0]) __p = NULL;				\
	for (size_t __i = 0; (table)[__i]; __i++)			\
		if (!strcmp((table)[__i]->name, (want))) {		\
			__p = (table)[__i];				\
			break;						\
		}							\
	__p;								\
})

#endif /* _TOOLS_SIMPLUGIN_H */
