/*
 * mod_mpshared.c — _mp, the C primitives under multiprocessing and the
 * process half of os: fork (with the child-side clean-up of the GIL, the
 * thread list and threading's state), waitpid/kill and the W* status
 * macros, memory shared between processes (anonymous MAP_SHARED mmap made
 * before fork: multiprocessing.Value/Array read and write it by typecode)
 * and process-shared POSIX semaphores living in that memory (Lock, RLock,
 * Semaphore, Event, Condition are built on them in lib/multiprocessing).
 * pack_double/unpack_double give pickle its BINFLOAT encoding.
 *
 * Shared blocks and semaphores are named by their address (an int): the
 * module is private (underscore) and lib/multiprocessing never lets a
 * user pass an address of their own.  Blocks are never unmapped: they
 * live as long as the process, like CPython's heap arenas.
 */
#include <errno.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sys/mman.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

#include "thread.h"

void gp_after_fork_child(void); /* thread.c */

static int int_arg(gp_obj *o, int64_t *v) {
    if (!GP_INT_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf = 0;
    *v = gp_int_as_i64(o, &ovf);
    if (ovf) { gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C long"); return -1; }
    return 0;
}

/* fork with the GIL held (gil_after_fork_child needs the forking thread
 * to be the holder); the child then forgets every other thread. */
static gp_obj *mp_fork(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("fork", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_sys_flush_all();
    pid_t pid = fork();
    if (pid < 0) return gp_err_from_errno(gp_exc_OSError);
    if (pid == 0) {
        gp_after_fork_child();
        gp_obj *m = gp_import_cstr("_mp_afterfork");
        gp_obj *r = m ? gp_getattr_str(m, "after_fork") : NULL;
        gp_obj *res = r ? gp_call0(r) : NULL;
        if (!res) gp_err_clear();
        gp_xdecref(res);
        gp_xdecref(r);
        gp_xdecref(m);
    }
    return gp_int_from_i64(pid);
}

static gp_obj *mp_waitpid(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("waitpid", nargs, kwnames, 2, 2) < 0) return NULL;
    int64_t pid, opt;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &opt) < 0) return NULL;
    int status = 0;
    pid_t r;
    int err = 0;
    for (;;) {
        GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
        r = waitpid((pid_t)pid, &status, (int)opt);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (r >= 0 || err != EINTR) break;
        if (gp_vm_handle_pending(gp_tstate()) < 0) return NULL;
    }
    if (r < 0) { errno = err; return gp_err_from_errno(gp_exc_OSError); }
    gp_obj *a = gp_int_from_i64(r), *b = gp_int_from_i64(status);
    gp_obj *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return t;
}

static gp_obj *mp_kill(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("kill", nargs, kwnames, 2, 2) < 0) return NULL;
    int64_t pid, sig;
    if (int_arg(args[0], &pid) < 0 || int_arg(args[1], &sig) < 0) return NULL;
    if (kill((pid_t)pid, (int)sig) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

#define STATUS_FN(name, expr, mk)                                                                    \
    static gp_obj *mp_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {    \
        if (gp_check_nargs(#name, nargs, kwnames, 1, 1) < 0) return NULL;                            \
        int64_t v;                                                                                   \
        if (int_arg(args[0], &v) < 0) return NULL;                                                   \
        int s = (int)v;                                                                              \
        return mk(expr);                                                                             \
    }
STATUS_FN(WIFEXITED, WIFEXITED(s), gp_bool_new)
STATUS_FN(WEXITSTATUS, WEXITSTATUS(s), gp_int_from_i64)
STATUS_FN(WIFSIGNALED, WIFSIGNALED(s), gp_bool_new)
STATUS_FN(WTERMSIG, WTERMSIG(s), gp_int_from_i64)
STATUS_FN(WIFSTOPPED, WIFSTOPPED(s), gp_bool_new)

/* set_pdeathsig(sig): the kernel sends sig to this process when the
 * thread that forked it exits (Linux): daemonic children and pool
 * workers die with their parent instead of blocking for ever. */
static gp_obj *mp_set_pdeathsig(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("set_pdeathsig", nargs, kwnames, 1, 1) < 0) return NULL;
    int64_t sig;
    if (int_arg(args[0], &sig) < 0) return NULL;
#ifdef __linux__
    if (prctl(PR_SET_PDEATHSIG, (unsigned long)sig) < 0) return gp_err_from_errno(gp_exc_OSError);
#endif
    return GP_NONE_NEW();
}

/* poll(fd, timeout): True when fd is readable (or at EOF) within timeout
 * seconds (None: wait for ever), with the GIL released meanwhile. */
static gp_obj *mp_poll(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("poll", nargs, kwnames, 2, 2) < 0) return NULL;
    int64_t fd;
    if (int_arg(args[0], &fd) < 0) return NULL;
    int ms = -1;
    if (args[1] != gp_None) {
        double t = gp_float_as_double(args[1]);
        if (t == -1.0 && gp_err_occurred()) return NULL;
        ms = t <= 0 ? 0 : (t > 2e9 / 1000 ? 2000000000 : (int)(t * 1000 + 0.999));
    }
    struct pollfd p = {.fd = (int)fd, .events = POLLIN};
    int r, err;
    for (;;) {
        GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
        r = poll(&p, 1, ms);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (r >= 0 || err != EINTR) break;
        if (gp_vm_handle_pending(gp_tstate()) < 0) return NULL;
    }
    if (r < 0) { errno = err; return gp_err_from_errno(gp_exc_OSError); }
    return gp_bool_new(r > 0);
}

/* ---- shared memory ----------------------------------------------------- */

static void *shm_map(size_t n) {
    void *p = mmap(NULL, n ? n : 1, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* The blocks handed out by shm_alloc and sem_alloc, so that a bad address
 * coming from Python is an error, never a wild access.  Open addressing on
 * the (page-aligned) address; touched only under the GIL. */
enum { BLK_EMPTY = 0, BLK_SHM = 1, BLK_SEM = 2, BLK_DEAD = 3 };
typedef struct blk { uintptr_t addr; size_t size; int kind; } blk;
static blk *blks;
static size_t blk_cap, blk_used;

static size_t blk_slot(uintptr_t a) { return (size_t)(((uint64_t)a >> 12) * 0x9E3779B97F4A7C15ull); }

static blk *blk_find(uintptr_t a, int kind) {
    if (!blk_cap) return NULL;
    for (size_t i = blk_slot(a) & (blk_cap - 1);; i = (i + 1) & (blk_cap - 1)) {
        if (blks[i].kind == BLK_EMPTY) return NULL;
        if (blks[i].addr == a && blks[i].kind == kind) return &blks[i];
    }
}

static int blk_add(uintptr_t a, size_t size, int kind) {
    if ((blk_used + 1) * 2 > blk_cap) {
        size_t ncap = blk_cap ? blk_cap * 2 : 64;
        blk *nb = calloc(ncap, sizeof *nb), *old = blks;
        if (!nb) return -1;
        size_t ocap = blk_cap;
        blks = nb;
        blk_cap = ncap;
        blk_used = 0;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].kind == BLK_SHM || old[i].kind == BLK_SEM) blk_add(old[i].addr, old[i].size, old[i].kind);
        free(old);
    }
    size_t i = blk_slot(a) & (blk_cap - 1);
    while (blks[i].kind != BLK_EMPTY) i = (i + 1) & (blk_cap - 1);
    blks[i] = (blk){a, size, kind};
    blk_used++;
    return 0;
}

static blk *blk_arg(gp_obj *o, int kind) {
    int64_t a;
    if (int_arg(o, &a) < 0) return NULL;
    blk *b = blk_find((uintptr_t)a, kind);
    if (!b) gp_err_set_str(gp_exc_ValueError, kind == BLK_SEM ? "not a semaphore of this process" : "not a shared block of this process");
    return b;
}

static gp_obj *mp_shm_alloc(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("shm_alloc", nargs, kwnames, 1, 1) < 0) return NULL;
    int64_t n;
    if (int_arg(args[0], &n) < 0) return NULL;
    if (n < 0) return gp_err_set_str(gp_exc_ValueError, "negative size");
    void *p = shm_map((size_t)n);
    if (!p) return gp_err_from_errno(gp_exc_OSError);
    if (blk_add((uintptr_t)p, (size_t)n, BLK_SHM) < 0) {
        munmap(p, n ? (size_t)n : 1);
        return gp_err_nomemory();
    }
    return gp_int_from_i64((int64_t)(uintptr_t)p);
}

static int item_size(const char *tc) {
    switch (tc[0]) {
    case 'b': case 'B': case 'c': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static int shm_args(gp_obj *const *args, const char **tc, char **at) {
    int64_t idx;
    blk *b = blk_arg(args[0], BLK_SHM);
    if (!b || int_arg(args[2], &idx) < 0) return -1;
    if (!GP_STR_CHECK(args[1]) || GP_STR_NBYTES(args[1]) != 1 || !item_size(GP_STR_DATA(args[1]))) {
        gp_err_set_str(gp_exc_TypeError, "bad typecode");
        return -1;
    }
    *tc = GP_STR_DATA(args[1]);
    int64_t sz = item_size(*tc);
    if (idx < 0 || idx >= (int64_t)(b->size / (size_t)sz)) {
        gp_err_set_str(gp_exc_IndexError, "shared memory index out of range");
        return -1;
    }
    *at = (char *)b->addr + idx * sz;
    return 0;
}

static gp_obj *mp_shm_get(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("shm_get", nargs, kwnames, 3, 3) < 0) return NULL;
    const char *tc;
    char *p;
    if (shm_args(args, &tc, &p) < 0) return NULL;
    switch (tc[0]) {
    case 'b': return gp_int_from_i64(*(int8_t *)p);
    case 'B': return gp_int_from_i64(*(uint8_t *)p);
    case 'c': return gp_bytes_new(p, 1);
    case 'h': return gp_int_from_i64(*(int16_t *)p);
    case 'H': return gp_int_from_i64(*(uint16_t *)p);
    case 'i': return gp_int_from_i64(*(int32_t *)p);
    case 'I': return gp_int_from_i64(*(uint32_t *)p);
    case 'f': return gp_float_new(*(float *)p);
    case 'd': return gp_float_new(*(double *)p);
    case 'L': case 'Q': return gp_int_from_i64((int64_t)*(uint64_t *)p);
    default: return gp_int_from_i64(*(int64_t *)p);
    }
}

static gp_obj *mp_shm_set(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("shm_set", nargs, kwnames, 4, 4) < 0) return NULL;
    const char *tc;
    char *p;
    if (shm_args(args, &tc, &p) < 0) return NULL;
    gp_obj *v = args[3];
    if (tc[0] == 'c') {
        if (!GP_BYTES_CHECK(v) || GP_BYTES_SIZE(v) != 1) return gp_err_set_str(gp_exc_TypeError, "one character bytes expected");
        *p = GP_BYTES_DATA(v)[0];
        return GP_NONE_NEW();
    }
    if (tc[0] == 'd' || tc[0] == 'f') {
        double d = gp_float_as_double(v);
        if (d == -1.0 && gp_err_occurred()) return NULL;
        if (tc[0] == 'd') *(double *)p = d;
        else *(float *)p = (float)d;
        return GP_NONE_NEW();
    }
    int64_t i;
    if (int_arg(v, &i) < 0) return NULL;
    switch (item_size(tc)) {
    case 1: *(int8_t *)p = (int8_t)i; break;
    case 2: *(int16_t *)p = (int16_t)i; break;
    case 4: *(int32_t *)p = (int32_t)i; break;
    default: *(int64_t *)p = i; break;
    }
    return GP_NONE_NEW();
}

/* shm_free(addr, nbytes): unmaps a block in this process only (children
 * keep their own mapping); the caller guarantees nothing here uses it. */
static gp_obj *mp_shm_free(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("shm_free", nargs, kwnames, 2, 2) < 0) return NULL;
    blk *b = blk_arg(args[0], BLK_SHM);
    if (!b) return NULL;
    munmap((void *)b->addr, b->size ? b->size : 1);
    b->kind = BLK_DEAD;
    return GP_NONE_NEW();
}

/* ---- process-shared semaphores ----------------------------------------- */

static sem_t *sem_arg(gp_obj *o) {
    blk *b = blk_arg(o, BLK_SEM);
    return b ? (sem_t *)b->addr : NULL;
}

static gp_obj *mp_sem_alloc(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sem_alloc", nargs, kwnames, 1, 1) < 0) return NULL;
    int64_t v;
    if (int_arg(args[0], &v) < 0) return NULL;
    if (v < 0) return gp_err_set_str(gp_exc_ValueError, "semaphore initial value must be >= 0");
    sem_t *s = shm_map(sizeof(sem_t));
    if (!s) return gp_err_from_errno(gp_exc_OSError);
    if (sem_init(s, 1, (unsigned)v) < 0 || blk_add((uintptr_t)s, sizeof(sem_t), BLK_SEM) < 0) {
        int err = errno;
        munmap(s, sizeof(sem_t));
        errno = err;
        return gp_err_from_errno(gp_exc_OSError);
    }
    return gp_int_from_i64((int64_t)(uintptr_t)s);
}

/* sem_acquire(addr, timeout): timeout None blocks, else seconds (0 tries). */
static gp_obj *mp_sem_acquire(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sem_acquire", nargs, kwnames, 2, 2) < 0) return NULL;
    sem_t *s = sem_arg(args[0]);
    if (!s) return NULL;
    int64_t ns = -1;
    if (args[1] != gp_None) {
        double t = gp_float_as_double(args[1]);
        if (t == -1.0 && gp_err_occurred()) return NULL;
        ns = t <= 0 ? 0 : (int64_t)(t * 1e9);
    }
    int r = gp_thread_sem_wait(s, ns);
    if (r < 0) return NULL;
    return gp_bool_new(r == 1);
}

static gp_obj *mp_sem_free(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sem_free", nargs, kwnames, 1, 1) < 0) return NULL;
    blk *b = blk_arg(args[0], BLK_SEM);
    if (!b) return NULL;
    munmap((void *)b->addr, sizeof(sem_t));
    b->kind = BLK_DEAD;
    return GP_NONE_NEW();
}

static gp_obj *mp_sem_release(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sem_release", nargs, kwnames, 1, 1) < 0) return NULL;
    sem_t *s = sem_arg(args[0]);
    if (!s) return NULL;
    if (sem_post(s) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *mp_sem_value(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sem_value", nargs, kwnames, 1, 1) < 0) return NULL;
    sem_t *s = sem_arg(args[0]);
    if (!s) return NULL;
    int v = 0;
    sem_getvalue(s, &v);
    return gp_int_from_i64(v);
}

/* ---- doubles for pickle (IEEE 754 big-endian, as BINFLOAT) -------------- */

static gp_obj *mp_pack_double(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("pack_double", nargs, kwnames, 1, 1) < 0) return NULL;
    double d = gp_float_as_double(args[0]);
    if (d == -1.0 && gp_err_occurred()) return NULL;
    uint64_t u;
    memcpy(&u, &d, 8);
    char b[8];
    for (int i = 0; i < 8; i++) b[i] = (char)(u >> (56 - 8 * i));
    return gp_bytes_new(b, 8);
}

static gp_obj *mp_unpack_double(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("unpack_double", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_BYTES_CHECK(args[0]) || GP_BYTES_SIZE(args[0]) != 8) return gp_err_set_str(gp_exc_ValueError, "need 8 bytes");
    const unsigned char *b = (const unsigned char *)GP_BYTES_DATA(args[0]);
    uint64_t u = 0;
    for (int i = 0; i < 8; i++) u = (u << 8) | b[i];
    double d;
    memcpy(&d, &u, 8);
    return gp_float_new(d);
}

/* run_capture(cmd) -> (exit status, stdout bytes): runs a shell command
 * (popen) with the GIL released while it runs, so that gilpy programs
 * (examples/demo.py) can compare themselves with a child gilpy or python3
 * without a subprocess module.  The status is the raw wait status. */
static gp_obj *mp_run_capture(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("run_capture", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_set_str(gp_exc_TypeError, "run_capture: cmd must be str");
    const char *cmd = GP_STR_DATA(args[0]);
    gp_sys_flush_all();
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int status = -1, oom = 0, err = 0;
    GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
    FILE *f = popen(cmd, "r");
    if (!f) {
        err = errno;
    } else {
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
            if (len + n > cap) {
                size_t nc = cap ? cap * 2 : 8192;
                while (nc < len + n) nc *= 2;
                char *nb = realloc(buf, nc);
                if (!nb) { oom = 1; break; }
                buf = nb;
                cap = nc;
            }
            memcpy(buf + len, chunk, n);
            len += n;
        }
        status = pclose(f);
    }
    GIL_END_ALLOW_THREADS
    if (err) { free(buf); errno = err; return gp_err_from_errno(gp_exc_OSError); }
    if (oom) { free(buf); return gp_err_set_str(gp_exc_MemoryError, "run_capture"); }
    gp_obj *b = gp_bytes_new(buf ? buf : "", len);
    free(buf);
    if (!b) return NULL;
    gp_obj *st = gp_int_from_i64(status);
    if (!st) { gp_decref(b); return NULL; }
    gp_obj *t = gp_tuple_pack(2, st, b);
    gp_decref(st);
    gp_decref(b);
    return t;
}

static const gp_methoddef mp_functions[] = {
    {"fork", mp_fork, 0, NULL},
    {"waitpid", mp_waitpid, 0, NULL},
    {"run_capture", mp_run_capture, 0, NULL},
    {"kill", mp_kill, 0, NULL},
    {"WIFEXITED", mp_WIFEXITED, 0, NULL},
    {"WEXITSTATUS", mp_WEXITSTATUS, 0, NULL},
    {"WIFSIGNALED", mp_WIFSIGNALED, 0, NULL},
    {"WTERMSIG", mp_WTERMSIG, 0, NULL},
    {"WIFSTOPPED", mp_WIFSTOPPED, 0, NULL},
    {"poll", mp_poll, 0, NULL},
    {"set_pdeathsig", mp_set_pdeathsig, 0, NULL},
    {"shm_alloc", mp_shm_alloc, 0, NULL},
    {"shm_get", mp_shm_get, 0, NULL},
    {"shm_free", mp_shm_free, 0, NULL},
    {"sem_free", mp_sem_free, 0, NULL},
    {"shm_set", mp_shm_set, 0, NULL},
    {"sem_alloc", mp_sem_alloc, 0, NULL},
    {"sem_acquire", mp_sem_acquire, 0, NULL},
    {"sem_release", mp_sem_release, 0, NULL},
    {"sem_value", mp_sem_value, 0, NULL},
    {"pack_double", mp_pack_double, 0, NULL},
    {"unpack_double", mp_unpack_double, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static gp_obj *gp_mod_mp_init(void) {
    gp_obj *m = gp_module_new("_mp");
    if (!m) return NULL;
    if (gp_module_add_functions(m, mp_functions) < 0) goto fail;
    static const struct { const char *n; int v; } consts[] = {
        {"WNOHANG", WNOHANG}, {"SIGTERM", SIGTERM}, {"SIGKILL", SIGKILL}, {"SIGINT", SIGINT},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        gp_obj *v = gp_int_from_i64(consts[i].v);
        int rc = v ? gp_module_add_object(m, consts[i].n, v) : -1;
        gp_xdecref(v);
        if (rc < 0) goto fail;
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}

/* Registered before main() runs, so no edit of state.c's list is needed. */
__attribute__((constructor)) static void mp_register(void) { gp_import_register_builtin("_mp", gp_mod_mp_init); }
