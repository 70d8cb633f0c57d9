/*
 * policy_fair.c: libgil's default GIL, built to avoid the convoy effect.
 *
 * DESIGN
 * - Two words in struct gil: `fast` (LOCKED: someone holds; TIMED: the
 *   queue's hold_since/holder describe the current hold) and `fq` (set
 *   while threads are, or may be, queued).
 * - Uncontended take: one CAS of `fast` 0 -> LOCKED.  Uncontended drop: if
 *   fq is clear, a release store of 0 to `fast`, then fq is read again.  No
 *   locked instruction, no syscall, no clock read on the drop.
 * - Why that is safe (an asymmetric Dekker): the first waiter of a
 *   contention episode sets fq and then calls membarrier(), which runs a
 *   full barrier on every CPU running one of our threads, before it reads
 *   `fast`.  So either the waiter sees the GIL free (and takes it), or the
 *   dropper's second read sees fq and it "rescues" the waiter by taking the
 *   free GIL back and handing it over.  fq stays set once a contention
 *   episode has begun, until a drop finds the queue empty, so membarrier()
 *   runs once per episode, not once per wait.  Without membarrier() the
 *   drop uses a full fence instead.
 * - Contended: a waiter takes `qlock`, queues a node that lives on its own
 *   stack, and waits on the node's `granted` word (spinning briefly first
 *   if it is next in line, then sleeping on a futex).  A holder that sees
 *   fq takes `qlock`, pops the best waiter and hands the GIL to it
 *   directly: LOCKED never clears, so neither the dropper nor a newcomer
 *   can steal it, and exactly one thread is woken.
 * - Order: each thread has a "virtual runtime" (vrt), the GIL time it used
 *   while others wanted the GIL (as in Linux's CFS).  The queue is sorted by
 *   vrt (FIFO among equals): the thread that used least goes first.  On
 *   arrival a waiter's vrt is raised to at least the holder's minus two
 *   intervals, so a long sleeper gets a bounded head start.  A hold that
 *   began uncontended (its length unknown, since the fast path reads no
 *   clock) is charged at least one interval more than the newcomer's vrt.
 * - Preemption: a newcomer behind the holder by more than a quarter
 *   interval (an I/O-bound thread back from a blocking call) sets the drop
 *   request after a grace of F_SPIN_NS (at once if others queue ahead of
 *   it); the holder drops at its next poll.  The grace lets a holder that
 *   is about to block (it just woke the newcomer) leave on its own.
 *   Otherwise waiters set it when the current hold is one interval old,
 *   so CPU-bound threads rotate every interval.  A thread that blocks briefly but mostly
 *   computes accrues vrt like any CPU-bound thread, so it cannot starve a
 *   pure CPU thread: their GIL time converges to equal shares.
 * - qlock protects the queue, hold_since, holder, floor and every thread's
 *   vrt.  The handoff is published by a release exchange of the node's
 *   `granted` word; the futex is only for sleeping.
 */
#include <errno.h>
#include <linux/futex.h>
#include <linux/membarrier.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "gil_internal.h"

#define F_LOCKED GIL__F_LOCKED
#define F_TIMED GIL__F_TIMED
#define F_CREDIT_INTERVALS 2u /* head start of a returning sleeper */
#define F_GRAN_DIV 4u         /* preempt at once if behind by ival/4 */
#define F_SPIN_NS 10000u      /* the next-in-line waiter spins this long */

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
  uint64_t hold_since;  /* start of the current hold, if F_TIMED (ns) */
  gil_thread_t *holder; /* the current holder if F_TIMED, or NULL */
  uint64_t floor;       /* vrt the current untimed holder is charged */
} gil__fair;

/* ---- OS helpers ---------------------------------------------------------- */

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

static int fair_membarrier_register(void) {
  long q = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  if (q < 0 || !(q & MEMBARRIER_CMD_PRIVATE_EXPEDITED))
    return -1;
  return syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0,
                 0) == 0
             ? 0
             : -1;
}

/* The waiter's half of the Dekker: makes its fq store visible to every
 * running thread, and orders it before the waiter's read of `fast`. */
static void fair_barrier(gil_t *g) {
  if (g->fair_full_fence ||
      syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) != 0) {
    /* Registered at gil_new; failing now would break the invariant. */
    if (!g->fair_full_fence)
      gil__fatal("membarrier(PRIVATE_EXPEDITED)", errno);
  }
  atomic_thread_fence(memory_order_seq_cst);
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

/* ---- lifetime ---------------------------------------------------------------- */

static int fair_init(gil_t *g) {
  gil__fair *p = calloc(1, sizeof *p);
  if (!p)
    return GIL_ENOMEM;
  atomic_store(&g->fast, 0);
  atomic_store(&g->fq, 0);
  g->fair_full_fence = fair_membarrier_register() != 0;
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

/* Charges the thread whose hold ends now (qlock held). */
static void fair_charge(gil__fair *p, gil_thread_t *t, uint64_t now,
                        int timed) {
  if (t->vrt_ns < p->floor)
    t->vrt_ns = p->floor;
  p->floor = 0;
  if (timed && now > p->hold_since)
    t->vrt_ns += now - p->hold_since;
}

/* The caller owns LOCKED and qlock, and the queue is not empty: gives the
 * GIL to the best waiter.  Returns the node to futex-wake after unlocking
 * (NULL if it was not asleep).  fq stays set: the episode may continue. */
static fair_waiter *fair_handoff(gil_t *g, gil__fair *p, uint64_t now) {
  fair_waiter *w = p->head;
  p->head = w->next;
  atomic_store_explicit(&g->fast, F_LOCKED | F_TIMED, memory_order_relaxed);
  p->hold_since = now;
  p->holder = w->t;
  p->floor = 0;
  gil__breaker_and(g, ~GIL_BREAKER_DROP); /* it was for the ended hold */
  /* The handoff (release).  w may return, and its node vanish, as soon as
   * it sees this; a futex wake on a stale address is harmless because
   * every futex waiter here re-checks its own word. */
  uint32_t old = atomic_exchange_explicit(&w->granted, W_GRANTED,
                                          memory_order_acq_rel);
  return old == W_ASLEEP ? w : NULL;
}

/* ---- take ------------------------------------------------------------------- */

static int fair_take_slow(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->qlock));
  if (!atomic_load_explicit(&g->fq, memory_order_relaxed)) {
    atomic_store_explicit(&g->fq, 1, memory_order_relaxed);
    fair_barrier(g);
  }
  /* From here a holder's drop sees fq (or we see the GIL free). */
  uint64_t began = gil__now_ns();
  fair_waiter *wake = NULL;
  uint32_t s = atomic_load_explicit(&g->fast, memory_order_acquire);
  for (;;) {
    if (s == 0) {
      if (!atomic_compare_exchange_weak_explicit(&g->fast, &s, F_LOCKED,
                                                 memory_order_acquire,
                                                 memory_order_acquire))
        continue;
      if (!p->head) { /* free and nobody queued: ours */
        atomic_store_explicit(&g->fq, 0, memory_order_relaxed);
        GIL__CHECK(pthread_mutex_unlock(&p->qlock));
        return 0;
      }
      /* Left free by a drop racing with an earlier waiter's arrival: it
       * belongs to the queue's head, not to us. */
      wake = fair_handoff(g, p, began);
      break;
    }
    if (s & F_TIMED)
      break;
    /* A hold that began on the fast path: its length counts from now. */
    if (atomic_compare_exchange_weak_explicit(&g->fast, &s, s | F_TIMED,
                                              memory_order_acquire,
                                              memory_order_acquire)) {
      p->hold_since = began;
      p->holder = NULL;
      break;
    }
  }
  uint64_t ival = fair_interval_ns(g);

  /* How far behind the holder is this thread in GIL time? */
  int64_t lag;
  gil_thread_t *h = p->holder;
  if (h) {
    uint64_t hv = h->vrt_ns + (began - p->hold_since);
    uint64_t credit = F_CREDIT_INTERVALS * ival;
    if (hv > credit && t->vrt_ns < hv - credit)
      t->vrt_ns = hv - credit; /* a bounded head start, not unbounded */
    lag = (int64_t)(hv - t->vrt_ns);
  } else {
    /* The holder ran alone for an unknown time: charge it, go first. */
    if (p->floor < t->vrt_ns + ival)
      p->floor = t->vrt_ns + ival;
    lag = INT64_MAX;
  }
  fair_waiter w = {.t = t, .vrt = t->vrt_ns, .seq = ++p->seq};
  atomic_init(&w.granted, W_AWAKE);
  fair_enqueue(p, &w);
  int spin = p->head == &w;
  /* Used less GIL time than the holder, by a margin (hysteresis between
   * CPU-bound threads): preempt the holder.  The next in line first spins
   * for F_SPIN_NS without asking: a holder that just woke us (an Event
   * set, a lock released) usually blocks itself within microseconds, and
   * a forced drop then would cost it a second GIL round trip. */
  int urgent = lag > (int64_t)(ival / F_GRAN_DIV);
  if (urgent && !spin)
    fair_request(g, t);
  gil__wait_begin(g, t);

  for (;;) {
    uint64_t now = gil__now_ns();
    uint64_t deadline = p->hold_since + ival;
    if (now >= deadline) {
      fair_request(g, t); /* the hold has had its interval: rotate */
      deadline = now + ival;
    }
    GIL__CHECK(pthread_mutex_unlock(&p->qlock));
    if (wake) {
      fair_futex_wake(&wake->granted);
      wake = NULL;
    }
    if (spin) {
      spin = 0;
      if (fair_spin(&w.granted))
        break;
      if (urgent) { /* the holder kept computing: now ask it */
        GIL__CHECK(pthread_mutex_lock(&p->qlock));
        if (atomic_load_explicit(&w.granted, memory_order_acquire) ==
            W_GRANTED) {
          GIL__CHECK(pthread_mutex_unlock(&p->qlock));
          break;
        }
        fair_request(g, t);
        GIL__CHECK(pthread_mutex_unlock(&p->qlock));
      }
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

/* ---- drop ------------------------------------------------------------------- */

/* t holds the GIL and saw fq set: hand over, or release if the queue
 * turned out empty (which ends the contention episode). */
void gil__fair_drop_queued(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->qlock));
  uint64_t now = gil__now_ns();
  int timed = (atomic_load_explicit(&g->fast, memory_order_relaxed) &
               F_TIMED) != 0;
  fair_charge(p, t, now, timed);
  fair_waiter *wake = NULL;
  if (p->head) {
    wake = fair_handoff(g, p, now);
  } else {
    atomic_store_explicit(&g->fq, 0, memory_order_relaxed);
    atomic_store_explicit(&g->fast, 0, memory_order_release);
  }
  GIL__CHECK(pthread_mutex_unlock(&p->qlock));
  if (wake)
    fair_futex_wake(&wake->granted);
}

/* t released the GIL with a plain store, then saw fq: a waiter may have
 * gone to sleep seeing the GIL still locked.  Take the free GIL back for
 * the queue's head (if someone else got it, their drop will see fq). */
void gil__fair_rescue(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->qlock));
  fair_waiter *wake = NULL;
  if (p->head) {
    uint32_t e = 0;
    if (atomic_compare_exchange_strong_explicit(&g->fast, &e, F_LOCKED,
                                                memory_order_acquire,
                                                memory_order_relaxed)) {
      uint64_t now = gil__now_ns();
      fair_charge(p, t, now, p->holder == t);
      wake = fair_handoff(g, p, now);
    }
  }
  GIL__CHECK(pthread_mutex_unlock(&p->qlock));
  if (wake)
    fair_futex_wake(&wake->granted);
}

static void fair_drop(gil_t *g, gil_thread_t *t, int forced) {
  /* gil.c inlines the same logic; this is for completeness. */
  if (!atomic_load_explicit(&g->fq, memory_order_relaxed)) {
    atomic_store_explicit(&g->fast, 0, memory_order_release);
    atomic_thread_fence(memory_order_seq_cst);
    if (atomic_load_explicit(&g->fq, memory_order_relaxed))
      gil__fair_rescue(g, t);
    return;
  }
  gil__fair_drop_queued(g, t);
}

/* ---- poll and fork ------------------------------------------------------------ */

static void fair_poll(gil_t *g, gil_thread_t *t, uint32_t word) {
  if (!(word & GIL_BREAKER_DROP))
    return;
  gil__fair *p = g->pol;
  int queued = 0;
  if (atomic_load_explicit(&g->fq, memory_order_relaxed)) {
    GIL__CHECK(pthread_mutex_lock(&p->qlock));
    queued = p->head != NULL;
    GIL__CHECK(pthread_mutex_unlock(&p->qlock));
  }
  if (queued)
    gil__cycle(g, t, 1);
  else
    gil__breaker_and(g, ~GIL_BREAKER_DROP); /* nobody left to let in */
}

static void fair_after_fork(gil_t *g, gil_thread_t *t) {
  gil__fair *p = g->pol;
  gil__mutex_init(&p->qlock);
  p->head = NULL;
  p->hold_since = 0;
  p->holder = NULL;
  p->floor = 0;
  atomic_store(&g->fq, 0);
  atomic_store(&g->fast, F_LOCKED);
  /* The child is a new address space: register it for membarrier too. */
  g->fair_full_fence = fair_membarrier_register() != 0;
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
