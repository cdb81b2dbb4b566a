// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: Belady's OPT (MIN) as a policy, on tools/lib/nextuse (the one
 * OPT of tools/, which "cachesim check" cross-checks against its naive
 * reference on every trace it is given).
 *
 * The trace's page ids were interned at load time, so they are the dense
 * ids nextuse_array() wants; a page never used again gets n + id.
 */
#include <stdlib.h>

#include "cachesim.h"
#include "nextuse.h"

static void opt_check_size(const struct cs_trace *t)
{
	if (!nextuse_fits(t->n, t->nr_ids))
		die("opt: trace too long (accesses + pages must stay below 2^32)");
}

u32 *opt_next_use(const struct cs_trace *t)
{
	u32 *next;

	opt_check_size(t);
	next = nextuse_array(t->id, t->n, t->nr_ids);
	if (!next)
		die("out of memory");
	return next;
}

struct opt {
	struct opt_cache c;
	u32 *next;
};

static void opt_create(struct cs_policy *p)
{
	struct opt *s = xcalloc(1, sizeof(*s));

	s->next = opt_next_use(p->trace);
	if (opt_cache_init(&s->c, p->trace->nr_ids, p->cap))
		die("out of memory");
	p->priv = s;
}

static void opt_destroy(struct cs_policy *p)
{
	struct opt *s = p->priv;

	opt_cache_free(&s->c);
	free(s->next);
	free(s);
}

static bool opt_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct opt *s = p->priv;
	u32 victim;
	bool hit = opt_cache_access(&s->c, id, s->next[pos], &victim);

	if (victim != NIL)
		policy_evicted(p, victim, pos);
	if (!hit)
		p->used++;
	return hit;
}

const struct cs_policy_ops opt_ops = {
	.name = "opt", .desc = "Belady's OPT/MIN (demand paging; offline bound)",
	.create = opt_create, .destroy = opt_destroy, .access = opt_access,
};

u64 opt_naive_misses(const struct cs_trace *t, size_t cap, u8 *hits)
{
	int64_t m;

	opt_check_size(t);
	m = opt_naive_run(t->id, t->n, cap, hits);
	if (m < 0)
		die("out of memory");
	return m;
}
