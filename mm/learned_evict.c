// SPDX-License-Identifier: GPL-2.0
/*
 * Learned page-cache eviction: the "evict" hook and its built-in policies.
 *
 * The hook decides whether a refaulting folio is activated (see
 * include/linux/learned_evict.h).  Policies:
 *
 *   stock   refault distance <= workingset size (mm/workingset.c as is)
 *   eager   refault distance <= all file pages on the evicting lruvec:
 *           a folio that would have stayed resident had the whole file
 *           LRU been its to use is activated.  This helps loops a little
 *           larger than the active list, which stock never activates.
 */
#define pr_fmt(fmt) "learned_evict: " fmt

#include <linux/fs.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/learned_evict.h>
#include <linux/learned_policy.h>
#include <linux/memcontrol.h>
#include <linux/mm.h>
#include <linux/mm_inline.h>
#include <linux/pagemap.h>
#include <linux/vmstat.h>

#define CREATE_TRACE_POINTS
#include <trace/events/learned.h>

DEFINE_STATIC_KEY_FALSE(learned_evict_key);

static int learned_evict_validate(const struct learned_policy *policy)
{
	const struct learned_evict_ops *ops = policy->ops;

	return ops->refault ? 0 : -EINVAL;
}

struct learned_hook learned_evict_hook = {
	.name = "evict",
	.key = &learned_evict_key,
	.validate = learned_evict_validate,
	.per_cgroup = true,
	.has_cost = true,
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_evict_hook);

/**
 * learned_evict_decide_refault() - ask the active policy about a refault.
 * @r: the features of the refault.
 *
 * Falls back to stock's answer when no policy answers, and reverts the
 * hook to stock when the policy returns an error or an answer other than
 * 0 or 1.  Every refault is a cost for the quality watchdog, and pages in
 * its control sample are decided by stock.
 *
 * Context: rcu_read_lock() held; does not sleep.
 * Return: true to activate the folio.
 */
bool learned_evict_decide_refault(const struct learned_evict_refault *r)
{
	const struct learned_call c = {
		.hook = &learned_evict_hook,
		.cgroup = r->cgroup,
		.key = r->key,
		.sampled = true,
		.cost = 1,
		.stock = learned_evict_stock_refault(r->distance, r->workingset),
		.lo = 0,
		.hi = 1,
		.fault = "refault: policy returned a value other than 0 or 1",
	};

	return LEARNED_CALL(&c, struct learned_evict_ops, refault, r);
}
EXPORT_SYMBOL_GPL(learned_evict_decide_refault);

/* the cgroup of the lruvec's memcg, which selects a per-cgroup policy */
static struct cgroup *learned_evict_cgroup(struct lruvec *lruvec)
{
#ifdef CONFIG_MEMCG
	struct mem_cgroup *memcg = lruvec_memcg(lruvec);

	return memcg ? memcg->css.cgroup : NULL;
#else
	return NULL;
#endif
}

bool __learned_evict_refault(struct folio *folio, struct lruvec *lruvec,
			     unsigned long distance, unsigned long workingset,
			     bool was_active)
{
	struct address_space *mapping = folio_mapping(folio);
	struct learned_evict_refault r = {
		.distance = distance,
		.workingset = workingset,
		.active_file = lruvec_page_state(lruvec, NR_ACTIVE_FILE),
		.inactive_file = lruvec_page_state(lruvec, NR_INACTIVE_FILE),
		.nrpages = mapping ? mapping->nrpages : 0,
		.was_active = was_active,
		.file = folio_is_file_lru(folio),
		/* a page: its file and offset, stable across evictions */
		.key = (mapping && mapping->host ?
			mapping->host->i_ino * GOLDEN_RATIO_64 : 0) ^
		       folio->index,
		.cgroup = learned_evict_cgroup(lruvec),
	};
	bool activate;

	activate = learned_evict_decide_refault(&r);

	trace_learned_evict_refault(mapping && mapping->host ?
				    mapping->host->i_ino : 0,
				    folio->index, distance, workingset,
				    r.active_file, r.inactive_file, r.nrpages,
				    was_active,
				    learned_evict_stock_refault(distance, workingset),
				    activate);
	return activate;
}

static int learned_evict_eager_refault(const struct learned_evict_refault *r)
{
	if (!r->file)
		return learned_evict_stock_refault(r->distance, r->workingset);
	return r->distance <= r->active_file + r->inactive_file;
}

static const struct learned_evict_ops learned_evict_eager_ops = {
	.refault = learned_evict_eager_refault,
};

static struct learned_policy learned_evict_eager = {
	.name = "eager",
	.ops = &learned_evict_eager_ops,
	.model = "none (heuristic: distance <= active + inactive file)",
};

static int __init learned_evict_init(void)
{
	int err;

	err = learned_hook_register(&learned_evict_hook);
	if (err) {
		pr_warn("cannot register the evict hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_evict_hook, &learned_evict_eager);
	if (err)
		pr_warn("cannot register policy eager: %d\n", err);
	return 0;
}
late_initcall(learned_evict_init);
