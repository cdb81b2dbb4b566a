// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the file readahead hook: a model trained offline
 * (scripts/train/train filera, tools/filerasim + tools/trainer) predicts, rung
 * by rung along stock's window, whether most pages of the rung will be
 * read before the page cache evicts them; the window ends after the last
 * rung predicted useful (stock's window when all are).  The features and
 * the rung ladder are mm/learned_filera_features.c, the same code the
 * simulator runs.  The model can be replaced at run time through
 * /sys/kernel/learned/filera/model_load.
 */
#define pr_fmt(fmt) "learned_filera: " fmt

#include <linux/init.h>
#include <linux/learned_filera.h>
#include <linux/learned_filera_features.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>

#include "../learned/models/filera_window.h"

/* the built-in model, replaceable at run time through model_load */
static struct learned_model_slot filera_model_slot = {
	.builtin = &filera_window_model,
	.builtin_id = "filera_window: " FILERA_WINDOW_PROVENANCE,
	.feature_set = LEARNED_FILERA_FEATURE_SET,
	.n_features = LEARNED_FILERA_NR_FEATURES,
	.n_outputs = 1,
};

static int filera_model_useful(const s32 *x, const void *ctx)
{
	return learned_model_yes(ctx, x);
}

static long filera_model_size(const struct learned_filera_req *req)
{
	const struct learned_model *m;

	BUILD_BUG_ON(FILERA_WINDOW_N_FEATURES != LEARNED_FILERA_NR_FEATURES);
	BUILD_BUG_ON(FILERA_WINDOW_FEATURE_SET != LEARNED_FILERA_FEATURE_SET);
	if (!req->state)	/* the hook always passes it */
		return -EINVAL;
	m = learned_slot_model(&filera_model_slot);
	return learned_filera_model_size(req->state, req->index,
					 min_t(unsigned long, req->req_size,
					       U32_MAX),
					 req->size, req->min_size,
					 filera_model_useful, m);
}

static const struct learned_filera_ops filera_model_ops = {
	.size = filera_model_size,
};

static struct learned_policy filera_model = {
	.name = "learned",
	.ops = &filera_model_ops,
	.model = "filera_window: " FILERA_WINDOW_PROVENANCE,
	.slot = &filera_model_slot,
};

/* The core checks the built-in model against the slot. */
static int __init filera_model_init(void)
{
	int err;

	err = learned_policy_register(&learned_filera_hook, &filera_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_filera_init() (late_initcall) has set up the hook. */
late_initcall_sync(filera_model_init);
