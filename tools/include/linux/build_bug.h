/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: compile-time assertions. */
#ifndef _TOOLS_SHIM_LINUX_BUILD_BUG_H
#define _TOOLS_SHIM_LINUX_BUILD_BUG_H

#define BUILD_BUG_ON_MSG(cond, msg)	_Static_assert(!(cond), msg)
#define BUILD_BUG_ON(cond)		BUILD_BUG_ON_MSG(cond, "BUILD_BUG_ON failed: " #cond)
#define static_assert(expr, ...)	_Static_assert(expr, #expr)

#endif /* _TOOLS_SHIM_LINUX_BUILD_BUG_H */
