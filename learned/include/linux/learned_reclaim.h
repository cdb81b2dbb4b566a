/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned page reclaim: the "reclaim" hook.
 *
 * Decision points of the classic (two-list) LRU in mm/vmscan.c:
 *
 *   inactive  folio_check_references(): a folio at the tail of an
 *             inactive list is reclaimed, kept on the inactive list for
 *             another trip, or activated;
 *   active    shrink_active_list(): a folio at the tail of an active list
 *             is deactivated or kept on the active list.
 *
 * Stock decides from reference bits only.  A policy selected in
 * /sys/kernel/learned/reclaim/policy decides from a feature vector that
 * also carries the folio's history (accesses, age, idle time, scans),
 * kept in page_ext by mm/learned_reclaim.c.  File and anonymous folios
 * use the same hook; struct learned_reclaim_folio says which one it is.
 * MGLRU does not use these paths, so the hook has no effect with MGLRU
 * enabled.
 */
#ifndef _LINUX_LEARNED_RECLAIM_H
#define _LINUX_LEARNED_RECLAIM_H

#include <linux/jump_label.h>
#include <linux/types.h>

struct folio;
struct lruvec;
struct mem_cgroup;
struct page_ext_operations;

/*
 * Verdicts at the inactive list, in the order of mm/vmscan.c's
 * enum folio_references (the hook patch checks this at build time).
 */
enum learned_reclaim_verdict {
	LEARNED_RECLAIM_RECLAIM,	/* reclaim the folio */
	LEARNED_RECLAIM_RECLAIM_CLEAN,	/* reclaim it if it is clean */
	LEARNED_RECLAIM_KEEP,		/* another trip on the inactive list */
	LEARNED_RECLAIM_ACTIVATE,	/* move it to the active list */
	LEARNED_RECLAIM_NR_VERDICTS,
};

/* Where the decision is taken. */
enum learned_reclaim_site {
	LEARNED_RECLAIM_SITE_INACTIVE,	/* folio_check_references() */
	LEARNED_RECLAIM_SITE_ACTIVE,	/* shrink_active_list() */
};

struct cgroup;
struct learned_reclaim_adapt;

/**
 * struct learned_reclaim_folio - what a policy sees about one folio.
 * @site: enum learned_reclaim_site.
 * @file: a file folio (false: anonymous or shmem).
 * @mapped: mapped into some page table.
 * @dirty: dirty or under writeback.
 * @workingset: PG_workingset (it was active before, or it refaulted).
 * @referenced: PG_referenced was set (read(2)-style accesses).
 * @referenced_ptes: young page-table entries found (0 at the active site
 *	when stock would deactivate).
 * @history: the page_ext history below is valid.
 * @accesses: accesses seen since the folio entered the page cache or was
 *	first seen (saturates at 65535).
 * @recent: accesses seen since reclaim last looked at the folio.
 * @scans: times reclaim looked at the folio (saturates at 255).
 * @age: reclaim clock ticks since the folio was first seen.
 * @idle: reclaim clock ticks since its last access.
 * @nrpages: pages of the folio's file in the page cache (0 for anon).
 * @lru_active: pages on the active list of the folio's type.
 * @lru_inactive: pages on the inactive list of the folio's type.
 * @refault: 0, or 1 + 256 * refault distance / file LRU size (capped at
 *	LEARNED_RECLAIM_REFAULT_MAX) when the folio came back through
 *	workingset_refault(): how far past the cache it had been evicted.
 * @ahead: pages from the last access of its file's sequential reader
 *	forward to the folio, 0 when the folio is not ahead of one (capped
 *	at U32_MAX).  A reader that went back to the start of a file it
 *	reads in order (a loop) has the file's older pages ahead of it; a
 *	single pass has none, only its readahead.
 * @key: the file page (mapping and index) for the quality watchdog, which
 *	decides a sample of keys by stock and counts their refaults; only
 *	file folios take part (anonymous ones have no stable key before
 *	they are added to swap).
 * @stock: stock's verdict at the inactive site (enum
 *	learned_reclaim_verdict), or 1 to deactivate / 0 to keep at the
 *	active site.
 * @priority: the scan priority of the reclaim pass (sc->priority): each
 *	pass scans lru size >> priority pages of every list, starting at
 *	DEF_PRIORITY (12); a pass that reclaims too little is retried one
 *	priority lower, 0 being the last before OOM.  Not a model feature.
 * @scope: what else the reclaim pass reclaims from (enum
 *	learned_reclaim_scope): what the policy spares here is reclaimed
 *	there instead.  Not a model feature.
 * @cgroup: the cgroup of the folio's memory cgroup, or NULL: selects a
 *	per-cgroup policy (cgroup_policy).  Not a feature.
 * @adapt: the adaptation state of the folio's memory cgroup
 *	(include/linux/learned_reclaim_adapt.h), or NULL for the frozen
 *	prior.  Not a feature.
 *
 * The reclaim clock counts folios (in pages) examined by reclaim while
 * the hook is on, so ages are in units of reclaim work, not time.
 */
struct learned_reclaim_folio {
	u8 site;
	bool file;
	bool mapped;
	bool dirty;
	bool workingset;
	bool referenced;
	int referenced_ptes;
	bool history;
	u32 accesses;
	u32 recent;
	u32 scans;
	u64 age;
	u64 idle;
	u64 nrpages;
	u64 lru_active;
	u64 lru_inactive;
	u32 refault;
	u32 ahead;
	u64 key;
	int stock;
	int priority;
	u8 scope;
	struct cgroup *cgroup;
	struct learned_reclaim_adapt *adapt;
};

/**
 * enum learned_reclaim_scope - what a reclaim pass reclaims from.
 * @LEARNED_RECLAIM_SCOPE_OWN: the limit of the folio's own memory cgroup,
 *	which reclaims only from that cgroup (and its descendants).
 * @LEARNED_RECLAIM_SCOPE_GLOBAL: global reclaim, from every cgroup (the
 *	only scope without memory cgroups).
 * @LEARNED_RECLAIM_SCOPE_ANCESTOR: the limit of an ancestor cgroup, which
 *	the folio's cgroup shares with its siblings there.
 */
enum learned_reclaim_scope {
	LEARNED_RECLAIM_SCOPE_OWN,
	LEARNED_RECLAIM_SCOPE_GLOBAL,
	LEARNED_RECLAIM_SCOPE_ANCESTOR,
};

/* the largest @refault: a distance of 16 times the LRU size or more */
#define LEARNED_RECLAIM_REFAULT_MAX	(1 + 16 * 256)

/* Would stock reclaim @f at the inactive site? */
static inline bool
learned_reclaim_stock_reclaims(const struct learned_reclaim_folio *f)
{
	return f->stock == LEARNED_RECLAIM_RECLAIM ||
	       f->stock == LEARNED_RECLAIM_RECLAIM_CLEAN;
}

/**
 * struct learned_reclaim_ops - callbacks of a reclaim policy.
 * @inactive: verdict for a folio at the tail of an inactive list: an enum
 *	learned_reclaim_verdict value, or a negative errno on an internal
 *	error (the hook then reverts to stock).  Optional: stock decides
 *	when it is NULL.
 * @active: 1 to deactivate a folio at the tail of an active list, 0 to
 *	keep it active, or a negative errno.  Optional.
 *
 * Both are called under rcu_read_lock() and must not sleep.  At least one
 * must be set.
 */
struct learned_reclaim_ops {
	int (*inactive)(const struct learned_reclaim_folio *f);
	int (*active)(const struct learned_reclaim_folio *f);
};

#ifdef CONFIG_LEARNED_RECLAIM
DECLARE_STATIC_KEY_FALSE(learned_reclaim_key);
DECLARE_STATIC_KEY_FALSE(learned_reclaim_track_key);
extern struct learned_hook learned_reclaim_hook;
extern struct page_ext_operations learned_reclaim_page_ext_ops;

int __learned_reclaim_inactive(struct folio *folio, int referenced_ptes,
			       int referenced_folio, unsigned long vm_flags,
			       int priority, struct mem_cgroup *target);
bool __learned_reclaim_keep_active(struct folio *folio, int priority,
				   struct mem_cgroup *target);
void __learned_reclaim_accessed(struct folio *folio);
void __learned_reclaim_refault(struct folio *folio, struct lruvec *lruvec,
			       unsigned long distance);
int learned_reclaim_decide(struct learned_reclaim_folio *f);
int learned_reclaim_need_history(struct learned_hook *hook);
/* the per-file sequential readers behind @ahead; for the KUnit tests */
void learned_reclaim_seq_note(unsigned long mapping, pgoff_t index);
u32 learned_reclaim_seq_ahead(unsigned long mapping, pgoff_t index);

static __always_inline bool learned_reclaim_on(void)
{
	return static_branch_unlikely(&learned_reclaim_key) ||
	       static_branch_unlikely(&learned_reclaim_track_key);
}
#else
static __always_inline bool learned_reclaim_on(void)
{
	return false;
}

static inline int __learned_reclaim_inactive(struct folio *folio,
					     int referenced_ptes,
					     int referenced_folio,
					     unsigned long vm_flags,
					     int priority,
					     struct mem_cgroup *target)
{
	return LEARNED_RECLAIM_RECLAIM;
}

static inline bool __learned_reclaim_keep_active(struct folio *folio,
						 int priority,
						 struct mem_cgroup *target)
{
	return false;
}

static inline void __learned_reclaim_accessed(struct folio *folio)
{
}

static inline void __learned_reclaim_refault(struct folio *folio,
					     struct lruvec *lruvec,
					     unsigned long distance)
{
}
#endif

/**
 * learned_reclaim_inactive() - is the policy deciding at the inactive list?
 *
 * Context: any.
 * Return: true when the caller must take its verdict from
 * __learned_reclaim_inactive() instead of its own rules; always false with
 * stock selected and the reclaim tracepoints off.
 */
static __always_inline bool learned_reclaim_inactive(void)
{
	return learned_reclaim_on();
}

/**
 * learned_reclaim_keep_active() - should an active folio stay active?
 * @folio: a folio at the tail of the active list that stock would
 *	deactivate.
 * @priority: the scan priority of the reclaim pass (sc->priority).
 * @target: the memory cgroup whose limit is reclaimed, NULL for global
 *	reclaim (sc->target_mem_cgroup).
 *
 * Context: process context (reclaim), the folio isolated from the LRU.
 * Return: true to rotate it on the active list; false (stock) to
 * deactivate it.
 */
static __always_inline bool learned_reclaim_keep_active(struct folio *folio,
							int priority,
							struct mem_cgroup *target)
{
	if (learned_reclaim_on())
		return __learned_reclaim_keep_active(folio, priority, target);
	return false;
}

/**
 * learned_reclaim_accessed() - record an access in the folio's history.
 * @folio: the folio passed to folio_mark_accessed().
 *
 * Context: any context folio_mark_accessed() runs in.
 */
static __always_inline void learned_reclaim_accessed(struct folio *folio)
{
	if (learned_reclaim_on())
		__learned_reclaim_accessed(folio);
}

/**
 * learned_reclaim_refault() - note a refault in the folio's history.
 * @folio: a folio that refaults (workingset_refault() of the classic LRU).
 * @lruvec: the LRU it was evicted from.
 * @distance: its refault distance, in pages.
 *
 * The history keeps how far past the cache the folio had been evicted
 * (a feature of the learned policy), and the quality watchdog counts the
 * refault as a cost.
 *
 * Context: any context workingset_refault() runs in.
 */
static __always_inline void learned_reclaim_refault(struct folio *folio,
						    struct lruvec *lruvec,
						    unsigned long distance)
{
	if (learned_reclaim_on())
		__learned_reclaim_refault(folio, lruvec, distance);
}

#endif /* _LINUX_LEARNED_RECLAIM_H */
