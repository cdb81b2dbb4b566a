/* SPDX-License-Identifier: GPL-2.0 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM learned
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE learned_sched

#if !defined(_TRACE_LEARNED_SCHED_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_LEARNED_SCHED_H

#include <linux/learned_sched_features.h>
#include <linux/tracepoint.h>

int learned_sched_trace_reg(void);
void learned_sched_trace_unreg(void);

/*
 * learned_sched_migrate - a load-balance migration decision, by stock or
 * by a policy.  Carries the raw context (tools/schedtrace turns it into
 * the features of include/linux/learned_sched_features.h), stock's answer
 * and the decision taken, so a traced run is training data.  While the
 * event is enabled, stock decisions are traced too.
 */
TRACE_EVENT_FN(learned_sched_migrate,

	TP_PROTO(pid_t pid, const struct learned_sched_migrate_ctx *c,
		 bool stock, bool migrate),

	TP_ARGS(pid, c, stock, migrate),

	TP_STRUCT__entry(
		__field(pid_t,	pid)
		__field(s64,	delta_ns)
		__field(u32,	migration_cost)
		__field(u32,	task_load)
		__field(u32,	nr_balance_failed)
		__field(u32,	cache_nice_tries)
		__field(u32,	src_nr_running)
		__field(u32,	dst_nr_running)
		__field(u32,	src_cpu)
		__field(u32,	dst_cpu)
		__field(u8,	idle)
		__field(u8,	buddy)
		__field(u8,	exempt)
		__field(bool,	stock)
		__field(bool,	migrate)
	),

	TP_fast_assign(
		__entry->pid			= pid;
		__entry->delta_ns		= c->delta_ns;
		__entry->migration_cost		= c->migration_cost;
		__entry->task_load		= c->task_load;
		__entry->nr_balance_failed	= c->nr_balance_failed;
		__entry->cache_nice_tries	= c->cache_nice_tries;
		__entry->src_nr_running		= c->src_nr_running;
		__entry->dst_nr_running		= c->dst_nr_running;
		__entry->src_cpu		= c->src_cpu;
		__entry->dst_cpu		= c->dst_cpu;
		__entry->idle			= c->idle;
		__entry->buddy			= c->buddy;
		__entry->exempt			= c->exempt;
		__entry->stock			= stock;
		__entry->migrate		= migrate;
	),

	TP_printk("pid=%d delta_ns=%lld migration_cost=%u task_load=%u nr_balance_failed=%u cache_nice_tries=%u src_nr_running=%u dst_nr_running=%u src_cpu=%u dst_cpu=%u idle=%u buddy=%u exempt=%u stock=%d migrate=%d",
		  __entry->pid, __entry->delta_ns, __entry->migration_cost,
		  __entry->task_load, __entry->nr_balance_failed,
		  __entry->cache_nice_tries, __entry->src_nr_running,
		  __entry->dst_nr_running, __entry->src_cpu, __entry->dst_cpu,
		  __entry->idle, __entry->buddy, __entry->exempt,
		  __entry->stock, __entry->migrate),

	learned_sched_trace_reg, learned_sched_trace_unreg
);

/*
 * learned_sched_wake - a wake-affine decision, by stock or by a policy,
 * with its raw context, stock's answer and the decision taken.  Joined
 * with the next sched_switch to the task, it gives the run-queue delay
 * that followed the placement (the outcome label of tools/schedtrace).
 */
TRACE_EVENT_FN(learned_sched_wake,

	TP_PROTO(pid_t pid, const struct learned_sched_wake_ctx *c,
		 bool stock, bool affine),

	TP_ARGS(pid, c, stock, affine),

	TP_STRUCT__entry(
		__field(pid_t,	pid)
		__field(u64,	this_load)
		__field(u64,	prev_load)
		__field(u64,	task_load)
		__field(u64,	cur_load)
		__field(u32,	this_cap)
		__field(u32,	prev_cap)
		__field(u32,	this_nr_running)
		__field(u32,	prev_nr_running)
		__field(u32,	this_cpu)
		__field(u32,	prev_cpu)
		__field(u32,	imbalance_pct)
		__field(u8,	sync)
		__field(u8,	this_idle)
		__field(u8,	prev_idle)
		__field(u8,	share_cache)
		__field(bool,	stock)
		__field(bool,	affine)
	),

	TP_fast_assign(
		__entry->pid			= pid;
		__entry->this_load		= c->this_load;
		__entry->prev_load		= c->prev_load;
		__entry->task_load		= c->task_load;
		__entry->cur_load		= c->cur_load;
		__entry->this_cap		= c->this_cap;
		__entry->prev_cap		= c->prev_cap;
		__entry->this_nr_running	= c->this_nr_running;
		__entry->prev_nr_running	= c->prev_nr_running;
		__entry->this_cpu		= c->this_cpu;
		__entry->prev_cpu		= c->prev_cpu;
		__entry->imbalance_pct		= c->imbalance_pct;
		__entry->sync			= c->sync;
		__entry->this_idle		= c->this_idle;
		__entry->prev_idle		= c->prev_idle;
		__entry->share_cache		= c->share_cache;
		__entry->stock			= stock;
		__entry->affine			= affine;
	),

	TP_printk("pid=%d this_load=%llu prev_load=%llu task_load=%llu cur_load=%llu this_cap=%u prev_cap=%u this_nr_running=%u prev_nr_running=%u this_cpu=%u prev_cpu=%u imbalance_pct=%u sync=%u this_idle=%u prev_idle=%u share_cache=%u stock=%d affine=%d",
		  __entry->pid, __entry->this_load, __entry->prev_load,
		  __entry->task_load, __entry->cur_load, __entry->this_cap,
		  __entry->prev_cap, __entry->this_nr_running,
		  __entry->prev_nr_running, __entry->this_cpu,
		  __entry->prev_cpu, __entry->imbalance_pct, __entry->sync,
		  __entry->this_idle, __entry->prev_idle, __entry->share_cache,
		  __entry->stock, __entry->affine),

	learned_sched_trace_reg, learned_sched_trace_unreg
);

/*
 * learned_sched_tune - one sampling interval of the sched_tune hook: the
 * phase features' raw inputs, the stock wake-up granularity, the policy's
 * answer and the value in force after hysteresis.
 */
TRACE_EVENT(learned_sched_tune,

	TP_PROTO(const struct learned_sched_tune_ctx *c, unsigned int stock,
		 unsigned int answer, unsigned int gran),

	TP_ARGS(c, stock, answer, gran),

	TP_STRUCT__entry(
		__field(u64,		interval_ns)
		__field(u64,		switches)
		__field(u64,		nr_running)
		__field(u32,		nr_cpus)
		__field(unsigned int,	stock)
		__field(unsigned int,	answer)
		__field(unsigned int,	gran)
	),

	TP_fast_assign(
		__entry->interval_ns	= c->interval_ns;
		__entry->switches	= c->switches;
		__entry->nr_running	= c->nr_running;
		__entry->nr_cpus	= c->nr_cpus;
		__entry->stock		= stock;
		__entry->answer		= answer;
		__entry->gran		= gran;
	),

	TP_printk("interval_ns=%llu switches=%llu nr_running=%llu nr_cpus=%u stock=%u answer=%u gran=%u",
		  __entry->interval_ns, __entry->switches, __entry->nr_running,
		  __entry->nr_cpus, __entry->stock, __entry->answer,
		  __entry->gran)
);

#endif /* _TRACE_LEARNED_SCHED_H */

/* This part must be outside protection */
#include <trace/define_trace.h>
