/*
 * mod_socket.c — _socket, the C primitives under lib/socket.py: BSD
 * sockets as plain file descriptors (the socket class itself is Python,
 * in lib/socket.py, which keeps the fd, family and timeout).
 *
 * Timeouts follow CPython: timeout < 0 means blocking (the fd is in
 * blocking mode and the call blocks with the GIL released); timeout >= 0
 * means the fd is non-blocking and each operation first poll()s for at
 * most that long (GIL released), raising TimeoutError("timed out").
 * EINTR runs pending signal handlers (KeyboardInterrupt) and retries.
 * Errors become the OSError subclass CPython picks for the errno.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "vm.h"

#define GIL_OFF GIL_BEGIN_ALLOW_THREADS(gp_tstate()->interp->gil)
#define GIL_ON GIL_END_ALLOW_THREADS

static int arg_int(gp_obj *o, int *out) { return gp_int_as_cint(o, out, "signed integer is greater than maximum"); }

static double arg_timeout(gp_obj *o) {
    if (o == gp_None) return -1.0;
    return gp_float_as_double(o);
}

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* Waits until fd is readable (or writable) for at most timeout seconds.
 * 1: ready, 0: timed out (TimeoutError set), -1: another exception. */
static int wait_fd(int fd, bool writing, double timeout) {
    if (fd < 0) { /* poll() would ignore it and sleep out the timeout */
        errno = EBADF;
        gp_err_from_errno(gp_exc_OSError);
        return -1;
    }
    if (timeout > 1e9) timeout = 1e9; /* ~31 years: keeps the deadline in range */
    int64_t deadline = now_ns() + (int64_t)(timeout * 1e9);
    gp_thread *ts = gp_tstate();
    for (;;) {
        int64_t left = deadline - now_ns();
        if (left < 0) left = 0;
        struct pollfd p = {fd, (short)(writing ? POLLOUT : POLLIN), 0};
        int r, err;
        GIL_OFF
        int64_t ms = (left + 999999) / 1000000;
        r = poll(&p, 1, ms > 2147483647 ? 2147483647 : (int)ms);
        err = errno;
        GIL_ON
        if (r > 0) return 1;
        if (r == 0) {
            gp_err_set_str(gp_exc_TimeoutError, "timed out");
            return 0;
        }
        if (err != EINTR) {
            errno = err;
            gp_err_from_errno(gp_exc_OSError);
            return -1;
        }
        if (gp_vm_handle_pending(ts) < 0) return -1;
    }
}

/* After a failed call: retry (1) on EINTR without a pending exception or
 * EAGAIN in timeout mode, else raise (-1). */
static int retry_or_raise(int err, double timeout) {
    if (err == EINTR) return gp_vm_handle_pending(gp_tstate()) < 0 ? -1 : 1;
    if (timeout >= 0 && (err == EAGAIN || err == EWOULDBLOCK) && timeout > 0) return 1;
    errno = err;
    gp_err_from_errno(gp_exc_OSError);
    return -1;
}

/* Sends and receives first try a call that cannot block (MSG_DONTWAIT)
 * with the GIL held: on a busy connection data or buffer room is usually
 * there, and skipping the release/re-acquire avoids one GIL hand-off per
 * call (behind a CPU-bound thread each hand-off costs a switch interval
 * under the cpython policy, the convoy effect).  1: done, 0: it would
 * block (take the slow path, GIL released), -1: exception raised. */
static int fast_result(ssize_t r, int err, double timeout) {
    if (r >= 0) return 1;
    if (err == EINTR) return 0;
    if ((err == EAGAIN || err == EWOULDBLOCK) && timeout != 0) return 0;
    errno = err;
    gp_err_from_errno(gp_exc_OSError);
    return -1;
}

/* ---- addresses ---------------------------------------------------------- */

static int resolve_host(const char *host, int family, struct sockaddr_storage *ss, socklen_t *len) {
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    int rc;
    GIL_OFF
    rc = getaddrinfo(host, NULL, &hints, &res);
    GIL_ON
    if (rc != 0 || !res) {
        gp_obj *args = gp_tuple_new(2);
        if (!args) return -1;
        GP_TUPLE_ITEMS(args)[0] = gp_int_from_i64(rc);
        GP_TUPLE_ITEMS(args)[1] = gp_str_from_cstr(gai_strerror(rc));
        gp_err_set(gp_exc_OSError, args);
        gp_decref(args);
        return -1;
    }
    memcpy(ss, res->ai_addr, res->ai_addrlen);
    *len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

/* (host, port) or (host, port, flowinfo, scope_id) → sockaddr. */
static int parse_addr(int family, gp_obj *addr, struct sockaddr_storage *ss, socklen_t *len) {
    memset(ss, 0, sizeof *ss);
    if (family == AF_UNIX) {
        if (!GP_STR_CHECK(addr)) {
            gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", addr);
            return -1;
        }
        struct sockaddr_un *un = (struct sockaddr_un *)ss;
        if ((size_t)GP_STR_NBYTES(addr) >= sizeof un->sun_path) {
            gp_err_set_str(gp_exc_OSError, "AF_UNIX path too long");
            return -1;
        }
        un->sun_family = AF_UNIX;
        strncpy(un->sun_path, GP_STR_DATA(addr), sizeof un->sun_path - 1);
        *len = sizeof *un;
        return 0;
    }
    const char *what = family == AF_INET6 ? "AF_INET6" : "AF_INET";
    if (!GP_TUPLE_CHECK(addr) || GP_TUPLE_SIZE(addr) < 2 || GP_TUPLE_SIZE(addr) > (family == AF_INET6 ? 4 : 2)) {
        gp_err_format(gp_exc_TypeError, "%s address must be tuple, not %T", what, addr);
        return -1;
    }
    gp_obj *h = GP_TUPLE_GET(addr, 0);
    int port;
    if (!GP_STR_CHECK(h)) {
        gp_err_format(gp_exc_TypeError, "str, bytes or bytearray expected, not %T", h);
        return -1;
    }
    if (arg_int(GP_TUPLE_GET(addr, 1), &port) < 0) return -1;
    if (port < 0 || port > 65535) {
        gp_err_format(gp_exc_OverflowError, "%s: port must be 0-65535.", family == AF_INET6 ? "connect" : "bind");
        return -1;
    }
    const char *host = GP_STR_DATA(h);
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)ss;
        in->sin_family = AF_INET;
        if (!*host) in->sin_addr.s_addr = htonl(INADDR_ANY);
        else if (strcmp(host, "<broadcast>") == 0) in->sin_addr.s_addr = htonl(INADDR_BROADCAST);
        else if (inet_pton(AF_INET, host, &in->sin_addr) != 1 && resolve_host(host, AF_INET, ss, len) < 0) return -1;
        in->sin_port = htons((uint16_t)port);
        *len = sizeof *in;
        return 0;
    }
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    in6->sin6_family = AF_INET6;
    if (!*host) in6->sin6_addr = in6addr_any;
    else if (inet_pton(AF_INET6, host, &in6->sin6_addr) != 1 && resolve_host(host, AF_INET6, ss, len) < 0) return -1;
    in6->sin6_port = htons((uint16_t)port);
    if (GP_TUPLE_SIZE(addr) > 2) {
        int v;
        if (arg_int(GP_TUPLE_GET(addr, 2), &v) < 0) return -1;
        in6->sin6_flowinfo = htonl((uint32_t)v);
    }
    if (GP_TUPLE_SIZE(addr) > 3) {
        int v;
        if (arg_int(GP_TUPLE_GET(addr, 3), &v) < 0) return -1;
        in6->sin6_scope_id = (uint32_t)v;
    }
    *len = sizeof *in6;
    return 0;
}

static gp_obj *make_addr(const struct sockaddr *sa, socklen_t len) {
    char buf[INET6_ADDRSTRLEN];
    if (len == 0) return GP_NONE_NEW();
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
        gp_obj *h = gp_str_from_cstr(buf), *p = gp_int_from_i64(ntohs(in->sin_port));
        gp_obj *t = h && p ? gp_tuple_pack(2, h, p) : NULL;
        gp_xdecref(h);
        gp_xdecref(p);
        return t;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
        gp_obj *t = gp_tuple_new(4);
        if (!t) return NULL;
        GP_TUPLE_ITEMS(t)[0] = gp_str_from_cstr(buf);
        GP_TUPLE_ITEMS(t)[1] = gp_int_from_i64(ntohs(in6->sin6_port));
        GP_TUPLE_ITEMS(t)[2] = gp_int_from_i64(ntohl(in6->sin6_flowinfo));
        GP_TUPLE_ITEMS(t)[3] = gp_int_from_i64(in6->sin6_scope_id);
        for (int i = 0; i < 4; i++)
            if (!GP_TUPLE_ITEMS(t)[i]) {
                for (int j = i; j < 4; j++) GP_TUPLE_ITEMS(t)[j] = GP_NONE_NEW();
                gp_decref(t);
                return NULL;
            }
        return t;
    }
    if (sa->sa_family == AF_UNIX) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        return gp_str_from_cstr(len > sizeof(sa_family_t) ? un->sun_path : "");
    }
    return GP_NONE_NEW();
}

/* ---- socket calls: _socket.f(fd, ...) ------------------------------------ */

static gp_obj *s_socket(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("socket", nargs, kwnames, 3, 3) < 0) return NULL;
    int fam, type, proto;
    if (arg_int(args[0], &fam) < 0 || arg_int(args[1], &type) < 0 || arg_int(args[2], &proto) < 0) return NULL;
    int fd = socket(fam, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(fd);
}

static gp_obj *s_socketpair(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("socketpair", nargs, kwnames, 3, 3) < 0) return NULL;
    int fam, type, proto, sv[2];
    if (arg_int(args[0], &fam) < 0 || arg_int(args[1], &type) < 0 || arg_int(args[2], &proto) < 0) return NULL;
    if (socketpair(fam, type | SOCK_CLOEXEC, proto, sv) < 0) return gp_err_from_errno(gp_exc_OSError);
    gp_obj *a = gp_int_from_i64(sv[0]), *b = gp_int_from_i64(sv[1]);
    gp_obj *t = a && b ? gp_tuple_pack(2, a, b) : NULL;
    gp_xdecref(a);
    gp_xdecref(b);
    return t;
}

/* bind(fd, family, addr) */
static gp_obj *s_bind(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("bind", nargs, kwnames, 3, 3) < 0) return NULL;
    int fd, fam;
    struct sockaddr_storage ss;
    socklen_t len;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &fam) < 0) return NULL;
    if (parse_addr(fam, args[2], &ss, &len) < 0) return NULL;
    if (bind(fd, (struct sockaddr *)&ss, len) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *s_listen(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("listen", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd, backlog;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &backlog) < 0) return NULL;
    if (listen(fd, backlog) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

/* accept(fd, timeout) -> (newfd, addr) */
static gp_obj *s_accept(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("accept", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd, nfd, err;
    if (arg_int(args[0], &fd) < 0) return NULL;
    double timeout = arg_timeout(args[1]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    struct sockaddr_storage ss;
    socklen_t len;
    for (;;) {
        if (timeout > 0 && wait_fd(fd, false, timeout) <= 0) return NULL;
        len = sizeof ss;
        GIL_OFF
        nfd = accept4(fd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC);
        err = errno;
        GIL_ON
        if (nfd >= 0) break;
        if (retry_or_raise(err, timeout) < 0) return NULL;
    }
    gp_obj *a = gp_int_from_i64(nfd), *addr = make_addr((struct sockaddr *)&ss, len);
    gp_obj *t = a && addr ? gp_tuple_pack(2, a, addr) : NULL;
    gp_xdecref(a);
    gp_xdecref(addr);
    if (!t) close(nfd);
    return t;
}

/* connect(fd, family, addr, timeout, raise) -> 0 or errno (connect_ex) */
static gp_obj *s_connect(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("connect", nargs, kwnames, 5, 5) < 0) return NULL;
    int fd, fam, rc, err;
    struct sockaddr_storage ss;
    socklen_t len;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &fam) < 0) return NULL;
    double timeout = arg_timeout(args[3]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    bool raise = gp_truthy(args[4]) > 0;
    if (parse_addr(fam, args[2], &ss, &len) < 0) return NULL;
    GIL_OFF
    rc = connect(fd, (struct sockaddr *)&ss, len);
    err = errno;
    GIL_ON
    if (rc < 0 && err == EINTR) {
        /* the connection goes on: wait for it as for a non-blocking one */
        if (gp_vm_handle_pending(gp_tstate()) < 0) return NULL;
        err = EINPROGRESS;
    }
    if (rc < 0 && err == EINPROGRESS && timeout != 0) {
        if (wait_fd(fd, true, timeout < 0 ? 1e9 : timeout) <= 0) {
            if (!raise && gp_err_matches(gp_exc_TimeoutError)) {
                gp_err_clear();
                return gp_int_from_i64(EAGAIN);
            }
            return NULL;
        }
        socklen_t el = sizeof err;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el);
        rc = err ? -1 : 0;
    }
    if (rc == 0) return gp_int_from_i64(0);
    if (!raise) return gp_int_from_i64(err);
    errno = err;
    return gp_err_from_errno(gp_exc_OSError);
}

static int get_data(gp_obj *o, const char **p, size_t *n) {
    if (GP_BYTES_CHECK(o)) {
        *p = GP_BYTES_DATA(o);
        *n = (size_t)GP_BYTES_SIZE(o);
        return 0;
    }
    if (GP_TYPE(o) == &gp_bytearray_type) {
        *p = ((gp_bytearray *)o)->data;
        *n = (size_t)((gp_bytearray *)o)->size;
        return 0;
    }
    gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    return -1;
}

/* send(fd, data, flags, timeout) -> n; sendto(fd, data, flags, timeout, family, addr) */
static gp_obj *send_impl(gp_obj *const *args, size_t nargs, gp_obj *kwnames, bool to) {
    if (gp_check_nargs(to ? "sendto" : "send", nargs, kwnames, to ? 6 : 4, to ? 6 : 4) < 0) return NULL;
    int fd, flags, fam = 0, err;
    const char *p;
    size_t n;
    struct sockaddr_storage ss;
    socklen_t len = 0;
    if (arg_int(args[0], &fd) < 0 || get_data(args[1], &p, &n) < 0 || arg_int(args[2], &flags) < 0) return NULL;
    double timeout = arg_timeout(args[3]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    if (to && (arg_int(args[4], &fam) < 0 || parse_addr(fam, args[5], &ss, &len) < 0)) return NULL;
    ssize_t r = to ? sendto(fd, p, n, flags | MSG_NOSIGNAL | MSG_DONTWAIT, (struct sockaddr *)&ss, len)
                   : send(fd, p, n, flags | MSG_NOSIGNAL | MSG_DONTWAIT);
    int fast = fast_result(r, errno, timeout);
    if (fast) return fast < 0 ? NULL : gp_int_from_i64(r);
    gp_obj *keep = gp_incref(args[1]);
    for (;;) {
        if (timeout > 0 && wait_fd(fd, true, timeout) <= 0) { gp_decref(keep); return NULL; }
        GIL_OFF
        r = to ? sendto(fd, p, n, flags | MSG_NOSIGNAL, (struct sockaddr *)&ss, len)
               : send(fd, p, n, flags | MSG_NOSIGNAL);
        err = errno;
        GIL_ON
        if (r >= 0) break;
        if (retry_or_raise(err, timeout) < 0) { gp_decref(keep); return NULL; }
    }
    gp_decref(keep);
    return gp_int_from_i64(r);
}
static gp_obj *s_send(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return send_impl(a, n, k, false); }
static gp_obj *s_sendto(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return send_impl(a, n, k, true); }

/* sendall(fd, data, flags, timeout): the timeout bounds each wait */
static gp_obj *s_sendall(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("sendall", nargs, kwnames, 4, 4) < 0) return NULL;
    int fd, flags, err;
    const char *p;
    size_t n;
    if (arg_int(args[0], &fd) < 0 || get_data(args[1], &p, &n) < 0 || arg_int(args[2], &flags) < 0) return NULL;
    double timeout = arg_timeout(args[3]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    gp_obj *keep = gp_incref(args[1]);
    size_t done = 0;
    while (done < n) {
        ssize_t r = send(fd, p + done, n - done, flags | MSG_NOSIGNAL | MSG_DONTWAIT);
        int fast = fast_result(r, errno, timeout);
        if (fast < 0) { gp_decref(keep); return NULL; }
        if (fast) { done += (size_t)r; continue; }
        if (timeout > 0 && wait_fd(fd, true, timeout) <= 0) { gp_decref(keep); return NULL; }
        GIL_OFF
        r = send(fd, p + done, n - done, flags | MSG_NOSIGNAL);
        err = errno;
        GIL_ON
        if (r >= 0) { done += (size_t)r; continue; }
        if (retry_or_raise(err, timeout) < 0) { gp_decref(keep); return NULL; }
    }
    gp_decref(keep);
    return GP_NONE_NEW();
}

/* recv(fd, n, flags, timeout) -> bytes; recvfrom adds the address:
 * recvfrom(fd, n, flags, timeout) -> (bytes, addr) */
static gp_obj *recv_impl(gp_obj *const *args, size_t nargs, gp_obj *kwnames, bool from) {
    if (gp_check_nargs(from ? "recvfrom" : "recv", nargs, kwnames, 4, 4) < 0) return NULL;
    int fd, flags, err;
    gp_ssize n;
    if (arg_int(args[0], &fd) < 0) return NULL;
    n = gp_index_ssize(args[1]);
    if (n == -1 && gp_err_occurred()) return NULL;
    if (n < 0) return gp_err_set_str(gp_exc_ValueError, "negative buffersize in recv");
    if (arg_int(args[2], &flags) < 0) return NULL;
    double timeout = arg_timeout(args[3]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    char stackbuf[65536];
    char *buf = (size_t)n <= sizeof stackbuf ? stackbuf : gp_mem_alloc((size_t)n);
    if (!buf) return NULL;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    ssize_t r = from ? recvfrom(fd, buf, (size_t)n, flags | MSG_DONTWAIT, (struct sockaddr *)&ss, &len)
                     : recv(fd, buf, (size_t)n, flags | MSG_DONTWAIT);
    int fast = fast_result(r, errno, timeout);
    if (fast < 0) goto fail;
    for (; !fast;) {
        if (timeout > 0 && wait_fd(fd, false, timeout) <= 0) goto fail;
        len = sizeof ss;
        GIL_OFF
        r = from ? recvfrom(fd, buf, (size_t)n, flags, (struct sockaddr *)&ss, &len) : recv(fd, buf, (size_t)n, flags);
        err = errno;
        GIL_ON
        if (r >= 0) break;
        if (retry_or_raise(err, timeout) < 0) goto fail;
    }
    gp_obj *data = gp_bytes_new(buf, (size_t)r);
    if (buf != stackbuf) gp_mem_free(buf);
    if (!data || !from) return data;
    gp_obj *addr = make_addr((struct sockaddr *)&ss, len);
    gp_obj *t = addr ? gp_tuple_pack(2, data, addr) : NULL;
    gp_decref(data);
    gp_xdecref(addr);
    return t;
fail:
    if (buf != stackbuf) gp_mem_free(buf);
    return NULL;
}
static gp_obj *s_recv(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return recv_impl(a, n, k, false); }
static gp_obj *s_recvfrom(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return recv_impl(a, n, k, true); }

/* recv_into(fd, bytearray, n, flags, timeout) -> n */
static gp_obj *s_recv_into(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("recv_into", nargs, kwnames, 5, 5) < 0) return NULL;
    int fd, flags, err;
    if (arg_int(args[0], &fd) < 0) return NULL;
    if (GP_TYPE(args[1]) != &gp_bytearray_type)
        return gp_err_format(gp_exc_TypeError, "recv_into() argument 'buffer' must be read-write bytes-like object, not %T", args[1]);
    gp_bytearray *ba = (gp_bytearray *)args[1];
    gp_ssize n = gp_index_ssize(args[2]);
    if (n == -1 && gp_err_occurred()) return NULL;
    if (n < 0) return gp_err_set_str(gp_exc_ValueError, "negative buffersize in recv_into");
    if (n == 0 || n > ba->size) n = ba->size;
    if (arg_int(args[3], &flags) < 0) return NULL;
    double timeout = arg_timeout(args[4]);
    if (timeout == -1.0 && gp_err_occurred()) return NULL;
    /* read into a private buffer: another thread may resize the bytearray
     * while the GIL is released */
    char *buf = gp_mem_alloc((size_t)n + 1);
    if (!buf) return NULL;
    ssize_t r = recv(fd, buf, (size_t)n, flags | MSG_DONTWAIT);
    int fast = fast_result(r, errno, timeout);
    if (fast < 0) { gp_mem_free(buf); return NULL; }
    for (; !fast;) {
        if (timeout > 0 && wait_fd(fd, false, timeout) <= 0) { gp_mem_free(buf); return NULL; }
        GIL_OFF
        r = recv(fd, buf, (size_t)n, flags);
        err = errno;
        GIL_ON
        if (r >= 0) break;
        if (retry_or_raise(err, timeout) < 0) { gp_mem_free(buf); return NULL; }
    }
    if (r > ba->size) r = ba->size;
    memcpy(ba->data, buf, (size_t)r);
    gp_mem_free(buf);
    return gp_int_from_i64(r);
}

static gp_obj *s_close(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("close", nargs, kwnames, 1, 1) < 0) return NULL;
    int fd;
    if (arg_int(args[0], &fd) < 0) return NULL;
    /* ECONNRESET on close is not an error for the caller (CPython) */
    if (close(fd) < 0 && errno != ECONNRESET) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *s_shutdown(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("shutdown", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd, how;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &how) < 0) return NULL;
    if (shutdown(fd, how) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

/* setblocking(fd, flag): O_NONBLOCK off when flag is true */
static gp_obj *s_setblocking(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("setblocking", nargs, kwnames, 2, 2) < 0) return NULL;
    int fd;
    if (arg_int(args[0], &fd) < 0) return NULL;
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return gp_err_from_errno(gp_exc_OSError);
    fl = gp_truthy(args[1]) > 0 ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    if (fcntl(fd, F_SETFL, fl) < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

/* setsockopt(fd, level, opt, int or bytes) */
static gp_obj *s_setsockopt(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("setsockopt", nargs, kwnames, 4, 4) < 0) return NULL;
    int fd, level, opt, v, rc;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &level) < 0 || arg_int(args[2], &opt) < 0) return NULL;
    if (GP_BYTES_CHECK(args[3])) {
        rc = setsockopt(fd, level, opt, GP_BYTES_DATA(args[3]), (socklen_t)GP_BYTES_SIZE(args[3]));
    } else {
        if (GP_TYPE(args[3]) == &gp_bool_type) v = args[3] == gp_True;
        else if (arg_int(args[3], &v) < 0) return NULL;
        rc = setsockopt(fd, level, opt, &v, sizeof v);
    }
    if (rc < 0) return gp_err_from_errno(gp_exc_OSError);
    return GP_NONE_NEW();
}

static gp_obj *s_getsockopt(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getsockopt", nargs, kwnames, 3, 3) < 0) return NULL;
    int fd, level, opt, v = 0;
    socklen_t len = sizeof v;
    if (arg_int(args[0], &fd) < 0 || arg_int(args[1], &level) < 0 || arg_int(args[2], &opt) < 0) return NULL;
    if (getsockopt(fd, level, opt, &v, &len) < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(v);
}

static gp_obj *name_impl(gp_obj *const *args, size_t nargs, gp_obj *kwnames, bool peer) {
    if (gp_check_nargs(peer ? "getpeername" : "getsockname", nargs, kwnames, 1, 1) < 0) return NULL;
    int fd;
    if (arg_int(args[0], &fd) < 0) return NULL;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    int rc = peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len);
    if (rc < 0) return gp_err_from_errno(gp_exc_OSError);
    return make_addr((struct sockaddr *)&ss, len);
}
static gp_obj *s_getsockname(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return name_impl(a, n, k, false); }
static gp_obj *s_getpeername(gp_obj *s, gp_obj *const *a, size_t n, gp_obj *k) { return name_impl(a, n, k, true); }

/* getaddrinfo(host or None, port or None, family, type, proto, flags)
 * -> [(family, type, proto, canonname, sockaddr)]; OSError(code, msg) on
 * failure (socket.py turns it into gaierror). */
static gp_obj *s_getaddrinfo(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getaddrinfo", nargs, kwnames, 6, 6) < 0) return NULL;
    const char *host = NULL, *port = NULL;
    char portbuf[32];
    if (args[0] != gp_None) {
        if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "getaddrinfo() argument 1 must be string or None");
        host = GP_STR_DATA(args[0]);
    }
    if (GP_INT_CHECK(args[1])) {
        int p;
        if (arg_int(args[1], &p) < 0) return NULL;
        snprintf(portbuf, sizeof portbuf, "%d", p);
        port = portbuf;
    } else if (GP_STR_CHECK(args[1])) {
        port = GP_STR_DATA(args[1]);
    } else if (args[1] != gp_None) {
        return gp_err_set_str(gp_exc_OSError, "Int or String expected");
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    if (arg_int(args[2], &hints.ai_family) < 0 || arg_int(args[3], &hints.ai_socktype) < 0 ||
        arg_int(args[4], &hints.ai_protocol) < 0 || arg_int(args[5], &hints.ai_flags) < 0)
        return NULL;
    int rc;
    GIL_OFF
    rc = getaddrinfo(host, port, &hints, &res);
    GIL_ON
    if (rc != 0) {
        gp_obj *a = gp_tuple_new(2);
        if (!a) return NULL;
        GP_TUPLE_ITEMS(a)[0] = gp_int_from_i64(rc);
        GP_TUPLE_ITEMS(a)[1] = gp_str_from_cstr(gai_strerror(rc));
        gp_err_set(gp_exc_OSError, a);
        gp_decref(a);
        return NULL;
    }
    gp_obj *list = gp_list_new(0);
    for (struct addrinfo *ai = res; list && ai; ai = ai->ai_next) {
        gp_obj *t = gp_tuple_new(5);
        if (!t) { GP_CLEAR(list); break; }
        GP_TUPLE_ITEMS(t)[0] = gp_int_from_i64(ai->ai_family);
        GP_TUPLE_ITEMS(t)[1] = gp_int_from_i64(ai->ai_socktype);
        GP_TUPLE_ITEMS(t)[2] = gp_int_from_i64(ai->ai_protocol);
        GP_TUPLE_ITEMS(t)[3] = gp_str_from_cstr(ai->ai_canonname ? ai->ai_canonname : "");
        GP_TUPLE_ITEMS(t)[4] = make_addr(ai->ai_addr, ai->ai_addrlen);
        bool ok = true;
        for (int i = 0; i < 5; i++)
            if (!GP_TUPLE_ITEMS(t)[i]) { GP_TUPLE_ITEMS(t)[i] = GP_NONE_NEW(); ok = false; }
        if (!ok || gp_list_append(list, t) < 0) GP_CLEAR(list);
        gp_decref(t);
    }
    freeaddrinfo(res);
    return list;
}

static gp_obj *s_gethostname(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("gethostname", nargs, kwnames, 0, 0) < 0) return NULL;
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0) return gp_err_from_errno(gp_exc_OSError);
    buf[sizeof buf - 1] = 0;
    return gp_str_from_cstr(buf);
}

static gp_obj *s_inet_pton(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("inet_pton", nargs, kwnames, 2, 2) < 0) return NULL;
    int fam;
    unsigned char buf[16];
    if (arg_int(args[0], &fam) < 0) return NULL;
    if (!GP_STR_CHECK(args[1])) return gp_err_format(gp_exc_TypeError, "inet_pton() argument 2 must be str, not %T", args[1]);
    int rc = inet_pton(fam, GP_STR_DATA(args[1]), buf);
    if (rc == 0) return gp_err_set_str(gp_exc_OSError, "illegal IP address string passed to inet_pton");
    if (rc < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_bytes_new((const char *)buf, fam == AF_INET6 ? 16 : 4);
}

static gp_obj *s_inet_ntop(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("inet_ntop", nargs, kwnames, 2, 2) < 0) return NULL;
    int fam;
    char buf[INET6_ADDRSTRLEN];
    if (arg_int(args[0], &fam) < 0) return NULL;
    if (!GP_BYTES_CHECK(args[1]) || GP_BYTES_SIZE(args[1]) != (fam == AF_INET6 ? 16 : 4))
        return gp_err_set_str(gp_exc_ValueError, "invalid length of packed IP address string");
    if (!inet_ntop(fam, GP_BYTES_DATA(args[1]), buf, sizeof buf)) return gp_err_from_errno(gp_exc_OSError);
    return gp_str_from_cstr(buf);
}

static const gp_methoddef socket_functions[] = {
    {"socket", s_socket, 0, NULL},
    {"socketpair", s_socketpair, 0, NULL},
    {"bind", s_bind, 0, NULL},
    {"listen", s_listen, 0, NULL},
    {"accept", s_accept, 0, NULL},
    {"connect", s_connect, 0, NULL},
    {"send", s_send, 0, NULL},
    {"sendto", s_sendto, 0, NULL},
    {"sendall", s_sendall, 0, NULL},
    {"recv", s_recv, 0, NULL},
    {"recvfrom", s_recvfrom, 0, NULL},
    {"recv_into", s_recv_into, 0, NULL},
    {"close", s_close, 0, NULL},
    {"shutdown", s_shutdown, 0, NULL},
    {"setblocking", s_setblocking, 0, NULL},
    {"setsockopt", s_setsockopt, 0, NULL},
    {"getsockopt", s_getsockopt, 0, NULL},
    {"getsockname", s_getsockname, 0, NULL},
    {"getpeername", s_getpeername, 0, NULL},
    {"getaddrinfo", s_getaddrinfo, 0, NULL},
    {"gethostname", s_gethostname, 0, NULL},
    {"inet_pton", s_inet_pton, 0, NULL},
    {"inet_ntop", s_inet_ntop, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct { const char *name; int value; } socket_constants[] = {
    {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6}, {"AF_UNIX", AF_UNIX}, {"AF_UNSPEC", AF_UNSPEC},
    {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
    {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
    {"SOL_SOCKET", SOL_SOCKET}, {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
    {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_ERROR", SO_ERROR},
    {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_LINGER", SO_LINGER}, {"SO_TYPE", SO_TYPE},
    {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP}, {"IPPROTO_IP", IPPROTO_IP},
    {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPV6_V6ONLY", IPV6_V6ONLY}, {"TCP_NODELAY", TCP_NODELAY},
    {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
    {"MSG_PEEK", MSG_PEEK}, {"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_WAITALL", MSG_WAITALL},
    {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
    {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_ADDRCONFIG", AI_ADDRCONFIG},
    {"EAI_NONAME", EAI_NONAME}, {"INADDR_ANY", INADDR_ANY}, {"SOMAXCONN", SOMAXCONN},
    {NULL, 0},
};

gp_obj *gp_mod_socket_init(void) {
    gp_obj *m = gp_module_new("_socket");
    if (!m) return NULL;
    if (gp_module_add_functions(m, socket_functions) < 0) goto fail;
    for (int i = 0; socket_constants[i].name; i++) {
        gp_obj *v = gp_int_from_i64(socket_constants[i].value);
        if (!v || gp_module_add_object(m, socket_constants[i].name, v) < 0) { gp_xdecref(v); goto fail; }
        gp_decref(v);
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
