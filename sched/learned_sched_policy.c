// SPDX-License-Identifier: GPL-2.0
/*
 * Model-based policies of the scheduler hooks (include/linux/learned_sched.h).
 * The models are generated tables made by scripts/train/train sched from guest
 * traces of the learned_sched_* tracepoints (tools/schedtrace +
 * tools/trainer), fed with the integer features of
 * include/linux/learned_sched_features.h, validated at boot.
 *
 *   sched_migrate=learned  imitation: gradient-boosted trees trained on
 *                          traced stock can_migrate_task() decisions (the
 *                          MLLB experiment, in integer arithmetic).
 *   sched_wake=learned     imitation of stock's wake_affine() choice.
 *   sched_wake=outcome     the outcome model estimates, for each choice,
 *                          the probability that the woken task runs within
 *                          the training delay (labels from the run-queue
 *                          delay that followed random placements); the
 *                          choice with the clearly higher estimate wins,
 *                          and stock's answer stands when the two are
 *                          within LEARNED_SCHED_OUTCOME_MARGIN, or when
 *                          an affine override would stack the wakee on a
 *                          waking CPU that runs more than the waker.  A
 *                          wakee woken onto its waker's CPU, where the two
 *                          are alone, waits for the waker instead of
 *                          preempting it (LEARNED_SCHED_FOLLOW_ALONE).
 *   sched_tune=learned     two logistic phase models (scripts/train/train sched-tune)
 *                          estimate from context switches per CPU-second
 *                          and runnable tasks per CPU whether a quarter
 *                          (sched_tune.h) or four times (sched_tune_high.h)
 *                          the stock wake-up granularity helps this phase;
 *                          the more confident of the two that says yes
 *                          wins, and stock stays when neither does.
 *
 * sched_migrate=learned, sched_wake=learned and sched_wake=outcome each
 * have a model slot: /sys/kernel/learned/<hook>/model_load replaces the
 * model at run time (feature sets LEARNED_SCHED_*_FEATURE_SET).
 * sched_tune=learned has none: it decides from two models at once, and a
 * package carries one.
 */
#define pr_fmt(fmt) "learned_sched: " fmt

#include <linux/build_bug.h>
#include <linux/init.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/learned_sched.h>

#include "../../learned/models/sched_migrate.h"
#include "../../learned/models/sched_wake.h"
#include "../../learned/models/sched_wake_outcome.h"
#include "../../learned/models/sched_tune.h"
#include "../../learned/models/sched_tune_high.h"

/* Estimates closer than this (Q16.16 probability, 0.05) leave stock's answer. */
#define LEARNED_SCHED_OUTCOME_MARGIN	LEARNED_Q16_RATIO(5, 100)

/*
 * The outcome labels charge a placement for the run-queue wait it causes
 * in the wakee's first slice, not for the load balancing that later
 * spreads what it stacked.  Unguarded, the model stacked a burst of
 * wakees on their waker's CPU (sched-wakelat: 1.2-1.4x stock's
 * load-balance migrations per wake-up).  So it may turn stock's
 * previous-CPU answer into an affine one only while the waking CPU runs
 * no more than this many tasks: the waker itself.
 */
#define LEARNED_SCHED_OUTCOME_MAX_THIS_NR	1

/* the built-in models, replaceable at run time through model_load */
static struct learned_model_slot learned_sched_migrate_slot = {
	.builtin = &sched_migrate_model,
	.builtin_id = "sched_migrate: " SCHED_MIGRATE_PROVENANCE,
	.feature_set = LEARNED_SCHED_MIGRATE_FEATURE_SET,
	.n_features = LEARNED_SCHED_MIGRATE_NR_FEATURES,
	.n_outputs = 1,
};

static struct learned_model_slot learned_sched_wake_slot = {
	.builtin = &sched_wake_model,
	.builtin_id = "sched_wake: " SCHED_WAKE_PROVENANCE,
	.feature_set = LEARNED_SCHED_WAKE_FEATURE_SET,
	.n_features = LEARNED_SCHED_WAKE_NR_FEATURES,
	.n_outputs = 1,
};

static struct learned_model_slot learned_sched_outcome_slot = {
	.builtin = &sched_wake_outcome_model,
	.builtin_id = "sched_wake_outcome: " SCHED_WAKE_OUTCOME_PROVENANCE,
	.feature_set = LEARNED_SCHED_WAKE_OUTCOME_FEATURE_SET,
	.n_features = LEARNED_SCHED_WAKE_NR_FEATURES + 1,
	.n_outputs = 1,
};

/*
 * learned_model_yes() decides as SCHED_MIGRATE_DECIDE() and
 * SCHED_WAKE_DECIDE() do for the built-in models (a probability of
 * "migrate" or "affine" of at least one half), and by its own output
 * (probability or score) for a model loaded at run time.
 */
static int learned_sched_model_migrate(const struct learned_sched_migrate_ctx *c,
				       bool stock)
{
	s32 x[LEARNED_SCHED_MIGRATE_NR_FEATURES];

	learned_sched_migrate_features(c, x);
	return learned_model_yes(learned_slot_model(&learned_sched_migrate_slot),
				 x);
}

static int learned_sched_model_wake(const struct learned_sched_wake_ctx *c,
				    bool stock)
{
	s32 x[LEARNED_SCHED_WAKE_NR_FEATURES];

	learned_sched_wake_features(c, x);
	return learned_model_yes(learned_slot_model(&learned_sched_wake_slot),
				 x);
}

static int learned_sched_outcome_wake(const struct learned_sched_wake_ctx *c,
				      bool stock)
{
	s32 x[LEARNED_SCHED_WAKE_NR_FEATURES + 1];
	const struct learned_model *m;
	s32 prev[1], affine[1];
	int n;

	/* stock says previous and affine would stack: stock's answer stands */
	if (!stock && c->this_nr_running > LEARNED_SCHED_OUTCOME_MAX_THIS_NR)
		return stock;
	m = learned_slot_model(&learned_sched_outcome_slot);
	learned_sched_wake_features(c, x);
	x[SCHED_WAKE_OUTCOME_F_ACTION] = 0;
	n = learned_model_predict(m, x, prev);
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	x[SCHED_WAKE_OUTCOME_F_ACTION] = 1;
	n = learned_model_predict(m, x, affine);
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	if (affine[0] > prev[0] + LEARNED_SCHED_OUTCOME_MARGIN)
		return 1;
	if (prev[0] > affine[0] + LEARNED_SCHED_OUTCOME_MARGIN)
		return 0;
	return stock;
}

static int learned_sched_model_tune(const struct learned_sched_tune_ctx *c,
				    unsigned int stock)
{
	s32 x[LEARNED_SCHED_TUNE_NR_FEATURES];
	s32 low[1], high[1];
	bool use_low, use_high;
	int n;

	learned_sched_tune_features(c, x);
	n = learned_model_predict(&sched_tune_model, x, low);
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	n = learned_model_predict(&sched_tune_high_model, x, high);
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	use_low = SCHED_TUNE_DECIDE(low[0]);
	use_high = SCHED_TUNE_HIGH_DECIDE(high[0]);
	if (use_low && use_high) {	/* the more confident one */
		use_low = low[0] > high[0];
		use_high = !use_low;
	}
	if (use_high)
		return learned_sched_tune_high_ns(stock);
	if (use_low)
		return learned_sched_tune_low_ns(stock);
	return stock;
}

static const struct learned_sched_tune_ops learned_sched_tune_model_ops = {
	.gran = learned_sched_model_tune,
};

static struct learned_policy learned_sched_tune_model = {
	.name = "learned",
	.ops = &learned_sched_tune_model_ops,
	.model = "sched_tune: " SCHED_TUNE_PROVENANCE
		 "; sched_tune_high: " SCHED_TUNE_HIGH_PROVENANCE,
};

static const struct learned_sched_migrate_ops learned_sched_migrate_model_ops = {
	.migrate = learned_sched_model_migrate,
};

static const struct learned_sched_wake_ops learned_sched_wake_model_ops = {
	.wake = learned_sched_model_wake,
};

/*
 * An affine placement bets that the waker sleeps soon, and the wakee's
 * wake-up preemption (its vruntime lead over a busy waker is usually
 * past the wake-up granularity) loses the bet for it: the waker is left
 * runnable just before it would have slept, and an idle CPU's balancing
 * pulls one of the two.  Without it the guarded policy had 1.4-1.5x
 * stock's run-queue wait and migrations per wake-up in sched-wakelat-one.
 * So a wakee woken onto its waker's CPU does not preempt the waker while
 * the two are alone there (follow_nr LEARNED_SCHED_FOLLOW_ALONE); with more
 * tasks queued (one waker waking several), preemption stays stock's, as
 * the stacking guard keeps placement stock's.
 */
static const struct learned_sched_wake_ops learned_sched_wake_outcome_ops = {
	.wake = learned_sched_outcome_wake,
	.follow_nr = LEARNED_SCHED_FOLLOW_ALONE,
};

static struct learned_policy learned_sched_migrate_model = {
	.name = "learned",
	.ops = &learned_sched_migrate_model_ops,
	.model = "sched_migrate: " SCHED_MIGRATE_PROVENANCE,
	.slot = &learned_sched_migrate_slot,
};

static struct learned_policy learned_sched_wake_model = {
	.name = "learned",
	.ops = &learned_sched_wake_model_ops,
	.model = "sched_wake: " SCHED_WAKE_PROVENANCE,
	.slot = &learned_sched_wake_slot,
};

static struct learned_policy learned_sched_wake_outcome = {
	.name = "outcome",
	.ops = &learned_sched_wake_outcome_ops,
	.model = "sched_wake_outcome: " SCHED_WAKE_OUTCOME_PROVENANCE,
	.slot = &learned_sched_outcome_slot,
};

static bool __init learned_sched_model_ok(const struct learned_model *m,
					  unsigned int n_features,
					  const char *name)
{
	if (!learned_model_fits(m, n_features, 1)) {
		pr_warn("%s model refused: invalid descriptor\n", name);
		return false;
	}
	return true;
}

/* The core checks the built-in model of a policy with a model slot. */
static void __init learned_sched_add(struct learned_hook *hook,
				     struct learned_policy *policy)
{
	int err;

	err = learned_policy_register(hook, policy);
	if (err)
		pr_warn("cannot register %s policy %s: %d\n", hook->name,
			policy->name, err);
}

static int __init learned_sched_policy_init(void)
{
	/* the generated feature order must be the kernel's */
	BUILD_BUG_ON(SCHED_MIGRATE_N_FEATURES != LEARNED_SCHED_MIGRATE_NR_FEATURES);
	BUILD_BUG_ON(SCHED_MIGRATE_F_DELTA != LEARNED_SCHED_MF_DELTA);
	BUILD_BUG_ON(SCHED_MIGRATE_F_RATIO != LEARNED_SCHED_MF_RATIO);
	BUILD_BUG_ON(SCHED_MIGRATE_F_TASK_LOAD != LEARNED_SCHED_MF_TASK_LOAD);
	BUILD_BUG_ON(SCHED_WAKE_N_FEATURES != LEARNED_SCHED_WAKE_NR_FEATURES);
	BUILD_BUG_ON(SCHED_WAKE_F_SYNC != LEARNED_SCHED_WF_SYNC);
	BUILD_BUG_ON(SCHED_WAKE_F_EFF_DIFF != LEARNED_SCHED_WF_EFF_DIFF);
	BUILD_BUG_ON(SCHED_WAKE_OUTCOME_N_FEATURES !=
		     LEARNED_SCHED_WAKE_NR_FEATURES + 1);
	BUILD_BUG_ON(SCHED_WAKE_OUTCOME_F_EFF_DIFF != LEARNED_SCHED_WF_EFF_DIFF);
	BUILD_BUG_ON(SCHED_WAKE_OUTCOME_F_ACTION != LEARNED_SCHED_WAKE_NR_FEATURES);
	BUILD_BUG_ON(SCHED_TUNE_N_FEATURES != LEARNED_SCHED_TUNE_NR_FEATURES);
	BUILD_BUG_ON(SCHED_TUNE_F_CSW != LEARNED_SCHED_TF_CSW);
	BUILD_BUG_ON(SCHED_TUNE_F_RUNNABLE != LEARNED_SCHED_TF_RUNNABLE);
	BUILD_BUG_ON(SCHED_TUNE_HIGH_N_FEATURES != LEARNED_SCHED_TUNE_NR_FEATURES);
	BUILD_BUG_ON(SCHED_TUNE_HIGH_F_CSW != LEARNED_SCHED_TF_CSW);
	BUILD_BUG_ON(SCHED_TUNE_HIGH_F_RUNNABLE != LEARNED_SCHED_TF_RUNNABLE);

	learned_sched_add(&learned_sched_migrate_hook,
			  &learned_sched_migrate_model);
	learned_sched_add(&learned_sched_wake_hook, &learned_sched_wake_model);
	learned_sched_add(&learned_sched_wake_hook, &learned_sched_wake_outcome);
	learned_sched_tune_policy_init(&learned_sched_tune_model);
	if (learned_sched_model_ok(&sched_tune_model,
				   LEARNED_SCHED_TUNE_NR_FEATURES, "sched_tune") &&
	    learned_sched_model_ok(&sched_tune_high_model,
				   LEARNED_SCHED_TUNE_NR_FEATURES, "sched_tune_high"))
		learned_sched_add(&learned_sched_tune_hook,
				  &learned_sched_tune_model);
	return 0;
}

/* After learned_sched_init() (late_initcall) has set up the hooks. */
late_initcall_sync(learned_sched_policy_init);
