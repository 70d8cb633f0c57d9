/*
 * policy_fair.c: libgil's default GIL, built to avoid the convoy effect.
 *
 * DESIGN
 * - state word: LOCKED (someone holds) | QUEUED (the wait queue is not
 *   empty).  Uncontended take is one CAS 0 -> LOCKED, uncontended drop one
 *   CAS LOCKED -> 0: no syscall, no mutex, no clock read.
 * - Contended: a waiter takes `qlock`, sets QUEUED, queues a node that lives
 *   on its own stack and sleeps on the node's futex word.  A holder whose
 *   drop CAS fails (QUEUED is set) takes `qlock`, pops the best waiter and
 *   hands the GIL to it directly: LOCKED never clears, so neither the
 *   dropper nor a newcomer can steal it, and exactly one thread is woken.
 * - Order: each thread has a "virtual runtime" (vrt), the GIL time it used
 *   while others waited (as in Linux's CFS).  The queue is sorted by vrt
 *   (FIFO among equals), so the thread that used least goes first.  On
 *   arrival a waiter's vrt is raised to at least the holder's vrt minus
 *   CREDIT intervals: a long sleeper gets a bounded head start, not an
 *   unbounded one.
 * - Preemption: if the newcomer is behind the holder by more than half an
 *   interval (an I/O-bound thread coming back from a blocking call), it sets
 *   the drop request at once and the holder drops at its next poll.  Other
 *   waiters (CPU-bound, roughly level with the holder) set it when the
 *   current hold is one interval old, so CPU-bound threads rotate every
 *   interval.  A thread that blocks briefly but mostly computes accrues vrt
 *   like any CPU thread, so it cannot starve a pure CPU thread: both
 *   converge to equal shares.
 * - qlock protects the queue, hold_since and every thread's vrt.  The
 *   handoff is published by a release store of the node's `granted` word;
 *   the futex is only for sleeping.
 */
#include <linux/futex.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "gil_internal.h"

#define F_LOCKED GIL__F_LOCKED
#define F_QUEUED GIL__F_QUEUED
#define F_TIMED GIL__F_TIMED
#define F_CREDIT_INTERVALS 2u /* head start of a returning sleeper */
#define F_GRAN_DIV 4u         /* preempt at once if behind by ival/4 */
#define F_SPIN_NS 10000u      /* the head waiter spins this long first */

/* granted: 0 waiting (awake), 2 asleep on the futex, 1 handed the GIL. */
#define W_AWAKE 0u
#define W_GRANTED 1u
#define W_ASLEEP 2u

typedef struct fair_waiter {
  gil_thread_t *t;
  uint64_t vrt, seq;
  _Atomic uint32_t granted;
  struct fair_waiter *next;
} fair_waiter;

typedef struct gil__fair {
  pthread_mutex_t qlock;
  fair_waiter *head; /* sorted by (vrt, seq) */
  uint64_t seq;
  uint64_t hold_since; /* start of the current hold, if F_TIMED (ns) */
} gil__fair;

static void fair_futex_wait(_Atomic uint32_t *addr, uint32_t val,
                            uint64_t abs_ns) {
  struct timespec ts = {.tv_sec = (time_t)(abs_ns / 1000000000u),
                        .tv_nsec = (long)(abs_ns % 1000000000u)};
  /* WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline.  EINTR,
   * EAGAIN and ETIMEDOUT all just send the caller round its loop. */
  syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG,
          val, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
}

static void fair_futex_wake(_Atomic uint32_t *addr) {
  syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1,
          NULL, NULL, 0);
}

static inline void fair_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  __asm__ __volatile__("yield");
#endif
}

/* The next waiter usually gets the GIL within microseconds (the holder
 * polls often), so it spins briefly before paying for a futex sleep and
 * wake-up.  Returns 1 if the GIL was handed over meanwhile. */
static int fair_spin(_Atomic uint32_t *granted) {
  uint64_t until = gil__now_ns() + F_SPIN_NS;
  for (unsigned i = 1;; i++) {
    if (atomic_load_explicit(granted, memory_order_acquire) == W_GRANTED)
      return 1;
    fair_cpu_relax();
    if ((i & 31) == 0 && gil__now_ns() > until)
      return 0;
  }
}

static int fair_init(gil_t *g) {
  gil__fair *p = calloc(1, sizeof *p);
  if (!p)
    return GIL_ENOMEM;
  atomic_store(&g->fast, 0);
  gil__mutex_init(&p->qlock);
  g->pol = p;
  return 0;
}

static void fair_destroy(gil_t *g) {
  gil__fair *p = g->pol;
  pthread_mutex_destroy(&p->qlock);
  free(p);
}

static uint64_t fair_interval_ns(gil_t *g) {
  return (uint64_t)atomic_load_explicit(&g->interval_us,
                                        memory_order_relaxed) *
         1000u;
}

static void fair_request(gil_t *g, gil_thread_t *t) {
  if (!(atomic_load_explicit(&g->head.breaker, memory_order_relaxed) &
        GIL_BREAKER_DROP)) {
    gil__breaker_or(g, GIL_BREAKER_DROP);
    gil__note_drop_request(g, t);
  }
}

/* Inserts w after every node with a smaller or equal key. qlock held. */
static void fair_enqueue(gil__fair *p, fair_waiter *w) {
  fair_waiter **pp = &p->head;
  while (*pp && ((*pp)->vrt < w->vrt ||
                 ((*pp)->vrt == w->vrt && (*pp)->seq < w->seq)))
    pp = &(*pp)->next;
  w->next = *pp;
  *pp = w;
}

/* Sets QUEUED (and TIMED) or takes the GIL if it is free.  Returns 1 if it
 * took the GIL, 0 if queued; *timed says whether hold_since was already the
 * current hold's start.  qlock held. */
static int fair_mark_queued(gil_t *g, int *timed) {
  uint32_t s = atomic_load_explicit(&g->fast, memory_order_relaxed);
  for (;;) {
    if (!(s & F_LOCKED)) {
      /* Freed meanwhile (QUEUED is never set without LOCKED). */
      if (atomic_compare_exchange_weak_explicit(&g->fast, &s, F_LOCKED,
                                                memory_order_acquire,
                                                memory_order_relaxed))
        return 1;
      continue;
    }
    /* From here the holder cannot change without qlock. */
    if ((s & (F_QUEUED | F_TIMED)) == (F_QUEUED | F_TIMED) ||
        atomic_compare_exchange_weak_explicit(
            &g->fast, &s, s | F_QUEUED | F_TIMED, memory_order_acq_rel,
            memory_order_relaxed)) {
      *timed = (s & F_TIMED) != 0;
      return 0;
    }
  }
}

static int fair_take_slow(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->qlock));
  int timed = 0;
  if (fair_mark_queued(g, &timed)) {
    GIL__CHECK(pthread_mutex_unlock(&p->qlock));
    return 0;
  }
  uint64_t began = gil__now_ns();
  uint64_t ival = fair_interval_ns(g);
  if (!timed)
    p->hold_since = began; /* began on the fast path: count from now */
  gil__wait_begin(g, t);

  /* How far behind the holder is this thread in GIL time? */
  gil_thread_t *h = atomic_load_explicit(&g->holder, memory_order_acquire);
  int64_t lag = 0;
  if (h && h != t) {
    /* A hold that began uncontended has lasted an unknown time: charge
     * the holder one interval, so that a thread that ran alone counts as
     * CPU-bound and the newcomer goes first. */
    if (!timed && h->vrt_ns < t->vrt_ns + ival)
      h->vrt_ns = t->vrt_ns + ival;
    uint64_t hv = h->vrt_ns + (began - p->hold_since);
    uint64_t credit = F_CREDIT_INTERVALS * ival;
    if (hv > credit && t->vrt_ns < hv - credit)
      t->vrt_ns = hv - credit; /* a bounded head start, not unbounded */
    lag = (int64_t)(hv - t->vrt_ns);
  }
  fair_waiter w = {.t = t, .vrt = t->vrt_ns, .seq = ++p->seq};
  atomic_init(&w.granted, W_AWAKE);
  fair_enqueue(p, &w);
  /* Used less GIL time than the holder, by a margin (hysteresis between
   * CPU-bound threads): preempt the holder now. */
  if (lag > (int64_t)(ival / F_GRAN_DIV))
    fair_request(g, t);
  int spin = p->head == &w;

  for (;;) {
    uint64_t now = gil__now_ns();
    uint64_t deadline = p->hold_since + ival;
    if (now >= deadline) {
      fair_request(g, t); /* the hold has had its interval: rotate */
      deadline = now + ival;
    }
    GIL__CHECK(pthread_mutex_unlock(&p->qlock));
    if (spin) {
      spin = 0;
      if (fair_spin(&w.granted))
        break;
    }
    uint32_t e = W_AWAKE;
    if (atomic_compare_exchange_strong_explicit(&w.granted, &e, W_ASLEEP,
                                                memory_order_acquire,
                                                memory_order_acquire) ||
        e == W_ASLEEP)
      fair_futex_wait(&w.granted, W_ASLEEP, deadline);
    if (atomic_load_explicit(&w.granted, memory_order_acquire) == W_GRANTED)
      break;
    GIL__CHECK(pthread_mutex_lock(&p->qlock));
    if (atomic_load_explicit(&w.granted, memory_order_acquire) == W_GRANTED) {
      GIL__CHECK(pthread_mutex_unlock(&p->qlock));
      break;
    }
  }
  gil__wait_end(g, t, began);
  return 1;
}

static int fair_take(gil_t *g, gil_thread_t *t) {
  uint32_t e = 0;
  if (atomic_compare_exchange_strong_explicit(&g->fast, &e, F_LOCKED,
                                              memory_order_acquire,
                                              memory_order_relaxed))
    return 0;
  return fair_take_slow(g, t);
}

static void fair_drop_slow(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->qlock));
  fair_waiter *w = p->head;
  if (!w) {
    /* Cannot happen (QUEUED implies a node), but never leave it locked. */
    atomic_store_explicit(&g->fast, 0, memory_order_release);
    GIL__CHECK(pthread_mutex_unlock(&p->qlock));
    return;
  }
  uint64_t now = gil__now_ns();
  if (now > p->hold_since)
    t->vrt_ns += now - p->hold_since;
  p->head = w->next;
  /* LOCKED stays set: the GIL goes to w and nobody can steal it. */
  atomic_store_explicit(&g->fast,
                        F_LOCKED | F_TIMED | (p->head ? F_QUEUED : 0),
                        memory_order_relaxed);
  p->hold_since = now;
  atomic_store_explicit(&g->holder, w->t, memory_order_release);
  gil__breaker_and(g, ~GIL_BREAKER_DROP); /* it was for this hold */
  /* The handoff (release).  w may return, and its node vanish, as soon as
   * it sees this; a futex wake on a stale address is harmless because
   * every futex waiter here re-checks its own word. */
  uint32_t old = atomic_exchange_explicit(&w->granted, W_GRANTED,
                                          memory_order_acq_rel);
  GIL__CHECK(pthread_mutex_unlock(&p->qlock));
  if (old == W_ASLEEP)
    fair_futex_wake(&w->granted);
}

static void fair_drop(gil_t *g, gil_thread_t *t, int forced) {
  uint32_t s = atomic_load_explicit(&g->fast, memory_order_relaxed);
  if (!(s & F_QUEUED) &&
      atomic_compare_exchange_strong_explicit(&g->fast, &s, 0,
                                              memory_order_release,
                                              memory_order_relaxed))
    return;
  fair_drop_slow(g, t);
}

static void fair_poll(gil_t *g, gil_thread_t *t, uint32_t word) {
  if (!(word & GIL_BREAKER_DROP))
    return;
  if (atomic_load_explicit(&g->fast, memory_order_relaxed) & F_QUEUED)
    gil__cycle(g, t, 1);
  else
    gil__breaker_and(g, ~GIL_BREAKER_DROP); /* nobody left to let in */
}

static void fair_after_fork(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  gil__mutex_init(&p->qlock);
  p->head = NULL;
  p->hold_since = 0;
  atomic_store(&g->fast, F_LOCKED);
  t->holding = 1;
}

const gil__policy_ops gil__policy_fair = {
    .name = "fair",
    .init = fair_init,
    .destroy = fair_destroy,
    .take = fair_take,
    .drop = fair_drop,
    .poll = fair_poll,
    .after_fork = fair_after_fork,
};
