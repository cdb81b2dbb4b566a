// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the eviction hook: a model trained offline
 * (scripts/train/train evict, tools/cachesim + tools/trainer) decides whether a
 * refaulting file folio is activated, from the integer features of
 * include/linux/learned_evict_features.h.  Anonymous refaults are decided
 * as stock decides them.
 */
#define pr_fmt(fmt) "learned_evict: " fmt

#include <linux/init.h>
#include <linux/learned_evict.h>
#include <linux/learned_evict_features.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>

#include "../learned/models/evict_refault.h"

/* the built-in model, replaceable at run time through model_load */
static struct learned_model_slot learned_evict_model_slot = {
	.builtin = &evict_refault_model,
	.builtin_id = "evict_refault: " EVICT_REFAULT_PROVENANCE,
	.feature_set = LEARNED_EVICT_REFAULT_FEATURE_SET,
	.n_features = LEARNED_EVICT_NR_FEATURES,
	.n_outputs = 1,
};

static int learned_evict_model_refault(const struct learned_evict_refault *r)
{
	s32 x[LEARNED_EVICT_NR_FEATURES];

	BUILD_BUG_ON(EVICT_REFAULT_N_FEATURES != LEARNED_EVICT_NR_FEATURES);
	if (!r->file)
		return learned_evict_stock_refault(r->distance, r->workingset);
	learned_evict_features(r->distance, r->workingset, r->active_file,
			       r->inactive_file, r->nrpages, r->was_active, x);
	return learned_model_yes(learned_slot_model(&learned_evict_model_slot), x);
}

static const struct learned_evict_ops learned_evict_model_ops = {
	.refault = learned_evict_model_refault,
};

static struct learned_policy learned_evict_model = {
	.name = "learned",
	.ops = &learned_evict_model_ops,
	.model = "evict_refault: " EVICT_REFAULT_PROVENANCE,
	.slot = &learned_evict_model_slot,
};

/* The core checks the built-in model against the slot. */
static int __init learned_evict_model_init(void)
{
	int err;

	err = learned_policy_register(&learned_evict_hook, &learned_evict_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_evict_init() (late_initcall) has set up the hook. */
late_initcall_sync(learned_evict_model_init);
