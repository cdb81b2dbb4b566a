/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: the bit operations kernel sources use. */
#ifndef _TOOLS_SHIM_LINUX_BITOPS_H
#define _TOOLS_SHIM_LINUX_BITOPS_H

#include <linux/types.h>

#define BITS_PER_LONG		(8 * (int)sizeof(long))
#define BIT(nr)			(1UL << (nr))
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define BITS_TO_LONGS(nr)	DIV_ROUND_UP(nr, BITS_PER_LONG)

/* fls - find last (most significant) bit set, 1-based; 0 when x == 0 */
static inline int fls(unsigned int x)
{
	return x ? 32 - __builtin_clz(x) : 0;
}

static inline int fls64(u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}

#endif /* _TOOLS_SHIM_LINUX_BITOPS_H */
