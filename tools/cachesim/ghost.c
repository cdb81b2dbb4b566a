// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the policies that remember evicted pages: the Linux-like
 * two-list LRU (shadow entries), ARC (ghost lists B1, B2) and S3-FIFO
 * (ghost queue G).
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

/*
 * ---- linux: the classic (non-MGLRU) file LRU of Linux 6.1 ---------------
 *
 * Modelled on mm/swap.c (folio_mark_accessed), mm/vmscan.c
 * (shrink_active_list, shrink_folio_list, inactive_is_low) and
 * mm/workingset.c, for unmapped page-cache folios:
 *
 *  - a missed page is added at the head of the inactive list and then
 *    marked accessed (PG_referenced set), as filemap_read() does;
 *  - an access to a page sets PG_referenced; if it was already set and
 *    the page is inactive, the page is activated (head of the active list,
 *    PG_referenced cleared).  Active pages do not move on access;
 *  - reclaim takes the inactive tail.  Before that, while the inactive
 *    list is low (inactive * ratio < active, ratio 1 below 1 GiB), the
 *    active tail is deactivated to the inactive head, keeping PG_referenced
 *    (so a page referenced while active is re-activated on its next hit);
 *  - nonresident_age counts evictions and activations.  An evicted page
 *    leaves a shadow entry holding the age at eviction (read before the
 *    eviction itself ages it, as workingset_eviction() does) and its
 *    PG_workingset bit; if it refaults with refault distance (age now -
 *    shadow) <= the active list size (the workingset size for file pages
 *    without swap), it is inserted straight into the active list and the
 *    activation ages nonresident_age (workingset_refault()).  The refault
 *    is decided after the eviction that makes room for the page and
 *    before the page is on a list, as in filemap_add_folio();
 *  - PG_workingset is set when a page is deactivated (shrink_active_list)
 *    and, on a refault that activates, restored from the shadow; a freed
 *    page loses it.
 *
 * Variants differ only in the refault decision:
 *   linux          distance <= active                  (stock 6.1)
 *   linux-eager    distance <= active + inactive       (the kernel's "eager")
 *   linux-learned  learned_model_predict() on learned_evict_features()
 *                  >= 32768 (0.5), the compiled-in evict_refault model
 *   linux-oracle   offline bound of this decision: activate iff the
 *                  training label is 1 (reuse distance < cache size)
 * At each refault, all variants compute the feature vector and report it
 * through p->refault_cb (cachesim label --rows refault).
 *
 * Not modelled: reclaim batching (SWAP_CLUSTER_MAX) and watermarks, the
 * shadow-node shrinker (shadow entries live forever here), mapped pages and
 * anon LRUs, MGLRU, bucket_order (exact ages here).
 */
enum { L_NONE, L_INACT, L_ACT };
enum { R_STOCK, R_EAGER, R_LEARNED, R_ORACLE };

struct lru2 {
	struct dlinks l;
	struct dlist inact, act;
	u8 *where, *ref, *ws;	/* list; PG_referenced; PG_workingset */
	u64 *shadow;	/* (age at eviction + 1) << 1 | PG_workingset; 0: no shadow */
	u32 *objres;	/* resident pages per object (mapping->nrpages) */
	u64 age;	/* lruvec->nonresident_age */
	int mode;
	u32 *next, *dist;	/* linux-oracle: next use, LRU stack distances */
};

static void lru2_create_mode(struct cs_policy *p, int mode)
{
	struct lru2 *s = xcalloc(1, sizeof(*s));
	size_t n = p->trace->nr_ids;
	const char *why;

	if (mode == R_LEARNED && cs_evict_model_check(&why))
		die("linux-learned: %s", why);
	dl_alloc(&s->l, n);
	dl_init(&s->inact);
	dl_init(&s->act);
	s->where = xcalloc(n, 1);
	s->ref = xcalloc(n, 1);
	s->ws = xcalloc(n, 1);
	s->shadow = xcalloc(n, sizeof(u64));
	s->objres = xcalloc(p->trace->nr_objs ? p->trace->nr_objs : 1, sizeof(u32));
	s->mode = mode;
	if (mode == R_ORACLE) {
		s->next = opt_next_use(p->trace);
		s->dist = stack_distances(p->trace);
	}
	p->priv = s;
}

static void lru2_oracle_create(struct cs_policy *p)
{
	lru2_create_mode(p, R_ORACLE);
}

static void lru2_create(struct cs_policy *p)
{
	lru2_create_mode(p, R_STOCK);
}

static void lru2_eager_create(struct cs_policy *p)
{
	lru2_create_mode(p, R_EAGER);
}

static void lru2_learned_create(struct cs_policy *p)
{
	lru2_create_mode(p, R_LEARNED);
}

static bool lru2_learned_available(void)
{
	const char *why;

	return !cs_evict_model_check(&why);
}

static void lru2_destroy(struct cs_policy *p)
{
	struct lru2 *s = p->priv;

	dl_free(&s->l);
	free(s->where);
	free(s->ref);
	free(s->ws);
	free(s->shadow);
	free(s->objres);
	free(s->next);
	free(s->dist);
	free(s);
}

static void lru2_activate(struct lru2 *s, u32 id)
{
	dl_remove(&s->l, &s->inact, id);
	dl_push_head(&s->l, &s->act, id);
	s->where[id] = L_ACT;
	s->ref[id] = 0;
	s->age++;	/* workingset_activation() */
}

/* workingset_refault(): should refaulting page id go to the active list? */
static bool lru2_refault(struct cs_policy *p, struct lru2 *s, u32 id, size_t pos)
{
	u64 eviction = (s->shadow[id] >> 1) - 1;
	u64 distance = s->age - eviction;
	bool was_ws = s->shadow[id] & 1, act;
	int32_t x[CS_EVICT_NR_FEATURES], out;

	/* nrpages counts the page itself: __filemap_add_folio() ran first */
	cs_evict_features(distance, s->act.size, s->act.size, s->inact.size,
			  (u64)s->objres[p->trace->id_obj[id]] + 1, was_ws, x);
	switch (s->mode) {
	case R_EAGER:
		act = distance <= s->act.size + s->inact.size;
		break;
	case R_ORACLE:
		act = s->next[pos] < p->trace->n && s->dist[s->next[pos]] <= p->cap;
		break;
	case R_LEARNED:
		if (!cs_evict_predict(x, &out)) {
			act = cs_evict_decide(out);
			break;
		}
		p->model_fallbacks++;
		/* the kernel hook reverts to stock */
		__attribute__((fallthrough));
	default:
		act = distance <= s->act.size;
		break;
	}
	p->refaults++;
	p->refault_activations += act;
	if (p->refault_cb)
		p->refault_cb(p->refault_ctx, id, pos, x, act);
	return act;
}

static bool lru2_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct lru2 *s = p->priv;
	bool act = false;

	if (s->where[id] != L_NONE) {
		/* folio_mark_accessed() */
		if (!s->ref[id])
			s->ref[id] = 1;
		else if (s->where[id] == L_INACT)
			lru2_activate(s, id);
		return true;
	}
	if (p->used == p->cap) {
		u32 v;

		while (s->act.size && (!s->inact.size ||
				       s->inact.size * p->lru2_ratio < s->act.size)) {
			v = dl_pop_tail(&s->l, &s->act);
			dl_push_head(&s->l, &s->inact, v);
			s->where[v] = L_INACT;
			s->ws[v] = 1;	/* folio_set_workingset() on deactivation */
		}
		v = dl_pop_tail(&s->l, &s->inact);
		s->where[v] = L_NONE;
		s->ref[v] = 0;
		/* workingset_eviction(): the age before this eviction ages it */
		s->shadow[v] = (s->age + 1) << 1 | s->ws[v];
		s->ws[v] = 0;
		s->age++;
		s->objres[p->trace->id_obj[v]]--;
		policy_evicted(p, v, pos);
	}
	p->used++;
	if (s->shadow[id])
		act = lru2_refault(p, s, id, pos);
	if (act) {
		dl_push_head(&s->l, &s->act, id);
		s->where[id] = L_ACT;
		s->ws[id] = s->shadow[id] & 1;
		s->age++;	/* workingset_age_nonresident() on activation */
	} else {
		dl_push_head(&s->l, &s->inact, id);
		s->where[id] = L_INACT;
	}
	s->objres[p->trace->id_obj[id]]++;
	s->shadow[id] = 0;
	s->ref[id] = 1;	/* folio_mark_accessed() after the read */
	return false;
}

const struct cs_policy_ops lru2_ops = {
	.name = "linux", .desc = "Linux 6.1 two-list LRU with workingset refault activation",
	.create = lru2_create, .destroy = lru2_destroy, .access = lru2_access,
};

const struct cs_policy_ops lru2_eager_ops = {
	.name = "linux-eager",
	.desc = "linux, but a refault is activated iff distance <= active + inactive",
	.create = lru2_eager_create, .destroy = lru2_destroy, .access = lru2_access,
};

const struct cs_policy_ops lru2_learned_ops = {
	.name = "linux-learned",
	.desc = "linux, refault activation by the compiled-in evict_refault model",
	.create = lru2_learned_create, .destroy = lru2_destroy, .access = lru2_access,
	.available = lru2_learned_available,
};

const struct cs_policy_ops lru2_oracle_ops = {
	.name = "linux-oracle",
	.desc = "linux, refault activation iff reuse distance < size (offline bound)",
	.create = lru2_oracle_create, .destroy = lru2_destroy, .access = lru2_access,
};

/*
 * ---- ARC (Megiddo and Modha, FAST'03, Fig. 4) ---------------------------
 * T1/T2 resident, B1/B2 ghosts, target p.  delta uses integer division.
 */
enum { A_NONE, A_T1, A_T2, A_B1, A_B2 };

struct arc {
	struct dlinks l;
	struct dlist t1, t2, b1, b2;
	u8 *where;
	size_t p;
};

static void arc_create(struct cs_policy *p)
{
	struct arc *s = xcalloc(1, sizeof(*s));

	dl_alloc(&s->l, p->trace->nr_ids);
	dl_init(&s->t1);
	dl_init(&s->t2);
	dl_init(&s->b1);
	dl_init(&s->b2);
	s->where = xcalloc(p->trace->nr_ids, 1);
	p->priv = s;
}

static void arc_destroy(struct cs_policy *p)
{
	struct arc *s = p->priv;

	dl_free(&s->l);
	free(s->where);
	free(s);
}

static struct dlist *arc_list(struct arc *s, int w)
{
	return w == A_T1 ? &s->t1 : w == A_T2 ? &s->t2 : w == A_B1 ? &s->b1 : &s->b2;
}

static void arc_move(struct arc *s, u32 id, int to)
{
	if (s->where[id] != A_NONE)
		dl_remove(&s->l, arc_list(s, s->where[id]), id);
	s->where[id] = (u8)to;
	if (to != A_NONE)
		dl_push_head(&s->l, arc_list(s, to), id);
}

static void arc_replace(struct cs_policy *p, struct arc *s, bool in_b2, size_t pos)
{
	u32 v;

	if (s->t1.size >= 1 && (!s->t2.size || (in_b2 && s->t1.size == s->p) ||
				 s->t1.size > s->p)) {
		v = s->t1.tail;
		arc_move(s, v, A_B1);
	} else {
		v = s->t2.tail;
		arc_move(s, v, A_B2);
	}
	policy_evicted(p, v, pos);
}

static bool arc_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct arc *s = p->priv;
	size_t c = p->cap;

	switch (s->where[id]) {
	case A_T1:
	case A_T2:
		arc_move(s, id, A_T2);
		return true;
	case A_B1: {
		size_t d = s->b1.size >= s->b2.size ? 1 : s->b2.size / s->b1.size;

		s->p = s->p + d < c ? s->p + d : c;
		arc_replace(p, s, false, pos);
		arc_move(s, id, A_T2);
		p->used++;
		return false;
	}
	case A_B2: {
		size_t d = s->b2.size >= s->b1.size ? 1 : s->b1.size / s->b2.size;

		s->p = s->p > d ? s->p - d : 0;
		arc_replace(p, s, true, pos);
		arc_move(s, id, A_T2);
		p->used++;
		return false;
	}
	}
	/* Case IV: not in the directory */
	if (s->t1.size + s->b1.size == c) {
		if (s->t1.size < c) {
			arc_move(s, s->b1.tail, A_NONE);
			arc_replace(p, s, false, pos);
		} else {
			u32 v = s->t1.tail;

			arc_move(s, v, A_NONE);
			policy_evicted(p, v, pos);
		}
	} else {
		size_t tot = s->t1.size + s->t2.size + s->b1.size + s->b2.size;

		if (tot >= c) {
			if (tot == 2 * c)
				arc_move(s, s->b2.tail, A_NONE);
			arc_replace(p, s, false, pos);
		}
	}
	arc_move(s, id, A_T1);
	p->used++;
	return false;
}

const struct cs_policy_ops arc_ops = {
	.name = "arc", .desc = "ARC (FAST'03)",
	.create = arc_create, .destroy = arc_destroy, .access = arc_access,
};

/*
 * ---- S3-FIFO (Yang et al., SOSP'23, Algorithm 1) ------------------------
 * Small FIFO S (10% of the cache, at least 1), main FIFO M (the rest),
 * ghost FIFO G of ids (as many entries as M has pages, at least 1), a 2-bit
 * frequency per resident object.  Hit: freq = min(freq + 1, 3).  Miss:
 * while the cache is full evict(); insert at the head of M if the id is in
 * G (removing it from G), else at the head of S, with freq 0.
 * evict(): from S if |S| >= its target size (or M is empty), else from M.
 * evictS: take the S tail; freq > 1 -> move to the M head (if M is then
 * over its size, evictM() frees one page, which ends the eviction);
 * otherwise it leaves the cache into G.  evictM: take the M tail; freq > 0
 * -> reinsert at the head with freq - 1; otherwise evict it.
 * The clarification "an M eviction forced by a promotion ends the
 * eviction" keeps exactly one page leaving per eviction.
 */
enum { S_NONE, S_S, S_M };

struct s3 {
	struct dlinks l, gl;
	struct dlist s, m, g;
	u8 *where, *freq, *ing;
	size_t cap_s, cap_m, cap_g;
};

static void s3_create(struct cs_policy *p)
{
	struct s3 *s = xcalloc(1, sizeof(*s));
	size_t n = p->trace->nr_ids;

	dl_alloc(&s->l, n);
	dl_alloc(&s->gl, n);
	dl_init(&s->s);
	dl_init(&s->m);
	dl_init(&s->g);
	s->where = xcalloc(n, 1);
	s->freq = xcalloc(n, 1);
	s->ing = xcalloc(n, 1);
	s->cap_s = p->cap / 10 ? p->cap / 10 : 1;
	s->cap_m = p->cap - s->cap_s;
	s->cap_g = s->cap_m ? s->cap_m : 1;
	p->priv = s;
}

static void s3_destroy(struct cs_policy *p)
{
	struct s3 *s = p->priv;

	dl_free(&s->l);
	dl_free(&s->gl);
	free(s->where);
	free(s->freq);
	free(s->ing);
	free(s);
}

static void s3_evict_m(struct cs_policy *p, struct s3 *s, size_t pos)
{
	for (;;) {
		u32 t = dl_pop_tail(&s->l, &s->m);

		if (s->freq[t] > 0) {
			s->freq[t]--;
			dl_push_head(&s->l, &s->m, t);
			continue;
		}
		s->where[t] = S_NONE;
		policy_evicted(p, t, pos);
		return;
	}
}

static void s3_ghost_add(struct s3 *s, u32 id)
{
	if (s->g.size == s->cap_g)
		s->ing[dl_pop_tail(&s->gl, &s->g)] = 0;
	dl_push_head(&s->gl, &s->g, id);
	s->ing[id] = 1;
}

static void s3_evict_s(struct cs_policy *p, struct s3 *s, size_t pos)
{
	while (s->s.size) {
		u32 t = dl_pop_tail(&s->l, &s->s);

		if (s->freq[t] > 1) {
			dl_push_head(&s->l, &s->m, t);
			s->where[t] = S_M;
			if (s->m.size > s->cap_m) {
				s3_evict_m(p, s, pos);
				return;
			}
		} else {
			s->where[t] = S_NONE;
			s3_ghost_add(s, t);
			policy_evicted(p, t, pos);
			return;
		}
	}
	s3_evict_m(p, s, pos);
}

static bool s3_access(struct cs_policy *p, u32 id, size_t pos)
{
	struct s3 *s = p->priv;

	if (s->where[id] != S_NONE) {
		if (s->freq[id] < 3)
			s->freq[id]++;
		return true;
	}
	if (p->used == p->cap) {
		if (s->s.size >= s->cap_s || !s->m.size)
			s3_evict_s(p, s, pos);
		else
			s3_evict_m(p, s, pos);
	}
	s->freq[id] = 0;
	if (s->ing[id]) {
		dl_remove(&s->gl, &s->g, id);
		s->ing[id] = 0;
		dl_push_head(&s->l, &s->m, id);
		s->where[id] = S_M;
	} else {
		dl_push_head(&s->l, &s->s, id);
		s->where[id] = S_S;
	}
	p->used++;
	return false;
}

const struct cs_policy_ops s3fifo_ops = {
	.name = "s3fifo", .desc = "S3-FIFO (SOSP'23)",
	.create = s3_create, .destroy = s3_destroy, .access = s3_access,
};
