// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim check: cross-checks of the simulator against independent
 * references, usable on any trace (and run by the tests on many).
 *
 *  1. LRU simulation == Mattson stack distances (Fenwick tree), at every
 *     checked size; and == the literal move-to-front Mattson stack when the
 *     trace is small enough.
 *  2. OPT (heap, precomputed next use) == naive OPT (scan the future for
 *     every resident page on every eviction) when the trace is small enough.
 *  3. OPT <= every policy at every size.
 *  4. LRU and OPT misses are non-increasing in the cache size.
 *  5. Audit of every policy: a hit is reported iff the page is resident by
 *     the audit's own bookkeeping (inserted on a miss, removed when the
 *     eviction callback names it), the evicted page was resident, no page
 *     is evicted on a hit, occupancy never exceeds the cache size and the
 *     cache never evicts while it has room.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"
#include "check.h"

struct audit {
	u8 *res;
	size_t used, cap, evictions_now;
	const char *fail;
	size_t fail_pos;
};

static void audit_evict(void *ctx, u32 id, size_t pos)
{
	struct audit *a = ctx;

	if (!a->res[id] && !a->fail) {
		a->fail = "evicted a page that was not resident";
		a->fail_pos = pos;
	}
	a->res[id] = 0;
	a->used--;
	a->evictions_now++;
}

int audit_policy(const struct cs_policy_ops *ops, const struct cs_trace *t, size_t cap,
		 u64 *misses, char *err, size_t errlen)
{
	struct cs_policy *p = policy_new(ops, t, cap);
	struct audit a = { .res = xcalloc(t->nr_ids, 1), .cap = cap };
	u64 m = 0;
	size_t i;

	p->evict_cb = audit_evict;
	p->evict_ctx = &a;
	ops->create(p);
	for (i = 0; i < t->n && !a.fail; i++) {
		u32 id = t->id[i];
		bool was = a.res[id], hit;
		size_t before = a.used;

		a.evictions_now = 0;
		hit = ops->access(p, id, i);
		if (hit != was) {
			a.fail = hit ? "hit on a page that is not resident" :
				       "miss on a resident page";
		} else if (hit && a.evictions_now) {
			a.fail = "evicted on a hit";
		} else if (!hit) {
			a.res[id] = 1;
			a.used++;
			if (a.used > cap)
				a.fail = "occupancy exceeds the cache size";
			else if (before < cap && a.evictions_now)
				a.fail = "evicted while the cache had room";
			else if (a.used != p->used)
				a.fail = "occupancy differs from the policy's count";
			m++;
		}
		if (a.fail)
			a.fail_pos = i;
	}
	policy_free(p);
	free(a.res);
	*misses = m;
	if (a.fail) {
		snprintf(err, errlen, "%s at size %zu: access %zu: %s", ops->name, cap,
			 a.fail_pos, a.fail);
		return -1;
	}
	return 0;
}

static int report(struct check_result *r, bool ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int report(struct check_result *r, bool ok, const char *fmt, ...)
{
	va_list ap;

	if (ok) {
		r->passed++;
	} else {
		r->failed++;
		if (r->verbose || r->failed <= 20) {
			fputs("FAIL - ", stdout);
			va_start(ap, fmt);
			vprintf(fmt, ap);
			va_end(ap);
			putchar('\n');
		}
	}
	return ok ? 0 : -1;
}

void check_trace(const struct cs_trace *t, const char *name, const size_t *sizes,
		 size_t nsizes, u64 naive_limit, struct check_result *r)
{
	size_t maxs = 0, s, k, np = 0;
	u32 *dist = stack_distances(t);
	u64 *mrc, *naive = NULL, *opt = xcalloc(nsizes, sizeof(u64)), *lru = xcalloc(nsizes, sizeof(u64));
	char err[256];

	for (s = 0; s < nsizes; s++)
		if (sizes[s] > maxs)
			maxs = sizes[s];
	mrc = xcalloc(maxs + 1, sizeof(u64));
	lru_mrc_from_distances(t, dist, maxs, mrc);
	if ((u64)t->n * t->nr_ids <= naive_limit * 64) {
		naive = xcalloc(maxs + 1, sizeof(u64));
		mattson_naive_curve(t, maxs, naive);
	}
	while (cs_policies[np])
		np++;
	for (s = 0; s < nsizes; s++) {
		size_t c = sizes[s];
		u64 m[32] = { 0 };

		for (k = 0; k < np; k++) {
			if (!policy_available(cs_policies[k]))
				continue;
			if (audit_policy(cs_policies[k], t, c, &m[k], err, sizeof(err)))
				report(r, false, "%s: audit: %s", name, err);
			else
				r->passed++;
		}

		for (k = 0; k < np; k++)
			if (!strcmp(cs_policies[k]->name, "lru"))
				lru[s] = m[k];
			else if (!strcmp(cs_policies[k]->name, "opt"))
				opt[s] = m[k];
		report(r, lru[s] == mrc[c], "%s: size %zu: LRU simulation %llu misses, Mattson "
		       "stack distances %llu", name, c, (unsigned long long)lru[s],
		       (unsigned long long)mrc[c]);
		if (naive) {
			u64 mm = naive[c];

			report(r, lru[s] == mm, "%s: size %zu: LRU simulation %llu misses, naive "
			       "Mattson stack %llu", name, c, (unsigned long long)lru[s],
			       (unsigned long long)mm);
		}
		if ((u64)t->n * c <= naive_limit) {
			u64 on = opt_naive_misses(t, c, NULL);

			report(r, opt[s] == on, "%s: size %zu: OPT (heap) %llu misses, naive OPT %llu",
			       name, c, (unsigned long long)opt[s], (unsigned long long)on);
		}
		for (k = 0; k < np; k++)
			if (policy_available(cs_policies[k]))
				report(r, opt[s] <= m[k], "%s: size %zu: OPT %llu misses > %s %llu",
				       name, c, (unsigned long long)opt[s], cs_policies[k]->name,
				       (unsigned long long)m[k]);
	}
	for (s = 0; s < nsizes; s++)
		for (k = 0; k < nsizes; k++)
			if (sizes[k] > sizes[s]) {
				report(r, lru[k] <= lru[s], "%s: LRU misses grow from %llu at %zu to "
				       "%llu at %zu", name, (unsigned long long)lru[s], sizes[s],
				       (unsigned long long)lru[k], sizes[k]);
				report(r, opt[k] <= opt[s], "%s: OPT misses grow from %llu at %zu to "
				       "%llu at %zu", name, (unsigned long long)opt[s], sizes[s],
				       (unsigned long long)opt[k], sizes[k]);
			}
	/* the whole Mattson curve is non-increasing as well */
	for (s = 1; s <= maxs; s++)
		if (mrc[s] > mrc[s - 1]) {
			report(r, false, "%s: Mattson curve grows at size %zu", name, s);
			break;
		}
	free(dist);
	free(mrc);
	free(naive);
	free(opt);
	free(lru);
}
