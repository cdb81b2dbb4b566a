// SPDX-License-Identifier: GPL-2.0
/* simcli: command line and trace source of the readahead simulators. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "simcli.h"

#define MAX_REQ		256		/* filera: pages of one request */
#define MAX_RECORDS	(1ull << 26)

void sim_cli_die(const struct sim_cli *c, const char *msg, const char *arg)
{
	fprintf(stderr, "%s: %s%s%s\n", c->tool, msg, arg ? ": " : "",
		arg ? arg : "");
	exit(2);
}

static uint64_t num(const struct sim_cli *c, const char *opt, const char *v,
		    uint64_t min, uint64_t max)
{
	unsigned long long x;
	char *end;

	if (!v)
		sim_cli_die(c, "missing value of", opt);
	errno = 0;
	x = strtoull(v, &end, 10);
	if (errno || *end || end == v || x < min || x > max || v[0] == '-')
		sim_cli_die(c, "bad number for", opt);
	return x;
}

void sim_cli_parse(struct sim_cli *c, int argc, char **argv)
{
	char usage[128];

	c->seed = 1;
	c->pages = 16384;
	c->mem = 4096;
	c->len = 0;
	c->ra_pages = 32;
	c->policy = "all";
	snprintf(usage, sizeof(usage), "usage: %s run|label|trace|families [options]",
		 c->tool);
	if (argc < 2)
		sim_cli_die(c, usage, NULL);
	c->cmd = argv[1];
	if (!strcmp(c->cmd, "families")) {
		puts(simgen_families(c->kind));
		exit(0);
	}
	if (strcmp(c->cmd, "run") && strcmp(c->cmd, "label") && strcmp(c->cmd, "trace"))
		sim_cli_die(c, "unknown command", c->cmd);
	for (int i = 2; i < argc; i++) {
		const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(o, "--header")) {
			c->header = true;
			continue;
		}
		i++;
		if (!strcmp(o, "--family") || !strcmp(o, "--trace") ||
		    !strcmp(o, "--policy")) {
			if (!v)
				sim_cli_die(c, "missing value of", o);
			if (o[2] == 'f')
				c->family = v;
			else if (o[2] == 't')
				c->trace = v;
			else
				c->policy = v;
		} else if (!strcmp(o, "--seed")) {
			c->seed = num(c, o, v, 1, UINT32_MAX);
		} else if (!strcmp(o, "--pages")) {
			c->pages = num(c, o, v, 1024, 1 << 24);
		} else if (!strcmp(o, "--mem")) {
			c->mem = num(c, o, v, 64, 1 << 24);
		} else if (!strcmp(o, "--len")) {
			c->len = num(c, o, v, 1, 1 << 26);
		} else if (c->has_ra_pages && !strcmp(o, "--ra-pages")) {
			c->ra_pages = num(c, o, v, 1, 512);
		} else {
			sim_cli_die(c, "unknown option", o);
		}
	}
	if (!c->family == !c->trace)
		sim_cli_die(c, "exactly one of --family and --trace is required", NULL);
	if (c->mem >= c->pages)
		sim_cli_die(c, "--mem must be below --pages", NULL);
	if (!c->len)
		c->len = 4 * c->pages;
}

/* Read c->trace: swap "PAGE", filera "INDEX NPAGES", inside --pages. */
static void load(struct sim_cli *c, struct simgen *g)
{
	char eb[512], *buf;
	struct simtrace r;
	uint64_t records = 0;
	size_t len;
	int ret;

	if (simtrace_read_file(c->trace, &buf, &len, eb, sizeof(eb)) ||
	    simtrace_open(&r, c->trace, buf, len, c->kind, eb, sizeof(eb)))
		sim_cli_die(c, eb, NULL);
	while ((ret = simtrace_next(&r)) == 1) {
		struct simgen_rec rec = { .n = 1 };
		uint64_t n = 1;

		if (simtrace_u64(&r, 0, c->kind == SIMTRACE_SWAP ? "PAGE" : "INDEX",
				 0, c->pages - 1, &rec.index))
			break;
		if (c->kind == SIMTRACE_FILERA) {
			if (simtrace_u64(&r, 1, "NPAGES", 1, MAX_REQ, &n))
				break;
			if (n > c->pages - rec.index) {
				simtrace_err(&r, "request %llu+%llu ends past --pages %llu",
					     (unsigned long long)rec.index,
					     (unsigned long long)n,
					     (unsigned long long)c->pages);
				break;
			}
			rec.n = (uint32_t)n;
		}
		if (++records > MAX_RECORDS) {
			simtrace_err(&r, "trace too long");
			break;
		}
		g->emit(g->ctx, &rec);
		g->n++;
		g->accesses += n;
	}
	free(buf);
	if (ret == 1 || ret < 0)
		sim_cli_die(c, eb, NULL);
	if (!records)
		sim_cli_die(c, "empty trace", c->trace);
}

struct printer {
	void (*emit)(void *ctx, const struct simgen_rec *r);
	void *ctx;
	enum simtrace_kind kind;
};

static void print(void *ctx, const struct simgen_rec *r)
{
	struct printer *p = ctx;

	if (p->kind == SIMTRACE_SWAP)
		printf("%llu\n", (unsigned long long)r->index);
	else
		printf("%llu %u\n", (unsigned long long)r->index, r->n);
	p->emit(p->ctx, r);
}

bool sim_cli_trace(struct sim_cli *c, struct simgen *g,
		   void (*emit)(void *ctx, const struct simgen_rec *r), void *ctx)
{
	struct printer p = { emit, ctx, c->kind };
	bool print_it = !strcmp(c->cmd, "trace");
	char eb[256];

	simgen_init(g, c->kind, c->seed, c->pages, c->len,
		    print_it ? print : emit, print_it ? (void *)&p : ctx);
	if (print_it)
		simtrace_write_header(stdout, c->kind);
	if (c->trace) {
		load(c, g);
		c->family = "trace";
	} else if (simgen_run(g, c->family, eb, sizeof(eb))) {
		char hint[64];

		snprintf(hint, sizeof(hint), "see %s families", c->tool);
		sim_cli_die(c, eb, hint);
	}
	return print_it;
}
