// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the policies that keep no history of evicted pages (FIFO,
 * LRU, CLOCK, SIEVE, LFU).  Every policy is exact: it implements the
 * published algorithm step by step, with no sampling.
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

/* ---- FIFO and LRU ------------------------------------------------------ */

struct lru {
	struct dlinks l;
	struct dlist q;
	u8 *in;
	bool fifo;
};

static void lru_create_common(struct cs_policy *p, bool fifo)
{
	struct lru *s = xcalloc(1, sizeof(*s));

	dl_alloc(&s->l, p->trace->nr_ids);
	dl_init(&s->q);
	s->in = xcalloc(p->trace->nr_ids, 1);
	s->fifo = fifo;
	p->priv = s;
}

static void lru_create(struct cs_policy *p)
{
	lru_create_common(p, false);
}

static void fifo_create(struct cs_policy *p)
{
	lru_create_common(p, true);
}

static void lru_destroy(struct cs_policy *p)
{
	struct lru *s = p->priv;

	dl_free(&s->l);
	free(s->in);
	free(s);
}

static bool lru_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct lru *s = p->priv;

	if (s->in[id]) {
		if (!s->fifo && s->q.head != id) {
			dl_remove(&s->l, &s->q, id);
			dl_push_head(&s->l, &s->q, id);
		}
		return true;
	}
	if (p->used == p->cap) {
		u32 v = dl_pop_tail(&s->l, &s->q);

		s->in[v] = 0;
		policy_evicted(p, v, pos);
	}
	dl_push_head(&s->l, &s->q, id);
	s->in[id] = 1;
	p->used++;
	return false;
}

const struct cs_policy_ops lru_ops = {
	.name = "lru", .desc = "least recently used",
	.create = lru_create, .destroy = lru_destroy, .access = lru_access,
};

const struct cs_policy_ops fifo_ops = {
	.name = "fifo", .desc = "first in, first out",
	.create = fifo_create, .destroy = lru_destroy, .access = lru_access,
};

/*
 * ---- CLOCK -------------------------------------------------------------
 * cap frames in a circle, one reference bit each.  A hit sets the bit.  A
 * miss with free frames fills the next free frame; otherwise the hand
 * sweeps, clearing set bits, until it finds a clear one, replaces that page
 * (new page's bit clear) and advances one frame.
 */
struct clock {
	u32 *frame;	/* [cap] */
	u8 *ref;	/* [cap] */
	u32 *slot;	/* [nr_ids] frame of a resident id, NIL otherwise */
	size_t hand;
};

static void clock_create(struct cs_policy *p)
{
	struct clock *s = xcalloc(1, sizeof(*s));

	s->frame = xmalloc(p->cap * sizeof(u32));
	s->ref = xcalloc(p->cap, 1);
	s->slot = xmalloc(p->trace->nr_ids * sizeof(u32));
	memset(s->slot, 0xff, p->trace->nr_ids * sizeof(u32));
	p->priv = s;
}

static void clock_destroy(struct cs_policy *p)
{
	struct clock *s = p->priv;

	free(s->frame);
	free(s->ref);
	free(s->slot);
	free(s);
}

static bool clock_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct clock *s = p->priv;
	size_t f;

	if (s->slot[id] != NIL) {
		s->ref[s->slot[id]] = 1;
		return true;
	}
	if (p->used < p->cap) {
		f = p->used;
	} else {
		while (s->ref[s->hand]) {
			s->ref[s->hand] = 0;
			s->hand = (s->hand + 1) % p->cap;
		}
		f = s->hand;
		s->slot[s->frame[f]] = NIL;
		policy_evicted(p, s->frame[f], pos);
		s->hand = (s->hand + 1) % p->cap;
	}
	s->frame[f] = id;
	s->ref[f] = 0;
	s->slot[id] = (u32)f;
	p->used++;
	return false;
}

const struct cs_policy_ops clock_ops = {
	.name = "clock", .desc = "CLOCK (second chance), one reference bit",
	.create = clock_create, .destroy = clock_destroy, .access = clock_access,
};

/*
 * ---- SIEVE (Zhang et al., NSDI'24) --------------------------------------
 * A FIFO queue (new objects at the head) with a visited bit and a hand.
 * Hit: visited = 1.  Eviction: start at the hand (or the tail when the hand
 * is unset); while the object is visited, clear it and move toward the
 * head, wrapping to the tail; evict the first unvisited object and leave
 * the hand at its predecessor (toward the head).
 */
struct sieve {
	struct dlinks l;
	struct dlist q;
	u8 *in, *vis;
	u32 hand;
};

static void sieve_create(struct cs_policy *p)
{
	struct sieve *s = xcalloc(1, sizeof(*s));

	dl_alloc(&s->l, p->trace->nr_ids);
	dl_init(&s->q);
	s->in = xcalloc(p->trace->nr_ids, 1);
	s->vis = xcalloc(p->trace->nr_ids, 1);
	s->hand = NIL;
	p->priv = s;
}

static void sieve_destroy(struct cs_policy *p)
{
	struct sieve *s = p->priv;

	dl_free(&s->l);
	free(s->in);
	free(s->vis);
	free(s);
}

static bool sieve_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct sieve *s = p->priv;

	if (s->in[id]) {
		s->vis[id] = 1;
		return true;
	}
	if (p->used == p->cap) {
		u32 o = s->hand != NIL ? s->hand : s->q.tail;

		while (s->vis[o]) {
			s->vis[o] = 0;
			o = s->l.prev[o] != NIL ? s->l.prev[o] : s->q.tail;
		}
		s->hand = s->l.prev[o];
		dl_remove(&s->l, &s->q, o);
		s->in[o] = 0;
		policy_evicted(p, o, pos);
	}
	dl_push_head(&s->l, &s->q, id);
	s->in[id] = 1;
	s->vis[id] = 0;
	p->used++;
	return false;
}

const struct cs_policy_ops sieve_ops = {
	.name = "sieve", .desc = "SIEVE (NSDI'24)",
	.create = sieve_create, .destroy = sieve_destroy, .access = sieve_access,
};

/*
 * ---- LFU ----------------------------------------------------------------
 * Evict the resident page with the fewest accesses since it was inserted;
 * ties go to the least recently accessed.  Counts restart on re-insertion.
 * A max-heap on (-count, -last access) gives the victim in O(log n).
 */
struct lfu {
	struct iheap h;
	u64 *cnt;
};

static void lfu_create(struct cs_policy *p)
{
	struct lfu *s = xcalloc(1, sizeof(*s));

	if (ih_alloc(&s->h, p->trace->nr_ids, p->cap))
		die("out of memory");
	s->cnt = xcalloc(p->trace->nr_ids, sizeof(u64));
	p->priv = s;
}

static void lfu_destroy(struct cs_policy *p)
{
	struct lfu *s = p->priv;

	ih_free(&s->h);
	free(s->cnt);
	free(s);
}

static bool lfu_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct lfu *s = p->priv;

	if (s->h.pos[id] != NIL) {
		s->cnt[id]++;
		ih_update(&s->h, id, ~s->cnt[id], ~(u64)pos);
		return true;
	}
	if (p->used == p->cap)
		policy_evicted(p, ih_pop(&s->h), pos);
	s->cnt[id] = 1;
	ih_insert(&s->h, id, ~(u64)1, ~(u64)pos);
	p->used++;
	return false;
}

const struct cs_policy_ops lfu_ops = {
	.name = "lfu", .desc = "least frequently used (in-cache counts, LRU tie-break)",
	.create = lfu_create, .destroy = lfu_destroy, .access = lfu_access,
};
