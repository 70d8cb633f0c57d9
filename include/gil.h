/*
 * gil.h: libgil, an embeddable Global Interpreter Lock.
 *
 * One gil_t serialises the threads of one interpreter: a thread registers
 * itself with gil_thread_attach(), then brackets the work that needs the
 * interpreter with gil_take()/gil_drop().  The interpreter loop polls the
 * "eval breaker" word with gil_breaker_pending() (one relaxed load) and calls
 * gil_breaker_poll() when it is non-zero; blocking calls are wrapped in
 * GIL_BEGIN_ALLOW_THREADS / GIL_END_ALLOW_THREADS.  libgil knows nothing of
 * Python; see docs/gil.md for the algorithms and an embedding example.
 *
 * Thread rules: every function taking a gil_thread_t* must be called by the
 * thread that attached it, except gil_thread_stats() and the stats/trace
 * functions, which any thread may call at any time.  gil_pending_set() is
 * async-signal-safe.  No function needs the GIL held unless it says so.
 */
#ifndef GIL_H
#define GIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "gil_version.h"

#if defined(__cplusplus)
#error "gil.h is a C11 header (it uses _Atomic in its inline breaker check)"
#endif

#include <stdatomic.h>

#if defined(_WIN32)
#define GIL_API
#else
#define GIL_API __attribute__((visibility("default")))
#endif

/* ---- errors ----------------------------------------------------------- */

/* Functions that can fail return 0 or one of these (always negative). */
enum {
  GIL_OK = 0,
  GIL_EINVAL = -1,  /* bad argument */
  GIL_ENOMEM = -2,  /* out of memory */
  GIL_ESTATE = -3,  /* wrong state: take while holding, drop while not, ... */
  GIL_EBUSY = -4,   /* still in use: gil_free with attached threads, ... */
  GIL_EIO = -5,     /* the trace file could not be written */
  GIL_ENOTSUP = -6, /* not supported by this policy or build */
};

/* A static English message for a GIL_E* code ("unknown error" otherwise). */
GIL_API const char *gil_strerror(int err);

/* The library's version, e.g. "1.0.0"; compare with GIL_VERSION_STRING. */
GIL_API const char *gil_version_string(void);

/* ---- types and configuration ------------------------------------------ */

typedef struct gil gil_t;               /* one per interpreter */
typedef struct gil_thread gil_thread_t; /* one per attached OS thread */

typedef enum gil_policy {
  GIL_POLICY_FAIR = 0,    /* default: fast path, direct handoff, I/O first */
  GIL_POLICY_CPYTHON = 1, /* CPython 3.2+: interval wait + drop request */
  GIL_POLICY_LEGACY = 2,  /* Python 2: release/re-acquire every N ticks */
} gil_policy;
#define GIL_POLICY_COUNT 3

/* "fair", "cpython", "legacy" -> the policy, or GIL_EINVAL. */
GIL_API int gil_policy_from_name(const char *name);
/* The policy's name, or "unknown". */
GIL_API const char *gil_policy_name(int policy);

/* Log levels passed to the log callback. */
enum { GIL_LOG_ERROR = 0, GIL_LOG_WARN = 1, GIL_LOG_INFO = 2, GIL_LOG_DEBUG = 3 };
typedef void (*gil_log_fn)(void *userdata, int level, const char *message);

typedef struct gil_config {
  gil_policy policy;        /* GIL_POLICY_FAIR */
  unsigned interval_us;     /* switch interval, 5000 µs */
  unsigned ticks;           /* legacy policy: polls between releases, 100 */
  int stats;                /* 0: none; 1: counters, and hold times of
                               contended holds (default, no clock read on
                               the fair fast path); 2: time every hold */
  gil_log_fn log;           /* NULL: the library never prints */
  void *log_userdata;
} gil_config;

/* Fills *cfg with the defaults; always call it before setting fields, so
 * fields added later get sane values. */
GIL_API void gil_config_init(gil_config *cfg);

/* ---- lifetime --------------------------------------------------------- */

/* A new GIL, free (no holder); NULL on bad config or out of memory.
 * cfg may be NULL for the defaults. */
GIL_API gil_t *gil_new(const gil_config *cfg);
/* Frees the GIL and every gil_thread_t still attached to it; no thread may
 * use it afterwards (including the attached ones).  Stops a running trace
 * (writing its file). */
GIL_API void gil_free(gil_t *gil);

GIL_API gil_policy gil_get_policy(const gil_t *gil);

/* The switch interval; may be changed at any time from any thread and takes
 * effect at the next wait.  0 is GIL_EINVAL. */
GIL_API int gil_set_interval_us(gil_t *gil, unsigned us);
GIL_API unsigned gil_get_interval_us(const gil_t *gil);
/* The legacy policy's tick count (ignored by other policies); 0 is EINVAL. */
GIL_API int gil_set_ticks(gil_t *gil, unsigned ticks);
GIL_API unsigned gil_get_ticks(const gil_t *gil);

/* ---- threads ---------------------------------------------------------- */

/* Registers the calling thread (name may be NULL; it is copied) and makes
 * it the thread gil_current() returns.  Does not take the GIL.  NULL if out
 * of memory or if the thread is already attached to this gil. */
GIL_API gil_thread_t *gil_thread_attach(gil_t *gil, const char *name);
/* Unregisters the calling thread; drops the GIL first if it holds it.  Its
 * statistics stay in the totals. */
GIL_API void gil_thread_detach(gil_thread_t *t);
GIL_API int gil_thread_set_name(gil_thread_t *t, const char *name);
/* The thread's name (valid until the next set_name or detach). */
GIL_API const char *gil_thread_name(const gil_thread_t *t);
GIL_API gil_t *gil_thread_gil(const gil_thread_t *t);
/* The calling thread's gil_thread_t for this gil, or NULL if not attached. */
GIL_API gil_thread_t *gil_current(gil_t *gil);

/* ---- taking and dropping ---------------------------------------------- */

/* Blocks until the calling thread holds the GIL.  GIL_ESTATE if it already
 * does.  A drop counts as voluntary. */
GIL_API int gil_take(gil_thread_t *t);
GIL_API int gil_drop(gil_thread_t *t);
/* Non-zero if t holds the GIL now (only meaningful from t's own thread). */
GIL_API int gil_holds(const gil_thread_t *t);
/* Drops the GIL and takes it back, letting a waiter in first if there is
 * one (like sleep(0)); counted as a voluntary drop.  Needs the GIL. */
GIL_API int gil_yield(gil_thread_t *t);
/* How many threads are blocked in take right now (a snapshot). */
GIL_API int gil_waiting(const gil_t *gil);

/* ---- the eval breaker -------------------------------------------------- */

/*
 * One atomic 32-bit word per GIL.  Bit 0 is the drop request, bit 1 is the
 * legacy policy's tick bit; bits 2..31 belong to the embedder (signals,
 * async exceptions, pending calls).  The interpreter loop does, at backward
 * jumps and calls:
 *
 *     if (gil_breaker_pending(gil)) {
 *         uint32_t mine = gil_breaker_poll(thread);   // may switch threads
 *         if (mine) handle_pending_work(mine);        // embedder's bits
 *     }
 *
 * Under the legacy policy the tick bit is always set, so every check point
 * calls gil_breaker_poll(), which counts one tick per call.
 */
#define GIL_BREAKER_DROP (1u << 0)
#define GIL_BREAKER_TICK (1u << 1)
#define GIL_BREAKER_RESERVED (GIL_BREAKER_DROP | GIL_BREAKER_TICK)
#define GIL_PENDING_USER(n) (1u << (2 + (n))) /* n in 0..29 */

/* Layout shared with the library: the breaker is the first member of the
 * (otherwise opaque) struct gil, so the check inlines to one load. */
struct gil__head {
  _Atomic uint32_t breaker;
};

/* The breaker word's address, for embedders that cache it. */
GIL_API const _Atomic uint32_t *gil_breaker(gil_t *gil);

static inline uint32_t gil_breaker_pending(gil_t *gil) {
  return atomic_load_explicit(&((struct gil__head *)(void *)gil)->breaker,
                              memory_order_relaxed);
}

/* Sets / clears embedder bits (GIL_BREAKER_RESERVED bits are ignored).
 * gil_pending_set is async-signal-safe (one atomic OR). */
GIL_API void gil_pending_set(gil_t *gil, uint32_t bits);
GIL_API void gil_pending_clear(gil_t *gil, uint32_t bits);

/* Called by the holder when gil_breaker_pending() is non-zero.  Honours a
 * drop request (drops, lets the requester in, takes the GIL back: a forced
 * drop) and counts legacy ticks; returns the embedder's pending bits (it
 * does not clear them).  Needs the GIL; returns with it held. */
GIL_API uint32_t gil_breaker_poll(gil_thread_t *t);

/* Asks the holder to drop at its next poll, as a waiter would (for tests
 * and embedders that preempt explicitly). */
GIL_API void gil_request_drop(gil_t *gil);

/* ---- releasing around blocking calls ----------------------------------- */

/* Drops the GIL held by the calling thread and returns its thread state
 * (NULL if the caller is not attached or does not hold the GIL, in which
 * case nothing is done).  A voluntary drop. */
GIL_API gil_thread_t *gil_save_thread(gil_t *gil);
/* Takes the GIL back for a thread returned by gil_save_thread (no-op on
 * NULL). */
GIL_API void gil_restore_thread(gil_thread_t *t);

#define GIL_BEGIN_ALLOW_THREADS(gil)                                           \
  {                                                                            \
    gil_thread_t *gil__saved_thread = gil_save_thread(gil);
#define GIL_END_ALLOW_THREADS                                                  \
  gil_restore_thread(gil__saved_thread);                                       \
  }

/* ---- fork -------------------------------------------------------------- */

/* In the child after fork(): re-creates the locks, forgets every other
 * thread (frees their states) and makes the calling (forking) thread the
 * holder.  The forking thread should hold the GIL across fork() (as CPython
 * does) and must be attached.  GIL_ESTATE if it is not attached. */
GIL_API int gil_after_fork_child(gil_t *gil);

/* ---- statistics --------------------------------------------------------- */

/* Wait histogram: bucket 0 counts waits < 1 µs, bucket i (i >= 1) waits in
 * [2^(i-1), 2^i) µs; the last bucket collects everything longer. */
#define GIL_HIST_BUCKETS 24

typedef struct gil_stats {
  uint64_t hold_ns;         /* time holding the GIL (see cfg.stats) */
  uint64_t wait_ns;         /* time blocked in take waiting for it */
  uint64_t acquisitions;    /* successful takes (including retakes) */
  uint64_t contended;       /* takes that had to wait */
  uint64_t voluntary_drops; /* drop, save_thread, yield */
  uint64_t forced_drops;    /* drops that honoured a drop request or tick */
  uint64_t drop_requests;   /* drop requests this thread made (waiting) */
  uint64_t switches;        /* takes that followed another thread's hold */
  uint64_t max_wait_ns;     /* longest single wait */
  uint64_t wait_hist[GIL_HIST_BUCKETS];
  /* The convoy indicator: waits for the GIL right after a blocking call
   * (gil_restore_thread), i.e. time a thread was runnable again but queued
   * behind CPU-bound holders. */
  uint64_t convoy_ns;
  uint64_t convoy_waits;
} gil_stats;

/* Totals over all threads ever attached since the last reset. */
GIL_API int gil_stats_get(gil_t *gil, gil_stats *out);
/* One thread's numbers (hold time includes the current hold, if any). */
GIL_API int gil_thread_stats(const gil_thread_t *t, gil_stats *out);
/* Calls fn for every attached thread, in attach order; stops early and
 * returns fn's value if it returns non-zero.  fn must not call into the
 * gil (an internal lock is held). */
typedef int (*gil_thread_visit_fn)(void *userdata, const gil_thread_t *t,
                                   const char *name, const gil_stats *st);
GIL_API int gil_stats_foreach(gil_t *gil, gil_thread_visit_fn fn,
                              void *userdata);
/* Like gil_stats_foreach, but first visits the threads that detached since
 * the last reset (t is NULL for them; their rows are kept, up to 1024, then
 * merged into one "(other ended)" row), oldest first.  Per-thread reports
 * use it so threads that ended before the report still show. */
GIL_API int gil_stats_foreach_all(gil_t *gil, gil_thread_visit_fn fn,
                                  void *userdata);
/* Starts all counters again from zero. */
GIL_API void gil_stats_reset(gil_t *gil);
/* The total GIL time share of one thread since the last reset, in [0,1]. */
GIL_API double gil_stats_hold_share(gil_t *gil, const gil_thread_t *t);
/* A human-readable table (one line per attached thread, then the totals)
 * written into buf like snprintf: returns the length the whole text needs
 * (excluding the NUL), or a negative GIL_E*.  For -X gilstats style
 * reports; the library itself never prints. */
GIL_API int gil_stats_format(gil_t *gil, char *buf, size_t len);
/* The full report a person reads (-X gilstats): policy and interval; per
 * thread by name: hold and wait time (ms and % of the wall time since the
 * last reset or gil_new), acquisitions, voluntary and forced drops, longest
 * wait, a compact wait histogram; totals; the convoy indicator.  Any
 * thread may call it.  0, or GIL_EIO if writing failed. */
GIL_API int gil_stats_report(gil_t *gil, FILE *out);
/* Nanoseconds since the last gil_stats_reset (or gil_new): the wall time
 * the percentages of the report refer to. */
GIL_API uint64_t gil_stats_elapsed_ns(gil_t *gil);

/* ---- tracing ------------------------------------------------------------ */

/* Starts recording events (wants, takes, drop requests, drops with their
 * reason, thread attach/detach with names) into per-thread buffers.
 * GIL_EBUSY if a trace is already running, GIL_EIO if path cannot be
 * opened for writing (checked now). */
GIL_API int gil_trace_start(gil_t *gil, const char *path);
/* Stops and writes the Chrome Trace Event Format JSON (loads in Perfetto,
 * chrome://tracing), or, when the path ends in ".html" or ".htm", one
 * self-contained HTML page (no network, no scripts from elsewhere) drawing
 * the timeline as zoomable SVG with the statistics table of
 * gil_stats_report.  GIL_ESTATE if no trace runs, GIL_EIO on write error. */
GIL_API int gil_trace_stop(gil_t *gil);
GIL_API int gil_trace_active(const gil_t *gil);
/* While a trace runs, every drop calls fn (on the dropping thread, which
 * still holds the GIL) for a short label of what it was running, e.g. the
 * interpreter's current function; the text is copied, NULL means none.  It
 * shows as args.function of the JSON holding slices.  Set it before
 * starting a trace; NULL turns it off. */
typedef const char *(*gil_context_fn)(void *userdata);
GIL_API void gil_set_context_fn(gil_t *gil, gil_context_fn fn,
                                void *userdata);

#endif /* GIL_H */
