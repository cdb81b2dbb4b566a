/* SPDX-License-Identifier: GPL-2.0 */
/* schedtrace: what convert.c and schedtrace.c share. */
#ifndef _SCHEDTRACE_H
#define _SCHEDTRACE_H

#include <stddef.h>
#include <stdio.h>

/* "FILE:LINE: " of die()'s messages while set */
extern const char *cur_file;
extern unsigned long cur_line;

void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/*
 * Write the sched records (tools/lib/simtrace.h) of the ftrace text
 * @buf[0..@len) to @out: a capture record, then one record per line of
 * the events schedtrace reads.  A defect dies with "NAME:LINE: reason".
 */
void sched_convert(const char *name, const char *buf, size_t len, FILE *out);

#endif /* _SCHEDTRACE_H */
