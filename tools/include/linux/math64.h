/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: the 64-bit helpers of <linux/math64.h>. */
#ifndef _TOOLS_SHIM_LINUX_MATH64_H
#define _TOOLS_SHIM_LINUX_MATH64_H

#include <linux/types.h>

static inline u64 div64_u64(u64 dividend, u64 divisor)
{
	return dividend / divisor;
}

static inline u64 mul_u64_u64_shr(u64 a, u64 mul, unsigned int shift)
{
	return (u64)(((unsigned __int128)a * mul) >> shift);
}

#endif /* _TOOLS_SHIM_LINUX_MATH64_H */
