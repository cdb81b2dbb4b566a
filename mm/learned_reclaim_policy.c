// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the reclaim hook: a model trained offline
 * (scripts/train/train reclaim: guest traces of the training workloads, labels
 * from future reuse, tools/trainer) predicts whether a folio is reused
 * before the cache turns over, from the integer features of
 * include/linux/learned_reclaim_features.h.
 *
 *   active list    keep the folio active iff reuse is predicted and the
 *                  active list holds less than PROTECT_HIGH of the LRU;
 *   inactive list  activate a folio stock would reclaim iff reuse is
 *                  predicted and the active list holds less than
 *                  PROTECT_LOW of the LRU.
 *
 * The two caps make the protected set sticky, as LIRS keeps its LIR set:
 * once the active list has grown to PROTECT_LOW, predicted-reuse folios
 * at the inactive tail are reclaimed in LRU order while those already
 * active stay, so a loop slightly larger than the cache keeps hitting on
 * the part that is protected instead of missing on every page (LRU's
 * worst case).  Above PROTECT_HIGH stock deactivates, so the inactive
 * list never falls below a quarter of the LRU and reclaim always finds
 * candidates there.
 *
 * Sparing a folio sends reclaim to another one.  Within the folio's own
 * memory cgroup that is the point: another of its folios goes instead.
 * When the pass also reclaims other cgroups, a pass that reclaims too
 * little is retried one priority lower, scanning every cgroup harder, and
 * the neighbours pay for what was spared.  Under the limit of the folio's
 * cgroup or of an ancestor (a limit its siblings share) the policy stops
 * sparing below priority MIN_PRIORITY: reclaim has then failed at eight
 * lighter passes, and on a loop larger than the cache the passes below
 * it, where the policy spared on, reclaimed under 5% of what they
 * scanned.  Under a shared limit the neighbours do pay (a co-located
 * service refaulted more while a batch job's second pass hit on what was
 * kept for it), so what the policy spares there must be worth more than
 * what they lose; the README measures both.  Under global reclaim, the
 * only reclaim of a machine without memory limits, it spares folios only
 * while reclaim is easy, at priority DEF_PRIORITY - 2 or above (below it
 * vmscan itself treats a pass as struggling).
 *
 * Mapped folios are left to stock: the traces see their faults, not their
 * accesses, so the built-in model was never trained on them.  A model
 * loaded at run time (model_load) with feature set
 * LEARNED_RECLAIM_FEATURE_SET_MAPPED declares that it was, and decides
 * mapped file folios too, in both directions: at the inactive list it
 * activates a folio predicted to be reused and reclaims one predicted not
 * to be, young ptes or not.
 */
#define pr_fmt(fmt) "learned_reclaim: " fmt

#include <linux/init.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/learned_reclaim_features.h>
#include <linux/mmzone.h>

#include "../learned/models/reclaim.h"

/* caps on the active list's share of the LRU, in 256ths (see above) */
#define LEARNED_RECLAIM_PROTECT_LOW	160
#define LEARNED_RECLAIM_PROTECT_HIGH	192
/* the lowest priorities at which a reclaim pass is spared folios */
#define LEARNED_RECLAIM_GLOBAL_PRIORITY	(DEF_PRIORITY - 2)
#define LEARNED_RECLAIM_MIN_PRIORITY	(DEF_PRIORITY - 7)

static bool learned_reclaim_below(const struct learned_reclaim_folio *f,
				  u64 share)
{
	return f->lru_active * 256 < share * (f->lru_active + f->lru_inactive);
}

/* the lowest priority at which a pass of @f's scope is spared folios */
static int learned_reclaim_min_priority(const struct learned_reclaim_folio *f)
{
	/* global reclaim, or the limit of a cgroup (own or ancestor) */
	return f->scope == LEARNED_RECLAIM_SCOPE_GLOBAL ?
	       LEARNED_RECLAIM_GLOBAL_PRIORITY : LEARNED_RECLAIM_MIN_PRIORITY;
}

/*
 * may the policy spare a folio stock would reclaim?  (see above; the
 * folio's cgroup may have learned to take fewer spares, reclaim_adapt.c)
 */
static bool learned_reclaim_may_spare(const struct learned_reclaim_folio *f)
{
	return learned_reclaim_stock_reclaims(f) &&
	       learned_reclaim_below(f, LEARNED_RECLAIM_PROTECT_LOW) &&
	       f->priority >= learned_reclaim_min_priority(f) &&
	       learned_reclaim_adapt_allows(f);
}

/* the built-in model, replaceable at run time through model_load */
static struct learned_model_slot learned_reclaim_model_slot = {
	.builtin = &reclaim_model,
	.builtin_id = "reclaim: " RECLAIM_PROVENANCE,
	.feature_set = LEARNED_RECLAIM_FEATURE_SET,
	.feature_set_alt = LEARNED_RECLAIM_FEATURE_SET_MAPPED,
	.n_features = LEARNED_RECLAIM_NR_FEATURES,
	.n_outputs = 1,
};

/*
 * 1 when the model predicts reuse, 0 when not, a negative errno on an
 * error; -ENOENT when the folio is not the model's to decide.
 */
static int learned_reclaim_model_reuse(const struct learned_reclaim_folio *f)
{
	const struct learned_model *m;
	s32 x[LEARNED_RECLAIM_NR_FEATURES];
	u32 set;

	BUILD_BUG_ON(RECLAIM_N_FEATURES != LEARNED_RECLAIM_NR_FEATURES);
	m = learned_slot_model_set(&learned_reclaim_model_slot, &set);
	if (!f->history ||
	    (f->mapped && (!f->file || set != LEARNED_RECLAIM_FEATURE_SET_MAPPED)))
		return -ENOENT;
	learned_reclaim_features(f, x);
	return learned_model_yes(m, x);
}

static int learned_reclaim_model_inactive(const struct learned_reclaim_folio *f)
{
	int reuse;

	/* unmapped: the model can only spare what stock would reclaim */
	if (!f->mapped && !learned_reclaim_stock_reclaims(f))
		return f->stock;
	reuse = learned_reclaim_model_reuse(f);
	if (reuse == -ENOENT)
		return f->stock;
	if (reuse < 0)
		return reuse;
	if (reuse)
		return learned_reclaim_may_spare(f) ?
		       LEARNED_RECLAIM_ACTIVATE : f->stock;
	return f->mapped ? LEARNED_RECLAIM_RECLAIM : f->stock;
}

/*
 * At the active list the folio stays protected while the model would still
 * protect it at the inactive list (or predicts reuse here): one question
 * decides membership of the protected set at both lists.  The traces are
 * taken under stock, which deactivates every unmapped folio, so the
 * active-site answer alone has never seen a folio a policy protected.
 */
static int learned_reclaim_model_active(const struct learned_reclaim_folio *f)
{
	struct learned_reclaim_folio in = *f;
	int reuse = learned_reclaim_model_reuse(f);

	if (reuse == 0) {
		in.site = LEARNED_RECLAIM_SITE_INACTIVE;
		reuse = learned_reclaim_model_reuse(&in);
	}

	if (reuse == -ENOENT)
		return f->stock;
	if (reuse < 0)
		return reuse;
	return !reuse || !learned_reclaim_below(f, LEARNED_RECLAIM_PROTECT_HIGH) ||
	       !learned_reclaim_adapt_allows(f);
}

static const struct learned_reclaim_ops learned_reclaim_model_ops = {
	.inactive = learned_reclaim_model_inactive,
	.active = learned_reclaim_model_active,
};

static struct learned_policy learned_reclaim_model = {
	.name = "learned",
	.ops = &learned_reclaim_model_ops,
	.model = "reclaim: " RECLAIM_PROVENANCE,
	.slot = &learned_reclaim_model_slot,
	.attach = learned_reclaim_need_history,
};

/* The core checks the built-in model against the slot. */
static int __init learned_reclaim_model_init(void)
{
	int err;

	err = learned_policy_register(&learned_reclaim_hook,
				      &learned_reclaim_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_reclaim_init() (late_initcall) has set up the hook. */
late_initcall_sync(learned_reclaim_model_init);
