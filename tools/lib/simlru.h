/* SPDX-License-Identifier: GPL-2.0 */
/*
 * simlru: the LRU list of resident pages of the readahead simulators
 * (tools/swapsim, tools/filerasim), intrusive over per-page link arrays.
 * Head = most recently used; SIM_LRU_NIL ends the list.
 */
#ifndef _TOOLS_SIMLRU_H
#define _TOOLS_SIMLRU_H

#include <stdint.h>
#include <stdlib.h>

#define SIM_LRU_NIL	UINT32_MAX

struct sim_lru {
	uint32_t *prev, *next;
	uint32_t head, tail;
};

/* Links for pages 0..@pages-1, the list empty; -1 when out of memory. */
static inline int sim_lru_init(struct sim_lru *l, uint64_t pages)
{
	l->prev = malloc(pages * sizeof(*l->prev));
	l->next = malloc(pages * sizeof(*l->next));
	l->head = SIM_LRU_NIL;
	l->tail = SIM_LRU_NIL;
	return l->prev && l->next ? 0 : -1;
}

static inline void sim_lru_free(struct sim_lru *l)
{
	free(l->prev);
	free(l->next);
}

static inline void sim_lru_unlink(struct sim_lru *l, uint32_t p)
{
	if (l->prev[p] != SIM_LRU_NIL)
		l->next[l->prev[p]] = l->next[p];
	else
		l->head = l->next[p];
	if (l->next[p] != SIM_LRU_NIL)
		l->prev[l->next[p]] = l->prev[p];
	else
		l->tail = l->prev[p];
}

/* Insert @p (not on the list) at the head. */
static inline void sim_lru_push(struct sim_lru *l, uint32_t p)
{
	l->prev[p] = SIM_LRU_NIL;
	l->next[p] = l->head;
	if (l->head != SIM_LRU_NIL)
		l->prev[l->head] = p;
	l->head = p;
	if (l->tail == SIM_LRU_NIL)
		l->tail = p;
}

/* Move @p (on the list) to the head. */
static inline void sim_lru_touch(struct sim_lru *l, uint32_t p)
{
	sim_lru_unlink(l, p);
	sim_lru_push(l, p);
}

#endif /* _TOOLS_SIMLRU_H */
