/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cachesim: trace-driven page-cache simulator.
 *
 * A trace is a sequence of page-cache lookups.  At load time every
 * (object key, page index) pair is interned into a dense page id
 * 0..nr_ids-1 so policies can keep their state in flat arrays.
 */
#ifndef CACHESIM_H
#define CACHESIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "iheap.h"
#include "simtrace.h"

typedef uint8_t u8;
typedef uint32_t u32;
typedef uint64_t u64;

#define CS_VERSION	"1.0"
#define NIL		UINT32_MAX

/* Record flags (tools/lib/simtrace.h), text letters in brackets. */
#define CS_F_WRITE	SIMTRACE_F_WRITE	/* [W] write (default read [R]) */
#define CS_F_KHIT	SIMTRACE_F_KHIT		/* [H] the kernel found the page cached */
#define CS_F_KMISS	SIMTRACE_F_KMISS	/* [M] the kernel missed */
#define CS_F_RA		SIMTRACE_F_RA		/* [A] readahead page or access */
#define CS_F_ALL	SIMTRACE_F_ALL

/*
 * Object (file) keys are struct simtrace_key (1..3 unsigned components,
 * e.g. dev_major:dev_minor:ino); at most 2^31 records, so dense ids and
 * positions fit u32.
 */
#define CS_MAX_RECORDS	SIMTRACE_MAX_RECORDS

struct cs_trace {
	size_t n;		/* accesses */
	u32 *id;		/* [n] dense page id */
	u64 *seq;		/* [n] sequence number / timestamp */
	u8 *flags;		/* [n] CS_F_* */
	size_t nr_ids;
	u32 *id_obj;		/* [nr_ids] object of the page */
	u64 *id_page;		/* [nr_ids] page index in the object */
	size_t nr_objs;
	struct simtrace_key *objs;	/* [nr_objs] */
	/* private: interning tables */
	size_t cap, ids_cap, objs_cap;
	u32 *ph_vals;		/* (obj, page) hash -> id, NIL if empty */
	size_t ph_cap;
	u32 *oh_vals;		/* object hash -> obj id */
	size_t oh_cap;
};

enum cs_format { CS_FMT_AUTO, CS_FMT_TEXT, CS_FMT_BIN, CS_FMT_BLOCK };

/* util.c */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
u64 hash64(u64 x);
int parse_u64(const char *s, u64 *out);	/* strict decimal; 0 ok, -1 bad */
u64 arg_u64(const char *opt, const char *s, u64 lo, u64 hi);
double arg_real(const char *opt, const char *s, double lo, double hi);
unsigned ilog2p1(u64 x);		/* floor(log2(x + 1)) */
struct cs_trace;
/* A cache size: PAGES, or P% of the trace's distinct pages (at least 1). */
size_t parse_size(const char *opt, const char *s, const struct cs_trace *t);

/* trace.c */
void trace_init(struct cs_trace *t);
void trace_free(struct cs_trace *t);
/* Append one record; returns 0 or -1 with *why set (limits). */
int trace_add(struct cs_trace *t, u64 seq, const struct simtrace_key *k, u64 page, u8 flags,
	      const char **why);
/* Load: returns 0, or -1 with the message in errbuf ("file:line: reason"). */
int trace_load(struct cs_trace *t, const char *path, enum cs_format fmt, u64 page_size,
	       char *errbuf, size_t errlen);
int trace_parse_text(struct cs_trace *t, const char *name, const char *buf, size_t len,
		     char *errbuf, size_t errlen);
int trace_parse_bin(struct cs_trace *t, const char *name, const u8 *buf, size_t len,
		    char *errbuf, size_t errlen);
int trace_parse_block(struct cs_trace *t, const char *name, const char *buf, size_t len,
		      u64 page_size, char *errbuf, size_t errlen);
int trace_write_text(const struct cs_trace *t, FILE *f);
int trace_write_bin(const struct cs_trace *t, FILE *f);
void key_format(const struct simtrace_key *k, char *buf, size_t len);
void flags_format(u8 flags, char *buf);	/* buf >= 6 */

/* policy.c: the common policy interface */
struct cs_policy;
struct cs_policy_ops {
	const char *name;
	const char *desc;
	const void *data;				/* per-policy constant (plugins) */
	void (*create)(struct cs_policy *p);		/* allocate p->priv */
	void (*destroy)(struct cs_policy *p);
	/* Access page id at trace position pos; return true on hit. */
	bool (*access)(struct cs_policy *p, u32 id, size_t pos);
	/* optional: false if this build cannot run the policy (no model) */
	bool (*available)(void);
};

struct cs_policy {
	const struct cs_policy_ops *ops;
	const struct cs_trace *trace;
	size_t cap;		/* cache size in pages, >= 1 */
	size_t used;		/* resident pages */
	size_t evictions;
	void (*evict_cb)(void *ctx, u32 id, size_t pos);
	void *evict_ctx;
	/*
	 * linux-family policies: called at every refault (a miss on a page
	 * with a shadow entry) with the learned_evict_features() vector and
	 * the decision taken; used by "label --rows refault".
	 */
	void (*refault_cb)(void *ctx, u32 id, size_t pos, const int32_t *x, bool activated);
	void *refault_ctx;
	u64 refaults, refault_activations, model_fallbacks;
	void *priv;
	/* policy options */
	unsigned lru2_ratio;	/* linux two-list: inactive * ratio >= active */
};

const struct cs_policy_ops *policy_find(const char *name);
bool policy_available(const struct cs_policy_ops *ops);
extern const struct cs_policy_ops *const cs_policies[];	/* NULL terminated */
struct cs_policy *policy_new(const struct cs_policy_ops *ops, const struct cs_trace *t,
			     size_t cap);
void policy_free(struct cs_policy *p);
/* Called by policies whenever a resident page leaves the cache. */
static inline void policy_evicted(struct cs_policy *p, u32 id, size_t pos)
{
	p->used--;
	p->evictions++;
	if (p->evict_cb)
		p->evict_cb(p->evict_ctx, id, pos);
}
/* Replay the whole trace, return misses.  hits[] optional (per access). */
u64 policy_run(struct cs_policy *p, u8 *hits);
u64 simulate(const char *policy, const struct cs_trace *t, size_t cap);

/* Intrusive doubly linked lists over per-id link arrays. */
struct dlinks { u32 *prev, *next; };
struct dlist { u32 head, tail; size_t size; };
void dl_alloc(struct dlinks *l, size_t n);
void dl_free(struct dlinks *l);
void dl_init(struct dlist *q);
void dl_push_head(struct dlinks *l, struct dlist *q, u32 id);
void dl_remove(struct dlinks *l, struct dlist *q, u32 id);
u32 dl_pop_tail(struct dlinks *l, struct dlist *q);

/* Indexed binary heap of ids, max-heap on (k1, k2): tools/lib/iheap.h */

/*
 * evict_model.c: the kernel's refault feature vector
 * (learned/include/linux/learned_evict_features.h) and the compiled-in
 * model learned/models/evict_refault.h, run by the kernel's inference
 * library.  A separate file because the kernel shim types clash with ours.
 */
#define CS_EVICT_NR_FEATURES 7
extern const char *const cs_evict_feature_names[CS_EVICT_NR_FEATURES];
void cs_evict_features(u64 distance, u64 workingset, u64 active, u64 inactive, u64 nrpages,
		       bool was_active, int32_t *x);
/* Model output (Q16.16 probability) in *out; 0, or -1 if there is no model / it failed. */
int cs_evict_predict(const int32_t *x, int32_t *out);
bool cs_evict_decide(int32_t out);		/* EVICT_REFAULT_DECIDE */
const char *cs_evict_model_provenance(void);	/* NULL without a model */
/* 0 if the model validates and takes CS_EVICT_NR_FEATURES inputs; else -1, *why set */
int cs_evict_model_check(const char **why);

/* opt.c */
u32 *opt_next_use(const struct cs_trace *t);	/* [n]; "never" = n + id */
u64 opt_naive_misses(const struct cs_trace *t, size_t cap, u8 *hits);

/* stackdist.c: Mattson stack distances (Fenwick tree over last-use times) */
/* dist[i] = LRU stack depth (1-based) of access i, 0 for a first access. */
u32 *stack_distances(const struct cs_trace *t);
/* misses of LRU at every size 1..maxsize from distances: out[c] for c<=maxsize */
void lru_mrc_from_distances(const struct cs_trace *t, const u32 *dist, size_t maxsize,
			    u64 *out);
void mattson_naive_curve(const struct cs_trace *t, size_t maxsize, u64 *out);

/* gen.c */
int gen_main(int argc, char **argv);
/* label.c */
int label_main(int argc, char **argv);

#endif /* CACHESIM_H */
