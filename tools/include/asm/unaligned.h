/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: unaligned little-endian loads. */
#ifndef _TOOLS_SHIM_ASM_UNALIGNED_H
#define _TOOLS_SHIM_ASM_UNALIGNED_H

#include <string.h>
#include <linux/types.h>

static inline u64 get_unaligned_le64(const void *p)
{
	u64 v;

	memcpy(&v, p, sizeof(v));
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

#endif /* _TOOLS_SHIM_ASM_UNALIGNED_H */
