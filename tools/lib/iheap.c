// SPDX-License-Identifier: GPL-2.0
/*
 * tools/lib/iheap: indexed binary max-heap on (k1, k2) (see iheap.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "iheap.h"

void ih_free(struct iheap *h)
{
	free(h->a);
	free(h->pos);
	free(h->k1);
	free(h->k2);
	h->a = h->pos = NULL;
	h->k1 = h->k2 = NULL;
}

int ih_alloc(struct iheap *h, size_t nr_ids, size_t cap)
{
	h->a = malloc((cap + 1) * sizeof(*h->a));
	h->pos = malloc((nr_ids ? nr_ids : 1) * sizeof(*h->pos));
	h->k1 = calloc(nr_ids ? nr_ids : 1, sizeof(*h->k1));
	h->k2 = calloc(nr_ids ? nr_ids : 1, sizeof(*h->k2));
	h->n = 0;
	if (!h->a || !h->pos || !h->k1 || !h->k2) {
		ih_free(h);
		return -1;
	}
	memset(h->pos, 0xff, nr_ids * sizeof(*h->pos));
	return 0;
}

static bool ih_gt(const struct iheap *h, uint32_t a, uint32_t b)
{
	return h->k1[a] != h->k1[b] ? h->k1[a] > h->k1[b] : h->k2[a] > h->k2[b];
}

static void ih_set(struct iheap *h, size_t i, uint32_t id)
{
	h->a[i] = id;
	h->pos[id] = (uint32_t)i;
}

static void ih_up(struct iheap *h, size_t i)
{
	uint32_t id = h->a[i];

	while (i > 0 && ih_gt(h, id, h->a[(i - 1) / 2])) {
		ih_set(h, i, h->a[(i - 1) / 2]);
		i = (i - 1) / 2;
	}
	ih_set(h, i, id);
}

static void ih_down(struct iheap *h, size_t i)
{
	uint32_t id = h->a[i];

	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= h->n)
			break;
		if (c + 1 < h->n && ih_gt(h, h->a[c + 1], h->a[c]))
			c++;
		if (!ih_gt(h, h->a[c], id))
			break;
		ih_set(h, i, h->a[c]);
		i = c;
	}
	ih_set(h, i, id);
}

void ih_insert(struct iheap *h, uint32_t id, uint64_t k1, uint64_t k2)
{
	h->k1[id] = k1;
	h->k2[id] = k2;
	ih_set(h, h->n++, id);
	ih_up(h, h->n - 1);
}

void ih_update(struct iheap *h, uint32_t id, uint64_t k1, uint64_t k2)
{
	size_t i = h->pos[id];

	h->k1[id] = k1;
	h->k2[id] = k2;
	ih_up(h, i);
	ih_down(h, h->pos[id]);
}

void ih_remove(struct iheap *h, uint32_t id)
{
	size_t i = h->pos[id];
	uint32_t last = h->a[--h->n];

	h->pos[id] = IHEAP_NONE;
	if (i == h->n)
		return;
	ih_set(h, i, last);
	ih_up(h, i);
	ih_down(h, h->pos[last]);
}

uint32_t ih_pop(struct iheap *h)
{
	uint32_t id = h->a[0];

	ih_remove(h, id);
	return id;
}
