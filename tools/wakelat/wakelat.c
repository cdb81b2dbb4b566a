// SPDX-License-Identifier: GPL-2.0
/*
 * wakelat: schbench-like wake-up latency of futex ping-pongs.
 *
 *   wakelat [--message-threads M] [--workers W] [--runtime SEC]
 *           [--warmup SEC] [--work-us N] [--wake-all] [--check]
 *
 * M message threads, each with W worker threads.  A message thread loops:
 * it stamps a request with CLOCK_MONOTONIC, wakes the next of its workers
 * (round robin) with FUTEX_WAKE on that worker's word, then sleeps in
 * FUTEX_WAIT on its own word until the worker answers.  The worker wakes,
 * records its wake-up latency (now - stamp), spins for --work-us
 * microseconds of CLOCK_MONOTONIC time (the request's CPU burst), wakes
 * the message thread and sleeps again.  The message thread records the
 * round trip (stamp to answer seen).  So each message thread has one
 * request in flight; its other workers sleep, and every request wakes a
 * task that has slept for W - 1 round trips (where it lands is the
 * scheduler's wake-up placement).
 *
 * With --wake-all (schbench's shape) a message thread instead stamps one
 * time, wakes all W of its workers, and sleeps until the last of them
 * (an atomic count of those still busy) has done its burst and wakes it:
 * each worker's latency is from that one stamp, the round trip is the
 * whole batch, and up to M x W workers are runnable at once.
 *
 * The first --warmup seconds are not recorded; then --runtime seconds are.
 * Latencies go to per-thread histograms (hist.h: exact below 64 ns, then
 * buckets of 1/32 of a power of two; percentiles are bucket upper bounds,
 * at most 3.2% above the true value, clamped to the exact maximum).
 *
 * Output, one "key value" line per metric: the configuration, then
 * wakeups (worker wake-ups recorded), batches (round trips recorded:
 * wakeups / W with --wake-all, = wakeups without), wakeups_per_s,
 * lat_{p50,p90,p99,
 * p999,max,mean}_us (worker wake-up latency), rtt_{p50,p99,max}_us (the
 * message thread's round trip).  --check validates the options, prints
 * the configuration and exits 0 without running.
 *
 * Exit status: 0 done; 1 a run-time failure (threads, no wake-up
 * recorded); 2 bad usage.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "hist.h"

#define MAX_MESSAGE	64
#define MAX_WORKERS	64
#define MAX_THREADS	1024	/* message threads x workers */

enum { IDLE, REQUEST, STOP };

struct worker {
	_Atomic uint32_t word;		/* IDLE, REQUEST or STOP */
	_Atomic uint64_t stamp;		/* ns: when the request was sent */
	struct message *msg;
	pthread_t tid;
	struct hist lat;		/* wake-up latency, ns */
};

struct message {
	_Atomic uint32_t answered;	/* 1: the worker (the batch) answered */
	_Atomic uint32_t busy;		/* --wake-all: workers yet to answer */
	struct worker *w;		/* W workers */
	pthread_t tid;
	struct hist rtt;		/* round trip, ns */
};

struct config {
	unsigned long message, workers, runtime, warmup, work_us;
	int wake_all;
};

static struct config cfg = { 2, 4, 10, 1, 100, 0 };
static uint64_t measure_from;		/* ns: record from here on */
static _Atomic int stop;

static void print_usage(FILE *f)
{
	fprintf(f, "usage: wakelat [--message-threads 1-%d] [--workers 1-%d] [--runtime 1-3600]\n"
		"               [--warmup 0-600] [--work-us 0-1000000] [--wake-all] [--check]\n",
		MAX_MESSAGE, MAX_WORKERS);
}

static void usage(const char *why, const char *arg)
{
	fprintf(stderr, "wakelat: %s%s%s\n", why, arg ? ": " : "", arg ? arg : "");
	print_usage(stderr);
	exit(2);
}

static unsigned long num(const char *opt, const char *v, unsigned long min, unsigned long max)
{
	char *end;
	unsigned long x;

	if (!v)
		usage("missing value for", opt);
	if (*v < '0' || *v > '9')
		usage("not a number", v);
	errno = 0;
	x = strtoul(v, &end, 10);
	if (errno || *end)
		usage("not a number", v);
	if (x < min || x > max) {
		fprintf(stderr, "wakelat: %s %s: out of range %lu-%lu\n", opt, v, min, max);
		usage("value out of range for", opt);
	}
	return x;
}

/* a flag takes no value: "--wake-all 1" is refused, not read as two options */
static int flag(const char *opt, const char *next)
{
	if (next && next[0] != '-') {
		fprintf(stderr, "wakelat: %s takes no value, not %s\n", opt, next);
		usage("a flag takes no value", opt);
	}
	return 1;
}

static uint64_t now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000ULL + (uint64_t)t.tv_nsec;
}

static void futex_wait(_Atomic uint32_t *w, uint32_t val)
{
	/* EAGAIN (the word changed), EINTR: the caller's loop checks again */
	syscall(SYS_futex, (uint32_t *)w, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

static void futex_wake(_Atomic uint32_t *w)
{
	syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	uint64_t burst = cfg.work_us * 1000;

	for (;;) {
		uint32_t s;
		uint64_t t, stamp;

		while ((s = atomic_load(&w->word)) == IDLE)
			futex_wait(&w->word, IDLE);
		if (s == STOP)
			return NULL;
		t = now_ns();
		stamp = atomic_load(&w->stamp);
		atomic_store(&w->word, IDLE);
		if (stamp >= measure_from)
			hist_add(&w->lat, t - stamp);
		/* the request's CPU burst */
		while (now_ns() - t < burst)
			;
		/* with --wake-all only the batch's last worker answers */
		if (cfg.wake_all && atomic_fetch_sub(&w->msg->busy, 1) != 1)
			continue;
		atomic_store(&w->msg->answered, 1);
		futex_wake(&w->msg->answered);
	}
}

/* send a request (stamped t0) to worker w */
static void request(struct worker *w, uint64_t t0)
{
	atomic_store(&w->stamp, t0);
	atomic_store(&w->word, REQUEST);
	futex_wake(&w->word);
}

static void *message_main(void *arg)
{
	struct message *m = arg;

	for (unsigned long i = 0; !atomic_load(&stop); i = (i + 1) % cfg.workers) {
		uint64_t t0 = now_ns(), t1;

		if (cfg.wake_all) {
			/* before any request: a worker may answer at once */
			atomic_store(&m->busy, (uint32_t)cfg.workers);
			for (unsigned long j = 0; j < cfg.workers; j++)
				request(&m->w[j], t0);
		} else {
			request(&m->w[i], t0);
		}
		while (!atomic_load(&m->answered))
			futex_wait(&m->answered, 0);
		atomic_store(&m->answered, 0);
		t1 = now_ns();
		if (t0 >= measure_from)
			hist_add(&m->rtt, t1 - t0);
	}
	for (unsigned long i = 0; i < cfg.workers; i++) {
		atomic_store(&m->w[i].word, STOP);
		futex_wake(&m->w[i].word);
	}
	return NULL;
}

static void print_us(const char *key, uint64_t ns)
{
	printf("%s %.3f\n", key, (double)ns / 1000.0);
}

int main(int argc, char **argv)
{
	struct message *msgs;
	struct hist *lat, *rtt;
	struct timespec until;
	uint64_t t_end;
	int check = 0, err;

	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(o, "--message-threads")) {
			cfg.message = num(o, v, 1, MAX_MESSAGE);
			i++;
		} else if (!strcmp(o, "--workers")) {
			cfg.workers = num(o, v, 1, MAX_WORKERS);
			i++;
		} else if (!strcmp(o, "--runtime")) {
			cfg.runtime = num(o, v, 1, 3600);
			i++;
		} else if (!strcmp(o, "--warmup")) {
			cfg.warmup = num(o, v, 0, 600);
			i++;
		} else if (!strcmp(o, "--work-us")) {
			cfg.work_us = num(o, v, 0, 1000000);
			i++;
		} else if (!strcmp(o, "--wake-all")) {
			cfg.wake_all = flag(o, v);
		} else if (!strcmp(o, "--check")) {
			check = flag(o, v);
		} else if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
			print_usage(stdout);
			return 0;
		} else {
			usage("unknown option", o);
		}
	}
	if (cfg.message * cfg.workers > MAX_THREADS) {
		fprintf(stderr, "wakelat: %lu message threads x %lu workers is over %d worker threads\n",
			cfg.message, cfg.workers, MAX_THREADS);
		usage("too many threads", NULL);
	}
	printf("message_threads %lu\nworkers %lu\nruntime_s %lu\nwarmup_s %lu\nwork_us %lu\nwake_all %d\n",
	       cfg.message, cfg.workers, cfg.runtime, cfg.warmup, cfg.work_us, cfg.wake_all);
	if (check)
		return 0;
	fflush(stdout);

	msgs = calloc(cfg.message, sizeof(*msgs));
	lat = calloc(1, sizeof(*lat));
	rtt = calloc(1, sizeof(*rtt));
	if (!msgs || !lat || !rtt) {
		fputs("wakelat: out of memory\n", stderr);
		return 1;
	}
	for (unsigned long m = 0; m < cfg.message; m++) {
		msgs[m].w = calloc(cfg.workers, sizeof(*msgs[m].w));
		if (!msgs[m].w) {
			fputs("wakelat: out of memory\n", stderr);
			return 1;
		}
		for (unsigned long i = 0; i < cfg.workers; i++)
			msgs[m].w[i].msg = &msgs[m];
	}
	measure_from = now_ns() + cfg.warmup * 1000000000ULL;
	for (unsigned long m = 0; m < cfg.message; m++) {
		for (unsigned long i = 0; i < cfg.workers; i++) {
			err = pthread_create(&msgs[m].w[i].tid, NULL, worker_main, &msgs[m].w[i]);
			if (err) {
				fprintf(stderr, "wakelat: pthread_create: %s\n", strerror(err));
				return 1;
			}
		}
		err = pthread_create(&msgs[m].tid, NULL, message_main, &msgs[m]);
		if (err) {
			fprintf(stderr, "wakelat: pthread_create: %s\n", strerror(err));
			return 1;
		}
	}
	t_end = measure_from + cfg.runtime * 1000000000ULL;
	until.tv_sec = (time_t)(t_end / 1000000000ULL);
	until.tv_nsec = (long)(t_end % 1000000000ULL);
	while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL) == EINTR)
		;
	t_end = now_ns();
	atomic_store(&stop, 1);
	for (unsigned long m = 0; m < cfg.message; m++) {
		pthread_join(msgs[m].tid, NULL);
		for (unsigned long i = 0; i < cfg.workers; i++) {
			pthread_join(msgs[m].w[i].tid, NULL);
			hist_merge(lat, &msgs[m].w[i].lat);
		}
		hist_merge(rtt, &msgs[m].rtt);
	}
	/* wake-ups recorded per second of the measured window */
	printf("wakeups %llu\n", (unsigned long long)lat->n);
	printf("batches %llu\n", (unsigned long long)rtt->n);
	printf("wakeups_per_s %.1f\n", (double)lat->n * 1e9 / (double)(t_end - measure_from));
	print_us("lat_p50_us", hist_pct(lat, 500));
	print_us("lat_p90_us", hist_pct(lat, 900));
	print_us("lat_p99_us", hist_pct(lat, 990));
	print_us("lat_p999_us", hist_pct(lat, 999));
	print_us("lat_max_us", lat->max);
	print_us("lat_mean_us", lat->n ? lat->sum / lat->n : 0);
	print_us("rtt_p50_us", hist_pct(rtt, 500));
	print_us("rtt_p99_us", hist_pct(rtt, 990));
	print_us("rtt_max_us", rtt->max);
	err = lat->n == 0;
	if (err)
		fputs("wakelat: no wake-up was recorded\n", stderr);
	for (unsigned long m = 0; m < cfg.message; m++)
		free(msgs[m].w);
	free(msgs);
	free(lat);
	free(rtt);
	return err;
}
