/*
 * thread.c — Python threads: every threading.Thread is a pthread with its
 * own gp_thread (frames, exception state, recursion depth) attached to
 * libgil under its Python name.  The interpreter state is shared and only
 * touched while holding the GIL.
 *
 * A new thread: attach to the GIL, take it, call the target, print an
 * exception that escapes (SystemExit ends the thread quietly), unlink its
 * state and detach (which drops the GIL).  New threads block SIGINT so the
 * signal reaches the main thread, the only one that handles it.
 *
 * Exit: the main thread runs threading._shutdown() (joins non-daemon
 * threads), then keeps the GIL for good: daemon threads that still run or
 * wake up later block in gil_take and never touch finalised state.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "thread.h"

#define DEFAULT_STACK ((size_t)16 * 1024 * 1024)
#define MAIN_SLICE_NS ((int64_t)100 * 1000 * 1000)

typedef struct boot {
    gp_thread *ts;
    gp_obj *func, *args, *kwargs;
} boot;

static atomic_int thread_count;
static size_t stack_size;

int gp_thread_count(void) { return atomic_load(&thread_count); }
size_t gp_thread_get_stack_size(void) { return stack_size; }

int gp_thread_set_stack_size(size_t size) {
    if (size != 0 && size < 32768) {
        gp_err_format(gp_exc_ValueError, "size not valid: %zd bytes", (gp_ssize)size);
        return -1;
    }
    stack_size = size;
    return 0;
}

uint64_t gp_thread_ident(void) { return (uint64_t)pthread_self(); }
uint64_t gp_thread_native_id(void) { return (uint64_t)syscall(SYS_gettid); }

static int64_t mono_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

int gp_thread_sem_wait(sem_t *sem, int64_t timeout_ns) {
    if (sem_trywait(sem) == 0) return 1;
    if (timeout_ns == 0) return 0;
    gp_thread *ts = gp_tstate();
    gil_t *gil = ts->interp->gil;
    int64_t deadline = timeout_ns > 0 ? mono_ns() + timeout_ns : INT64_MAX;
    for (;;) {
        /* the main thread wakes now and then to notice a pending signal
         * that was delivered to another thread */
        int64_t until = deadline;
        if (ts->is_main && until - mono_ns() > MAIN_SLICE_NS) until = mono_ns() + MAIN_SLICE_NS;
        struct timespec abs = {(time_t)(until / 1000000000), (long)(until % 1000000000)};
        int rc, err;
        GIL_BEGIN_ALLOW_THREADS(gil)
        if (until == INT64_MAX) rc = sem_wait(sem);
        else rc = sem_clockwait(sem, CLOCK_MONOTONIC, &abs);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (rc == 0) return 1;
        if (err == ETIMEDOUT && until == deadline) return 0;
        if (ts->is_main && (gil_breaker_pending(gil) & GP_PENDING_SIGNAL)) {
            if (gp_vm_handle_pending(ts) < 0) return -1;
        }
    }
}

/* Calls func(*args, **kwargs). */
static gp_obj *call_with(gp_obj *func, gp_obj *args, gp_obj *kwargs) {
    size_t n = (size_t)GP_TUPLE_SIZE(args);
    if (!kwargs || GP_DICT_SIZE(kwargs) == 0) return gp_call(func, GP_TUPLE_ITEMS(args), n, NULL);
    gp_ssize nk = GP_DICT_SIZE(kwargs);
    gp_obj **v = gp_mem_calloc(n + (size_t)nk, sizeof *v);
    if (!v) return NULL;
    gp_obj *names = gp_tuple_new(nk);
    if (!names) {
        gp_mem_free(v);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) v[i] = GP_TUPLE_GET(args, i);
    gp_ssize pos = 0, i = 0;
    gp_obj *k, *val;
    while (gp_dict_next(kwargs, &pos, &k, &val) && i < nk) {
        GP_TUPLE_ITEMS(names)[i] = gp_incref(k);
        v[n + (size_t)i++] = val;
    }
    gp_obj *r = gp_call(func, v, n, names);
    gp_decref(names);
    gp_mem_free(v);
    return r;
}

/* An exception escaped from the thread's function (threading catches its
 * own; this is for bare _thread.start_new_thread), printed as CPython's
 * unraisable hook does. */
static void report(gp_obj *func) {
    gp_obj *exc = gp_err_fetch();
    if (!exc) return;
    if (GP_HAS_FLAG(exc, GP_TF_EXC_SUB) && gp_type_is_subtype(GP_TYPE(exc), gp_exc_SystemExit)) {
        gp_decref(exc);
        return;
    }
    gp_sys_flush_all();
    gp_obj *r = gp_repr(func);
    if (!r) gp_err_clear();
    fprintf(stderr, "Exception ignored in thread started by: %s\n", r ? GP_STR_DATA(r) : "<function>");
    fflush(stderr);
    gp_xdecref(r);
    gp_err_print(exc);
    gp_decref(exc);
}

static void unlink_state(gp_thread *ts) {
    gp_thread **p = &ts->interp->threads;
    while (*p && *p != ts) p = &(*p)->next;
    if (*p) *p = ts->next;
}

static void *thread_main(void *arg) {
    boot *b = arg;
    gp_thread *ts = b->ts;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    gp__tstate = ts;
    ts->ident = gp_thread_ident();
    ts->gil = gil_thread_attach(ts->interp->gil, "Thread");
    if (!ts->gil) abort(); /* out of memory: nothing sane to do without the GIL */
    gil_take(ts->gil);
    gp_obj *r = call_with(b->func, b->args, b->kwargs);
    if (r) gp_decref(r);
    else report(b->func);
    gp_decref(b->func);
    gp_decref(b->args);
    gp_xdecref(b->kwargs);
    free(b);
    GP_CLEAR(ts->exc);
    GP_CLEAR(ts->handled);
    GP_CLEAR(ts->thread_obj);
    unlink_state(ts);
    gp_frame_stack_free(ts);
    atomic_fetch_sub(&thread_count, 1);
    gp__tstate = NULL;
    gil_thread_detach(ts->gil); /* drops the GIL */
    free(ts);
    return NULL;
}

int gp_thread_spawn(gp_obj *func, gp_obj *args, gp_obj *kwargs, uint64_t *ident) {
    gp_interp *in = gp_main_interp;
    gp_thread *ts = calloc(1, sizeof *ts);
    boot *b = calloc(1, sizeof *b);
    if (!ts || !b) {
        free(ts);
        free(b);
        gp_err_set_str(gp_exc_MemoryError, NULL);
        return -1;
    }
    ts->interp = in;
    b->ts = ts;
    b->func = gp_incref(func);
    b->args = gp_incref(args);
    b->kwargs = gp_xincref(kwargs);
    /* the thread attaches itself to libgil (attach must run on the
     * attaching thread); threading renames it with its Python name */
    ts->next = in->threads;
    in->threads = ts;
    atomic_fetch_add(&thread_count, 1);

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_size ? stack_size : DEFAULT_STACK);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t t;
    int rc = pthread_create(&t, &attr, thread_main, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        unlink_state(ts);
        atomic_fetch_sub(&thread_count, 1);
        gp_decref(b->func);
        gp_decref(b->args);
        gp_xdecref(b->kwargs);
        free(b);
        free(ts);
        gp_err_set_str(gp_exc_RuntimeError, "can't start new thread");
        return -1;
    }
    *ident = (uint64_t)t;
    return 0;
}

void gp_thread_shutdown(void) {
    gp_interp *in = gp_main_interp;
    if (!in || !in->modules) return;
    gp_obj *mod = gp_dict_get_cstr(in->modules, "threading");
    if (!mod) {
        gp_err_clear();
        return;
    }
    gp_obj *fn = gp_getattr_str(mod, "_shutdown");
    gp_obj *r = fn ? gp_call0(fn) : NULL;
    gp_xdecref(fn);
    if (r) {
        gp_decref(r);
        return;
    }
    gp_obj *exc = gp_err_fetch();
    if (exc) {
        gp_sys_flush_all();
        fprintf(stderr, "Exception ignored in: <module 'threading'>\n");
        fflush(stderr);
        gp_err_print(exc);
        gp_decref(exc);
    }
}

/* In the child after fork() (mod_mpshared.c's fork, called with the GIL
 * held): libgil forgets the other threads and makes this one the holder;
 * the interpreter forgets their states too, and this thread becomes the
 * main thread (the one that handles signals and runs the exit sequence). */
bool gp_forked_child;

void gp_after_fork_child(void) {
    gp_thread *ts = gp_tstate();
    gp_forked_child = true;
    gp_interp *in = ts->interp;
    gil_after_fork_child(in->gil);
    in->threads = ts;
    ts->next = NULL;
    in->main_thread = ts;
    ts->is_main = true;
    ts->ident = gp_thread_ident();
    atomic_store(&thread_count, 0);
    /* forked from a non-main thread: SIGINT was blocked there */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    extern void gp_sysio_after_fork_child(void);
    gp_sysio_after_fork_child();
    gp_signal_after_fork_child();
}
