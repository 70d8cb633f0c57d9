/*
 * policy_cpython.c: the GIL of CPython 3.2+ (Python/ceval_gil.c), kept
 * faithful because it is the reference the other policies are measured
 * against.
 *
 * - `locked` is a flag protected by `mutex`; waiters sleep on `cond`.
 * - A waiter sleeps at most one interval.  If it times out while the GIL is
 *   still locked and `switch_number` has not moved (no other thread got the
 *   GIL meanwhile), it sets the drop request in the eval breaker.
 * - The holder sees the request at its next poll and drops.  With
 *   FORCE_SWITCHING the dropper then waits on `switch_cond` until some other
 *   thread has taken the GIL (`last_holder` changed), so it cannot grab the
 *   GIL straight back.
 * - A voluntary drop (blocking call) just signals `cond`; whoever wins the
 *   mutex wins the GIL, which is why a thread returning from I/O waits for a
 *   whole interval behind a CPU-bound thread: the convoy effect.
 */
#include <stdlib.h>

#include "gil_internal.h"

typedef struct gil__cpy {
  pthread_mutex_t mutex;
  pthread_cond_t cond;
  pthread_mutex_t switch_mutex;
  pthread_cond_t switch_cond;
  int locked;                          /* under mutex */
  unsigned long switch_number;         /* under mutex */
  _Atomic(gil_thread_t *) last_holder; /* written under mutex */
  _Atomic int waiters;                 /* threads inside the wait loop */
} gil__cpy;

static int cpy_init(gil_t *g) {
  gil__cpy *p = calloc(1, sizeof *p);
  if (!p)
    return GIL_ENOMEM;
  gil__mutex_init(&p->mutex);
  gil__cond_init(&p->cond);
  gil__mutex_init(&p->switch_mutex);
  gil__cond_init(&p->switch_cond);
  g->pol = p;
  return 0;
}

static void cpy_destroy(gil_t *g) {
  gil__cpy *p = g->pol;
  pthread_mutex_destroy(&p->mutex);
  pthread_cond_destroy(&p->cond);
  pthread_mutex_destroy(&p->switch_mutex);
  pthread_cond_destroy(&p->switch_cond);
  free(p);
}

static int cpy_take(gil_t *g, gil_thread_t *t) {
  gil__cpy *p = g->pol;
  int waited = 0;
  uint64_t began = 0;
  GIL__CHECK(pthread_mutex_lock(&p->mutex));
  if (p->locked) {
    waited = 1;
    began = gil__now_ns();
    gil__wait_begin(g, t);
    atomic_fetch_add(&p->waiters, 1);
    while (p->locked) {
      unsigned long saved = p->switch_number;
      uint64_t deadline =
          gil__now_ns() + (uint64_t)atomic_load(&g->interval_us) * 1000u;
      int timed_out = gil__cond_timedwait(&p->cond, &p->mutex, deadline);
      /* Ask for the GIL only if nobody got it during our interval. */
      if (timed_out && p->locked && p->switch_number == saved) {
        gil__breaker_or(g, GIL_BREAKER_DROP);
        gil__note_drop_request(g, t);
      }
    }
    atomic_fetch_sub(&p->waiters, 1);
  }
  p->locked = 1;
  atomic_store(&p->last_holder, t);
  p->switch_number++;
  /* Wake a forced dropper waiting for somebody else to get in. */
  GIL__CHECK(pthread_mutex_lock(&p->switch_mutex));
  GIL__CHECK(pthread_cond_signal(&p->switch_cond));
  GIL__CHECK(pthread_mutex_unlock(&p->switch_mutex));
  /* The request (if any) was for the previous holder. */
  if (atomic_load_explicit(&g->head.breaker, memory_order_relaxed) &
      GIL_BREAKER_DROP)
    gil__breaker_and(g, ~GIL_BREAKER_DROP);
  GIL__CHECK(pthread_mutex_unlock(&p->mutex));
  if (waited)
    gil__wait_end(g, t, began);
  return waited;
}

static void cpy_drop(gil_t *g, gil_thread_t *t, int forced) {
  gil__cpy *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->mutex));
  p->locked = 0;
  GIL__CHECK(pthread_cond_signal(&p->cond));
  GIL__CHECK(pthread_mutex_unlock(&p->mutex));
  if (forced) {
    /* FORCE_SWITCHING: do not race the requester for the GIL.  Only wait
     * while somebody is actually waiting (a request made with
     * gil_request_drop() and no waiter must not hang us). */
    GIL__CHECK(pthread_mutex_lock(&p->switch_mutex));
    while (atomic_load(&p->last_holder) == t && atomic_load(&p->waiters) > 0)
      GIL__CHECK(pthread_cond_wait(&p->switch_cond, &p->switch_mutex));
    GIL__CHECK(pthread_mutex_unlock(&p->switch_mutex));
  }
}

static void cpy_poll(gil_t *g, gil_thread_t *t, uint32_t word) {
  if (word & GIL_BREAKER_DROP)
    gil__cycle(g, t, 1);
}

static void cpy_after_fork(gil_t *g, gil_thread_t *t) {
  gil__cpy *p = g->pol;
  gil__mutex_init(&p->mutex);
  gil__cond_init(&p->cond);
  gil__mutex_init(&p->switch_mutex);
  gil__cond_init(&p->switch_cond);
  p->locked = 1;
  atomic_store(&p->last_holder, t);
  atomic_store(&p->waiters, 0);

}

const gil__policy_ops gil__policy_cpython = {
    .name = "cpython",
    .init = cpy_init,
    .destroy = cpy_destroy,
    .take = cpy_take,
    .drop = cpy_drop,
    .poll = cpy_poll,
    .after_fork = cpy_after_fork,
};
