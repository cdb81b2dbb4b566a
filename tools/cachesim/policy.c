// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the policy interface and registry, and the list helpers the
 * policies (simple.c, ghost.c) are built from; the heap is tools/lib's.
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

/* ---- registry ---------------------------------------------------------- */

extern const struct cs_policy_ops lru_ops, fifo_ops, clock_ops, sieve_ops, lfu_ops,
	lru2_ops, lru2_eager_ops, lru2_learned_ops, lru2_oracle_ops, arc_ops, s3fifo_ops,
	opt_ops, sfreq_ops;

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
