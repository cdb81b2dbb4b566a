// SPDX-License-Identifier: GPL-2.0
/*
 * schedtrace convert: ftrace text of the learned_sched_* tracepoints and
 * of sched_wakeup, sched_wakeup_new, sched_migrate_task and sched_switch
 * into sched records of the simulators' one trace format
 * (tools/lib/simtrace.h).  The one place that parses ftrace text: the
 * analysis reads a trace file of the sched kind, or ftrace text this
 * converts in memory.
 *
 * A line is "  comm-pid  [cpu] flags  SEC.USEC: event: args"; lines of
 * other events, comments and lost-event markers are skipped, and a line
 * of one of our events that does not parse is an error naming
 * file:line.  The values of an event are its "key=value" fields, named
 * and ranged by simtrace_sched_events[].
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "schedtrace.h"
#include "simtrace.h"

#define MAX_LINE	4096	/* with the newline and the NUL */

/* Value of " key=" (or "key=" at the start) in @args as a signed integer. */
static int64_t get_i64(const char *args, const char *key)
{
	size_t n = strlen(key);
	const char *p = args;
	char *end;
	long long v;

	for (;;) {
		p = strstr(p, key);
		if (!p)
			die("missing field '%s'", key);
		if ((p == args || p[-1] == ' ') && p[n] == '=')
			break;
		p += n;
	}
	p += n + 1;
	errno = 0;
	v = strtoll(p, &end, 10);
	if (errno || end == p || (*end && *end != ' ' && *end != '\n'))
		die("field '%s' is not an integer", key);
	return v;
}

/* Value @d of @args in its range. */
static int64_t get_value(const char *args, const struct simtrace_sched_value *d)
{
	int64_t v = get_i64(args, d->name);

	if (v < d->min || v > d->max)
		die("field '%s' out of range %" PRId64 "..%" PRId64, d->name, d->min, d->max);
	return v;
}

/* All values of event @e from @args, in the order of the event's table. */
static void get_values(const char *args, struct simtrace_sched *e)
{
	const struct simtrace_sched_event_desc *d = &simtrace_sched_events[e->ev];

	for (unsigned int i = 0; i < d->nv; i++)
		e->v[i] = get_value(args, &d->v[i]);
}

/* "  comm-pid  [cpu] flags  SEC.USEC: event: args" -> time in ns. */
static uint64_t get_ts(const char *line, const char *marker)
{
	const char *e = marker, *s;
	uint64_t sec = 0, frac = 0;
	int digits = 0;

	s = e;
	while (s > line && s[-1] != ' ')
		s--;
	if (s == e)
		die("no timestamp");
	for (; s < e && *s != '.'; s++) {
		if (*s < '0' || *s > '9')
			die("bad timestamp");
		sec = sec * 10 + (*s - '0');
		if (sec > (UINT64_MAX - 999999999ULL) / 1000000000ULL)
			die("timestamp out of range");
	}
	if (s < e && *s == '.')
		for (s++; s < e; s++, digits++) {
			if (*s < '0' || *s > '9' || digits >= 9)
				die("bad timestamp");
			frac = frac * 10 + (*s - '0');
		}
	while (digits++ < 9)
		frac *= 10;
	return sec * 1000000000ULL + frac;
}

/* "  comm-pid  [cpu] flags  SEC.USEC: event: args" -> cpu. */
static unsigned int get_cpu(const char *line, const char *marker)
{
	const char *p = marker, *e;
	unsigned int cpu = 0;
	int field;

	while (p > line && p[-1] != ' ')	/* the timestamp */
		p--;
	for (field = 0; field < 2; field++) {	/* at most one flags field */
		while (p > line && p[-1] == ' ')
			p--;
		if (p > line && p[-1] == ']')
			break;
		while (p > line && p[-1] != ' ')
			p--;
	}
	if (p == line || p[-1] != ']')
		die("no [cpu] field");
	e = --p;
	while (p > line && p[-1] >= '0' && p[-1] <= '9')
		p--;
	if (p == e || p == line || p[-1] != '[' || e - p > 4)
		die("bad [cpu] field");
	for (; p < e; p++)
		cpu = cpu * 10 + (*p - '0');
	if (cpu >= SIMTRACE_SCHED_NR_CPUS)
		die("cpu %u out of range 0..%d", cpu, SIMTRACE_SCHED_NR_CPUS - 1);
	return cpu;
}

/* "prev_comm=... prev_pid=P ... prev_state=S ==> next_comm=... next_pid=N ..." */
static void get_switch(const char *a, struct simtrace_sched *e)
{
	const struct simtrace_sched_value *d = simtrace_sched_events[SIMTRACE_SCHED_SWITCH].v;
	const char *n = strstr(a, " ==> "), *state;

	if (!n)
		die("sched_switch without ' ==> '");
	e->v[0] = get_value(a, &d[0]);		/* prev_pid */
	e->v[2] = get_value(n + 5, &d[2]);	/* next_pid */
	state = strstr(a, " prev_state=");
	if (!state || state > n)
		die("sched_switch without prev_state");
	e->v[1] = state[12] == 'R';		/* preempted: still queued */
}

/*
 * Our event on @line, if any: its record in @e and where its args start;
 * NULL for a line to skip.
 */
static const char *match(const char *line, struct simtrace_sched *e, const char **marker)
{
	static const struct {
		const char *tag;
		enum simtrace_sched_event ev;
	} tags[] = {
		{ ": learned_sched_migrate: ", SIMTRACE_SCHED_LEARNED_MIGRATE },
		{ ": learned_sched_wake: ", SIMTRACE_SCHED_LEARNED_WAKE },
		{ ": sched_wakeup: ", SIMTRACE_SCHED_WAKEUP },
		{ ": sched_wakeup_new: ", SIMTRACE_SCHED_WAKEUP },
		{ ": sched_migrate_task: ", SIMTRACE_SCHED_MIGRATE_TASK },
		{ ": sched_switch: ", SIMTRACE_SCHED_SWITCH },
	};

	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		const char *m = strstr(line, tags[i].tag);

		if (m) {
			e->ev = tags[i].ev;
			*marker = m;
			return m + strlen(tags[i].tag);
		}
	}
	return NULL;
}

void sched_convert(const char *name, const char *buf, size_t len, FILE *out)
{
	struct simtrace_sched e = { .ev = SIMTRACE_SCHED_CAPTURE };
	char line[MAX_LINE];
	size_t pos = 0;

	cur_file = name;
	cur_line = 0;
	simtrace_sched_write(out, &e);
	while (pos < len) {
		const char *p = buf + pos, *nl = memchr(p, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - p) + 1 : len - pos;
		const char *a, *m;

		cur_line++;
		pos += n;
		if (n > MAX_LINE - 1 || (!nl && n == MAX_LINE - 1))
			die("line longer than %d bytes", MAX_LINE - 1);
		if (memchr(p, 0, n))
			die("NUL byte");
		memcpy(line, p, n);
		line[n] = 0;
		if (line[0] == '#')
			continue;
		a = match(line, &e, &m);
		if (!a)
			continue;
		e.cpu = get_cpu(line, m);
		e.ts = get_ts(line, m);
		if (e.ev == SIMTRACE_SCHED_SWITCH)
			get_switch(a, &e);
		else
			get_values(a, &e);
		simtrace_sched_write(out, &e);
	}
	cur_file = NULL;
}
