/*
 * gil_internal.h: the shared state of libgil (struct gil, struct
 * gil_thread), the policy vtable and the helpers the policies call for
 * statistics and tracing.  Not installed.
 *
 * Invariants:
 *  - breaker is the first member of struct gil (gil.h inlines its load).
 *  - A gil_thread_t's counters are written only by its own thread (relaxed
 *    atomics, load+store, no RMW), so readers never race and the fast path
 *    pays no locked instruction for statistics.  Reset subtracts a baseline
 *    instead of writing the owner's counters.
 *  - threads_lock protects the thread list, the dead-thread totals, the
 *    stats baselines and the trace buffer list; it is never taken on the
 *    take/drop path.
 */
#ifndef GIL_INTERNAL_H
#define GIL_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include "gil.h"

#define GIL__LIKELY(x) __builtin_expect(!!(x), 1)
#define GIL__UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- statistics (stats.c) --------------------------------------------- */

typedef struct gil__counters {
  _Atomic uint64_t hold_ns, wait_ns, acquisitions, contended, voluntary_drops,
      forced_drops, drop_requests, switches;
  _Atomic uint64_t wait_hist[GIL_HIST_BUCKETS];
  _Atomic uint64_t convoy_ns, convoy_waits; /* waits after a blocking call */
} gil__counters;

/* ---- tracing (trace.c) -------------------------------------------------- */

enum gil__ev_type {
  GIL__EV_ATTACH,  /* thread start; arg unused, name from the buffer */
  GIL__EV_DETACH,  /* thread end */
  GIL__EV_WANT,    /* started waiting */
  GIL__EV_TAKE,    /* holds */
  GIL__EV_DROP,    /* released; arg = reason */
  GIL__EV_REQUEST, /* set the drop request */
  GIL__EV_NAME,    /* renamed */
};
enum gil__drop_reason {
  GIL__DROP_VOLUNTARY = 0,
  GIL__DROP_FORCED = 1, /* honoured a drop request / legacy tick */
  GIL__DROP_DETACH = 2,
  GIL__DROP_BLOCKING = 3, /* gil_save_thread: around a blocking call */
};
/* A drop event's arg: the reason in the low bits, above them the 1-based
 * index of the embedder's label (gil_set_context_fn) in the buffer's table. */
#define GIL__DROP_REASON_MASK 0xffu
#define GIL__DROP_LABEL_SHIFT 8

typedef struct gil__event {
  uint64_t ts_ns; /* CLOCK_MONOTONIC */
  uint32_t type;
  uint32_t arg;
} gil__event;

typedef struct gil__tracebuf {
  gil__event *ev;
  size_t n, cap;
  char name[64];
  int tid;
  int overflow;
  char **labels; /* drop labels (gil_set_context_fn), owner + tb_lock */
  size_t nlabels, caplabels;
  struct gil__tracebuf *next; /* in gil->trace_bufs */
} gil__tracebuf;

/* ---- threads ------------------------------------------------------------ */

struct gil_thread {
  gil_t *gil;
  char name[64];
  pthread_t os_thread;
  int tid;     /* small id, attach order (trace rows) */
  uint64_t hold_start_ns;
  unsigned ticks; /* legacy policy: polls since the last release */
  int after_block; /* in gil_restore_thread's take (owner-only): convoy */

  /* fair policy state, guarded by the fair queue lock */
  uint64_t vrt_ns; /* contended GIL time used ("virtual runtime") */

  /* The fast path touches holding, timed and the first counters: keep
   * them on one cache line. */
  _Atomic int holding; /* written by the owner (relaxed); trace start reads */
  int timed;           /* this hold has a start timestamp (owner-only) */
  gil__counters c;
  gil__counters base;           /* reset baseline (threads_lock) */
  _Atomic uint64_t max_wait_ns; /* owner writes, reset zeroes */
  _Atomic uint64_t hold_since_ns; /* for readers: 0 = not holding/untimed */

  /* Current trace buffer or NULL.  tb_lock (taken only while tracing)
   * guards tb and the buffer's contents: the owner appends, start/stop and
   * detach swap it.  Lock order: threads_lock, then tb_lock. */
  pthread_mutex_t tb_lock;
  gil__tracebuf *tb;

  struct gil_thread *next, *prev; /* gil->threads, threads_lock */
  struct gil_thread *tls_next;    /* this OS thread's attachments */
};

/* ---- policies ------------------------------------------------------------ */

typedef struct gil__policy_ops {
  const char *name;
  int (*init)(gil_t *g);
  void (*destroy)(gil_t *g);
  /* Blocks until t holds.  Returns 1 if it had to wait. */
  int (*take)(gil_t *g, gil_thread_t *t);
  /* Releases; forced says a drop request is being honoured. */
  void (*drop)(gil_t *g, gil_thread_t *t, int forced);
  /* Called from gil_breaker_poll with the word it saw. */
  void (*poll)(gil_t *g, gil_thread_t *t, uint32_t word);
  /* In a fork child: re-create locks, make t the holder. */
  void (*after_fork)(gil_t *g, gil_thread_t *t);
} gil__policy_ops;

extern const gil__policy_ops gil__policy_cpython;
extern const gil__policy_ops gil__policy_legacy;
extern const gil__policy_ops gil__policy_fair;

/* ---- the gil -------------------------------------------------------------- */

struct gil {
  struct gil__head head; /* breaker: must stay first */
  const gil__policy_ops *ops;
  gil_policy policy;
  _Atomic unsigned interval_us;
  _Atomic unsigned ticks;
  int stats;
  int fair_fast; /* fair policy with its clock-free fast path */
  /* What gil_take/gil_drop may skip, folded into one word so the fast
   * path tests one thing: 0 general path; GIL__FAST_BARE fair fast path,
   * no stats; GIL__FAST_COUNT fair fast path with counters.  0 while
   * tracing (events need the general path) or without membarrier(). */
  _Atomic int fastmode;
  gil_log_fn log;
  void *log_userdata;

  _Atomic int waiting;                 /* threads blocked in take */
  _Atomic(gil_thread_t *) last_holder; /* for the switch count */

  pthread_mutex_t threads_lock;
  gil_thread_t *threads, *threads_tail;
  int next_tid;
  gil__counters dead; /* totals of detached threads (threads_lock) */
  uint64_t dead_max_wait_ns;
  _Atomic uint64_t stats_t0_ns; /* gil_new / last reset: report's wall time */
  struct gil__dead_thread *dead_threads; /* per-thread rows of detached */
  int n_dead_threads;                    /* threads since reset (lock) */

  /* tracing */
  _Atomic int tracing;
  char *trace_path;
  uint64_t trace_t0_ns;
  gil__tracebuf *trace_bufs; /* every buffer of this trace */
  _Atomic(gil_context_fn) context_fn; /* labels drops while tracing */
  void *context_ud;

  /* The fair policy's words, here so that gil_take/gil_drop can inline
   * its fast paths (see policy_fair.c): `fast` is LOCKED|TIMED, `fq` is
   * non-zero while threads are (or may be) queued. */
  _Atomic uint32_t fast;
  _Atomic uint32_t fq;
  int fair_full_fence; /* no membarrier(): drops need a real fence */

  void *pol; /* the policy's private state */
};

#define GIL__FAST_BARE 1
#define GIL__FAST_COUNT 2
void gil__update_fastmode(gil_t *g);

#define GIL__F_LOCKED 1u /* someone holds the GIL */
#define GIL__F_TIMED 4u  /* the fair queue's hold_since is this hold's start */

/* policy_fair.c: the drop paths after the inlined checks. */
void gil__fair_drop_queued(gil_t *g, gil_thread_t *t);
void gil__fair_rescue(gil_t *g, gil_thread_t *t);

/* ---- core helpers (gil.c) ------------------------------------------------ */

uint64_t gil__now_ns(void);
void gil__fatal(const char *what, int err) __attribute__((noreturn));
void gil__log(gil_t *g, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define GIL__CHECK(call)                                                       \
  do {                                                                         \
    int gil__rc = (call);                                                      \
    if (GIL__UNLIKELY(gil__rc != 0))                                           \
      gil__fatal(#call, gil__rc);                                              \
  } while (0)

void gil__mutex_init(pthread_mutex_t *m);
void gil__cond_init(pthread_cond_t *c); /* CLOCK_MONOTONIC */
/* Waits until abs_ns (CLOCK_MONOTONIC); returns 1 on timeout. */
int gil__cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
                        uint64_t abs_ns);

/* Policies call these on their slow paths (t is the waiter). */
void gil__wait_begin(gil_t *g, gil_thread_t *t);
void gil__wait_end(gil_t *g, gil_thread_t *t, uint64_t began_ns);
void gil__note_drop_request(gil_t *g, gil_thread_t *t);
/* Drop then take again for t, honouring a request (forced) or not. */
void gil__cycle(gil_t *g, gil_thread_t *t, int forced);

static inline void gil__breaker_or(gil_t *g, uint32_t bits) {
  atomic_fetch_or_explicit(&g->head.breaker, bits, memory_order_relaxed);
}
static inline void gil__breaker_and(gil_t *g, uint32_t bits) {
  atomic_fetch_and_explicit(&g->head.breaker, bits, memory_order_relaxed);
}

/* Owner-only counter bump: a relaxed load and store, no locked op. */
static inline void gil__bump(_Atomic uint64_t *c, uint64_t by) {
  atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + by,
                        memory_order_relaxed);
}

/* ---- stats.c ---------------------------------------------------------------- */

int gil__hist_bucket(uint64_t ns);
void gil__counters_add(gil__counters *dst, const gil__counters *src,
                       const gil__counters *minus);
void gil__stats_fold_dead(gil_t *g, gil_thread_t *t); /* threads_lock held */
/* A detached thread's numbers, kept for per-thread reports. */
typedef struct gil__dead_thread {
  char name[64];
  int tid;
  gil_stats st;
  struct gil__dead_thread *next; /* newest first */
} gil__dead_thread;
void gil__stats_free_dead(gil_t *g); /* threads_lock held or gil_free */

/* ---- trace.c ------------------------------------------------------------------- */

void gil__trace_event_slow(gil_t *g, gil_thread_t *t, uint32_t type,
                           uint32_t arg);
static inline void gil__trace(gil_t *g, gil_thread_t *t, uint32_t type,
                              uint32_t arg) {
#ifdef GIL_NO_OBS /* -DGIL_OBS=OFF: hooks compiled out, for measuring */
  (void)g, (void)t, (void)type, (void)arg;
#else
  /* Off: one relaxed load and a predictable branch. */
  if (GIL__UNLIKELY(atomic_load_explicit(&g->tracing, memory_order_relaxed)))
    gil__trace_event_slow(g, t, type, arg);
#endif
}
void gil__trace_thread_gone(gil_t *g, gil_thread_t *t); /* threads_lock held */
void gil__trace_free_all(gil_t *g);
/* The events of bufs[0..nb) in time order: out[k] is the buffer index of
 * the k-th event (take each buffer's events in turn).  Sorts each buffer
 * in place first (they are in order but for the synthetic take at a
 * trace's start).  Ties keep buffer order.  0 or GIL_ENOMEM. */
int gil__trace_merge(gil__tracebuf *const *bufs, size_t nb, uint32_t *out);
/* The label of a drop event (its arg), or NULL. */
const char *gil__tb_label_at(const gil__tracebuf *b, uint32_t arg);
/* trace_html.c: the self-contained HTML timeline, chosen by extension. */
int gil__trace_is_html(const char *path);
int gil__trace_write_html(gil_t *g, FILE *f, gil__tracebuf *bufs,
                          uint64_t end);

#endif /* GIL_INTERNAL_H */
