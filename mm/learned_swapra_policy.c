// SPDX-License-Identifier: GPL-2.0
/*
 * The "learned" policy of the swap-in readahead hook: the stride comes
 * from the trend detector shared with leap, the window from a model
 * trained offline (scripts/train/train swapra, tools/swapsim + tools/trainer)
 * that predicts, for windows of 2, 4, .., 32 pages, whether the last page
 * of the window will be used before it is evicted.  The features and the
 * window rule are include/linux/learned_swapra_features.h, the same code
 * the simulator runs.  Without a trend the fault is handed to stock.
 */
#define pr_fmt(fmt) "learned_swapra: " fmt

#include <linux/init.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/learned_swapra.h>
#include <linux/learned_swapra_features.h>

#include "../learned/models/swapra_window.h"

static int swapra_model_useful(const s32 *x, void *ctx)
{
	s32 out[1];
	int n;

	n = learned_model_predict(&swapra_window_model, x, out);
	if (n != 1)	/* validated at init to have exactly one output */
		return n < 0 ? n : -EINVAL;
	return SWAPRA_WINDOW_DECIDE(out[0]);
}

static int swapra_model_plan(const struct learned_swapra_req *req,
			     s32 *stride)
{
	BUILD_BUG_ON(SWAPRA_WINDOW_N_FEATURES != LEARNED_SWAPRA_NR_FEATURES);
	return learned_swapra_model_win(req->hist, req->hits, req->prev_win,
					stride, swapra_model_useful, NULL);
}

static const struct learned_swapra_ops swapra_model_ops = {
	.plan = swapra_model_plan,
};

static struct learned_policy swapra_model = {
	.name = "learned",
	.ops = &swapra_model_ops,
	.model = "swapra_window: " SWAPRA_WINDOW_PROVENANCE,
};

static int __init swapra_model_init(void)
{
	int err;

	if (learned_model_validate(&swapra_window_model) ||
	    learned_model_n_features(&swapra_window_model) !=
	    LEARNED_SWAPRA_NR_FEATURES ||
	    learned_model_n_outputs(&swapra_window_model) != 1) {
		pr_warn("swapra_window model refused: invalid descriptor\n");
		return -EINVAL;
	}
	err = learned_policy_register(&learned_swapra_hook, &swapra_model);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	return err;
}

/* After learned_swapra_init() (late_initcall) has set up the hook. */
late_initcall_sync(swapra_model_init);
