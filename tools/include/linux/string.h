/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: the kernel string functions are the libc ones. */
#ifndef _TOOLS_SHIM_LINUX_STRING_H
#define _TOOLS_SHIM_LINUX_STRING_H

#include <string.h>

#endif /* _TOOLS_SHIM_LINUX_STRING_H */
