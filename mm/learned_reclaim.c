// SPDX-License-Identifier: GPL-2.0
/*
 * Learned page reclaim: the "reclaim" hook, the per-folio history it keeps
 * in page_ext, and the built-in classic policy.
 *
 * The hook decides, for the classic two-list LRU, whether a folio at the
 * tail of an inactive list is reclaimed, kept or activated, and whether a
 * folio at the tail of an active list is deactivated (see
 * include/linux/learned_reclaim.h).  Policies:
 *
 *   stock   reference bits as mm/vmscan.c uses them (the hook is off);
 *   freq    a frequency-based CLOCK: an active folio that was accessed
 *           since reclaim last looked at it stays active (stock deactivates
 *           every unmapped file folio regardless), and an inactive file
 *           folio used at least twice and touched again since the last
 *           look is activated instead of reclaimed.  Folios used once
 *           (scans) are never protected, so it stays scan resistant.
 *
 * History (struct learned_reclaim_ext, 16 bytes per page in page_ext) is
 * allocated at boot unless learned_reclaim_history=off is given (the
 * default follows CONFIG_LEARNED_RECLAIM_HISTORY), and recorded only
 * while the hook is on: a non-stock policy is selected or a
 * reclaim tracepoint is enabled.  A page_ext entry belongs to a physical
 * page, not to a folio, so each entry carries a stamp of the folio's
 * (mapping, index); an entry whose stamp does not match is stale and is
 * restarted.  Entries are updated without locks: a lost update costs one
 * access in a counter, never correctness.
 */
#define pr_fmt(fmt) "learned_reclaim: " fmt

#include <linux/fs.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/learned_policy.h>
#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/math64.h>
#include <linux/memcontrol.h>
#include <linux/mm.h>
#include <linux/mm_inline.h>
#include <linux/page_ext.h>
#include <linux/pagemap.h>
#include <linux/vmstat.h>

#define CREATE_TRACE_POINTS
#include <trace/events/learned_reclaim.h>

DEFINE_STATIC_KEY_FALSE(learned_reclaim_key);
DEFINE_STATIC_KEY_FALSE(learned_reclaim_track_key);

/* Folios (in pages) examined by reclaim while the hook is on. */
static atomic64_t learned_reclaim_clock = ATOMIC64_INIT(0);

/**
 * struct learned_reclaim_ext - per-page history in page_ext.
 * @stamp: hash of the folio's (mapping, index), never 0 once used; a
 *	16-bit hash lets one stale entry in 65535 pass for the folio's own,
 *	which costs accuracy, never correctness.
 * @first: reclaim clock when the folio was first seen (low 32 bits).
 * @last: reclaim clock at its last access (low 32 bits).
 * @accesses: accesses since first seen, saturating.
 * @scans: times reclaim looked at it, saturating.
 * @recent: accesses since reclaim last looked at it, saturating.
 * @refault: the folio's refault distance when it came back, see struct
 *	learned_reclaim_folio; 0 when it did not come back through a refault.
 *	Its top bit, LEARNED_RECLAIM_EXT_SPARED, says the policy spared the
 *	folio at reclaim's last look (the distance needs 13 bits).
 */
struct learned_reclaim_ext {
	u16 stamp;
	u16 refault;
	u32 first;
	u32 last;
	u16 accesses;
	u8 scans;
	u8 recent;
};

/* every page pays for the history: 16 bytes, keeping page_ext aligned */
static_assert(sizeof(struct learned_reclaim_ext) == 16);

#define LEARNED_RECLAIM_EXT_SPARED	0x8000
static_assert(LEARNED_RECLAIM_REFAULT_MAX < LEARNED_RECLAIM_EXT_SPARED);

static bool learned_reclaim_history = IS_ENABLED(CONFIG_LEARNED_RECLAIM_HISTORY);
/* page_ext holds the history; set once at boot */
static bool learned_reclaim_has_ext __read_mostly;

static int __init learned_reclaim_history_setup(char *str)
{
	return kstrtobool(str, &learned_reclaim_history) == 0;
}
early_param("learned_reclaim_history", learned_reclaim_history_setup);

/**
 * learned_reclaim_need_history() - attach step of the policies that decide
 * on the per-page history.
 * @hook: the reclaim hook.
 *
 * Without the history (learned_reclaim_history=off, or
 * CONFIG_LEARNED_RECLAIM_HISTORY=n) such a policy would hand every folio
 * back to stock: selecting it fails instead.
 *
 * Context: process context.
 * Return: 0, or -EOPNOTSUPP when page_ext holds no history.
 */
int learned_reclaim_need_history(struct learned_hook *hook)
{
	if (READ_ONCE(learned_reclaim_has_ext))
		return 0;
	pr_warn_ratelimited("no per-page history (boot with learned_reclaim_history=on)\n");
	return -EOPNOTSUPP;
}
EXPORT_SYMBOL_GPL(learned_reclaim_need_history);

static bool learned_reclaim_need_ext(void)
{
	learned_reclaim_has_ext = learned_reclaim_history;
	return learned_reclaim_history;
}

struct page_ext_operations learned_reclaim_page_ext_ops = {
	.size = sizeof(struct learned_reclaim_ext),
	.need = learned_reclaim_need_ext,
};

/* the folio's (mapping, index): its history stamp and watchdog key */
static u64 learned_reclaim_key_of(struct folio *folio)
{
	unsigned long mapping = (unsigned long)READ_ONCE(folio->mapping);

	return (u64)mapping ^ ((u64)folio->index * GOLDEN_RATIO_64);
}

static u16 learned_reclaim_stamp(struct folio *folio)
{
	u16 stamp = hash_64(learned_reclaim_key_of(folio), 16);

	return stamp ? stamp : 1;
}

/*
 * The folio's history entry, restarted if it belonged to another folio.
 * Returns NULL without page_ext; otherwise page_ext_put() must follow.
 */
static struct learned_reclaim_ext *
learned_reclaim_ext_get(struct folio *folio, struct page_ext **pe, u32 now)
{
	struct learned_reclaim_ext *e;
	u16 stamp = learned_reclaim_stamp(folio);

	*pe = NULL;
	if (!learned_reclaim_has_ext)
		return NULL;
	*pe = page_ext_get(&folio->page);
	if (!*pe)
		return NULL;
	e = (void *)*pe + learned_reclaim_page_ext_ops.offset;
	if (READ_ONCE(e->stamp) != stamp) {
		WRITE_ONCE(e->first, now);
		WRITE_ONCE(e->last, now);
		WRITE_ONCE(e->accesses, 0);
		WRITE_ONCE(e->scans, 0);
		WRITE_ONCE(e->recent, 0);
		WRITE_ONCE(e->refault, 0);
		WRITE_ONCE(e->stamp, stamp);
	}
	return e;
}

/*
 * The inode number of a file folio, 0 for anonymous ones.  At the active
 * site the folio is not locked and may be truncated under us; inodes are
 * freed after an RCU grace period, so the read is safe under RCU.
 */
static unsigned long learned_reclaim_ino(struct folio *folio)
{
	struct address_space *mapping;
	unsigned long ino = 0;

	if (folio_test_anon(folio))
		return 0;
	rcu_read_lock();
	mapping = folio_mapping(folio);
	if (mapping && mapping->host)
		ino = READ_ONCE(mapping->host->i_ino);
	rcu_read_unlock();
	return ino;
}

/*
 * Sequential readers, one per file: a small table indexed by a hash of the
 * mapping, updated at every access while the hook is on.  A reader that
 * steps forward by at most LEARNED_RECLAIM_SEQ_STEP pages lengthens its
 * run; any other access halves it, so a loop's jump back to the start of
 * its file keeps a long run, and random reads never build one.  Entries
 * are updated without locks and may be overwritten by another file of
 * the same hash or torn by concurrent readers: that costs a feature its
 * accuracy, never correctness.
 */
#define LEARNED_RECLAIM_SEQ_BITS	6
#define LEARNED_RECLAIM_SEQ_STEP	256
#define LEARNED_RECLAIM_SEQ_RUN		8	/* steps before a reader counts */

struct learned_reclaim_seq {
	unsigned long mapping;
	pgoff_t last;		/* index of the reader's last access */
	unsigned int run;	/* forward steps, saturating at U8_MAX */
};

static struct learned_reclaim_seq
	learned_reclaim_seq[1 << LEARNED_RECLAIM_SEQ_BITS];

static struct learned_reclaim_seq *learned_reclaim_seq_of(unsigned long mapping)
{
	return &learned_reclaim_seq[hash_long(mapping, LEARNED_RECLAIM_SEQ_BITS)];
}

/* An access of page @index of the file whose mapping is @mapping. */
void learned_reclaim_seq_note(unsigned long mapping, pgoff_t index)
{
	struct learned_reclaim_seq *s = learned_reclaim_seq_of(mapping);
	pgoff_t last = READ_ONCE(s->last);
	unsigned int run = READ_ONCE(s->run);

	if (READ_ONCE(s->mapping) != mapping) {
		WRITE_ONCE(s->mapping, mapping);
		run = 0;
	} else if (index == last) {
		return;		/* the same page again: no store to a shared line */
	} else if (index > last && index - last <= LEARNED_RECLAIM_SEQ_STEP) {
		run = min(run + 1, (unsigned int)U8_MAX);
	} else {
		run /= 2;
	}
	WRITE_ONCE(s->run, run);
	WRITE_ONCE(s->last, index);
}
EXPORT_SYMBOL_GPL(learned_reclaim_seq_note);

/* Pages from @mapping's sequential reader forward to @index, or 0. */
u32 learned_reclaim_seq_ahead(unsigned long mapping, pgoff_t index)
{
	struct learned_reclaim_seq *s = learned_reclaim_seq_of(mapping);
	pgoff_t last = READ_ONCE(s->last);

	if (READ_ONCE(s->mapping) != mapping ||
	    READ_ONCE(s->run) < LEARNED_RECLAIM_SEQ_RUN || index <= last)
		return 0;
	return min_t(pgoff_t, index - last, U32_MAX);
}
EXPORT_SYMBOL_GPL(learned_reclaim_seq_ahead);

static void learned_reclaim_note_access(struct learned_reclaim_ext *e,
					u32 now, unsigned int n)
{
	unsigned int a = READ_ONCE(e->accesses) + n;
	unsigned int r = READ_ONCE(e->recent) + n;

	WRITE_ONCE(e->accesses, min_t(unsigned int, a, U16_MAX));
	WRITE_ONCE(e->recent, min_t(unsigned int, r, U8_MAX));
	WRITE_ONCE(e->last, now);
}

void __learned_reclaim_accessed(struct folio *folio)
{
	unsigned long mapping = (unsigned long)READ_ONCE(folio->mapping);
	u32 now = (u32)atomic64_read(&learned_reclaim_clock);
	struct learned_reclaim_ext *e;
	struct page_ext *pe;

	e = learned_reclaim_ext_get(folio, &pe, now);
	if (e) {
		learned_reclaim_note_access(e, now, 1);
		page_ext_put(pe);
	}
	if (folio_is_file_lru(folio) && mapping &&
	    !(mapping & PAGE_MAPPING_FLAGS))
		learned_reclaim_seq_note(mapping, folio->index);
	if (trace_learned_reclaim_access_enabled() && folio_is_file_lru(folio))
		trace_learned_reclaim_access(learned_reclaim_ino(folio),
					     folio->index, folio_nr_pages(folio),
					     (u64)now);
}
EXPORT_SYMBOL_GPL(__learned_reclaim_accessed);

/*
 * Fill @f from the folio and its history; a scan is one look by reclaim.
 * @seen: accesses reclaim itself found (young ptes, PG_referenced), added
 * to the history before the features are taken.  Returns how the
 * policy's spare at the last look turned out (an enum
 * learned_reclaim_adapt_event), or -1 when it did not spare the folio.
 */
static int learned_reclaim_describe(struct folio *folio,
				    struct learned_reclaim_folio *f,
				    unsigned int seen)
{
	long nr = folio_nr_pages(folio);
	u64 now64 = atomic64_add_return(nr, &learned_reclaim_clock);
	u32 now = (u32)now64;
	struct address_space *mapping;
	struct learned_reclaim_ext *e;
	struct lruvec *lruvec;
	struct page_ext *pe;
	int base, spared = -1;
	u16 refault;

	f->file = folio_is_file_lru(folio);
	f->mapped = folio_mapped(folio);
	f->dirty = folio_test_dirty(folio) || folio_test_writeback(folio);
	f->workingset = folio_test_workingset(folio);
	f->key = learned_reclaim_key_of(folio);
	if (f->file) {
		rcu_read_lock();	/* see learned_reclaim_ino() */
		mapping = folio_mapping(folio);
		f->nrpages = mapping ? READ_ONCE(mapping->nrpages) : 0;
		rcu_read_unlock();
		if (mapping)
			f->ahead = learned_reclaim_seq_ahead((unsigned long)mapping,
							     folio->index);
	}

	lruvec = folio_lruvec(folio);
	base = f->file ? NR_INACTIVE_FILE : NR_INACTIVE_ANON;
	f->lru_inactive = lruvec_page_state(lruvec, base);
	f->lru_active = lruvec_page_state(lruvec, base + LRU_ACTIVE);

	e = learned_reclaim_ext_get(folio, &pe, now);
	if (!e)
		return -1;
	if (seen)
		learned_reclaim_note_access(e, now, seen);
	f->history = true;
	f->accesses = READ_ONCE(e->accesses);
	f->recent = READ_ONCE(e->recent);
	f->scans = READ_ONCE(e->scans);
	f->age = (u32)(now - READ_ONCE(e->first));
	f->idle = (u32)(now - READ_ONCE(e->last));
	refault = READ_ONCE(e->refault);
	f->refault = refault & ~LEARNED_RECLAIM_EXT_SPARED;
	if (refault & LEARNED_RECLAIM_EXT_SPARED) {
		spared = f->recent ? LEARNED_RECLAIM_ADAPT_USEFUL :
			 LEARNED_RECLAIM_ADAPT_WASTED;
		WRITE_ONCE(e->refault, f->refault);
	}
	WRITE_ONCE(e->scans, min(f->scans + 1, (u32)U8_MAX));
	WRITE_ONCE(e->recent, 0);
	page_ext_put(pe);
	return spared;
}

/* Did the policy spare @f, which stock would reclaim or deactivate? */
static bool learned_reclaim_spared(const struct learned_reclaim_folio *f,
				   int verdict)
{
	if (f->site == LEARNED_RECLAIM_SITE_ACTIVE)
		return f->stock && !verdict;
	return learned_reclaim_stock_reclaims(f) &&
	       !(verdict == LEARNED_RECLAIM_RECLAIM ||
		 verdict == LEARNED_RECLAIM_RECLAIM_CLEAN);
}

/* Mark a folio the policy spared, to judge the spare at the next look. */
static void learned_reclaim_mark_spared(struct folio *folio)
{
	u32 now = (u32)atomic64_read(&learned_reclaim_clock);
	struct learned_reclaim_ext *e;
	struct page_ext *pe;

	e = learned_reclaim_ext_get(folio, &pe, now);
	if (!e)
		return;
	WRITE_ONCE(e->refault, READ_ONCE(e->refault) | LEARNED_RECLAIM_EXT_SPARED);
	page_ext_put(pe);
}

/*
 * The adaptation state of a memory cgroup's folios (see
 * learned/reclaim_adapt_cgroup.c): the root's and a folio's without one
 * are the global state.  Called under rcu_read_lock().
 */
static struct learned_reclaim_adapt *
learned_reclaim_adapt_memcg(struct mem_cgroup *memcg)
{
#ifdef CONFIG_MEMCG
	if (memcg && !mem_cgroup_is_root(memcg))
		return learned_reclaim_adapt_of(cgroup_id(memcg->css.cgroup));
#endif
	return learned_reclaim_adapt_of(0);
}

static int learned_reclaim_validate(const struct learned_policy *policy)
{
	const struct learned_reclaim_ops *ops = policy->ops;

	return ops->inactive || ops->active ? 0 : -EINVAL;
}

struct learned_hook learned_reclaim_hook = {
	.name = "reclaim",
	.key = &learned_reclaim_key,
	.validate = learned_reclaim_validate,
	.per_cgroup = true,
	.has_cost = true,
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_reclaim_hook);

/**
 * learned_reclaim_decide() - ask the active policy about one folio.
 * @f: the folio's features, with @f->stock set to stock's verdict.
 *
 * With stock active (the hook is on only for tracing), returns stock's
 * verdict and counts nothing.  Falls back to stock when the policy has no
 * callback for @f->site, and reverts the hook to stock when the policy
 * returns an error or an out-of-range verdict.  File folios in the
 * watchdog's control sample are decided by stock.
 *
 * Context: rcu_read_lock() held; does not sleep.
 * Return: the verdict to apply: an enum learned_reclaim_verdict value at
 * the inactive site, 1 (deactivate) or 0 (keep active) at the active site.
 */
int learned_reclaim_decide(struct learned_reclaim_folio *f)
{
	bool active = f->site == LEARNED_RECLAIM_SITE_ACTIVE;
	const struct learned_call c = {
		.hook = &learned_reclaim_hook,
		.cgroup = f->cgroup,
		.key = f->key,
		.sampled = f->file,
		.stock = f->stock,
		.lo = 0,
		.hi = active ? 1 : LEARNED_RECLAIM_NR_VERDICTS - 1,
		.fault = "reclaim: policy returned an invalid verdict",
	};

	if (!learned_hook_enabled(&learned_reclaim_hook))
		return f->stock;
	if (active)
		return LEARNED_CALL(&c, struct learned_reclaim_ops, active, f);
	return LEARNED_CALL(&c, struct learned_reclaim_ops, inactive, f);
}
EXPORT_SYMBOL_GPL(learned_reclaim_decide);

/*
 * Describe @folio into @f (@seen: as for learned_reclaim_describe()), let
 * the active policy decide and trace the decision.
 */
static int learned_reclaim_decide_folio(struct folio *folio,
					struct learned_reclaim_folio *f,
					unsigned int seen)
{
	struct mem_cgroup *memcg = NULL;
	int verdict, spared;

	spared = learned_reclaim_describe(folio, f, seen);
	rcu_read_lock();
#ifdef CONFIG_MEMCG
	/* locked or isolated: the folio's memcg is stable */
	memcg = folio_memcg(folio);
	if (memcg)
		f->cgroup = memcg->css.cgroup;
#endif
	if (static_branch_unlikely(&learned_reclaim_key)) {
		f->adapt = learned_reclaim_adapt_memcg(memcg);
		if (spared >= 0)
			learned_reclaim_adapt_note(f->adapt, spared);
	}
	verdict = learned_reclaim_decide(f);
	rcu_read_unlock();
	if (learned_reclaim_spared(f, verdict))
		learned_reclaim_mark_spared(folio);
	if (trace_learned_reclaim_decide_enabled())
		trace_learned_reclaim_decide(learned_reclaim_ino(folio),
					     folio->index, f, verdict);
	return verdict;
}

#ifdef CONFIG_MEMCG
/*
 * Whose pages does reclaim of @target (NULL: global reclaim) take besides
 * @folio's cgroup's?  An ancestor's limit under which that cgroup holds
 * all but a sixteenth of the pages charged acts as the cgroup's own: its
 * siblings have little to lose.  The folio is locked or isolated: its
 * memcg is stable.
 */
static u8 learned_reclaim_scope(struct folio *folio,
				struct mem_cgroup *target)
{
	struct mem_cgroup *memcg;
	unsigned long usage;

	if (!target)
		return LEARNED_RECLAIM_SCOPE_GLOBAL;
	memcg = folio_memcg(folio);
	if (memcg == target)
		return LEARNED_RECLAIM_SCOPE_OWN;
	usage = page_counter_read(&target->memory);
	if (memcg && page_counter_read(&memcg->memory) >= usage - usage / 16)
		return LEARNED_RECLAIM_SCOPE_OWN;
	return LEARNED_RECLAIM_SCOPE_ANCESTOR;
}
#else
/* Without memory cgroups every reclaim is global. */
static u8 learned_reclaim_scope(struct folio *folio,
				struct mem_cgroup *target)
{
	return LEARNED_RECLAIM_SCOPE_GLOBAL;
}
#endif

/* Stock's verdict, exactly the tail of folio_check_references(). */
static int learned_reclaim_stock_inactive(struct folio *folio,
					  int referenced_ptes,
					  int referenced_folio,
					  unsigned long vm_flags)
{
	if (referenced_ptes) {
		if (referenced_folio || referenced_ptes > 1)
			return LEARNED_RECLAIM_ACTIVATE;
		if ((vm_flags & VM_EXEC) && folio_is_file_lru(folio))
			return LEARNED_RECLAIM_ACTIVATE;
		return LEARNED_RECLAIM_KEEP;
	}
	if (referenced_folio && folio_is_file_lru(folio))
		return LEARNED_RECLAIM_RECLAIM_CLEAN;
	return LEARNED_RECLAIM_RECLAIM;
}

int __learned_reclaim_inactive(struct folio *folio, int referenced_ptes,
			       int referenced_folio, unsigned long vm_flags,
			       int priority, struct mem_cgroup *target)
{
	struct learned_reclaim_folio f = {
		.site = LEARNED_RECLAIM_SITE_INACTIVE,
		.priority = priority,
		.scope = learned_reclaim_scope(folio, target),
		.referenced = referenced_folio,
		.referenced_ptes = referenced_ptes,
	};

	/* Stock's side effect: spare a mapped folio for another look. */
	if (referenced_ptes)
		folio_set_referenced(folio);
	f.stock = learned_reclaim_stock_inactive(folio, referenced_ptes,
						 referenced_folio, vm_flags);
	/* MGLRU shares shrink_folio_list(); the hook is for the classic LRU */
	if (lru_gen_enabled())
		return f.stock;
	/*
	 * PG_referenced was set by folio_mark_accessed(), already counted;
	 * young ptes are accesses only reclaim sees.
	 */
	return learned_reclaim_decide_folio(folio, &f, referenced_ptes > 0);
}
EXPORT_SYMBOL_GPL(__learned_reclaim_inactive);

bool __learned_reclaim_keep_active(struct folio *folio, int priority,
				   struct mem_cgroup *target)
{
	struct learned_reclaim_folio f = {
		.site = LEARNED_RECLAIM_SITE_ACTIVE,
		.priority = priority,
		.scope = learned_reclaim_scope(folio, target),
		.referenced = folio_test_referenced(folio),
		.stock = 1,
	};

	return !learned_reclaim_decide_folio(folio, &f, 0);
}
EXPORT_SYMBOL_GPL(__learned_reclaim_keep_active);

/*
 * A refaulting folio: its history restarts with how far past the cache it
 * had been evicted, and a file folio is a cost for the watchdog, under the
 * key it had when it was reclaimed (the mapping and index are set again by
 * now).
 */
void __learned_reclaim_refault(struct folio *folio, struct lruvec *lruvec,
			       unsigned long distance)
{
	u64 lru = lruvec_page_state(lruvec, NR_ACTIVE_FILE) +
		  lruvec_page_state(lruvec, NR_INACTIVE_FILE);
	u32 now = (u32)atomic64_read(&learned_reclaim_clock);
	struct learned_reclaim_ext *e;
	struct page_ext *pe;
	u64 ratio;

	ratio = distance >= 16 * (lru + 1) ? 16 * 256 :
		div64_u64((u64)distance << 8, lru + 1);
	e = learned_reclaim_ext_get(folio, &pe, now);
	if (e) {
		WRITE_ONCE(e->refault, 1 + ratio);
		page_ext_put(pe);
	}
	if (!folio_is_file_lru(folio) ||
	    !static_branch_unlikely(&learned_reclaim_key))
		return;
	rcu_read_lock();
	/* within one LRU size: a spare would have saved the read */
	if (ratio < 256)
		learned_reclaim_adapt_note(learned_reclaim_adapt_memcg(lruvec_memcg(lruvec)),
					   LEARNED_RECLAIM_ADAPT_MISSED);
	learned_watchdog_cost(&learned_reclaim_hook,
			      learned_reclaim_key_of(folio),
			      folio_nr_pages(folio));
	rcu_read_unlock();
}
EXPORT_SYMBOL_GPL(__learned_reclaim_refault);

int learned_reclaim_trace_reg(void)
{
	static_branch_inc(&learned_reclaim_track_key);
	return 0;
}

void learned_reclaim_trace_unreg(void)
{
	static_branch_dec(&learned_reclaim_track_key);
}

/* freq: a frequency-based CLOCK, see the top of this file. */
static int learned_reclaim_freq_inactive(const struct learned_reclaim_folio *f)
{
	if (!learned_reclaim_stock_reclaims(f))
		return f->stock;
	if (f->file && !f->mapped && f->accesses >= 2 && f->recent >= 1)
		return LEARNED_RECLAIM_ACTIVATE;
	return f->stock;
}

static int learned_reclaim_freq_active(const struct learned_reclaim_folio *f)
{
	return f->recent == 0;
}

static const struct learned_reclaim_ops learned_reclaim_freq_ops = {
	.inactive = learned_reclaim_freq_inactive,
	.active = learned_reclaim_freq_active,
};

static struct learned_policy learned_reclaim_freq = {
	.name = "freq",
	.ops = &learned_reclaim_freq_ops,
	.model = "none (heuristic: frequency-based CLOCK on page_ext history)",
	.attach = learned_reclaim_need_history,
};

static int __init learned_reclaim_init(void)
{
	int err;

	err = learned_hook_register(&learned_reclaim_hook);
	if (err) {
		pr_warn("cannot register the reclaim hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_reclaim_hook,
				      &learned_reclaim_freq);
	if (err)
		pr_warn("cannot register policy freq: %d\n", err);
	return 0;
}
late_initcall(learned_reclaim_init);
