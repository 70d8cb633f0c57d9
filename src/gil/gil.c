/*
 * gil.c: libgil's core.  Configuration, lifetime, thread attachment, the
 * policy-independent half of take/drop (statistics, tracing, holder
 * bookkeeping), the eval breaker, save/restore and fork support.  The
 * locking algorithms themselves live in policy_*.c behind gil__policy_ops.
 *
 * Time accounting trade-off: a precise CLOCK_MONOTONIC read costs ~20 ns
 * here, more than the whole uncontended fair take+drop, so the fair
 * policy's fast path reads no clock.  Its holds are timed when they begin
 * on the contended path (a handoff or a wait); with cfg.stats = 2 every
 * hold is timed.  The mutex-based policies always time their holds (their
 * take costs a mutex round trip anyway).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gil_internal.h"

/* ---- small utilities ------------------------------------------------- */

uint64_t gil__now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void gil__fatal(const char *what, int err) {
  /* A failed pthread call means a broken invariant: continuing could let
   * two threads run the interpreter at once. */
  fprintf(stderr, "libgil: fatal: %s failed: %s\n", what, strerror(err));
  abort();
}

void gil__log(gil_t *g, int level, const char *fmt, ...) {
  if (!g || !g->log)
    return;
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  g->log(g->log_userdata, level, buf);
}

void gil__mutex_init(pthread_mutex_t *m) {
  GIL__CHECK(pthread_mutex_init(m, NULL));
}

void gil__cond_init(pthread_cond_t *c) {
  pthread_condattr_t a;
  GIL__CHECK(pthread_condattr_init(&a));
  GIL__CHECK(pthread_condattr_setclock(&a, CLOCK_MONOTONIC));
  GIL__CHECK(pthread_cond_init(c, &a));
  pthread_condattr_destroy(&a);
}

int gil__cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m,
                        uint64_t abs_ns) {
  struct timespec ts = {.tv_sec = (time_t)(abs_ns / 1000000000u),
                        .tv_nsec = (long)(abs_ns % 1000000000u)};
  int rc = pthread_cond_timedwait(c, m, &ts);
  if (rc == ETIMEDOUT)
    return 1;
  if (rc != 0)
    gil__fatal("pthread_cond_timedwait", rc);
  return 0;
}

const char *gil_strerror(int err) {
  switch (err) {
  case GIL_OK: return "success";
  case GIL_EINVAL: return "invalid argument";
  case GIL_ENOMEM: return "out of memory";
  case GIL_ESTATE: return "wrong state for this call";
  case GIL_EBUSY: return "resource busy";
  case GIL_EIO: return "input/output error";
  case GIL_ENOTSUP: return "not supported";
  default: return "unknown error";
  }
}

const char *gil_version_string(void) { return GIL_VERSION_STRING; }

static const char *const gil__policy_names[GIL_POLICY_COUNT] = {
    [GIL_POLICY_FAIR] = "fair",
    [GIL_POLICY_CPYTHON] = "cpython",
    [GIL_POLICY_LEGACY] = "legacy",
};

int gil_policy_from_name(const char *name) {
  if (!name)
    return GIL_EINVAL;
  for (int i = 0; i < GIL_POLICY_COUNT; i++)
    if (strcmp(name, gil__policy_names[i]) == 0)
      return i;
  return GIL_EINVAL;
}

const char *gil_policy_name(int policy) {
  if (policy < 0 || policy >= GIL_POLICY_COUNT)
    return "unknown";
  return gil__policy_names[policy];
}

void gil_config_init(gil_config *cfg) {
  if (!cfg)
    return;
  memset(cfg, 0, sizeof *cfg);
  cfg->policy = GIL_POLICY_FAIR;
  cfg->interval_us = 5000;
  cfg->ticks = 100;
  cfg->stats = 1;
}

/* ---- lifetime ------------------------------------------------------------ */

/* struct gil is allocated with its thread key just behind it: the calling
 * thread's gil_thread_t is a pthread key per gil, so that gil_free() leaves
 * no dangling per-thread pointers behind in other threads. */
typedef struct gil__alloc {
  struct gil g;
  pthread_key_t key;
} gil__alloc;

static pthread_key_t *gil__key(gil_t *g) { return &((gil__alloc *)g)->key; }

static const gil__policy_ops *gil__ops_for(gil_policy p) {
  switch (p) {
  case GIL_POLICY_FAIR: return &gil__policy_fair;
  case GIL_POLICY_CPYTHON: return &gil__policy_cpython;
  case GIL_POLICY_LEGACY: return &gil__policy_legacy;
  }
  return NULL;
}

gil_t *gil_new(const gil_config *cfg) {
  gil_config def;
  if (!cfg) {
    gil_config_init(&def);
    cfg = &def;
  }
  const gil__policy_ops *ops = gil__ops_for(cfg->policy);
  if (!ops || cfg->interval_us == 0 || cfg->ticks == 0 || cfg->stats < 0 ||
      cfg->stats > 2)
    return NULL;
  gil__alloc *a = calloc(1, sizeof *a);
  if (!a)
    return NULL;
  gil_t *g = &a->g;
  if (pthread_key_create(&a->key, NULL) != 0) {
    free(a);
    return NULL;
  }
  atomic_init(&g->head.breaker, 0);
  g->ops = ops;
  g->policy = cfg->policy;
  atomic_init(&g->interval_us, cfg->interval_us);
  atomic_init(&g->ticks, cfg->ticks);
  g->stats = cfg->stats;
#ifdef GIL_NO_OBS
  g->stats = 0; /* -DGIL_OBS=OFF: no counters (measuring their cost) */
#endif
  /* Only the fair policy has a clock-free fast path; stats = 2 asks for
   * every hold to be timed, which needs the clock. */
  g->fair_fast = cfg->policy == GIL_POLICY_FAIR && cfg->stats != 2;
  g->log = cfg->log;
  g->log_userdata = cfg->log_userdata;
  atomic_init(&g->waiting, 0);
  atomic_init(&g->fast, 0);
  atomic_init(&g->last_holder, NULL);
  atomic_init(&g->tracing, 0);
  atomic_init(&g->context_fn, NULL);
  atomic_init(&g->stats_t0_ns, gil__now_ns());
  gil__mutex_init(&g->threads_lock);
  atomic_init(&g->fastmode, 0);
  if (ops->init(g) != 0) {
    pthread_mutex_destroy(&g->threads_lock);
    pthread_key_delete(a->key);
    free(a);
    return NULL;
  }
  gil__update_fastmode(g);
  gil__log(g, GIL_LOG_DEBUG, "libgil %s: policy %s, interval %u us",
           GIL_VERSION_STRING, ops->name, cfg->interval_us);
  return g;
}

void gil_free(gil_t *g) {
  if (!g)
    return;
  if (atomic_load(&g->tracing))
    gil_trace_stop(g);
  gil__trace_free_all(g);
  gil__stats_free_dead(g);
  gil_thread_t *t = g->threads;
  while (t) {
    gil_thread_t *n = t->next;
    pthread_mutex_destroy(&t->tb_lock);
    free(t);
    t = n;
  }
  g->ops->destroy(g);
  pthread_mutex_destroy(&g->threads_lock);
  pthread_key_delete(*gil__key(g));
  free((gil__alloc *)g);
}

gil_policy gil_get_policy(const gil_t *g) { return g->policy; }

int gil_set_interval_us(gil_t *g, unsigned us) {
  if (!g || us == 0)
    return GIL_EINVAL;
  atomic_store(&g->interval_us, us);
  return 0;
}

unsigned gil_get_interval_us(const gil_t *g) {
  return atomic_load(&((gil_t *)g)->interval_us);
}

int gil_set_ticks(gil_t *g, unsigned ticks) {
  if (!g || ticks == 0)
    return GIL_EINVAL;
  atomic_store(&g->ticks, ticks);
  return 0;
}

unsigned gil_get_ticks(const gil_t *g) {
  return atomic_load(&((gil_t *)g)->ticks);
}

/* ---- threads ------------------------------------------------------------- */

static void gil__copy_name(char *dst, const char *name, int tid) {
  if (name && *name)
    snprintf(dst, 64, "%s", name);
  else
    snprintf(dst, 64, "thread-%d", tid);
}

gil_thread_t *gil_current(gil_t *g) {
  if (!g)
    return NULL;
  return pthread_getspecific(*gil__key(g));
}

gil_thread_t *gil_thread_attach(gil_t *g, const char *name) {
  if (!g || gil_current(g))
    return NULL;
  gil_thread_t *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  t->gil = g;
  t->os_thread = pthread_self();
  gil__mutex_init(&t->tb_lock);
  if (pthread_setspecific(*gil__key(g), t) != 0) {
    pthread_mutex_destroy(&t->tb_lock);
    free(t);
    return NULL;
  }
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  t->tid = ++g->next_tid;
  gil__copy_name(t->name, name, t->tid);
  t->prev = g->threads_tail;
  if (g->threads_tail)
    g->threads_tail->next = t;
  else
    g->threads = t;
  g->threads_tail = t;
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  gil__trace(g, t, GIL__EV_ATTACH, 0);
  return t;
}

void gil_thread_detach(gil_thread_t *t) {
  if (!t)
    return;
  gil_t *g = t->gil;
  if (t->holding)
    gil_drop(t);
  gil__trace(g, t, GIL__EV_DETACH, 0);
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  if (t->prev)
    t->prev->next = t->next;
  else
    g->threads = t->next;
  if (t->next)
    t->next->prev = t->prev;
  else
    g->threads_tail = t->prev;
  gil__stats_fold_dead(g, t);
  gil__trace_thread_gone(g, t);
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  if (gil_current(g) == t)
    pthread_setspecific(*gil__key(g), NULL);
  pthread_mutex_destroy(&t->tb_lock);
  free(t);
}

int gil_thread_set_name(gil_thread_t *t, const char *name) {
  if (!t)
    return GIL_EINVAL;
  gil_t *g = t->gil;
  /* Under threads_lock: readers (stats, trace) copy the name under it. */
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  gil__copy_name(t->name, name, t->tid);
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  gil__trace(g, t, GIL__EV_NAME, 0);
  return 0;
}

const char *gil_thread_name(const gil_thread_t *t) { return t ? t->name : ""; }

gil_t *gil_thread_gil(const gil_thread_t *t) { return t ? t->gil : NULL; }

/* ---- take and drop -------------------------------------------------------- */

void gil__wait_begin(gil_t *g, gil_thread_t *t) {
  atomic_fetch_add_explicit(&g->waiting, 1, memory_order_relaxed);
  gil__trace(g, t, GIL__EV_WANT, 0);
}

void gil__wait_end(gil_t *g, gil_thread_t *t, uint64_t began_ns) {
  atomic_fetch_sub_explicit(&g->waiting, 1, memory_order_relaxed);
  if (!g->stats)
    return;
  uint64_t w = gil__now_ns() - began_ns;
  gil__bump(&t->c.contended, 1);
  gil__bump(&t->c.wait_ns, w);
  gil__bump(&t->c.wait_hist[gil__hist_bucket(w)], 1);
  if (w > atomic_load_explicit(&t->max_wait_ns, memory_order_relaxed))
    atomic_store_explicit(&t->max_wait_ns, w, memory_order_relaxed);
  if (t->after_block) { /* back from a blocking call, yet queued: convoy */
    gil__bump(&t->c.convoy_ns, w);
    gil__bump(&t->c.convoy_waits, 1);
  }
}

void gil__note_drop_request(gil_t *g, gil_thread_t *t) {
  if (g->stats && t)
    gil__bump(&t->c.drop_requests, 1);
  gil__trace(g, t, GIL__EV_REQUEST, 0);
}

static inline __attribute__((always_inline)) void
gil__after_take(gil_t *g, gil_thread_t *t, int waited) {
  atomic_store_explicit(&t->holding, 1, memory_order_relaxed);
  if (GIL__LIKELY(g->stats)) {
    gil__bump(&t->c.acquisitions, 1);
    if (atomic_load_explicit(&g->last_holder, memory_order_relaxed) != t) {
      gil__bump(&t->c.switches, 1);
      atomic_store_explicit(&g->last_holder, t, memory_order_relaxed);
    }
    if (waited || !g->fair_fast) {
      t->timed = 1;
      t->hold_start_ns = gil__now_ns();
      atomic_store_explicit(&t->hold_since_ns, t->hold_start_ns,
                            memory_order_relaxed);
    }
  }
  gil__trace(g, t, GIL__EV_TAKE, 0);
}

static inline __attribute__((always_inline)) void
gil__before_drop(gil_t *g, gil_thread_t *t, int reason) {
  if (GIL__LIKELY(g->stats)) {
    gil__bump(reason == GIL__DROP_FORCED ? &t->c.forced_drops
                                         : &t->c.voluntary_drops,
              1);
    if (t->timed) {
      t->timed = 0;
      gil__bump(&t->c.hold_ns, gil__now_ns() - t->hold_start_ns);
      atomic_store_explicit(&t->hold_since_ns, 0, memory_order_relaxed);
    }
  }
  gil__trace(g, t, GIL__EV_DROP, (uint32_t)reason);
  atomic_store_explicit(&t->holding, 0, memory_order_relaxed);
}

void gil__update_fastmode(gil_t *g) {
  int m = 0;
  if (g->fair_fast && !g->fair_full_fence &&
      !atomic_load_explicit(&g->tracing, memory_order_relaxed))
    m = g->stats ? GIL__FAST_COUNT : GIL__FAST_BARE;
  atomic_store_explicit(&g->fastmode, m, memory_order_relaxed);
}

/* Out of line, so that the fast path needs no stack frame. */
__attribute__((noinline)) static int gil__take_general(gil_t *g,
                                                       gil_thread_t *t) {
  int waited = g->ops->take(g, t);
  gil__after_take(g, t, waited);
  return 0;
}

int gil_take(gil_thread_t *t) {
  if (GIL__UNLIKELY(!t))
    return GIL_EINVAL;
  if (GIL__UNLIKELY(atomic_load_explicit(&t->holding, memory_order_relaxed)))
    return GIL_ESTATE;
  gil_t *g = t->gil;
  int m = atomic_load_explicit(&g->fastmode, memory_order_relaxed);
  uint32_t free_state = 0;
  if (GIL__LIKELY(m) &&
      GIL__LIKELY(atomic_compare_exchange_strong_explicit(
          &g->fast, &free_state, GIL__F_LOCKED, memory_order_acquire,
          memory_order_relaxed))) {
    /* The fair policy's uncontended take: one CAS, counters, no clock. */
    atomic_store_explicit(&t->holding, 1, memory_order_relaxed);
    if (m == GIL__FAST_COUNT) {
      gil__bump(&t->c.acquisitions, 1);
      if (atomic_load_explicit(&g->last_holder, memory_order_relaxed) != t) {
        gil__bump(&t->c.switches, 1);
        atomic_store_explicit(&g->last_holder, t, memory_order_relaxed);
      }
    }
    return 0;
  }
  return gil__take_general(g, t);
}

static inline __attribute__((always_inline)) void
gil__drop_reason(gil_thread_t *t, int reason) {
  gil_t *g = t->gil;
  gil__before_drop(g, t, reason);
  if (g->policy == GIL_POLICY_FAIR) {
    /* The fair policy's uncontended drop, inlined: no locked instruction.
     * Nobody queued: release with a plain store, then look again.  The
     * first waiter of a contention episode sets fq and runs membarrier()
     * before it looks at `fast`, so either it sees the GIL free or we see
     * fq here (an asymmetric Dekker; see policy_fair.c). */
    if (GIL__LIKELY(!atomic_load_explicit(&g->fq, memory_order_relaxed))) {
      atomic_store_explicit(&g->fast, 0, memory_order_release);
      if (GIL__UNLIKELY(g->fair_full_fence))
        atomic_thread_fence(memory_order_seq_cst);
      else
        atomic_signal_fence(memory_order_seq_cst);
      if (GIL__UNLIKELY(atomic_load_explicit(&g->fq, memory_order_relaxed)))
        gil__fair_rescue(g, t);
      return;
    }
    gil__fair_drop_queued(g, t);
    return;
  }
  g->ops->drop(g, t, reason == GIL__DROP_FORCED);
}

__attribute__((noinline)) static int gil__drop_general(gil_thread_t *t) {
  gil__drop_reason(t, GIL__DROP_VOLUNTARY);
  return 0;
}

int gil_drop(gil_thread_t *t) {
  if (GIL__UNLIKELY(!t))
    return GIL_EINVAL;
  if (GIL__UNLIKELY(!atomic_load_explicit(&t->holding, memory_order_relaxed)))
    return GIL_ESTATE;
  gil_t *g = t->gil;
  int m = atomic_load_explicit(&g->fastmode, memory_order_relaxed);
  if (GIL__LIKELY(m) && GIL__LIKELY(!t->timed) &&
      GIL__LIKELY(!atomic_load_explicit(&g->fq, memory_order_relaxed))) {
    /* The fair policy's uncontended drop: a plain release store, then a
     * second look at fq (see gil__drop_reason and policy_fair.c). */
    if (m == GIL__FAST_COUNT)
      gil__bump(&t->c.voluntary_drops, 1);
    atomic_store_explicit(&t->holding, 0, memory_order_relaxed);
    atomic_store_explicit(&g->fast, 0, memory_order_release);
    atomic_signal_fence(memory_order_seq_cst);
    if (GIL__UNLIKELY(atomic_load_explicit(&g->fq, memory_order_relaxed)))
      gil__fair_rescue(g, t);
    return 0;
  }
  return gil__drop_general(t);
}

void gil__cycle(gil_t *g, gil_thread_t *t, int forced) {
  gil__drop_reason(t, forced ? GIL__DROP_FORCED : GIL__DROP_VOLUNTARY);
  int waited = g->ops->take(g, t);
  gil__after_take(g, t, waited);
}

int gil_waiting(const gil_t *g) {
  return g ? atomic_load(&((gil_t *)g)->waiting) : 0;
}

int gil_holds(const gil_thread_t *t) { return t ? t->holding : 0; }

int gil_yield(gil_thread_t *t) {
  if (!t)
    return GIL_EINVAL;
  if (!t->holding)
    return GIL_ESTATE;
  gil__cycle(t->gil, t, 0);
  return 0;
}

/* ---- eval breaker ------------------------------------------------------------ */

const _Atomic uint32_t *gil_breaker(gil_t *g) { return &g->head.breaker; }

void gil_pending_set(gil_t *g, uint32_t bits) {
  bits &= ~GIL_BREAKER_RESERVED;
  if (bits)
    atomic_fetch_or_explicit(&g->head.breaker, bits, memory_order_release);
}

void gil_pending_clear(gil_t *g, uint32_t bits) {
  bits &= ~GIL_BREAKER_RESERVED;
  if (bits)
    atomic_fetch_and_explicit(&g->head.breaker, ~bits, memory_order_relaxed);
}

uint32_t gil_breaker_poll(gil_thread_t *t) {
  gil_t *g = t->gil;
  uint32_t w = atomic_load_explicit(&g->head.breaker, memory_order_acquire);
  if ((w & GIL_BREAKER_RESERVED) && t->holding) {
    g->ops->poll(g, t, w);
    w = atomic_load_explicit(&g->head.breaker, memory_order_acquire);
  }
  return w & ~GIL_BREAKER_RESERVED;
}

void gil_request_drop(gil_t *g) {
  gil__breaker_or(g, GIL_BREAKER_DROP);
  gil__note_drop_request(g, gil_current(g));
}

/* ---- save / restore ------------------------------------------------------------ */

gil_thread_t *gil_save_thread(gil_t *g) {
  gil_thread_t *t = gil_current(g);
  if (!t || !t->holding)
    return NULL;
  gil__drop_reason(t, GIL__DROP_BLOCKING); /* voluntary, traced as such */
  return t;
}

void gil_restore_thread(gil_thread_t *t) {
  if (!t)
    return;
  t->after_block = 1; /* owner-only: gil__wait_end counts a convoy wait */
  gil_take(t);
  t->after_block = 0;
}

/* ---- fork ------------------------------------------------------------------------ */

int gil_after_fork_child(gil_t *g) {
  if (!g)
    return GIL_EINVAL;
  gil_thread_t *me = gil_current(g);
  if (!me)
    return GIL_ESTATE;
  /* Other threads do not exist in the child: whatever locks they held
   * are garbage, so re-create every lock rather than unlock. */
  gil__mutex_init(&g->threads_lock);
  gil__mutex_init(&me->tb_lock);
  if (atomic_load(&g->tracing)) {
    /* The parent owns the trace file; the child just stops recording. */
    atomic_store(&g->tracing, 0);
    gil__trace_free_all(g);
  }
  gil_thread_t *t = g->threads;
  while (t) {
    gil_thread_t *n = t->next;
    if (t != me) {
      gil__stats_fold_dead(g, t);
      free(t);
    }
    t = n;
  }
  me->prev = me->next = NULL;
  g->threads = g->threads_tail = me;
  me->os_thread = pthread_self();
  me->tb = NULL;
  g->ops->after_fork(g, me);
  gil__breaker_and(g, ~GIL_BREAKER_DROP);
  if (!me->holding) {
    me->holding = 1;
    me->timed = 0;
    atomic_store(&me->hold_since_ns, 0);
  }
  atomic_store(&g->waiting, 0);
  atomic_store(&g->last_holder, me);
  gil__update_fastmode(g);
  return 0;
}
