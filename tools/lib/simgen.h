/* SPDX-License-Identifier: GPL-2.0 */
/*
 * simgen: the one set of seeded synthetic workload generators of the
 * simulators, selected by stream kind (simtrace.h) and family name:
 *
 *   swap    one VMA of --pages pages (tools/swapsim): seq rev strideN
 *           stride-walk zipf random chase runs phase interleave
 *   filera  read requests on one file (tools/filerasim): seq rev strideN
 *           stride-walk random zipf runs short blocks blockN phase
 *           interleave hotcold
 *   cache   page-cache lookups of files (tools/cachesim): zipf scan loop
 *           seq mix phase
 *
 * A generator writes its records through a callback, so each simulator
 * keeps them in its own form.  The same seed gives the same records as
 * the simulators' own generators did before they were moved here
 * (scripts/train/train swapra, filera and evict --check depend on it).  The
 * swap and filera kinds draw from sim_rand.h's xorshift64* in g->rng,
 * which the caller may go on drawing from after the trace (the
 * simulators' exploration does); the cache kind draws from xoshiro256**.
 */
#ifndef _TOOLS_SIMGEN_H
#define _TOOLS_SIMGEN_H

#include <stddef.h>
#include <stdint.h>

#include "sim_rand.h"
#include "simtrace.h"

/* cache record flags, as tools/cachesim's CS_F_* */
#define SIMGEN_F_WRITE	0x01
#define SIMGEN_F_RA	0x08

struct simgen_rec {
	uint64_t key[3];	/* cache: the file's key 8:TENANT:INO */
	uint64_t index;		/* page (swap, cache), first page (filera) */
	uint32_t n;		/* pages: filera 1..256, else 1 */
	uint8_t flags;		/* cache: SIMGEN_F_* */
};

/* the knobs of the cache families (tools/cachesim gen --help) */
struct simgen_cache_opts {
	double alpha, scan_frac, shift, write_frac;
	uint64_t file_pages, scan_len, streams, files, phases;
};

struct simgen {
	/* set by simgen_init(), the cache options by the caller after it */
	enum simtrace_kind kind;
	uint64_t pages;		/* VMA / file / working-set pages */
	uint64_t len;		/* accesses to generate */
	struct simgen_cache_opts o;
	void (*emit)(void *ctx, const struct simgen_rec *r);
	void *ctx;
	/* state */
	uint64_t rng;		/* swap, filera */
	struct sim_rng256 r256;	/* cache */
	uint64_t n;		/* records emitted */
	uint64_t accesses;	/* page accesses emitted (sum of n) */
	uint64_t next_ino;	/* cache: fresh files */
};

/*
 * Prepare @g for a trace of @kind seeded by @seed: @len accesses over
 * @pages pages, records through @emit(@ctx, rec).  The cache options get
 * their defaults (those of cachesim gen).
 */
void simgen_init(struct simgen *g, enum simtrace_kind kind, uint64_t seed,
		 uint64_t pages, uint64_t len,
		 void (*emit)(void *ctx, const struct simgen_rec *r), void *ctx);

/*
 * Generate the trace of @family.  Returns 0, or -1 with the reason in
 * @eb (unknown family, bad parameter, out of memory).
 */
int simgen_run(struct simgen *g, const char *family, char *eb, size_t el);

/* The family names of @kind, space separated. */
const char *simgen_families(enum simtrace_kind kind);

#endif /* _TOOLS_SIMGEN_H */
