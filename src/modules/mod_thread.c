/*
 * mod_thread.c — the _thread module: start_new_thread, lock (a POSIX
 * semaphore: value 1 is unlocked) and RLock, whose blocking acquires drop
 * the GIL while they wait (gp_thread_sem_wait), get_ident, get_native_id,
 * exit, interrupt_main, stack_size, TIMEOUT_MAX, error (RuntimeError) and
 * _count.  gilpy's own: _Event (threading.Event's core), _set_name (renames the calling thread in libgil,
 * for threading.Thread.name) and _daemon_threads_allowed.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "thread.h"

typedef struct {
    gp_obj base;
    sem_t sem;
    struct gp_weakref *weaklist; /* locks accept weak references (weakref.h) */
} lockobj;

typedef struct {
    gp_obj base;
    sem_t sem;
    uint64_t owner;
    uint64_t count;
    struct gp_weakref *weaklist;
} rlockobj;

/* acquire(blocking=True, timeout=-1) -> timeout in ns (-1 forever), or -2 on error */
static int64_t parse_acquire(const char *fname, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    gp_obj *a[2] = {NULL, NULL};
    if (gp_parse_args(fname, args, nargs, kwnames, names, 2, 0, a) < 0) return -2;
    int blocking = 1;
    if (a[0]) {
        blocking = gp_truthy(a[0]);
        if (blocking < 0) return -2;
    }
    double timeout = -1;
    if (a[1]) {
        if (!GP_INT_CHECK(a[1]) && !GP_FLOAT_CHECK(a[1])) {
            gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[1]);
            return -2;
        }
        timeout = gp_float_as_double(a[1]);
        if (timeout == -1.0 && gp_err_occurred()) return -2;
    }
    if (!blocking && timeout != -1) {
        gp_err_set_str(gp_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -2;
    }
    if (timeout < 0 && timeout != -1) {
        gp_err_set_str(gp_exc_ValueError, "timeout value must be positive");
        return -2;
    }
    if (isnan(timeout) || timeout > GP_THREAD_TIMEOUT_MAX) {
        gp_err_set_str(gp_exc_OverflowError, "timestamp out of range for platform time_t");
        return -2;
    }
    if (!blocking) return 0;
    if (timeout < 0) return -1;
    return (int64_t)(timeout * 1e9);
}

/* ---- lock ---------------------------------------------------------------------- */

gp_type gp_thread_lock_type;

static gp_obj *lock_new_obj(void) {
    lockobj *l = (lockobj *)gp_obj_alloc(&gp_thread_lock_type);
    if (!l) return NULL;
    sem_init(&l->sem, 0, 1);
    return (gp_obj *)l;
}

static void lock_dealloc(gp_obj *o) {
    sem_destroy(&((lockobj *)o)->sem);
    gp_obj_free(o);
}

static bool lock_is_locked(lockobj *l) {
    int v = 0;
    sem_getvalue(&l->sem, &v);
    return v <= 0;
}

static gp_obj *lock_repr(gp_obj *o) {
    char buf[96];
    snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", lock_is_locked((lockobj *)o) ? "locked" : "unlocked",
             (void *)o);
    return gp_str_from_cstr(buf);
}

static gp_obj *lock_acquire(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    int64_t t = parse_acquire("acquire", args, nargs, kwnames);
    if (t == -2) return NULL;
    int rc = gp_thread_sem_wait(&((lockobj *)self)->sem, t);
    if (rc < 0) return NULL;
    return gp_bool_new(rc == 1);
}

static gp_obj *lock_release(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("release", nargs, kwnames, 0, 0) < 0) return NULL;
    lockobj *l = (lockobj *)self;
    if (!lock_is_locked(l)) return gp_err_set_str(gp_exc_RuntimeError, "release unlocked lock");
    sem_post(&l->sem);
    return GP_NONE_NEW();
}

static gp_obj *lock_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return lock_release(self, args, 0, NULL);
}

static gp_obj *lock_locked(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("locked", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_bool_new(lock_is_locked((lockobj *)self));
}

static gp_obj *lock_at_fork_reinit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    lockobj *l = (lockobj *)self;
    sem_destroy(&l->sem);
    sem_init(&l->sem, 0, 1);
    return GP_NONE_NEW();
}

static const gp_methoddef lock_methods[] = {
    {"acquire", lock_acquire, 0, NULL},
    {"acquire_lock", lock_acquire, 0, NULL},
    {"__enter__", lock_acquire, 0, NULL},
    {"release", lock_release, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"_at_fork_reinit", lock_at_fork_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_thread_lock_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "_thread.lock",
    .basicsize = sizeof(lockobj),
    .weaklistoffset = offsetof(lockobj, weaklist),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .methods = lock_methods,
};

/* ---- RLock --------------------------------------------------------------------- */

gp_type gp_thread_rlock_type;

static gp_obj *rlock_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)gp_obj_alloc(t);
    if (!r) return NULL;
    sem_init(&r->sem, 0, 1);
    return (gp_obj *)r;
}

static void rlock_dealloc(gp_obj *o) {
    sem_destroy(&((rlockobj *)o)->sem);
    gp_obj_free(o);
}

static gp_obj *rlock_repr(gp_obj *o) {
    rlockobj *r = (rlockobj *)o;
    char buf[160];
    snprintf(buf, sizeof buf, "<%s %s object owner=%llu count=%llu at %p>", r->count ? "locked" : "unlocked",
             GP_TYPE(o)->name, (unsigned long long)r->owner, (unsigned long long)r->count, (void *)o);
    return gp_str_from_cstr(buf);
}

static gp_obj *rlock_acquire(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    int64_t t = parse_acquire("acquire", args, nargs, kwnames);
    if (t == -2) return NULL;
    uint64_t me = gp_thread_ident();
    if (r->count && r->owner == me) {
        r->count++;
        return gp_bool_new(true);
    }
    int rc = gp_thread_sem_wait(&r->sem, t);
    if (rc < 0) return NULL;
    if (rc == 0) return gp_bool_new(false);
    r->owner = me;
    r->count = 1;
    return gp_bool_new(true);
}

static gp_obj *rlock_release(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    if (!r->count || r->owner != gp_thread_ident())
        return gp_err_set_str(gp_exc_RuntimeError, "cannot release un-acquired lock");
    if (--r->count == 0) {
        r->owner = 0;
        sem_post(&r->sem);
    }
    return GP_NONE_NEW();
}

static gp_obj *rlock_is_owned(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    return gp_bool_new(r->count && r->owner == gp_thread_ident());
}

/* Condition.wait: release completely, returning (count, owner) */
static gp_obj *rlock_release_save(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    if (!r->count) return gp_err_set_str(gp_exc_RuntimeError, "cannot release un-acquired lock");
    gp_obj *t = gp_tuple_new(2);
    if (!t) return NULL;
    GP_TUPLE_ITEMS(t)[0] = gp_int_from_i64((int64_t)r->count);
    GP_TUPLE_ITEMS(t)[1] = gp_int_from_i64((int64_t)r->owner);
    r->count = 0;
    r->owner = 0;
    sem_post(&r->sem);
    return t;
}

static gp_obj *rlock_acquire_restore(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    if (gp_check_nargs("_acquire_restore", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *st = args[0];
    if (!GP_TUPLE_CHECK(st) || GP_TUPLE_SIZE(st) != 2 || !GP_INT_CHECK(GP_TUPLE_GET(st, 0)))
        return gp_err_set_str(gp_exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
    int ovf = 0;
    int64_t count = gp_int_as_i64(GP_TUPLE_GET(st, 0), &ovf);
    if (gp_thread_sem_wait(&r->sem, -1) < 0) return NULL;
    r->owner = gp_thread_ident();
    r->count = (uint64_t)count;
    return GP_NONE_NEW();
}

static gp_obj *rlock_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return rlock_release(self, args, 0, NULL);
}

static gp_obj *rlock_reinit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    rlockobj *r = (rlockobj *)self;
    sem_destroy(&r->sem);
    sem_init(&r->sem, 0, 1);
    r->owner = 0;
    r->count = 0;
    return GP_NONE_NEW();
}

static const gp_methoddef rlock_methods[] = {
    {"acquire", rlock_acquire, 0, NULL},
    {"__enter__", rlock_acquire, 0, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_at_fork_reinit", rlock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_thread_rlock_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "_thread.RLock",
    .basicsize = sizeof(rlockobj),
    .weaklistoffset = offsetof(rlockobj, weaklist),
    .flags = GP_TF_BASETYPE,
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .tp_new = rlock_new,
    .methods = rlock_methods,
};

/* ---- _Event: threading.Event's core ------------------------------------------------
 * A flag with waiters on a condition variable.  Written in C (CPython's is
 * a Condition in Python) so that set() followed by a blocking wait() gives
 * the GIL away within a microsecond: the woken thread then usually finds
 * the GIL free instead of preempting the setter. */

typedef struct {
    gp_obj base;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    _Atomic int flag;      /* written under mu; read without it by a spinner */
    _Atomic uint64_t gen;  /* bumped by every set() that raised the flag */
} eventobj;

/* A waiter spins this long, GIL released, before sleeping on the condition
 * variable: in a ping-pong the other thread usually sets the flag within
 * microseconds, and catching it awake saves a futex sleep and wake-up on
 * each side.  Only with more than one CPU (a spinner would otherwise keep
 * the setter off the only one). */
#define EVENT_SPIN_NS 10000

gp_type gp_thread_event_type;

static gp_obj *event_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_Event", nargs, kwnames, 0, 0) < 0) return NULL;
    eventobj *e = (eventobj *)gp_obj_alloc(t);
    if (!e) return NULL;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&e->cv, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&e->mu, NULL);
    return (gp_obj *)e;
}

static void event_dealloc(gp_obj *o) {
    eventobj *e = (eventobj *)o;
    pthread_cond_destroy(&e->cv);
    pthread_mutex_destroy(&e->mu);
    gp_obj_free(o);
}

static gp_obj *event_is_set(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("is_set", nargs, kwnames, 0, 0) < 0) return NULL;
    eventobj *e = (eventobj *)self;
    pthread_mutex_lock(&e->mu);
    int f = e->flag;
    pthread_mutex_unlock(&e->mu);
    return gp_bool_new(f);
}

static gp_obj *event_set(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("set", nargs, kwnames, 0, 0) < 0) return NULL;
    eventobj *e = (eventobj *)self;
    pthread_mutex_lock(&e->mu);
    bool raised = !e->flag;
    if (raised) {
        e->flag = 1;
        e->gen++;
    }
    pthread_mutex_unlock(&e->mu);
    /* after the unlock, so that a woken waiter does not block at once on
     * the mutex we still hold (self cannot die here: the caller has it) */
    if (raised) pthread_cond_broadcast(&e->cv);
    return GP_NONE_NEW();
}

static gp_obj *event_clear(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("clear", nargs, kwnames, 0, 0) < 0) return NULL;
    eventobj *e = (eventobj *)self;
    pthread_mutex_lock(&e->mu);
    e->flag = 0;
    pthread_mutex_unlock(&e->mu);
    return GP_NONE_NEW();
}

static int64_t mono_now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int event_spin(eventobj *e, uint64_t gen) {
    static _Atomic int ncpu; /* 0 until first asked; any thread may ask */
    int n = atomic_load_explicit(&ncpu, memory_order_relaxed);
    if (!n) {
        n = (int)sysconf(_SC_NPROCESSORS_ONLN);
        atomic_store_explicit(&ncpu, n, memory_order_relaxed);
    }
    if (n < 2) return 0;
    int64_t until = mono_now_ns() + EVENT_SPIN_NS;
    for (unsigned i = 1;; i++) {
        if (atomic_load_explicit(&e->flag, memory_order_acquire) ||
            atomic_load_explicit(&e->gen, memory_order_acquire) != gen)
            return 1;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ __volatile__("yield");
#endif
        if ((i & 63) == 0 && mono_now_ns() > until) return 0;
    }
}

/* wait(timeout=None) -> True if the flag was set (even if cleared again) */
static gp_obj *event_wait(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const names[] = {"timeout", NULL};
    gp_obj *a[1] = {NULL};
    if (gp_parse_args("wait", args, nargs, kwnames, names, 1, 0, a) < 0) return NULL;
    int64_t timeout_ns = -1;
    if (a[0] && a[0] != gp_None) {
        if (!GP_INT_CHECK(a[0]) && !GP_FLOAT_CHECK(a[0]))
            return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[0]);
        double t = gp_float_as_double(a[0]);
        if (t == -1.0 && gp_err_occurred()) return NULL;
        if (isnan(t)) return gp_err_set_str(gp_exc_ValueError, "Invalid value NaN (not a number)");
        if (t > GP_THREAD_TIMEOUT_MAX) t = GP_THREAD_TIMEOUT_MAX;
        timeout_ns = t <= 0 ? 0 : (int64_t)(t * 1e9);
    }
    eventobj *e = (eventobj *)self;
    pthread_mutex_lock(&e->mu);
    int f = e->flag;
    uint64_t gen = e->gen;
    pthread_mutex_unlock(&e->mu);
    if (f || timeout_ns == 0) return gp_bool_new(f);
    gp_thread *ts = gp_tstate();
    gil_t *gil = ts->interp->gil;
    int64_t deadline = timeout_ns > 0 ? mono_now_ns() + timeout_ns : INT64_MAX;
    bool spin = true;
    for (;;) {
        /* the main thread wakes now and then for a pending Ctrl-C */
        int64_t until = deadline;
        if (ts->is_main && until - mono_now_ns() > 100000000) until = mono_now_ns() + 100000000;
        struct timespec abs = {(time_t)(until / 1000000000), (long)(until % 1000000000)};
        bool got, timed_out = false;
        GIL_BEGIN_ALLOW_THREADS(gil)
        if (spin) {
            spin = false;
            event_spin(e, gen);
        }
        pthread_mutex_lock(&e->mu);
        while (!e->flag && e->gen == gen) {
            int rc = until == INT64_MAX ? pthread_cond_wait(&e->cv, &e->mu)
                                        : pthread_cond_timedwait(&e->cv, &e->mu, &abs);
            if (rc == ETIMEDOUT) {
                timed_out = true;
                break;
            }
        }
        got = e->flag || e->gen != gen;
        pthread_mutex_unlock(&e->mu);
        GIL_END_ALLOW_THREADS
        if (got) return gp_bool_new(true);
        if (timed_out && until == deadline) return gp_bool_new(false);
        if (ts->is_main && (gil_breaker_pending(gil) & GP_PENDING_SIGNAL)) {
            if (gp_vm_handle_pending(ts) < 0) return NULL;
        }
    }
}

static const gp_methoddef event_methods[] = {
    {"is_set", event_is_set, 0, NULL},
    {"set", event_set, 0, NULL},
    {"clear", event_clear, 0, NULL},
    {"wait", event_wait, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_thread_event_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "_thread._Event",
    .basicsize = sizeof(eventobj),
    .flags = GP_TF_BASETYPE,
    .dealloc = event_dealloc,
    .tp_new = event_new,
    .methods = event_methods,
};

/* ---- module functions ------------------------------------------------------------ */

static gp_obj *th_start_new_thread(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("start_new_thread", nargs, kwnames, 2, 3) < 0) return NULL;
    if (!GP_TYPE(args[0])->call) return gp_err_set_str(gp_exc_TypeError, "first arg must be callable");
    if (!GP_TUPLE_CHECK(args[1])) return gp_err_set_str(gp_exc_TypeError, "2nd arg must be a tuple");
    gp_obj *kw = nargs > 2 ? args[2] : NULL;
    if (kw && !GP_DICT_CHECK(kw)) return gp_err_set_str(gp_exc_TypeError, "optional 3rd arg must be a dictionary");
    uint64_t ident;
    if (gp_thread_spawn(args[0], args[1], kw, &ident) < 0) return NULL;
    return gp_int_from_u64(ident);
}

static gp_obj *th_allocate_lock(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("allocate_lock", nargs, kwnames, 0, 0) < 0) return NULL;
    return lock_new_obj();
}

static gp_obj *th_get_ident(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("get_ident", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_u64(gp_thread_ident());
}

static gp_obj *th_get_native_id(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("get_native_id", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_u64(gp_thread_native_id());
}

static gp_obj *th_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("exit", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_err_set(gp_exc_SystemExit, NULL);
}

static gp_obj *th_interrupt_main(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("interrupt_main", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_vm_signal_sigint();
    return GP_NONE_NEW();
}

static gp_obj *th_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_count", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_i64(gp_thread_count());
}

static gp_obj *th_stack_size(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("stack_size", nargs, kwnames, 0, 1) < 0) return NULL;
    size_t old = gp_thread_get_stack_size();
    if (nargs == 1) {
        gp_ssize n = gp_index_ssize(args[0]);
        if (n == -1 && gp_err_occurred()) return NULL;
        if (n < 0) return gp_err_set_str(gp_exc_ValueError, "size must be 0 or a positive value");
        if (gp_thread_set_stack_size((size_t)n) < 0) return NULL;
    }
    return gp_int_from_i64((int64_t)old);
}

static gp_obj *th_set_name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_set_name", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "name must be str, not %T", args[0]);
    gil_thread_set_name(gp_tstate()->gil, GP_STR_DATA(args[0]));
    return GP_NONE_NEW();
}

static gp_obj *th_is_main(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_bool_new(gp_tstate()->is_main);
}

static const gp_methoddef thread_functions[] = {
    {"start_new_thread", th_start_new_thread, 0, NULL},
    {"start_new", th_start_new_thread, 0, NULL},
    {"allocate_lock", th_allocate_lock, 0, NULL},
    {"allocate", th_allocate_lock, 0, NULL},
    {"get_ident", th_get_ident, 0, NULL},
    {"get_native_id", th_get_native_id, 0, NULL},
    {"exit", th_exit, 0, NULL},
    {"exit_thread", th_exit, 0, NULL},
    {"interrupt_main", th_interrupt_main, 0, NULL},
    {"_count", th_count, 0, NULL},
    {"stack_size", th_stack_size, 0, NULL},
    {"_set_name", th_set_name, 0, NULL},
    {"_is_main_thread", th_is_main, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_thread_init(void) {
    if (gp_type_ready(&gp_thread_lock_type) < 0 || gp_type_ready(&gp_thread_rlock_type) < 0 ||
        gp_type_ready(&gp_thread_event_type) < 0)
        return NULL;
    gp_obj *m = gp_module_new("_thread");
    if (!m) return NULL;
    gp_obj *tmax = gp_float_new(GP_THREAD_TIMEOUT_MAX);
    if (gp_module_add_functions(m, thread_functions) < 0 || !tmax ||
        gp_module_add_object(m, "LockType", (gp_obj *)&gp_thread_lock_type) < 0 ||
        gp_module_add_object(m, "RLock", (gp_obj *)&gp_thread_rlock_type) < 0 ||
        gp_module_add_object(m, "_Event", (gp_obj *)&gp_thread_event_type) < 0 ||
        gp_module_add_object(m, "error", (gp_obj *)gp_exc_RuntimeError) < 0 ||
        gp_module_add_object(m, "TIMEOUT_MAX", tmax) < 0) {
        gp_xdecref(tmax);
        gp_decref(m);
        return NULL;
    }
    gp_decref(tmax);
    return m;
}
