// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the plugin host (see tools/lib/simplugin.h) and the example plugin "sfreq".
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"
#include "simplugin.h"

struct host {
	const struct cs_plugin_ops *pl;
	void *priv;
	struct dlinks l;
	struct dlist q;
	u8 *in;
	struct cs_page_hist *h;		/* [nr_ids] */
	u64 *evicted_at;		/* [nr_ids] eviction count + 1 at eviction; 0 never */
	u32 *file_pages;		/* [nr_objs] */
	u8 *seen;			/* [nr_ids] */
	u64 nr_evictions;
	u64 fallbacks;
};

static void host_create(struct cs_policy *p)
{
	struct host *s = xcalloc(1, sizeof(*s));
	size_t n = p->trace->nr_ids;

	s->pl = p->ops->data;
	if (!s->pl->choose_victim || !s->pl->nr_candidates ||
	    s->pl->nr_candidates > CS_PLUGIN_MAX_CANDIDATES)
		die("plugin %s: needs choose_victim and 1..%d candidates", s->pl->name,
		    CS_PLUGIN_MAX_CANDIDATES);
	dl_alloc(&s->l, n);
	dl_init(&s->q);
	s->in = xcalloc(n, 1);
	s->seen = xcalloc(n, 1);
	s->h = xcalloc(n, sizeof(*s->h));
	s->evicted_at = xcalloc(n, sizeof(u64));
	s->file_pages = xcalloc(p->trace->nr_objs, sizeof(u32));
	s->priv = s->pl->init ? s->pl->init(p->cap) : NULL;
	p->priv = s;
}

static void host_destroy(struct cs_policy *p)
{
	struct host *s = p->priv;

	if (s->pl->release)
		s->pl->release(s->priv);
	dl_free(&s->l);
	free(s->in);
	free(s->seen);
	free(s->h);
	free(s->evicted_at);
	free(s->file_pages);
	free(s);
}

static void host_evict(struct cs_policy *p, struct host *s, size_t pos)
{
	struct cs_page_hist cand[CS_PLUGIN_MAX_CANDIDATES] = { 0 };
	u8 rot[CS_PLUGIN_MAX_CANDIDATES];
	unsigned int n = 0, j;
	u32 o;
	int v;

	for (o = s->q.tail; o != NIL && n < s->pl->nr_candidates; o = s->l.prev[o])
		cand[n++] = s->h[o];
	memset(rot, 0, sizeof(rot));
	v = s->pl->choose_victim(s->priv, cand, n, pos, rot);
	if (v < 0 || (unsigned int)v >= n) {
		s->fallbacks++;
		v = 0;
	}
	for (j = 0; j < n; j++) {
		u32 id = cand[j].id;

		if ((int)j == v || !rot[j])
			continue;
		dl_remove(&s->l, &s->q, id);
		dl_push_head(&s->l, &s->q, id);
		s->h[id].accesses = (s->h[id].accesses + 1) / 2;
	}
	o = cand[v].id;
	if (s->pl->on_evict)
		s->pl->on_evict(s->priv, &s->h[o], pos);
	dl_remove(&s->l, &s->q, o);
	s->in[o] = 0;
	s->evicted_at[o] = ++s->nr_evictions;
	policy_evicted(p, o, pos);
}

static bool host_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct host *s = p->priv;
	const struct cs_trace *t = p->trace;
	struct cs_page_hist *h = &s->h[id];

	if (!s->seen[id]) {
		s->seen[id] = 1;
		s->file_pages[t->id_obj[id]]++;
	}
	if (s->in[id]) {
		h->accesses++;
		h->last_access = pos;
		h->flags = t->flags[pos];
		h->file_pages = s->file_pages[t->id_obj[id]];
		dl_remove(&s->l, &s->q, id);
		dl_push_head(&s->l, &s->q, id);
		if (s->pl->on_hit)
			s->pl->on_hit(s->priv, h, pos);
		return true;
	}
	if (p->used == p->cap)
		host_evict(p, s, pos);
	h->id = id;
	h->accesses = 1;
	h->insert_time = pos;
	h->last_access = pos;
	h->refault_dist = s->evicted_at[id] ? s->nr_evictions - s->evicted_at[id] + 1 : 0;
	h->flags = t->flags[pos];
	h->file_pages = s->file_pages[t->id_obj[id]];
	dl_push_head(&s->l, &s->q, id);
	s->in[id] = 1;
	p->used++;
	if (s->pl->on_insert)
		s->pl->on_insert(s->priv, h, pos);
	return false;
}

/*
 * ---- example plugin: sfreq, a scan-resistant frequency heuristic --------
 * Among the 8 coldest pages, evict the one with the lowest score, ties to
 * the colder one; score = accesses since insertion, +1 if the page came
 * back within one cache turnover of its eviction (a refault the classic
 * LRU would count as working set).  Colder candidates passed over with a
 * score >= 2 are rotated to the hot end (and their count halved), so
 * pages touched once - scans - leave first and frequent pages survive a
 * scan, yet nothing is pinned forever.
 */
struct sfreq {
	unsigned long cap;
};

static void *sfreq_init(unsigned long cap)
{
	struct sfreq *s = xcalloc(1, sizeof(*s));

	s->cap = cap;
	return s;
}

static void sfreq_release(void *priv)
{
	free(priv);
}

static uint64_t sfreq_score(const struct sfreq *s, const struct cs_page_hist *h)
{
	return (uint64_t)h->accesses + (h->refault_dist && h->refault_dist <= s->cap);
}

static int sfreq_choose(void *priv, const struct cs_page_hist *cand, unsigned int n,
			uint64_t now, uint8_t *rotate)
{
	const struct sfreq *s = priv;
	unsigned int j, best = 0;

	(void)now;
	for (j = 1; j < n; j++)
		if (sfreq_score(s, &cand[j]) < sfreq_score(s, &cand[best]))
			best = j;
	for (j = 0; j < best; j++)
		if (sfreq_score(s, &cand[j]) >= 2)
			rotate[j] = 1;
	return (int)best;
}

static const struct cs_plugin_ops sfreq_plugin = {
	.name = "sfreq",
	.desc = "example plugin: scan-resistant frequency among the 8 coldest",
	.nr_candidates = 8,
	.init = sfreq_init,
	.release = sfreq_release,
	.choose_victim = sfreq_choose,
};

const struct cs_policy_ops sfreq_ops = {
	.name = "sfreq", .desc = "plugin: scan-resistant frequency heuristic (plugin.c)",
	.data = &sfreq_plugin,
	.create = host_create, .destroy = host_destroy, .access = host_access,
};
