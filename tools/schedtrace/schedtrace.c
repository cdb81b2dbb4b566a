// SPDX-License-Identifier: GPL-2.0
/*
 * schedtrace: turn traces of the learned_sched_* tracepoints into
 * training rows for learned-train (tools/trainer), with the kernel's own
 * feature code (include/linux/learned_sched_features.h).
 *
 *   schedtrace convert FTRACE... > TRACE   ftrace text -> a "simtrace 1
 *                                          sched" trace (convert.c)
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
 * TRACE ("-" for stdin) is a trace of the sched kind of the simulators'
 * one trace format (tools/lib/simtrace.h; a file whose header says
 * "simtrace 1 sched"), or, without that header, the text of
 * /sys/kernel/tracing/trace, taken with trace_clock=global so timestamps
 * compare across CPUs, which convert.c turns into the same records in
 * memory: the analysis has one input, the library's sched reader.  Each
 * TRACE, and each capture record in one, starts with empty queues.
 * CSV goes to stdout; any error exits 1.  tune reads /proc/stat samples,
 * not events, with its own line reader.
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

#include "schedtrace.h"
#include "simtrace.h"

#define MAX_LINE	4096	/* of tune's samples */
#define PEND_SLOTS	65536	/* power of two */
#define MAX_CPUS	SIMTRACE_SCHED_NR_CPUS
#define MAX_PID		SIMTRACE_SCHED_NR_PIDS

static const char *const mf_names[LEARNED_SCHED_MIGRATE_NR_FEATURES] = {
	"delta", "cost", "ratio", "buddy", "exempt", "failed",
	"failed_excess", "idle", "src_nr", "dst_nr", "task_load",
};

static const char *const wf_names[LEARNED_SCHED_WAKE_NR_FEATURES] = {
	"sync", "this_idle", "prev_idle", "share_cache", "this_nr",
	"prev_nr", "this_load", "prev_load", "task_load", "cur_load",
	"eff_diff",
};

enum mode { M_MIGRATE, M_WAKE, M_OUTCOME, M_COSTS, M_STATS, M_TUNE, M_CONVERT };

const char *cur_file;
unsigned long cur_line;

void die(const char *fmt, ...)
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

/* The values of a learned_migrate record (simtrace_sched_events[]). */
static void parse_migrate(const int64_t *v, struct learned_sched_migrate_ctx *c,
			  int *stock, int *decision)
{
	memset(c, 0, sizeof(*c));
	c->delta_ns = v[0];
	c->migration_cost = v[1];
	c->task_load = v[2];
	c->nr_balance_failed = v[3];
	c->cache_nice_tries = v[4];
	c->src_nr_running = v[5];
	c->dst_nr_running = v[6];
	c->src_cpu = v[7];
	c->dst_cpu = v[8];
	c->idle = v[9];
	c->buddy = v[10];
	c->exempt = v[11];
	*stock = v[12];
	*decision = v[13];
}

/* The values of a learned_wake record after its pid (v[0]). */
static void parse_wake(const int64_t *v, struct learned_sched_wake_ctx *c,
		       int *stock, int *decision)
{
	memset(c, 0, sizeof(*c));
	c->this_load = v[1];
	c->prev_load = v[2];
	c->task_load = v[3];
	c->cur_load = v[4];
	c->this_cap = v[5];
	c->prev_cap = v[6];
	c->this_nr_running = v[7];
	c->prev_nr_running = v[8];
	c->this_cpu = v[9];
	c->prev_cpu = v[10];
	c->imbalance_pct = v[11];
	c->sync = v[12];
	c->this_idle = v[13];
	c->prev_idle = v[14];
	c->share_cache = v[15];
	*stock = v[16];
	*decision = v[17];
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

/* A switch record: @prev (@preempted: still queued) leaves @cpu for @next. */
static void do_switch(const struct simtrace_sched *e, enum mode mode,
		      uint64_t delay_ns, struct stats *st)
{
	int32_t prev = e->v[0], next = e->v[2];
	unsigned int cpu = e->cpu;
	uint64_t ts = e->ts;
	struct pending *p;

	cpuq_at(cpu, ts);
	if (prev) {	/* the idle task is never woken nor queued */
		p = pend_slot(prev, 0);
		if (p && p->running && p->cpu == cpu)
			slice_end(p, ts, mode, delay_ns, st);
		if (e->v[1])	/* preempted: still queued here */
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

static void do_wake(const struct simtrace_sched *e, enum mode mode, struct stats *st)
{
	struct learned_sched_wake_ctx c;
	s32 x[LEARNED_SCHED_WAKE_NR_FEATURES];
	int32_t pid = e->v[0];
	struct pending *p;
	int stock, dec;

	parse_wake(e->v, &c, &stock, &dec);
	st->wake++;
	st->wake_agree += stock == dec;
	st->wake_affine += dec;
	st->wake_stock_affine += stock;
	learned_sched_wake_features(&c, x);
	if (mode == M_WAKE)
		print_row(x, LEARNED_SCHED_WAKE_NR_FEATURES, -1, stock);
	if (!pid)
		return;
	p = pend_slot(pid, 1);
	if (p->pid)
		st->dropped++;	/* woken again before it ran */
	memset(p, 0, sizeof(*p));
	p->pid = pid;
	p->action = dec;
	p->stock = stock;
	p->ts = e->ts;
	memcpy(p->x, x, sizeof(x));
}

/* Every capture starts with empty queues and no pending wake-ups. */
static void reset(void)
{
	memset(pend, 0, sizeof(pend));
	memset(cpuq, 0, sizeof(cpuq));
	memset(queued_on, 0, sizeof(queued_on));
}

/* The records of one sched trace. */
static void process(struct simtrace *r, enum mode mode, uint64_t delay_ns,
		    struct stats *st)
{
	struct simtrace_sched e;
	int ret;

	reset();
	while ((ret = simtrace_sched_next(r, &e)) == 1) {
		const int64_t *v = e.v;

		cur_line = r->line;
		switch (e.ev) {
		case SIMTRACE_SCHED_CAPTURE:
			reset();
			break;
		case SIMTRACE_SCHED_LEARNED_MIGRATE: {
			struct learned_sched_migrate_ctx c;
			s32 x[LEARNED_SCHED_MIGRATE_NR_FEATURES];
			int stock, dec;

			parse_migrate(v, &c, &stock, &dec);
			st->migrate++;
			st->migrate_agree += stock == dec;
			st->migrate_yes += dec;
			st->migrate_stock_yes += stock;
			if (mode == M_MIGRATE) {
				learned_sched_migrate_features(&c, x);
				print_row(x, LEARNED_SCHED_MIGRATE_NR_FEATURES,
					  -1, stock);
			}
			break;
		}
		case SIMTRACE_SCHED_LEARNED_WAKE:
			do_wake(&e, mode, st);
			break;
		case SIMTRACE_SCHED_WAKEUP:	/* pid target_cpu */
			if (v[0])
				enqueue(v[0], v[1], e.ts);
			break;
		case SIMTRACE_SCHED_MIGRATE_TASK:	/* pid orig_cpu dest_cpu */
			if (v[0] && queued_on[v[0]] == v[1] + 1)
				enqueue(v[0], v[2], e.ts);
			break;
		case SIMTRACE_SCHED_SWITCH:
			do_switch(&e, mode, delay_ns, st);
			break;
		default:
			break;
		}
	}
	if (ret < 0) {
		cur_file = NULL;
		die("%s", r->eb);
	}
}

/*
 * Open @path as a sched trace in *@buf: read through the library as it
 * is if its header says so, else converted from ftrace text first.
 */
static void open_trace(const char *path, struct simtrace *r, char **buf)
{
	static char eb[512];
	size_t len, tlen;
	char *text;

	if (simtrace_read_file(path, &text, &tlen, eb, sizeof(eb)))
		die("%s", eb);
	if (simtrace_has_header(text, tlen)) {
		*buf = text;
		len = tlen;
	} else {
		FILE *f = open_memstream(buf, &len);

		if (!f)
			die("out of memory");
		simtrace_write_header(f, SIMTRACE_SCHED);
		sched_convert(path, text, tlen, f);
		free(text);
		if (fclose(f))
			die("out of memory");
	}
	if (simtrace_open(r, path, *buf, len, SIMTRACE_SCHED, eb, sizeof(eb)))
		die("%s", eb);
	cur_file = path;
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

/* schedtrace convert: one more ftrace capture onto stdout. */
static void convert_file(const char *path)
{
	char eb[512], *text;
	size_t len;

	if (simtrace_read_file(path, &text, &len, eb, sizeof(eb)))
		die("%s", eb);
	if (simtrace_has_header(text, len))
		die("%s: already a simtrace trace, not ftrace text", path);
	sched_convert(path, text, len, stdout);
	free(text);
}

static void usage(void)
{
	fprintf(stderr,
		"usage: schedtrace convert FTRACE... > TRACE\n"
		"       schedtrace migrate|wake|costs|stats TRACE...\n"
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
	else if (!strcmp(argv[1], "convert"))
		mode = M_CONVERT;
	else
		usage();
	if (mode == M_CONVERT) {
		simtrace_write_header(stdout, SIMTRACE_SCHED);
		for (; i < argc; i++)
			convert_file(argv[i]);
		return fflush(stdout) ? 1 : 0;
	}
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
		FILE *f;
		struct simtrace r;
		char *buf;

		if (mode != M_TUNE) {
			open_trace(argv[i], &r, &buf);
			process(&r, mode, delay_ns, &st);
			free(buf);
			continue;
		}
		f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;
		cur_file = argv[i];
		cur_line = 0;
		if (!f)
			die("cannot open: %s", strerror(errno));
		process_tune(f, tune_label);
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
