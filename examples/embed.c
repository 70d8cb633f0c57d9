/* embed.c: the smallest useful libgil embedding (shown in docs/gil.md). */
#include <gil.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static gil_t *gil;
static long counter; /* interpreter state: touched only under the GIL */

static void *worker(void *name) {
  gil_thread_t *t = gil_thread_attach(gil, name);
  gil_take(t);
  for (int i = 0; i < 100000; i++) {
    counter++;                        /* "bytecode" */
    if (gil_breaker_pending(gil))     /* one relaxed load */
      gil_breaker_poll(t);            /* may let another thread in */
    if (i % 25000 == 0) {
      GIL_BEGIN_ALLOW_THREADS(gil)    /* a blocking call */
      usleep(100);
      GIL_END_ALLOW_THREADS
    }
  }
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

int main(void) {
  gil_config cfg;
  gil_config_init(&cfg);
  cfg.policy = GIL_POLICY_FAIR;
  gil = gil_new(&cfg);
  pthread_t a, b;
  pthread_create(&a, NULL, worker, "a");
  pthread_create(&b, NULL, worker, "b");
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  gil_stats st;
  gil_stats_get(gil, &st);
  printf("counter=%ld acquisitions=%llu switches=%llu\n", counter,
         (unsigned long long)st.acquisitions, (unsigned long long)st.switches);
  gil_free(gil);
  return counter == 200000 ? 0 : 1;
}
