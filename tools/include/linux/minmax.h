/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: min/max.  Like the kernel's, min() and
 * max() refuse operands of different types at compile time.
 */
#ifndef _TOOLS_SHIM_LINUX_MINMAX_H
#define _TOOLS_SHIM_LINUX_MINMAX_H

#define __shim_cmp(x, y, op) ({						\
	__typeof__(x) __x = (x);					\
	__typeof__(y) __y = (y);					\
	(void)(&__x == &__y);						\
	__x op __y ? __x : __y; })

#ifndef min
#define min(x, y)		__shim_cmp(x, y, <)
#define max(x, y)		__shim_cmp(x, y, >)
#endif
#define min_t(type, x, y)	__shim_cmp((type)(x), (type)(y), <)
#define max_t(type, x, y)	__shim_cmp((type)(x), (type)(y), >)

#endif /* _TOOLS_SHIM_LINUX_MINMAX_H */
