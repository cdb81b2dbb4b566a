// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the policy interface, list and heap helpers, and the simple
 * policies (FIFO, LRU, CLOCK, SIEVE, LFU).  Every policy is exact: it
 * implements the published algorithm step by step, with no sampling.
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

/* ---- lists ------------------------------------------------------------ */

void dl_alloc(struct dlinks *l, size_t n)
{
	l->prev = xmalloc(n * sizeof(u32));
	l->next = xmalloc(n * sizeof(u32));
	memset(l->prev, 0xff, n * sizeof(u32));
	memset(l->next, 0xff, n * sizeof(u32));
}

void dl_free(struct dlinks *l)
{
	free(l->prev);
	free(l->next);
}

void dl_init(struct dlist *q)
{
	q->head = q->tail = NIL;
	q->size = 0;
}

void dl_push_head(struct dlinks *l, struct dlist *q, u32 id)
{
	l->prev[id] = NIL;
	l->next[id] = q->head;
	if (q->head != NIL)
		l->prev[q->head] = id;
	else
		q->tail = id;
	q->head = id;
	q->size++;
}

void dl_remove(struct dlinks *l, struct dlist *q, u32 id)
{
	u32 p = l->prev[id], n = l->next[id];

	if (p != NIL)
		l->next[p] = n;
	else
		q->head = n;
	if (n != NIL)
		l->prev[n] = p;
	else
		q->tail = p;
	l->prev[id] = l->next[id] = NIL;
	q->size--;
}

u32 dl_pop_tail(struct dlinks *l, struct dlist *q)
{
	u32 id = q->tail;

	if (id != NIL)
		dl_remove(l, q, id);
	return id;
}

/* ---- indexed max-heap on (k1, k2) ------------------------------------- */

void ih_alloc(struct iheap *h, size_t nr_ids, size_t cap)
{
	h->a = xmalloc((cap + 1) * sizeof(u32));
	h->pos = xmalloc(nr_ids * sizeof(u32));
	memset(h->pos, 0xff, nr_ids * sizeof(u32));
	h->k1 = xcalloc(nr_ids, sizeof(u64));
	h->k2 = xcalloc(nr_ids, sizeof(u64));
	h->n = 0;
}

void ih_free(struct iheap *h)
{
	free(h->a);
	free(h->pos);
	free(h->k1);
	free(h->k2);
}

static bool ih_gt(const struct iheap *h, u32 a, u32 b)
{
	return h->k1[a] != h->k1[b] ? h->k1[a] > h->k1[b] : h->k2[a] > h->k2[b];
}

static void ih_set(struct iheap *h, size_t i, u32 id)
{
	h->a[i] = id;
	h->pos[id] = (u32)i;
}

static void ih_up(struct iheap *h, size_t i)
{
	u32 id = h->a[i];

	while (i > 0 && ih_gt(h, id, h->a[(i - 1) / 2])) {
		ih_set(h, i, h->a[(i - 1) / 2]);
		i = (i - 1) / 2;
	}
	ih_set(h, i, id);
}

static void ih_down(struct iheap *h, size_t i)
{
	u32 id = h->a[i];

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

void ih_insert(struct iheap *h, u32 id, u64 k1, u64 k2)
{
	h->k1[id] = k1;
	h->k2[id] = k2;
	ih_set(h, h->n++, id);
	ih_up(h, h->n - 1);
}

void ih_update(struct iheap *h, u32 id, u64 k1, u64 k2)
{
	size_t i = h->pos[id];

	h->k1[id] = k1;
	h->k2[id] = k2;
	ih_up(h, i);
	ih_down(h, h->pos[id]);
}

void ih_remove(struct iheap *h, u32 id)
{
	size_t i = h->pos[id];
	u32 last = h->a[--h->n];

	h->pos[id] = NIL;
	if (i == h->n)
		return;
	ih_set(h, i, last);
	ih_up(h, i);
	ih_down(h, h->pos[last]);
}

u32 ih_pop(struct iheap *h)
{
	u32 id = h->a[0];

	ih_remove(h, id);
	return id;
}

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

static const struct cs_policy_ops lru_ops = {
	.name = "lru", .desc = "least recently used",
	.create = lru_create, .destroy = lru_destroy, .access = lru_access,
};

static const struct cs_policy_ops fifo_ops = {
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

static const struct cs_policy_ops clock_ops = {
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

static const struct cs_policy_ops sieve_ops = {
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

	ih_alloc(&s->h, p->trace->nr_ids, p->cap);
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

static const struct cs_policy_ops lfu_ops = {
	.name = "lfu", .desc = "least frequently used (in-cache counts, LRU tie-break)",
	.create = lfu_create, .destroy = lfu_destroy, .access = lfu_access,
};

/* ---- registry ---------------------------------------------------------- */

extern const struct cs_policy_ops lru2_ops, lru2_eager_ops, lru2_learned_ops, lru2_oracle_ops,
	arc_ops, s3fifo_ops, opt_ops, sfreq_ops;

const struct cs_policy_ops *const cs_policies[] = {
	&lru_ops, &lru2_ops, &lru2_eager_ops, &lru2_learned_ops, &arc_ops, &sieve_ops,
	&s3fifo_ops, &clock_ops, &lfu_ops,
	&fifo_ops, &sfreq_ops, &lru2_oracle_ops, &opt_ops, NULL,
};

const struct cs_policy_ops *policy_find(const char *name)
{
	int i;

	for (i = 0; cs_policies[i]; i++)
		if (!strcmp(cs_policies[i]->name, name))
			return cs_policies[i];
	return NULL;
}

bool policy_available(const struct cs_policy_ops *ops)
{
	return !ops->available || ops->available();
}

struct cs_policy *policy_new(const struct cs_policy_ops *ops, const struct cs_trace *t,
			     size_t cap)
{
	struct cs_policy *p = xcalloc(1, sizeof(*p));

	if (!cap)
		die("cache size must be at least 1 page");
	p->ops = ops;
	p->trace = t;
	p->cap = cap;
	p->lru2_ratio = 1;
	return p;
}

void policy_free(struct cs_policy *p)
{
	if (p->priv)
		p->ops->destroy(p);
	free(p);
}

u64 policy_run(struct cs_policy *p, u8 *hits)
{
	const struct cs_trace *t = p->trace;
	u64 misses = 0;
	size_t i;

	if (!p->priv)
		p->ops->create(p);
	for (i = 0; i < t->n; i++) {
		bool h = p->ops->access(p, t->id[i], i);

		misses += !h;
		if (hits)
			hits[i] = h;
	}
	return misses;
}

u64 simulate(const char *name, const struct cs_trace *t, size_t cap)
{
	const struct cs_policy_ops *ops = policy_find(name);
	struct cs_policy *p;
	u64 m;

	if (!ops)
		die("unknown policy '%s'", name);
	p = policy_new(ops, t, cap);
	m = policy_run(p, NULL);
	policy_free(p);
	return m;
}
