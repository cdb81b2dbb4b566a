// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: Belady's OPT (MIN) for a demand-paged cache, and a naive
 * reference implementation used only to cross-check it.
 *
 * next_use[i] is the position of the next access to the page of access i.
 * A backward pass computes it: the trace's page ids were interned through a
 * hash map at load time, so "the last position seen for this page" is a
 * flat array indexed by id.  A page never used again gets n + id: larger
 * than every real position and distinct, so victims are unique and the
 * heap and the naive scan pick the same page every time.
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

u32 *opt_next_use(const struct cs_trace *t)
{
	u32 *next = xmalloc(t->n * sizeof(u32));
	u64 *last = xmalloc(t->nr_ids * sizeof(u64));
	size_t i;

	for (i = 0; i < t->nr_ids; i++)
		last[i] = (u64)t->n + i;
	for (i = t->n; i-- > 0;) {
		u32 id = t->id[i];

		/* n + nr_ids <= 2^32 is checked by the caller's limits */
		next[i] = (u32)last[id];
		last[id] = i;
	}
	free(last);
	return next;
}

struct opt {
	struct iheap h;
	u32 *next;
};

static void opt_create(struct cs_policy *p)
{
	struct opt *s = xcalloc(1, sizeof(*s));

	if ((u64)p->trace->n + p->trace->nr_ids > UINT32_MAX)
		die("opt: trace too long (accesses + pages must stay below 2^32)");
	ih_alloc(&s->h, p->trace->nr_ids, p->cap);
	s->next = opt_next_use(p->trace);
	p->priv = s;
}

static void opt_destroy(struct cs_policy *p)
{
	struct opt *s = p->priv;

	ih_free(&s->h);
	free(s->next);
	free(s);
}

static bool opt_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct opt *s = p->priv;

	if (s->h.pos[id] != NIL) {
		ih_update(&s->h, id, s->next[pos], 0);
		return true;
	}
	if (p->used == p->cap)
		policy_evicted(p, ih_pop(&s->h), pos);
	ih_insert(&s->h, id, s->next[pos], 0);
	p->used++;
	return false;
}

const struct cs_policy_ops opt_ops = {
	.name = "opt", .desc = "Belady's OPT/MIN (demand paging; offline bound)",
	.create = opt_create, .destroy = opt_destroy, .access = opt_access,
};

/*
 * Reference: the same definition with no precomputation and no heap.  On
 * each miss with a full cache, for every resident page scan the future
 * trace for its next access; evict the page whose next access is furthest
 * (never = n + id, as above).  O(n * cap * n) worst case: small traces only.
 */
u64 opt_naive_misses(const struct cs_trace *t, size_t cap, u8 *hits)
{
	u32 *res = xmalloc(cap * sizeof(u32));
	size_t used = 0, i, j, k;
	u64 misses = 0;

	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];
		bool hit = false;

		for (j = 0; j < used; j++)
			if (res[j] == id)
				hit = true;
		if (hits)
			hits[i] = hit;
		if (hit)
			continue;
		misses++;
		if (used < cap) {
			res[used++] = id;
			continue;
		}
		{
			size_t best = 0;
			u64 bestnext = 0;

			for (j = 0; j < used; j++) {
				u64 nx = (u64)t->n + res[j];

				for (k = i + 1; k < t->n; k++)
					if (t->id[k] == res[j]) {
						nx = k;
						break;
					}
				if (nx > bestnext) {
					bestnext = nx;
					best = j;
				}
			}
			res[best] = id;
		}
	}
	free(res);
	return misses;
}
