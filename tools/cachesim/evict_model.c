// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: the kernel's refault feature vector and the compiled-in
 * refault model, through the kernel headers.
 *
 * Built against tools/include (kernel shims) and learned/include, so the
 * features come from the very same inline function the kernel calls
 * (learned_evict_features()) and the decision from the very same
 * inference library (learned_model_predict()).  Kept apart from the rest
 * of cachesim, whose u8/u32/u64 typedefs differ from the shims'.
 *
 * The model is learned/models/evict_refault.h, found through the include
 * path: the Makefile puts $(EVICT_MODEL_DIR) (default learned/) first, so
 * scripts/train/train evict can build a simulator around a freshly trained
 * header.  Without a header (CS_NO_EVICT_MODEL) the linux-learned policy
 * refuses to run.
 */
#include <linux/learned_evict_features.h>
#include <linux/learned_infer.h>

#include <stdbool.h>
#include <stdint.h>

#ifndef CS_NO_EVICT_MODEL
#include "models/evict_refault.h"
#endif

/* Same as in cachesim.h; not included here (typedef clash). */
#define CS_EVICT_NR_FEATURES 7

_Static_assert(CS_EVICT_NR_FEATURES == LEARNED_EVICT_NR_FEATURES,
	       "cachesim and learned_evict_features.h disagree on the feature count");

/* CSV column names, in enum learned_evict_feature order. */
const char *const cs_evict_feature_names[CS_EVICT_NR_FEATURES] = {
	[LEARNED_EVICT_F_DISTANCE] = "distance",
	[LEARNED_EVICT_F_WORKINGSET] = "workingset",
	[LEARNED_EVICT_F_ACTIVE] = "active",
	[LEARNED_EVICT_F_INACTIVE] = "inactive",
	[LEARNED_EVICT_F_NRPAGES] = "nrpages",
	[LEARNED_EVICT_F_WAS_ACTIVE] = "was_active",
	[LEARNED_EVICT_F_DIST_RATIO] = "dist_ratio",
};

void cs_evict_features(uint64_t distance, uint64_t workingset, uint64_t active,
		       uint64_t inactive, uint64_t nrpages, bool was_active, int32_t *x)
{
	learned_evict_features(distance, workingset, active, inactive, nrpages, was_active, x);
}

#ifdef CS_NO_EVICT_MODEL
int cs_evict_predict(const int32_t *x, int32_t *out)
{
	(void)x;
	(void)out;
	return -1;
}

bool cs_evict_decide(int32_t out)
{
	return out >= 32768;
}

const char *cs_evict_model_provenance(void)
{
	return NULL;
}

int cs_evict_model_check(const char **why)
{
	*why = "cachesim was built without learned/models/evict_refault.h";
	return -1;
}
#else
_Static_assert(EVICT_REFAULT_N_FEATURES == LEARNED_EVICT_NR_FEATURES,
	       "evict_refault.h was not trained on the learned_evict_features() vector");
_Static_assert(EVICT_REFAULT_F_DISTANCE == LEARNED_EVICT_F_DISTANCE &&
	       EVICT_REFAULT_F_WORKINGSET == LEARNED_EVICT_F_WORKINGSET &&
	       EVICT_REFAULT_F_ACTIVE == LEARNED_EVICT_F_ACTIVE &&
	       EVICT_REFAULT_F_INACTIVE == LEARNED_EVICT_F_INACTIVE &&
	       EVICT_REFAULT_F_NRPAGES == LEARNED_EVICT_F_NRPAGES &&
	       EVICT_REFAULT_F_WAS_ACTIVE == LEARNED_EVICT_F_WAS_ACTIVE &&
	       EVICT_REFAULT_F_DIST_RATIO == LEARNED_EVICT_F_DIST_RATIO,
	       "evict_refault.h feature order differs from learned_evict_features()");

int cs_evict_predict(const int32_t *x, int32_t *out)
{
	s32 o[LEARNED_MAX_OUTPUTS];

	/* returns the number of outputs written (1), or -EINVAL */
	if (learned_model_predict(&evict_refault_model, x, o) != 1)
		return -1;
	*out = o[0];
	return 0;
}

bool cs_evict_decide(int32_t out)
{
	return EVICT_REFAULT_DECIDE(out);
}

const char *cs_evict_model_provenance(void)
{
	return EVICT_REFAULT_PROVENANCE;
}

int cs_evict_model_check(const char **why)
{
	if (learned_model_validate(&evict_refault_model)) {
		*why = "evict_refault model does not validate";
		return -1;
	}
	if (learned_model_n_features(&evict_refault_model) != LEARNED_EVICT_NR_FEATURES ||
	    learned_model_n_outputs(&evict_refault_model) != 1) {
		*why = "evict_refault model has the wrong number of inputs or outputs";
		return -1;
	}
	return 0;
}
#endif
