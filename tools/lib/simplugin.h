/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Plugin interfaces of the readahead simulators, siblings of
 * tools/cachesim/plugin.h (eviction): a policy is a table of callbacks
 * whose adapter calls the kernel's own hook code, compiled unchanged in
 * userspace (include/linux/learned_swapra_features.h,
 * include/linux/learned_filera_features.h, the inference library).  The
 * simulator owns the state the kernel keeps (the hook's history, the
 * readahead state, the page cache) and asks the policy only for its
 * decision, as the kernel hook does.  A NULL decision callback is the
 * stock kernel, which the simulator models itself.
 *
 * Fixed-width integer types only; the kernel's state is passed by
 * pointer to its own (forward-declared) type.
 */
#ifndef _TOOLS_SIMPLUGIN_H
#define _TOOLS_SIMPLUGIN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct learned_swapra_hist;
struct learned_filera_state;

/* swapra hook: the window of a swap-in fault (mm/learned_swapra.c) */
struct sim_swapra_ops {
	const char *name;
	const char *desc;
	/*
	 * Pages to read at this fault (1: none) along *@stride; 0 defers to
	 * stock; negative: the policy cannot run in this build (no model).
	 * @hits and @prev_win are the VMA's readahead state.
	 */
	int (*window)(const struct learned_swapra_hist *hist, uint32_t hits,
		      uint32_t prev_win, int32_t *stride);
};

/* filera hook: the size of a readahead window (mm/learned_filera.c) */
struct sim_filera_ops {
	const char *name;
	const char *desc;
	/*
	 * The window for a request of @req pages at @index, given stock's
	 * @size and the @min_size that covers the request: @size keeps
	 * stock's, 0 reads nothing ahead; negative: cannot run (no model).
	 */
	long (*size)(const struct learned_filera_state *st, uint64_t index,
		     uint32_t req, uint32_t size, uint32_t min_size);
};

/*
 * The policy called @name in @table, a NULL-terminated array of pointers
 * to ops with a .name, or NULL.
 */
#define SIM_POLICY_FIND(table, want) ({					\
	__typeof__(&*(table)[0]) __p = NULL;				\
	for (size_t __i = 0; (table)[__i]; __i++)			\
		if (!strcmp((table)[__i]->name, (want))) {		\
			__p = (table)[__i];				\
			break;						\
		}							\
	__p;								\
})

#endif /* _TOOLS_SIMPLUGIN_H */
