// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the swap-in readahead hook: the stride comes
 * from the trend detector shared with leap, the window from a model
 * trained offline (scripts/train/train swapra, tools/swapsim + tools/trainer)
 * that predicts, for windows of 2, 4, .., 32 pages, whether the last page
 * of the window will be used before it is evicted.  The features and the
 * window rule are mm/learned_swapra_features.c, the same code the
 * simulator runs.  Without a trend the fault is handed to stock.  The
 * model can be replaced at run time through
 * /sys/kernel/learned/swapra/model_load (feature set
 * LEARNED_SWAPRA_FEATURE_SET).
 */
#define pr_fmt(fmt) "learned_swapra: " fmt

#include <linux/init.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/learned_swapra.h>
#include <linux/learned_swapra_features.h>

#include "../learned/models/swapra_window.h"

/* the built-in model, replaceable at run time through model_load */
static struct learned_model_slot swapra_model_slot = {
	.builtin = &swapra_window_model,
	.builtin_id = "swapra_window: " SWAPRA_WINDOW_PROVENANCE,
	.feature_set = LEARNED_SWAPRA_FEATURE_SET,
	.n_features = LEARNED_SWAPRA_NR_FEATURES,
	.n_outputs = 1,
};

/*
 * learned_model_yes() decides as SWAPRA_WINDOW_DECIDE() does for the
 * built-in model (a probability of at least one half), and by its own
 * output for a model loaded at run time.
 */
static int swapra_model_useful(const s32 *x, const void *ctx)
{
	return learned_model_yes(ctx, x);
}

static int swapra_model_plan(const struct learned_swapra_req *req,
			     s32 *stride)
{
	BUILD_BUG_ON(SWAPRA_WINDOW_N_FEATURES != LEARNED_SWAPRA_NR_FEATURES);
	return learned_swapra_model_win(req->hist, req->hits, req->prev_win,
					stride, swapra_model_useful,
					learned_slot_model(&swapra_model_slot));
}

static const struct learned_swapra_ops swapra_model_ops = {
	.plan = swapra_model_plan,
};

static struct learned_policy swapra_model = {
	.name = "learned",
	.ops = &swapra_model_ops,
	.model = "swapra_window: " SWAPRA_WINDOW_PROVENANCE,
	.slot = &swapra_model_slot,
};

/* The core checks the built-in model against the slot. */
static int __init swapra_model_init(void)
{
	int err;

	err = learned_policy_register(&learned_swapra_hook, &swapra_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_swapra_init() (late_initcall) has set up the hook. */
late_initcall_sync(swapra_model_init);
