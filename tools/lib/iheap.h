/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tools/lib/iheap: an indexed binary max-heap of dense ids on two keys
 * (k1, then k2), with update and removal by id.  Belady's OPT
 * (nextuse.c) and cachesim's LFU are built on it.
 */
#ifndef TOOLS_IHEAP_H
#define TOOLS_IHEAP_H

#include <stddef.h>
#include <stdint.h>

#define IHEAP_NONE	UINT32_MAX

struct iheap {
	uint32_t *a;		/* heap array of ids */
	uint32_t *pos;		/* [nr_ids] index in a, IHEAP_NONE if absent */
	uint64_t *k1, *k2;	/* [nr_ids] keys */
	size_t n;
};

/* Room for @cap ids out of @nr_ids; 0, or -1 if out of memory. */
int ih_alloc(struct iheap *h, size_t nr_ids, size_t cap);
void ih_free(struct iheap *h);
void ih_insert(struct iheap *h, uint32_t id, uint64_t k1, uint64_t k2);
void ih_update(struct iheap *h, uint32_t id, uint64_t k1, uint64_t k2);
void ih_remove(struct iheap *h, uint32_t id);
/* Remove and return the id with the largest keys; the heap is not empty. */
uint32_t ih_pop(struct iheap *h);

#endif /* TOOLS_IHEAP_H */
