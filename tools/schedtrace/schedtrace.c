// SPDX-License-Identifier: GPL-2.0
/*
 * schedtrace: turn ftrace text of the learned_sched_* tracepoints into
 * training rows for learned-train (tools/trainer), with the kernel's own
 * feature code (include/linux/learned_sched_features.h).
 *
 *   schedtrace migrate TRACE...            migration features, label = stock
 *   schedtrace wake TRACE...               wake features, label = stock
 *   schedtrace outcome --delay-us N TRACE...
 *                                          wake features + action, label =
 *                                          cost of the placement <= N
 *                                          microseconds (see below)
 *   schedtrace costs TRACE...              "stock,action,cost_ns" of the
 *                                          outcome rows, in their order
 *                                          (off-policy evaluation)
 *   schedtrace stats TRACE...              counts, agreement with stock,
 *                                          delay and cost quantiles per
 *                                          action
 *   schedtrace tune --label 0|1 SAMPLES... tuner phase features of each
 *                                          interval between two samples
 *                                          ("NS CTXT PROCS_RUNNING NCPU"
 *                                          lines of /proc/stat readings),
 *                                          all rows with the given label
 *
 * TRACE is the text of /sys/kernel/tracing/trace ("-" for stdin), taken
 * with trace_clock=global so timestamps compare across CPUs.  Lines of
 * other events, comments and lost-event markers are skipped; a line of
 * one of our events that does not parse is an error naming file:line.
 * CSV goes to stdout; any error exits 1.
 *
 * The cost of a wake-up placement is the run-queue wait it causes: the
 * woken task's own delay (from the learned_sched_wake decision to the
 * sched_switch into it) plus the wait it imposes on the others while it
 * runs its first slice (the integral, over that slice, of the number of
 * tasks runnable but not running on its CPU).  Summed over the run this
 * is what schedstat run_delay adds up, except that the own delay here
 * also counts the wake-up IPI, which run_delay does not see.  The
 * per-CPU queues are rebuilt from sched_wakeup, sched_wakeup_new,
 * sched_migrate_task and sched_switch (prev_state R: preempted, still
 * queued); tasks queued before the trace began are unknown until they
 * first switch out, so the charge is a lower bound at the start.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/learned_sched_features.h>

#define MAX_LINE	4096
#define PEND_SLOTS	65536	/* power of two */
#define MAX_CPUS	1024
#define MAX_PID		(1 << 22)	/* PID_MAX_LIMIT on 64-bit */

static const char *const mf_names[LEARNED_SCHED_MIGRATE_NR_FEATURES] = {
	"delta", "cost", "ratio", "buddy", "exempt", "failed",
	"failed_excess", "idle", "src_nr", "dst_nr", "task_load",
};

static const char *const wf_names[LEARNED_SCHED_WAKE_NR_FEATURES] = {
	"sync", "this_idle", "prev_idle", "share_cache", "this_nr",
	"prev_nr", "this_load", "prev_load", "task_load", "cur_load",
	"eff_diff",
};

enum mode { M_MIGRATE, M_WAKE, M_OUTCOME, M_COSTS, M_STATS, M_TUNE };

static const char *cur_file;
static unsigned long cur_line;

static void die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "schedtrace: ");
	if (cur_file)
		fprintf(stderr, "%s:%lu: ", cur_file, cur_line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

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

static uint64_t get_u(const char *args, const char *key, uint64_t max)
{
	int64_t v = get_i64(args, key);

	if (v < 0 || (uint64_t)v > max)
		die("field '%s' out of range 0..%" PRIu64, key, max);
	return v;
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
	if (cpu >= MAX_CPUS)
		die("cpu %u out of range 0..%d", cpu, MAX_CPUS - 1);
	return cpu;
}

static void parse_migrate(const char *a, struct learned_sched_migrate_ctx *c,
			  int *stock, int *decision)
{
	memset(c, 0, sizeof(*c));
	c->delta_ns = get_i64(a, "delta_ns");
	c->migration_cost = get_u(a, "migration_cost", UINT32_MAX);
	c->task_load = get_u(a, "task_load", UINT32_MAX);
	c->nr_balance_failed = get_u(a, "nr_balance_failed", UINT32_MAX);
	c->cache_nice_tries = get_u(a, "cache_nice_tries", UINT32_MAX);
	c->src_nr_running = get_u(a, "src_nr_running", UINT32_MAX);
	c->dst_nr_running = get_u(a, "dst_nr_running", UINT32_MAX);
	c->src_cpu = get_u(a, "src_cpu", UINT32_MAX);
	c->dst_cpu = get_u(a, "dst_cpu", UINT32_MAX);
	c->idle = get_u(a, "idle", 2);
	c->buddy = get_u(a, "buddy", 1);
	c->exempt = get_u(a, "exempt", 1);
	*stock = get_u(a, "stock", 1);
	*decision = get_u(a, "migrate", 1);
}

static void parse_wake(const char *a, struct learned_sched_wake_ctx *c,
		       int *stock, int *decision)
{
	memset(c, 0, sizeof(*c));
	c->this_load = get_u(a, "this_load", UINT32_MAX);
	c->prev_load = get_u(a, "prev_load", UINT32_MAX);
	c->task_load = get_u(a, "task_load", UINT32_MAX);
	c->cur_load = get_u(a, "cur_load", UINT32_MAX);
	c->this_cap = get_u(a, "this_cap", 1024);
	c->prev_cap = get_u(a, "prev_cap", 1024);
	c->this_nr_running = get_u(a, "this_nr_running", UINT32_MAX);
	c->prev_nr_running = get_u(a, "prev_nr_running", UINT32_MAX);
	c->this_cpu = get_u(a, "this_cpu", UINT32_MAX);
	c->prev_cpu = get_u(a, "prev_cpu", UINT32_MAX);
	c->imbalance_pct = get_u(a, "imbalance_pct", 1000);
	if (c->imbalance_pct < 100)
		die("field 'imbalance_pct' below 100");
	c->sync = get_u(a, "sync", 1);
	c->this_idle = get_u(a, "this_idle", 1);
	c->prev_idle = get_u(a, "prev_idle", 1);
	c->share_cache = get_u(a, "share_cache", 1);
	*stock = get_u(a, "stock", 1);
	*decision = get_u(a, "affine", 1);
}

/* A traced wake-up decision, until its task's first slice ends. */
struct pending {
	int32_t pid;		/* 0: free */
	int action, stock;
	int running;		/* switched in on @cpu */
	unsigned int cpu;
	uint64_t ts;		/* decision */
	uint64_t delay;		/* decision to switch-in */
	uint64_t wait0;		/* @cpu's queue integral at switch-in */
	s32 x[LEARNED_SCHED_WAKE_NR_FEATURES];
};

static struct pending pend[PEND_SLOTS];

/*
 * Per-CPU run queues as the trace shows them: how many tasks wait
 * (runnable, not running), and the integral of that count over time.
 */
struct cpuq {
	uint64_t ts, wait;	/* ns, task-ns */
	int32_t nr, cur;	/* waiting tasks, running pid */
};

static struct cpuq cpuq[MAX_CPUS];
static uint16_t queued_on[MAX_PID];	/* 1 + CPU a task waits on, or 0 */

static struct cpuq *cpuq_at(unsigned int cpu, uint64_t ts)
{
	struct cpuq *q = &cpuq[cpu];

	if (ts > q->ts) {
		if (q->ts)
			q->wait += (uint64_t)q->nr * (ts - q->ts);
		q->ts = ts;
	}
	return q;
}

static void dequeue(int32_t pid, uint64_t ts)
{
	struct cpuq *q;

	if (!queued_on[pid])
		return;
	q = cpuq_at(queued_on[pid] - 1, ts);
	if (q->nr > 0)
		q->nr--;
	queued_on[pid] = 0;
}

static void enqueue(int32_t pid, unsigned int cpu, uint64_t ts)
{
	dequeue(pid, ts);
	if (cpuq[cpu].cur == pid)	/* woken while still on the CPU */
		return;
	cpuq_at(cpu, ts)->nr++;
	queued_on[pid] = cpu + 1;
}

/* Slot of @pid (> 0), or a free slot for it if @insert, else NULL. */
static struct pending *pend_slot(int32_t pid, int insert)
{
	uint32_t h = ((uint32_t)pid * 2654435761u) & (PEND_SLOTS - 1);
	unsigned int i;

	for (i = 0; i < PEND_SLOTS; i++, h = (h + 1) & (PEND_SLOTS - 1)) {
		if (pend[h].pid == pid)
			return &pend[h];
		if (!pend[h].pid)
			return insert ? &pend[h] : NULL;
	}
	die("more than %d tasks waiting at once", PEND_SLOTS);
	return NULL;
}

/* Remove @p keeping linear probing intact (backward-shift deletion). */
static void pend_remove(struct pending *p)
{
	uint32_t i = p - pend, j = i, k;

	pend[i].pid = 0;
	for (;;) {
		j = (j + 1) & (PEND_SLOTS - 1);
		if (!pend[j].pid)
			return;
		k = ((uint32_t)pend[j].pid * 2654435761u) & (PEND_SLOTS - 1);
		if ((i <= j) ? (i < k && k <= j) : (i < k || k <= j))
			continue;
		pend[i] = pend[j];
		pend[j].pid = 0;
		i = j;
	}
}

struct dist {
	uint64_t *v;
	size_t n, cap;
};

struct stats {
	uint64_t migrate, migrate_agree, migrate_yes, migrate_stock_yes;
	uint64_t wake, wake_agree, wake_affine, wake_stock_affine;
	uint64_t outcomes[2], dropped;
	struct dist delays[2], costs[2];	/* by action */
};

static void dist_add(struct dist *d, uint64_t v)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 1024;
		d->v = realloc(d->v, d->cap * sizeof(uint64_t));
		if (!d->v)
			die("out of memory");
	}
	d->v[d->n++] = v;
}

static void print_row(const s32 *x, int n, int extra, int label)
{
	int i;

	for (i = 0; i < n; i++)
		printf("%d,", x[i]);
	if (extra >= 0)
		printf("%d,", extra);
	printf("%d\n", label);
}

/* The first slice of @p's task ended at @ts: its placement's cost is known. */
static void slice_end(struct pending *p, uint64_t ts, enum mode mode,
		      uint64_t delay_ns, struct stats *st)
{
	uint64_t cost = p->delay + (cpuq_at(p->cpu, ts)->wait - p->wait0);

	if (mode == M_STATS)
		dist_add(&st->costs[p->action], cost);
	if (mode == M_OUTCOME)
		print_row(p->x, LEARNED_SCHED_WAKE_NR_FEATURES, p->action,
			  cost <= delay_ns);
	if (mode == M_COSTS)
		printf("%d,%d,%" PRIu64 "\n", p->stock, p->action, cost);
	pend_remove(p);
}

static void do_switch(const char *line, const char *m, enum mode mode,
		      uint64_t delay_ns, struct stats *st)
{
	const char *n = strstr(m, " ==> "), *state;
	unsigned int cpu = get_cpu(line, m);
	uint64_t ts = get_ts(line, m);
	int32_t prev, next;
	struct pending *p;

	if (!n)
		die("sched_switch without ' ==> '");
	prev = get_u(m + 16, "prev_pid", MAX_PID - 1);
	next = get_u(n + 5, "next_pid", MAX_PID - 1);
	state = strstr(m + 16, " prev_state=");
	if (!state || state > n)
		die("sched_switch without prev_state");
	cpuq_at(cpu, ts);
	if (prev) {	/* the idle task is never woken nor queued */
		p = pend_slot(prev, 0);
		if (p && p->running && p->cpu == cpu)
			slice_end(p, ts, mode, delay_ns, st);
		if (state[12] == 'R')	/* preempted: still queued here */
			enqueue(prev, cpu, ts);
	}
	cpuq[cpu].cur = next;
	if (!next)
		return;
	dequeue(next, ts);
	p = pend_slot(next, 0);
	if (!p || p->running)
		return;
	p->delay = ts >= p->ts ? ts - p->ts : 0;
	p->running = 1;
	p->cpu = cpu;
	p->wait0 = cpuq[cpu].wait;
	st->outcomes[p->action]++;
	if (mode == M_STATS)
		dist_add(&st->delays[p->action], p->delay);
}

static void process(FILE *f, enum mode mode, uint64_t delay_ns,
		    struct stats *st)
{
	char line[MAX_LINE];
	const char *m;

	/* every trace starts with empty queues and no pending wake-ups */
	memset(pend, 0, sizeof(pend));
	memset(cpuq, 0, sizeof(cpuq));
	memset(queued_on, 0, sizeof(queued_on));
	while (fgets(line, sizeof(line), f)) {
		cur_line++;
		if (!strchr(line, '\n') && !feof(f))
			die("line longer than %d bytes", MAX_LINE - 1);
		if (line[0] == '#')
			continue;
		if ((m = strstr(line, ": learned_sched_migrate: "))) {
			struct learned_sched_migrate_ctx c;
			s32 x[LEARNED_SCHED_MIGRATE_NR_FEATURES];
			int stock, dec;

			parse_migrate(m + 25, &c, &stock, &dec);
			st->migrate++;
			st->migrate_agree += stock == dec;
			st->migrate_yes += dec;
			st->migrate_stock_yes += stock;
			if (mode == M_MIGRATE) {
				learned_sched_migrate_features(&c, x);
				print_row(x, LEARNED_SCHED_MIGRATE_NR_FEATURES,
					  -1, stock);
			}
		} else if ((m = strstr(line, ": learned_sched_wake: "))) {
			struct learned_sched_wake_ctx c;
			s32 x[LEARNED_SCHED_WAKE_NR_FEATURES];
			struct pending *p;
			int stock, dec;
			int32_t pid;

			pid = get_u(m + 22, "pid", MAX_PID - 1);
			parse_wake(m + 22, &c, &stock, &dec);
			st->wake++;
			st->wake_agree += stock == dec;
			st->wake_affine += dec;
			st->wake_stock_affine += stock;
			learned_sched_wake_features(&c, x);
			if (mode == M_WAKE)
				print_row(x, LEARNED_SCHED_WAKE_NR_FEATURES,
					  -1, stock);
			if (!pid)
				continue;
			p = pend_slot(pid, 1);
			if (p->pid)
				st->dropped++;	/* woken again before it ran */
			memset(p, 0, sizeof(*p));
			p->pid = pid;
			p->action = dec;
			p->stock = stock;
			p->ts = get_ts(line, m);
			memcpy(p->x, x, sizeof(x));
		} else if ((m = strstr(line, ": sched_wakeup: ")) ||
			   (m = strstr(line, ": sched_wakeup_new: "))) {
			const char *a = strchr(m + 2, ':') + 2;
			int32_t pid = get_u(a, "pid", MAX_PID - 1);
			unsigned int cpu = get_u(a, "target_cpu", MAX_CPUS - 1);

			if (pid)
				enqueue(pid, cpu, get_ts(line, m));
		} else if ((m = strstr(line, ": sched_migrate_task: "))) {
			int32_t pid = get_u(m + 22, "pid", MAX_PID - 1);
			unsigned int from = get_u(m + 22, "orig_cpu", MAX_CPUS - 1);
			unsigned int to = get_u(m + 22, "dest_cpu", MAX_CPUS - 1);

			if (pid && queued_on[pid] == from + 1)
				enqueue(pid, to, get_ts(line, m));
		} else if ((m = strstr(line, ": sched_switch: "))) {
			do_switch(line, m, mode, delay_ns, st);
		}
	}
	if (ferror(f))
		die("read error");
}

/* Lines "NS CTXT PROCS_RUNNING NCPU"; one row per consecutive pair. */
static void process_tune(FILE *f, int label)
{
	char line[MAX_LINE];
	unsigned long long v[4], prev[4] = { 0 };
	int have = 0;
	char extra;

	while (fgets(line, sizeof(line), f)) {
		struct learned_sched_tune_ctx c;
		s32 x[LEARNED_SCHED_TUNE_NR_FEATURES];

		cur_line++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (sscanf(line, "%llu %llu %llu %llu %c", &v[0], &v[1], &v[2],
			   &v[3], &extra) != 4 || !v[3] || v[3] > 4096)
			die("expected 'NS CTXT PROCS_RUNNING NCPU' (NCPU 1..4096)");
		if (have) {
			if (v[0] <= prev[0] || v[1] < prev[1])
				die("time or context switches went backwards");
			c = (struct learned_sched_tune_ctx) {
				.interval_ns = v[0] - prev[0],
				.switches = v[1] - prev[1],
				.nr_running = v[2],
				.nr_cpus = v[3],
			};
			learned_sched_tune_features(&c, x);
			print_row(x, LEARNED_SCHED_TUNE_NR_FEATURES, -1, label);
		}
		memcpy(prev, v, sizeof(v));
		have = 1;
	}
	if (ferror(f))
		die("read error");
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static uint64_t quantile(uint64_t *v, size_t n, unsigned int pct)
{
	return n ? v[(n - 1) * pct / 100] : 0;
}

static void print_dist(const char *what, int action, struct dist *d)
{
	if (d->n)
		qsort(d->v, d->n, sizeof(uint64_t), cmp_u64);
	printf("%s action=%s n %zu p50 %" PRIu64 " p90 %" PRIu64
	       " p99 %" PRIu64 "\n", what, action ? "affine" : "prev", d->n,
	       quantile(d->v, d->n, 50) / 1000, quantile(d->v, d->n, 90) / 1000,
	       quantile(d->v, d->n, 99) / 1000);
	free(d->v);
}

static void usage(void)
{
	fprintf(stderr,
		"usage: schedtrace migrate|wake|costs|stats TRACE...\n"
		"       schedtrace outcome --delay-us N TRACE...\n"
		"       schedtrace tune --label 0|1 SAMPLES...\n");
	exit(1);
}

int main(int argc, char **argv)
{
	struct stats st = { 0 };
	uint64_t delay_ns = 0;
	enum mode mode;
	int i = 2, j, a, tune_label = 0;

	if (argc < 3)
		usage();
	if (!strcmp(argv[1], "migrate"))
		mode = M_MIGRATE;
	else if (!strcmp(argv[1], "wake"))
		mode = M_WAKE;
	else if (!strcmp(argv[1], "outcome"))
		mode = M_OUTCOME;
	else if (!strcmp(argv[1], "costs"))
		mode = M_COSTS;
	else if (!strcmp(argv[1], "stats"))
		mode = M_STATS;
	else if (!strcmp(argv[1], "tune"))
		mode = M_TUNE;
	else
		usage();
	if (mode == M_TUNE) {
		if (argc < 5 || strcmp(argv[2], "--label") ||
		    (strcmp(argv[3], "0") && strcmp(argv[3], "1")))
			usage();
		tune_label = argv[3][0] - '0';
		i = 4;
	}
	if (mode == M_OUTCOME) {
		char *end;
		unsigned long long us;

		if (argc < 5 || strcmp(argv[2], "--delay-us"))
			usage();
		errno = 0;
		us = strtoull(argv[3], &end, 10);
		if (errno || end == argv[3] || *end || argv[3][0] == '-' ||
		    us == 0 || us > 10000000)
			die("--delay-us: '%s' is not an integer in 1..10000000",
			    argv[3]);
		delay_ns = us * 1000;
		i = 4;
	}
	if (mode == M_MIGRATE) {
		for (j = 0; j < LEARNED_SCHED_MIGRATE_NR_FEATURES; j++)
			printf("%s,", mf_names[j]);
		printf("label\n");
	} else if (mode == M_TUNE) {
		printf("csw,runnable,label\n");
	} else if (mode == M_COSTS) {
		printf("stock,action,cost_ns\n");
	} else if (mode == M_WAKE || mode == M_OUTCOME) {
		for (j = 0; j < LEARNED_SCHED_WAKE_NR_FEATURES; j++)
			printf("%s,", wf_names[j]);
		printf("%slabel\n", mode == M_OUTCOME ? "action," : "");
	}
	for (; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;

		cur_file = argv[i];
		cur_line = 0;
		if (!f)
			die("cannot open: %s", strerror(errno));
		if (mode == M_TUNE)
			process_tune(f, tune_label);
		else
			process(f, mode, delay_ns, &st);
		if (f != stdin)
			fclose(f);
	}
	cur_file = NULL;
	if (mode != M_STATS)
		return fflush(stdout) ? 1 : 0;
	printf("migrate decisions %" PRIu64 " agree_with_stock %" PRIu64
	       " migrate %" PRIu64 " stock_migrate %" PRIu64 "\n",
	       st.migrate, st.migrate_agree, st.migrate_yes,
	       st.migrate_stock_yes);
	printf("wake decisions %" PRIu64 " agree_with_stock %" PRIu64
	       " affine %" PRIu64 " stock_affine %" PRIu64
	       " rewoken_before_run %" PRIu64 "\n",
	       st.wake, st.wake_agree, st.wake_affine, st.wake_stock_affine,
	       st.dropped);
	for (a = 0; a < 2; a++) {
		print_dist("delay_us", a, &st.delays[a]);
		print_dist("cost_us", a, &st.costs[a]);
	}
	return 0;
}
