/*
 * mod_os.c — _os, the C primitives under lib/os.py: files and
 * directories (stat, remove, rename, mkdir, rmdir, listdir, getcwd,
 * chdir), file descriptors (pipe, read, write, close), the process
 * (getpid, getppid, environ, urandom, cpu_count, strerror, _exit).
 * Blocking calls drop the GIL so other threads run meanwhile.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "thread.h"

extern char **environ;

static int get_fd(gp_obj *o, int *fd) { return gp_int_as_cint(o, fd, "fd is greater than maximum"); }

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


static gp_obj *os_getppid(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getppid", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_i64(getppid());
}



static gp_obj *os_strerror(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("strerror", nargs, kwnames, 1, 1) < 0) return NULL;
    int code;
    if (get_fd(args[0], &code) < 0) return NULL;
    return gp_str_from_cstr(strerror(code));
}


static const char *path_arg(gp_obj *o, const char *fname) {
    if (!GP_STR_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %T", fname, o);
        return NULL;
    }
    return GP_STR_DATA(o);
}

static gp_obj *os_stat_impl(gp_obj *const *args, size_t nargs, gp_obj *kwnames, bool follow) {
    if (gp_check_nargs(follow ? "stat" : "lstat", nargs, kwnames, 1, 1) < 0) return NULL;
    const char *p = path_arg(args[0], "stat");
    if (!p) return NULL;
    struct stat st;
    int rc;
    GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
    rc = follow ? stat(p, &st) : lstat(p, &st);
    GIL_END_ALLOW_THREADS
    if (rc < 0) return gp_err_from_errno_filename(gp_exc_OSError, args[0]);
    /* (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) */
    gp_obj *t = gp_tuple_new(10);
    if (!t) return NULL;
    int64_t v[7] = {st.st_mode, (int64_t)st.st_ino, (int64_t)st.st_dev, (int64_t)st.st_nlink,
                    st.st_uid, st.st_gid, st.st_size};
    for (int i = 0; i < 7; i++) GP_TUPLE_ITEMS(t)[i] = gp_int_from_i64(v[i]);
    GP_TUPLE_ITEMS(t)[7] = gp_float_new(st.st_atim.tv_sec + st.st_atim.tv_nsec / 1e9);
    GP_TUPLE_ITEMS(t)[8] = gp_float_new(st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9);
    GP_TUPLE_ITEMS(t)[9] = gp_float_new(st.st_ctim.tv_sec + st.st_ctim.tv_nsec / 1e9);
    for (int i = 0; i < 10; i++)
        if (!GP_TUPLE_ITEMS(t)[i]) {
            for (int j = i; j < 10; j++) GP_TUPLE_ITEMS(t)[j] = GP_NONE_NEW();
            gp_decref(t);
            return NULL;
        }
    return t;
}

static gp_obj *os_stat(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return os_stat_impl(a, n, k, true); }
static gp_obj *os_lstat(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return os_stat_impl(a, n, k, false); }

#define PATH_OP(name, call)                                                                     \
    static gp_obj *os_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) { \
        if (gp_check_nargs(#name, nargs, kwnames, 1, 2) < 0) return NULL;                       \
        const char *p = path_arg(args[0], #name);                                               \
        if (!p) return NULL;                                                                    \
        int rc;                                                                                 \
        GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)                                            \
        rc = call;                                                                              \
        GIL_END_ALLOW_THREADS                                                                   \
        if (rc < 0) return gp_err_from_errno_filename(gp_exc_OSError, args[0]);                \
        return GP_NONE_NEW();                                                                   \
    }

PATH_OP(remove, unlink(p))
PATH_OP(rmdir, rmdir(p))
PATH_OP(chdir, chdir(p))
PATH_OP(mkdir, mkdir(p, nargs > 1 ? (mode_t)gp_int_as_ssize(args[1]) : 0777))

static gp_obj *os_rename(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("rename", nargs, kwnames, 2, 2) < 0) return NULL;
    const char *a = path_arg(args[0], "rename"), *b = a ? path_arg(args[1], "rename") : NULL;
    if (!b) return NULL;
    if (rename(a, b) < 0) return gp_err_from_errno_filename(gp_exc_OSError, args[0]);
    return GP_NONE_NEW();
}

static gp_obj *os_getcwd(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getcwd", nargs, kwnames, 0, 0) < 0) return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return gp_err_from_errno(gp_exc_OSError);
    return gp_str_from_cstr(buf);
}

static gp_obj *os_listdir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("listdir", nargs, kwnames, 0, 1) < 0) return NULL;
    const char *p = nargs ? path_arg(args[0], "listdir") : ".";
    if (!p) return NULL;
    DIR *d = opendir(p);
    if (!d) {
        if (nargs) return gp_err_from_errno_filename(gp_exc_OSError, args[0]);
        return gp_err_from_errno(gp_exc_OSError);
    }
    gp_obj *l = gp_list_new(0);
    struct dirent *e;
    while (l && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        gp_obj *s = gp_str_from_cstr(e->d_name);
        if (!s || gp_list_append(l, s) < 0) GP_CLEAR(l);
        gp_xdecref(s);
    }
    closedir(d);
    return l;
}

static gp_obj *os_getpid(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_int_from_i64(getpid());
}

static gp_obj *os_cpu_count(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? gp_int_from_i64(n) : GP_NONE_NEW();
}

static gp_obj *os_urandom(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("urandom", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_ssize n = gp_index_ssize(args[0]);
    if (n < 0) return gp_err_occurred() ? NULL : gp_err_set_str(gp_exc_ValueError, "negative argument not allowed");
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return NULL;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    gp_ssize got = 0;
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, buf + got, (size_t)(n - got));
        if (r <= 0) break;
        got += r;
    }
    if (fd >= 0) close(fd);
    gp_obj *b = got == n ? gp_bytes_new(buf, (size_t)n) : gp_err_from_errno(gp_exc_OSError);
    gp_mem_free(buf);
    return b;
}

static gp_obj *os_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_exit", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_ssize code = gp_index_ssize(args[0]);
    gp_sys_flush_all();
    _exit((int)code);
}

static gp_obj *os_putenv(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("putenv", nargs, kwnames, 2, 2) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]) || !GP_STR_CHECK(args[1])) return gp_err_set_str(gp_exc_TypeError, "str expected");
    if (setenv(GP_STR_DATA(args[0]), GP_STR_DATA(args[1]), 1) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *os_unsetenv(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("unsetenv", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_set_str(gp_exc_TypeError, "str expected");
    unsetenv(GP_STR_DATA(args[0]));
    return GP_NONE_NEW();
}

/* open(path, flags, mode=0o777) -> fd; the GIL is released meanwhile
 * (opening a FIFO or a slow file system may block). */
static gp_obj *os_open(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("open", nargs, kwnames, 2, 3) < 0) return NULL;
    const char *p = path_arg(args[0], "open");
    int flags, mode = 0777, fd, err;
    if (!p || get_fd(args[1], &flags) < 0 || (nargs > 2 && get_fd(args[2], &mode) < 0)) return NULL;
    gp_thread *ts = gp_tstate();
    for (;;) {
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        fd = open(p, flags | O_CLOEXEC, (mode_t)mode);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (fd >= 0) return gp_int_from_i64(fd);
        if (err != EINTR) break;
        if (gp_vm_handle_pending(ts) < 0) return NULL;
    }
    errno = err;
    return gp_err_from_errno_filename(gp_exc_OSError, args[0]);
}

static gp_obj *os_lseek(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("lseek", nargs, kwnames, 3, 3) < 0) return NULL;
    int fd, how;
    if (get_fd(args[0], &fd) < 0 || get_fd(args[2], &how) < 0) return NULL;
    gp_ssize pos = gp_index_ssize(args[1]);
    if (pos == -1 && gp_err_occurred()) return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(r);
}

static gp_obj *os_fsync(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("fsync", nargs, kwnames, 1, 1) < 0) return NULL;
    int fd, rc;
    if (get_fd(args[0], &fd) < 0) return NULL;
    GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
    rc = fsync(fd);
    GIL_END_ALLOW_THREADS
    if (rc < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *os_ftruncate(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("ftruncate", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0) return NULL;
    gp_ssize len = gp_index_ssize(args[1]);
    if (len == -1 && gp_err_occurred()) return NULL;
    if (ftruncate(fd, (off_t)len) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *os_set_blocking(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("set_blocking", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd;
    if (get_fd(args[0], &fd) < 0) return NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return gp_err_from_errno(gp_exc_OSError);
    fl = gp_truthy(args[1]) > 0 ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    if (fcntl(fd, F_SETFL, fl) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static const struct { const char *name; int value; } os_constants[] = {
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_NONBLOCK", O_NONBLOCK},
    {"O_CLOEXEC", O_CLOEXEC}, {"O_SYNC", O_SYNC}, {"O_NOCTTY", O_NOCTTY}, {"O_DIRECTORY", O_DIRECTORY},
    {NULL, 0},
};

static const gp_methoddef os_functions[] = {
    {"open", os_open, 0, NULL}, {"lseek", os_lseek, 0, NULL}, {"fsync", os_fsync, 0, NULL},
    {"ftruncate", os_ftruncate, 0, NULL}, {"set_blocking", os_set_blocking, 0, NULL},
    {"stat", os_stat, 0, NULL}, {"lstat", os_lstat, 0, NULL}, {"remove", os_remove, 0, NULL},
    {"unlink", os_remove, 0, NULL}, {"rmdir", os_rmdir, 0, NULL}, {"mkdir", os_mkdir, 0, NULL},
    {"chdir", os_chdir, 0, NULL}, {"rename", os_rename, 0, NULL}, {"getcwd", os_getcwd, 0, NULL},
    {"listdir", os_listdir, 0, NULL}, {"getpid", os_getpid, 0, NULL}, {"cpu_count", os_cpu_count, 0, NULL},
    {"urandom", os_urandom, 0, NULL}, {"_exit", os_exit, 0, NULL}, {"putenv", os_putenv, 0, NULL},
    {"unsetenv", os_unsetenv, 0, NULL}, {"pipe", os_pipe, 0, NULL}, {"read", os_read, 0, NULL},
    {"write", os_write, 0, NULL}, {"close", os_close, 0, NULL}, {"getppid", os_getppid, 0, NULL},
    {"strerror", os_strerror, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_obj *gp_mod_os_init(void) {
    gp_obj *m = gp_module_new("_os");
    if (!m) return NULL;
    if (gp_module_add_functions(m, os_functions) < 0) goto fail;
    for (int i = 0; os_constants[i].name; i++) {
        gp_obj *v = gp_int_from_i64(os_constants[i].value);
        if (!v || gp_module_add_object(m, os_constants[i].name, v) < 0) { gp_xdecref(v); goto fail; }
        gp_decref(v);
    }
    gp_obj *env = gp_dict_new();
    if (!env) goto fail;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        gp_obj *k = gp_str_new(*e, (size_t)(eq - *e)), *v = gp_str_from_cstr(eq + 1);
        if (!k || !v) { gp_err_clear(); gp_xdecref(k); gp_xdecref(v); continue; }
        int rc = gp_dict_set(env, k, v);
        gp_decref(k);
        gp_decref(v);
        if (rc < 0) { gp_decref(env); goto fail; }
    }
    int rc = gp_module_add_object(m, "environ", env);
    gp_decref(env);
    if (rc < 0) goto fail;
    return m;
fail:
    gp_decref(m);
    return NULL;
}
