/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: symbol exports are no-ops. */
#ifndef _TOOLS_SHIM_LINUX_EXPORT_H
#define _TOOLS_SHIM_LINUX_EXPORT_H

#define EXPORT_SYMBOL(sym)
#define EXPORT_SYMBOL_GPL(sym)

#endif /* _TOOLS_SHIM_LINUX_EXPORT_H */
