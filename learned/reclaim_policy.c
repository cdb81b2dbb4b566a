// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the reclaim hook: a model trained offline
 * (scripts/train-reclaim: guest traces of the training workloads, labels
 * from future reuse, tools/trainer) predicts whether a folio is reused
 * before the cache turns over, from the integer features of
 * include/linux/learned_reclaim_features.h.
 *
 *   active list    keep the folio active iff reuse is predicted;
 *   inactive list  activate a folio stock would reclaim iff reuse is
 *                  predicted.
 *
 * Mapped folios are left to stock: the traces see their faults, not their
 * accesses, so the model was never trained on them.
 */
#define pr_fmt(fmt) "learned_reclaim: " fmt

#include <linux/init.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_features.h>

#include "models/reclaim.h"

static int learned_reclaim_model_reuse(const struct learned_reclaim_folio *f)
{
	s32 x[LEARNED_RECLAIM_NR_FEATURES];
	s32 out[1];
	int n;

	BUILD_BUG_ON(RECLAIM_N_FEATURES != LEARNED_RECLAIM_NR_FEATURES);
	learned_reclaim_features(f, x);
	n = learned_model_predict(&reclaim_model, x, out);
	if (n != 1)	/* validated at init to have exactly one output */
		return n < 0 ? n : -EINVAL;
	return RECLAIM_DECIDE(out[0]);
}

static int learned_reclaim_model_inactive(const struct learned_reclaim_folio *f)
{
	int reuse;

	if (!f->history || f->mapped ||
	    (f->stock != LEARNED_RECLAIM_RECLAIM &&
	     f->stock != LEARNED_RECLAIM_RECLAIM_CLEAN))
		return f->stock;
	reuse = learned_reclaim_model_reuse(f);
	if (reuse < 0)
		return reuse;
	return reuse ? LEARNED_RECLAIM_ACTIVATE : f->stock;
}

static int learned_reclaim_model_active(const struct learned_reclaim_folio *f)
{
	int reuse;

	if (!f->history || f->mapped)
		return f->stock;
	reuse = learned_reclaim_model_reuse(f);
	if (reuse < 0)
		return reuse;
	return !reuse;
}

static const struct learned_reclaim_ops learned_reclaim_model_ops = {
	.inactive = learned_reclaim_model_inactive,
	.active = learned_reclaim_model_active,
};

static struct learned_policy learned_reclaim_model = {
	.name = "learned",
	.ops = &learned_reclaim_model_ops,
	.model = "reclaim: " RECLAIM_PROVENANCE,
};

static int __init learned_reclaim_model_init(void)
{
	int err;

	if (learned_model_validate(&reclaim_model) ||
	    learned_model_n_features(&reclaim_model) !=
	    LEARNED_RECLAIM_NR_FEATURES ||
	    learned_model_n_outputs(&reclaim_model) != 1) {
		pr_warn("reclaim model refused: invalid descriptor\n");
		return -EINVAL;
	}
	err = learned_policy_register(&learned_reclaim_hook,
				      &learned_reclaim_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_reclaim_init() (late_initcall) has set up the hook. */
late_initcall_sync(learned_reclaim_model_init);
