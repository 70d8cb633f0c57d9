/*
 * mod_signal.c — signals for Python code: _signal, the C half of the
 * signal module (lib/signal.py adds the Signals/Handlers enums).
 *
 * A C handler only records the signal (a flag per number, then the GIL's
 * GP_PENDING_SIGNAL bit, both async-signal-safe) and, when it ran on
 * another thread, forwards the signal to Python's main thread so that a
 * blocking call there returns with EINTR.  The main thread then runs the
 * Python handlers at its next eval-breaker poll or EINTR check
 * (gp_signal_run_pending), as CPython does: handlers always run in the main
 * thread, between bytecodes.  SIGINT's default handler raises
 * KeyboardInterrupt.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "vm.h"
#include "thread.h"

#ifndef NSIG
#define NSIG 65
#endif

static volatile sig_atomic_t sig_tripped[NSIG];
static volatile sig_atomic_t sig_any;
static volatile sig_atomic_t sig_wakeup_fd = -1;
static pthread_t sig_main;
static volatile sig_atomic_t sig_main_known;
/* Python-level handlers (under the GIL): NULL = never set from Python */
static gp_obj *sig_handlers[NSIG];
static gp_obj *sig_default_int_handler;

/* ---- the C side (async-signal-safe) ------------------------------------ */

void gp_signal_trip(int signum) {
    if (signum <= 0 || signum >= NSIG) return;
    __atomic_store_n(&sig_tripped[signum], 1, __ATOMIC_SEQ_CST);
    __atomic_store_n(&sig_any, 1, __ATOMIC_SEQ_CST);
    if (gp_main_interp && gp_main_interp->gil) gil_pending_set(gp_main_interp->gil, GP_PENDING_SIGNAL);
    int fd = __atomic_load_n(&sig_wakeup_fd, __ATOMIC_SEQ_CST);
    if (fd >= 0) {
        unsigned char b = (unsigned char)signum;
        ssize_t w = write(fd, &b, 1); /* a full pipe just loses the wake-up byte */
        (void)w;
    }
}

static void sig_handler(int signum) {
    int saved = errno;
    gp_signal_trip(signum);
    /* on another thread: make the main thread's blocking call return too */
    if (__atomic_load_n(&sig_main_known, __ATOMIC_SEQ_CST) && !pthread_equal(pthread_self(), sig_main))
        pthread_kill(sig_main, signum);
    errno = saved;
}

static int sig_install(int signum, void (*h)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK; /* no SA_RESTART: blocking calls see EINTR, as in CPython */
    return sigaction(signum, &sa, NULL);
}

/* Interpreter start, on Python's main thread: Ctrl-C becomes
 * KeyboardInterrupt. */
void gp_signal_init_main(void) {
    sig_main = pthread_self();
    __atomic_store_n(&sig_main_known, 1, __ATOMIC_SEQ_CST);
    sig_install(SIGINT, sig_handler);
}

/* In a forked child the forking thread is the main thread. */
void gp_signal_after_fork_child(void) {
    sig_main = pthread_self();
}

/* ---- the Python side (main thread, GIL held) -------------------------- */

/* Runs the handlers of the signals recorded since the last call; -1 with
 * the exception a handler raised (the other signals stay recorded). */
int gp_signal_run_pending(gp_thread *ts) {
    gil_pending_clear(ts->interp->gil, GP_PENDING_SIGNAL);
    if (!__atomic_exchange_n(&sig_any, 0, __ATOMIC_SEQ_CST)) return 0;
    for (int i = 1; i < NSIG; i++) {
        if (!__atomic_exchange_n(&sig_tripped[i], 0, __ATOMIC_SEQ_CST)) continue;
        gp_obj *h = sig_handlers[i];
        gp_obj *res;
        if (!h || h == sig_default_int_handler) {
            if (i != SIGINT) continue; /* a C-level handler of ours, nothing in Python */
            gp_err_set(gp_exc_KeyboardInterrupt, NULL);
            res = NULL;
        } else if (GP_INT_CHECK(h)) {
            continue; /* SIG_DFL/SIG_IGN set after the signal arrived */
        } else {
            gp_obj *args[2] = {gp_int_from_i64(i), gp_None};
            res = args[0] ? gp_call(h, args, 2, NULL) : NULL;
            gp_xdecref(args[0]);
        }
        if (!res) {
            /* the rest waits for the next check */
            __atomic_store_n(&sig_any, 1, __ATOMIC_SEQ_CST);
            gil_pending_set(ts->interp->gil, GP_PENDING_SIGNAL);
            return -1;
        }
        gp_decref(res);
    }
    return 0;
}

/* An int argument as int64_t; -1 with TypeError/OverflowError. */
static int sig_int_arg(gp_obj *o, int64_t *out) {
    if (!GP_INT_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int overflow = 0;
    *out = gp_int_as_i64(o, &overflow);
    if (overflow) {
        gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return 0;
}

static int sig_number(gp_obj *o, int *out) {
    int64_t v;
    if (sig_int_arg(o, &v) < 0) return -1;
    if (v < 1 || v >= NSIG) {
        gp_err_set_str(gp_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* The handler Python sees: what it set, else SIG_DFL (0) / SIG_IGN (1) /
 * None for a C handler not set from Python. */
static gp_obj *sig_current(int signum) {
    if (sig_handlers[signum]) return gp_incref(sig_handlers[signum]);
    struct sigaction sa;
    if (sigaction(signum, NULL, &sa) < 0) return gp_err_from_errno(gp_exc_OSError);
    if (sa.sa_handler == SIG_IGN) return gp_int_from_i64(1);
    if (sa.sa_handler == SIG_DFL) return gp_int_from_i64(0);
    return GP_NONE_NEW();
}

static bool sig_on_main_thread(void) {
    gp_thread *ts = gp_tstate();
    return ts->is_main;
}

static gp_obj *s_signal(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("signal", nargs, kwnames, 2, 2) < 0) return NULL;
    int signum;
    if (sig_number(args[0], &signum) < 0) return NULL;
    gp_obj *h = args[1];
    void (*c)(int);
    if (GP_INT_CHECK(h)) {
        int64_t v;
        if (sig_int_arg(h, &v) < 0) return NULL;
        if (v != 0 && v != 1) goto bad_handler;
        c = v == 1 ? SIG_IGN : SIG_DFL;
    } else if (GP_TYPE(h)->call != NULL) {
        c = sig_handler;
    } else {
        goto bad_handler;
    }
    if (!sig_on_main_thread())
        return gp_err_set_str(gp_exc_ValueError, "signal only works in main thread of the main interpreter");
    gp_obj *old = sig_current(signum);
    if (!old) return NULL;
    if (sig_install(signum, c) < 0) {
        gp_decref(old);
        return gp_err_from_errno(gp_exc_OSError);
    }
    GP_SETREF(sig_handlers[signum], gp_incref(h));
    return old;
bad_handler:
    return gp_err_set_str(gp_exc_TypeError,
                          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
}

static gp_obj *s_getsignal(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getsignal", nargs, kwnames, 1, 1) < 0) return NULL;
    int signum;
    if (sig_number(args[0], &signum) < 0) return NULL;
    return sig_current(signum);
}

static gp_obj *s_default_int_handler(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_err_set(gp_exc_KeyboardInterrupt, NULL);
    return NULL;
}

/* raise_signal(signum): delivered to this thread at once; the handler runs
 * before raise_signal returns (when this is the main thread). */
static gp_obj *s_raise_signal(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("raise_signal", nargs, kwnames, 1, 1) < 0) return NULL;
    int signum;
    if (sig_number(args[0], &signum) < 0) return NULL;
    if (raise(signum) != 0) return gp_err_from_errno(gp_exc_OSError);
    if (gp_vm_handle_pending(gp_tstate()) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *s_alarm(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("alarm", nargs, kwnames, 1, 1) < 0) return NULL;
    int64_t v;
    if (sig_int_arg(args[0], &v) < 0) return NULL;
    if (v < 0 || v > UINT32_MAX) return gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C unsigned long");
    return gp_int_from_i64(alarm((unsigned)v));
}

/* pause(): sleeps, GIL released, until a signal; then its handler runs. */
static gp_obj *s_pause(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("pause", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_thread *ts = gp_tstate();
    GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
    pause();
    GIL_END_ALLOW_THREADS
    if (gp_vm_handle_pending(ts) < 0) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *s_strsignal(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("strsignal", nargs, kwnames, 1, 1) < 0) return NULL;
    int signum;
    if (sig_number(args[0], &signum) < 0) return NULL;
    const char *s = sigdescr_np(signum);
    return s ? gp_str_from_cstr(s) : GP_NONE_NEW();
}

static gp_obj *s_valid_signals(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("valid_signals", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *l = gp_list_new(0);
    for (int i = 1; l && i < NSIG; i++) {
        if (i == 32 || i == 33) continue; /* glibc keeps these for its threads */
        gp_obj *n = gp_int_from_i64(i);
        if (!n || gp_list_append(l, n) < 0) {
            gp_xdecref(n);
            gp_decref(l);
            return NULL;
        }
        gp_decref(n);
    }
    return l;
}

static gp_obj *s_pthread_kill(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("pthread_kill", nargs, kwnames, 2, 2) < 0) return NULL;
    int64_t tid, v;
    int signum;
    if (sig_int_arg(args[0], &tid) < 0 || sig_int_arg(args[1], &v) < 0) return NULL;
    if (v != 0 && sig_number(args[1], &signum) < 0) return NULL;
    signum = (int)v;
    int err = pthread_kill((pthread_t)tid, signum);
    if (err) {
        errno = err;
        return gp_err_from_errno(gp_exc_OSError);
    }
    if (gp_vm_handle_pending(gp_tstate()) < 0) return NULL;
    return GP_NONE_NEW();
}

/* set_wakeup_fd(fd): each signal writes its number as one byte to fd
 * (non-blocking, as asyncio's self-pipe wants); -1 stops. */
static gp_obj *s_set_wakeup_fd(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const names[] = {"fd", "warn_on_full_buffer", NULL};
    gp_obj *a[2] = {NULL, NULL};
    if (gp_parse_args("set_wakeup_fd", args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    int64_t fd;
    if (sig_int_arg(a[0], &fd) < 0) return NULL;
    if (!sig_on_main_thread())
        return gp_err_set_str(gp_exc_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1) {
        int fl = fd < 0 || fd > INT32_MAX ? -1 : fcntl((int)fd, F_GETFL);
        if (fl < 0) return gp_err_format(gp_exc_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
        if (!(fl & O_NONBLOCK)) return gp_err_format(gp_exc_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
    }
    int old = __atomic_exchange_n(&sig_wakeup_fd, (int)fd, __ATOMIC_SEQ_CST);
    return gp_int_from_i64(old);
}

static gp_obj *itimer_tuple(const struct itimerval *v) {
    gp_obj *a = gp_float_new((double)v->it_value.tv_sec + v->it_value.tv_usec / 1e6);
    gp_obj *b = gp_float_new((double)v->it_interval.tv_sec + v->it_interval.tv_usec / 1e6);
    gp_obj *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return t;
}

static void secs_to_timeval(double s, struct timeval *tv) {
    if (s < 0) s = 0;
    tv->tv_sec = (time_t)s;
    tv->tv_usec = (suseconds_t)((s - (double)tv->tv_sec) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0 && s > 0) tv->tv_usec = 1;
}

static gp_obj *s_setitimer(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("setitimer", nargs, kwnames, 2, 3) < 0) return NULL;
    int64_t which;
    if (sig_int_arg(args[0], &which) < 0) return NULL;
    double secs = gp_float_as_double(args[1]), interval = nargs > 2 ? gp_float_as_double(args[2]) : 0.0;
    if (gp_err_occurred()) return NULL;
    struct itimerval nv, ov;
    secs_to_timeval(secs, &nv.it_value);
    secs_to_timeval(interval, &nv.it_interval);
    if (setitimer((int)which, &nv, &ov) < 0) return gp_err_from_errno(gp_exc_OSError);
    return itimer_tuple(&ov);
}

static gp_obj *s_getitimer(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getitimer", nargs, kwnames, 1, 1) < 0) return NULL;
    int64_t which;
    if (sig_int_arg(args[0], &which) < 0) return NULL;
    struct itimerval v;
    if (getitimer((int)which, &v) < 0) return gp_err_from_errno(gp_exc_OSError);
    return itimer_tuple(&v);
}

static const gp_methoddef signal_functions[] = {
    {"signal", s_signal, 0, "signal(signalnum, handler): set the handler; returns the previous one."},
    {"getsignal", s_getsignal, 0, NULL},
    {"default_int_handler", s_default_int_handler, 0, "The default handler for SIGINT: raises KeyboardInterrupt."},
    {"raise_signal", s_raise_signal, 0, NULL},
    {"alarm", s_alarm, 0, NULL},
    {"pause", s_pause, 0, NULL},
    {"strsignal", s_strsignal, 0, NULL},
    {"valid_signals", s_valid_signals, 0, NULL},
    {"pthread_kill", s_pthread_kill, 0, NULL},
    {"set_wakeup_fd", s_set_wakeup_fd, 0, NULL},
    {"setitimer", s_setitimer, 0, NULL},
    {"getitimer", s_getitimer, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_signal_init(void) {
    gp_obj *m = gp_module_new("_signal");
    if (!m) return NULL;
    if (gp_module_add_functions(m, signal_functions) < 0) goto fail;
    static const struct { const char *name; int v; } consts[] = {
        {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", NSIG},
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
        {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
        {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
        {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
        {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
        {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR},
        {"SIGSYS", SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
        {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
        {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        gp_obj *v = gp_int_from_i64(consts[i].v);
        int rc = v ? gp_module_add_object(m, consts[i].name, v) : -1;
        gp_xdecref(v);
        if (rc < 0) goto fail;
    }
    if (gp_module_add_object(m, "ItimerError", (gp_obj *)gp_exc_OSError) < 0) goto fail;
    if (!sig_default_int_handler) {
        sig_default_int_handler = gp_getattr_str(m, "default_int_handler");
        if (!sig_default_int_handler) goto fail;
        if (!sig_handlers[SIGINT]) {
            struct sigaction sa;
            if (sigaction(SIGINT, NULL, &sa) == 0 && sa.sa_handler == sig_handler)
                sig_handlers[SIGINT] = gp_incref(sig_default_int_handler);
        }
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
