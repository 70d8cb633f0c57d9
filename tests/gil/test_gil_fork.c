/*
 * test_gil_fork.c: fork() while other attached threads exist (one blocked
 * waiting for the GIL, one running without it) must leave a usable GIL in
 * the child after gil_after_fork_child(): the forking thread holds it, the
 * others are forgotten, and new threads can attach and take it.
 */
#include <sys/wait.h>
#include <unistd.h>

#include "test_util.h"

#if defined(__SANITIZE_THREAD__)
#define TU_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define TU_TSAN 1
#endif
#endif

typedef struct {
  gil_t *g;
  int stop; /* under the GIL */
} fk_shared;

static fk_shared fk;

static void *fk_waiter(void *arg) {
  (void)arg;
  gil_thread_t *t = gil_thread_attach(fk.g, "waiter");
  for (;;) {
    gil_take(t);
    int stop = fk.stop;
    gil_drop(t);
    if (stop)
      break;
  }
  gil_thread_detach(t);
  return NULL;
}

static void *fk_child_thread(void *arg) {
  gil_t *g = arg;
  gil_thread_t *t = gil_thread_attach(g, "child-thread");
  if (!t)
    return (void *)1;
  gil_take(t);
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

/* Runs in the child; returns the exit status (0 = fine). */
static int fk_child(void) {
  if (gil_after_fork_child(fk.g) != 0)
    return 10;
  gil_thread_t *me = gil_current(fk.g);
  if (!me || !gil_holds(me))
    return 11;
  if (gil_waiting(fk.g) != 0)
    return 12;
  if (gil_drop(me) != 0 || gil_take(me) != 0 || gil_yield(me) != 0)
    return 13;
  gil_breaker_poll(me);
  gil_drop(me);
#ifndef TU_TSAN
  /* TSan cannot start threads in the child of a multithreaded parent. */
  pthread_t th;
  void *rv = (void *)2;
  if (pthread_create(&th, NULL, fk_child_thread, fk.g) != 0 ||
      pthread_join(th, &rv) != 0 || rv != NULL)
    return 14;
#else
  (void)fk_child_thread;
#endif
  gil_take(me);
  gil_drop(me);
  gil_thread_detach(me);
  gil_free(fk.g);
  return 0;
}

static void test_fork_with_threads(void **state) {
  (void)state;
  fk.g = tu_new(1000, 1);
  fk.stop = 0;
  gil_thread_t *me = gil_thread_attach(fk.g, "main");
  gil_take(me);
  pthread_t th = tu_spawn(fk_waiter, NULL);
  tu_wait_waiting(fk.g, 1); /* the other thread is blocked in take */
  fflush(NULL);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0)
    _exit(fk_child());
  int status = 0;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  assert_true(WIFEXITED(status));
  assert_int_equal(WEXITSTATUS(status), 0);
  /* The parent is unaffected. */
  fk.stop = 1;
  gil_drop(me);
  tu_join(th);
  gil_thread_detach(me);
  gil_free(fk.g);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fork_with_threads),
};

TU_MAIN(tests)
