/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cachesim plugin interface: eviction logic as a table of callbacks.
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
 * The header uses only fixed-width integer types and no libc, so a policy
 * written for the kernel (its decision function in mm/ or learned/) can be
 * compiled into cachesim unchanged behind a small adapter table.
 */
#ifndef CACHESIM_PLUGIN_H
#define CACHESIM_PLUGIN_H

#include <stdint.h>

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

#endif /* CACHESIM_PLUGIN_H */
