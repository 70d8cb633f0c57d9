/*
 * mod_select.c — _select, the C primitives under lib/select.py:
 * select() over fd lists and epoll instances as file descriptors
 * (epoll_create / ctl / wait).  Waiting always drops the GIL; EINTR runs
 * pending signal handlers and retries with the remaining timeout.
 * lib/select.py wraps fds in objects with fileno() and the epoll class.
 */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>

#include "vm.h"

static int arg_int(gp_obj *o, int *out) { return gp_int_as_cint(o, out, "signed integer is greater than maximum"); }

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* timeout None → -1 (forever), else seconds ≥ 0 */
static int get_timeout(gp_obj *o, double *out) {
    if (o == gp_None) { *out = -1; return 0; }
    if (!GP_INT_CHECK(o) && !GP_FLOAT_CHECK(o)) {
        gp_err_format(gp_exc_TypeError, "timeout must be a float or None, not %T", o);
        return -1;
    }
    *out = gp_float_as_double(o);
    if (*out == -1.0 && gp_err_occurred()) return -1;
    if (isnan(*out)) { gp_err_set_str(gp_exc_ValueError, "Invalid value NaN (not a number)"); return -1; }
    return 0;
}

static int fill_set(gp_obj *list, fd_set *set, int *maxfd) {
    FD_ZERO(set);
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(list); i++) {
        int fd;
        if (arg_int(GP_TUPLE_GET(list, i), &fd) < 0) return -1;
        if (fd < 0 || fd >= FD_SETSIZE) { gp_err_set_str(gp_exc_ValueError, "filedescriptor out of range in select()"); return -1; }
        FD_SET(fd, set);
        if (fd > *maxfd) *maxfd = fd;
    }
    return 0;
}

static gp_obj *ready_list(gp_obj *list, fd_set *set) {
    gp_obj *out = gp_list_new(0);
    for (gp_ssize i = 0; out && i < GP_TUPLE_SIZE(list); i++) {
        int ovf = 0, fd = (int)gp_int_as_i64(GP_TUPLE_GET(list, i), &ovf);
        if (FD_ISSET(fd, set) && gp_list_append(out, GP_TUPLE_GET(list, i)) < 0) GP_CLEAR(out);
    }
    return out;
}

/* select(rfds, wfds, xfds, timeout) over tuples of ints -> ([r], [w], [x]) */
static gp_obj *sel_select(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("select", nargs, kwnames, 4, 4) < 0) return NULL;
    for (int i = 0; i < 3; i++)
        if (!GP_TUPLE_CHECK(args[i])) return gp_err_set_str(gp_exc_TypeError, "arguments 1-3 must be sequences");
    double timeout;
    if (get_timeout(args[3], &timeout) < 0) return NULL;
    if (timeout < 0 && args[3] != gp_None) return gp_err_set_str(gp_exc_ValueError, "timeout must be non-negative");
    if (timeout > 1e9) timeout = 1e9;
    int64_t deadline = now_ns() + (int64_t)(timeout * 1e9);
    fd_set sets[3];
    int maxfd = -1, rc, err;
    gp_thread *ts = gp_tstate();
    for (;;) {
        for (int i = 0; i < 3; i++)
            if (fill_set(args[i], &sets[i], &maxfd) < 0) return NULL;
        struct timeval tv, *tvp = NULL;
        if (timeout >= 0) {
            int64_t left = deadline - now_ns();
            if (left < 0) left = 0;
            tv.tv_sec = (time_t)(left / 1000000000);
            tv.tv_usec = (suseconds_t)(left % 1000000000 / 1000);
            tvp = &tv;
        }
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        rc = select(maxfd + 1, &sets[0], &sets[1], &sets[2], tvp);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (rc >= 0) break;
        if (err != EINTR) { errno = err; return gp_err_from_errno(gp_exc_OSError); }
        if (gp_vm_handle_pending(ts) < 0) return NULL;
    }
    gp_obj *r = ready_list(args[0], &sets[0]), *w = ready_list(args[1], &sets[1]), *x = ready_list(args[2], &sets[2]);
    gp_obj *t = r && w && x ? gp_tuple_pack(3, r, w, x) : NULL;
    gp_xdecref(r);
    gp_xdecref(w);
    gp_xdecref(x);
    return t;
}

static gp_obj *ep_create(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("epoll_create", nargs, kwnames, 0, 0) < 0) return NULL;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(fd);
}

/* epoll_ctl(epfd, op, fd, eventmask) */
static gp_obj *ep_ctl(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("epoll_ctl", nargs, kwnames, 4, 4) < 0) return NULL;
    int epfd, op, fd;
    if (arg_int(args[0], &epfd) < 0 || arg_int(args[1], &op) < 0 || arg_int(args[2], &fd) < 0) return NULL;
    /* the mask is unsigned: EPOLLET is 1 << 31 */
    if (!GP_INT_CHECK(args[3]))
        return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[3]);
    int ovf = 0;
    int64_t mask = gp_int_as_i64(args[3], &ovf);
    if (ovf || mask < 0 || mask > 0xffffffffLL)
        return gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C unsigned int");
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = (uint32_t)mask;
    ev.data.fd = fd;
    if (epoll_ctl(epfd, op, fd, &ev) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

/* epoll_wait(epfd, timeout, maxevents) -> [(fd, events)] */
static gp_obj *ep_wait(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("epoll_wait", nargs, kwnames, 3, 3) < 0) return NULL;
    int epfd, maxev, rc, err;
    double timeout;
    if (arg_int(args[0], &epfd) < 0 || get_timeout(args[1], &timeout) < 0 || arg_int(args[2], &maxev) < 0) return NULL;
    if (maxev <= 0) maxev = 1024;
    if (maxev > 4096) maxev = 4096;
    struct epoll_event evs[4096];
    if (timeout > 1e9) timeout = 1e9;
    int64_t deadline = now_ns() + (int64_t)(timeout * 1e9);
    gp_thread *ts = gp_tstate();
    for (;;) {
        int ms = -1;
        if (timeout >= 0) {
            int64_t left = deadline - now_ns(), m = (left + 999999) / 1000000;
            ms = left <= 0 ? 0 : m > 2147483647 ? 2147483647 : (int)m;
        }
        GIL_BEGIN_ALLOW_THREADS(ts->interp->gil)
        rc = epoll_wait(epfd, evs, maxev, ms);
        err = errno;
        GIL_END_ALLOW_THREADS
        if (rc >= 0) break;
        if (err != EINTR) { errno = err; return gp_err_from_errno(gp_exc_OSError); }
        if (gp_vm_handle_pending(ts) < 0) return NULL;
    }
    gp_obj *list = gp_list_new(0);
    for (int i = 0; list && i < rc; i++) {
        gp_obj *a = gp_int_from_i64(evs[i].data.fd), *b = gp_int_from_i64(evs[i].events);
        gp_obj *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
        gp_xdecref(a);
        gp_xdecref(b);
        if (!t || gp_list_append(list, t) < 0) GP_CLEAR(list);
        gp_xdecref(t);
    }
    return list;
}

static const gp_methoddef select_functions[] = {
    {"select", sel_select, 0, NULL},
    {"epoll_create", ep_create, 0, NULL},
    {"epoll_ctl", ep_ctl, 0, NULL},
    {"epoll_wait", ep_wait, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct { const char *name; long value; } select_constants[] = {
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLET", EPOLLET},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLL_CTL_ADD", EPOLL_CTL_ADD}, {"EPOLL_CTL_MOD", EPOLL_CTL_MOD}, {"EPOLL_CTL_DEL", EPOLL_CTL_DEL},
    {NULL, 0},
};

gp_obj *gp_mod_select_init(void) {
    gp_obj *m = gp_module_new("_select");
    if (!m) return NULL;
    if (gp_module_add_functions(m, select_functions) < 0) goto fail;
    for (int i = 0; select_constants[i].name; i++) {
        gp_obj *v = gp_int_from_i64((int64_t)(uint32_t)select_constants[i].value);
        if (!v || gp_module_add_object(m, select_constants[i].name, v) < 0) { gp_xdecref(v); goto fail; }
        gp_decref(v);
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
