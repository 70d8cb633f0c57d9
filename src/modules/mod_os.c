/*
 * mod_os.c — a small os module: pipe, read, write, close, getpid, getppid,
 * _exit, cpu_count, strerror, getenv and environ, name/sep/linesep.  read
 * and write drop the GIL around the system call so other threads run
 * while one blocks on a pipe.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "thread.h"

extern char **environ;

static int get_fd(gp_obj *o, int *fd) {
    if (!GP_INT_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    int ovf = 0;
    int64_t v = gp_int_as_i64(o, &ovf);
    if (ovf || v > 2147483647 || v < -2147483647 - 1) {
        gp_err_set_str(gp_exc_OverflowError, "fd is greater than maximum");
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static gp_obj *os_pipe(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("pipe", nargs, kwnames, 0, 0) < 0) return NULL;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return gp_err_from_errno(gp_exc_OSError);
    gp_obj *t = gp_tuple_new(2);
    if (!t) return NULL;
    GP_TUPLE_ITEMS(t)[0] = gp_int_from_i64(fds[0]);
    GP_TUPLE_ITEMS(t)[1] = gp_int_from_i64(fds[1]);
    return t;
}

static gp_obj *os_read(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("read", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0) return NULL;
    gp_ssize n = gp_index_ssize(args[1]);
    if (n == -1 && gp_err_occurred()) return NULL;
    if (n < 0) return gp_err_set_str(gp_exc_ValueError, "negative buffersize in read");
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return NULL;
    gp_thread *ts = gp_tstate();
    ssize_t got;
    for (;;) {
        int err;
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        got = read(fd, buf, (size_t)n);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (got >= 0) break;
        if (err != EINTR) {
            gp_mem_free(buf);
            errno = err;
            return gp_err_from_errno(gp_exc_OSError);
        }
        if (gp_vm_handle_pending(ts) < 0) {
            gp_mem_free(buf);
            return NULL;
        }
    }
    gp_obj *r = gp_bytes_new(buf, (size_t)got);
    gp_mem_free(buf);
    return r;
}

static gp_obj *os_write(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("write", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0) return NULL;
    if (!GP_BYTES_CHECK(args[1]))
        return gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    /* keep the bytes alive while the GIL is released */
    gp_obj *data = gp_incref(args[1]);
    gp_thread *ts = gp_tstate();
    ssize_t done;
    for (;;) {
        int err;
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        done = write(fd, GP_BYTES_DATA(data), (size_t)GP_BYTES_SIZE(data));
        err = errno;
        GIL_END_ALLOW_THREADS
        if (done >= 0) break;
        if (err != EINTR) {
            gp_decref(data);
            errno = err;
            return gp_err_from_errno(gp_exc_OSError);
        }
        if (gp_vm_handle_pending(ts) < 0) {
            gp_decref(data);
            return NULL;
        }
    }
    gp_decref(data);
    return gp_int_from_i64(done);
}

static gp_obj *os_close(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("close", nargs, kwnames, 1, 1) < 0) return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0) return NULL;
    if (close(fd) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *os_getpid(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getpid", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_i64(getpid());
}

static gp_obj *os_getppid(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getppid", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_i64(getppid());
}

static gp_obj *os_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_exit", nargs, kwnames, 1, 1) < 0) return NULL;
    int ovf = 0;
    if (!GP_INT_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t v = gp_int_as_i64(args[0], &ovf);
    _exit((int)v);
}

static gp_obj *os_cpu_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("cpu_count", nargs, kwnames, 0, 0) < 0) return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) return GP_NONE_NEW();
    return gp_int_from_i64(n);
}

static gp_obj *os_strerror(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("strerror", nargs, kwnames, 1, 1) < 0) return NULL;
    int code;
    if (get_fd(args[0], &code) < 0) return NULL;
    return gp_str_from_cstr(strerror(code));
}

static gp_obj *os_getenv(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getenv", nargs, kwnames, 1, 2) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "str expected, not %T", args[0]);
    const char *v = getenv(GP_STR_DATA(args[0]));
    if (v) return gp_str_from_cstr(v);
    return gp_incref(nargs > 1 ? args[1] : gp_None);
}

static const gp_methoddef os_functions[] = {
    {"pipe", os_pipe, 0, NULL},
    {"read", os_read, 0, NULL},
    {"write", os_write, 0, NULL},
    {"close", os_close, 0, NULL},
    {"getpid", os_getpid, 0, NULL},
    {"getppid", os_getppid, 0, NULL},
    {"_exit", os_exit, 0, NULL},
    {"cpu_count", os_cpu_count, 0, NULL},
    {"strerror", os_strerror, 0, NULL},
    {"getenv", os_getenv, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int add_str(gp_obj *m, const char *name, const char *value) {
    gp_obj *s = gp_str_from_cstr(value);
    if (!s) return -1;
    int rc = gp_module_add_object(m, name, s);
    gp_decref(s);
    return rc;
}

static int add_environ(gp_obj *m) {
    gp_obj *d = gp_dict_new();
    if (!d) return -1;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        gp_obj *k = gp_str_new(*e, (size_t)(eq - *e));
        gp_obj *v = gp_str_from_cstr(eq + 1);
        if (!k || !v || gp_dict_set(d, k, v) < 0) {
            /* not valid UTF-8: skip the variable */
            gp_err_clear();
        }
        gp_xdecref(k);
        gp_xdecref(v);
    }
    int rc = gp_module_add_object(m, "environ", d);
    gp_decref(d);
    return rc;
}

gp_obj *gp_mod_os_init(void) {
    gp_obj *m = gp_module_new("os");
    if (!m) return NULL;
    if (gp_module_add_functions(m, os_functions) < 0 || add_str(m, "name", "posix") < 0 ||
        add_str(m, "sep", "/") < 0 || add_str(m, "linesep", "\n") < 0 || add_str(m, "pathsep", ":") < 0 ||
        add_str(m, "curdir", ".") < 0 || add_str(m, "pardir", "..") < 0 || add_environ(m) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
