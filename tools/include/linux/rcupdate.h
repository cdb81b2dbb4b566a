/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: the RCU publication the kernel's rbtree
 * code uses.  The userspace programs are single-threaded.
 */
#ifndef _TOOLS_SHIM_LINUX_RCUPDATE_H
#define _TOOLS_SHIM_LINUX_RCUPDATE_H

#include <linux/compiler.h>

#define rcu_assign_pointer(p, v)	WRITE_ONCE(p, v)

#endif /* _TOOLS_SHIM_LINUX_RCUPDATE_H */
