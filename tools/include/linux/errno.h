/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: kernel error codes are the uapi ones, which glibc's
 * <errno.h> also includes through this name.
 */
#ifndef _TOOLS_SHIM_LINUX_ERRNO_H
#define _TOOLS_SHIM_LINUX_ERRNO_H

#include_next <linux/errno.h>

#endif /* _TOOLS_SHIM_LINUX_ERRNO_H */
