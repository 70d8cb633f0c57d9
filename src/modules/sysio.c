/*
 * sysio.c — file objects over file descriptors: sys.stdin, sys.stdout and
 * sys.stderr (fds 0, 1, 2) and the files open() returns. stdout is
 * block-buffered when it is not a terminal (line-buffered on a terminal,
 * unbuffered with -u) and flushed at exit and before an uncaught
 * traceback is printed; stderr is written through. Binary files ('b' in
 * the mode) read and write bytes. Reads and writes drop the GIL around
 * the system call.
 */
#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm.h"
#include "../objects/internal.h" /* gp_str_encode_impl */

typedef struct sysfile {
    gp_obj base;
    int fd;
    bool readable, writable;
    bool line_buffered, unbuffered, closed;
    bool binary, owns_fd;
    gp_obj *name_obj;         /* open()'s file argument, or NULL */
    char mode[8];
    char *buf;
    size_t len, cap;
    /* input side */
    char *ibuf;
    size_t ipos, ilen, icap;
    bool eof;
    const char *name;
    uint64_t wnext, wserving; /* write tickets (write_all) */
} sysfile;

extern gp_type gp_sysfile_type;
bool gp_sysio_unbuffered;

/* Writes leave the GIL behind; a ticket per file, taken under the GIL,
 * keeps them in the order their data was produced (a later flush of
 * another thread must not overtake an earlier one still on its way to
 * write()).  The mutex is never held across write(): a write blocked on
 * a full pipe must not stop the GIL holder nor writes to other files. */
static pthread_mutex_t write_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t write_turn = PTHREAD_COND_INITIALIZER;

/* Writes s with the GIL released: s must not be memory another thread
 * may change meanwhile (sf_flush hands over a detached buffer). */
static int write_all(sysfile *f, const char *s, size_t n) {
    gil_t *gil = gp_main_interp->gil;
    int rc = 0, err = 0;
    int fd = f->fd;
    pthread_mutex_lock(&write_lock);
    uint64_t ticket = f->wnext++;
    pthread_mutex_unlock(&write_lock);
    /* f stays alive: the caller holds a reference to it */
    GIL_BEGIN_ALLOW_THREADS(gil)
    pthread_mutex_lock(&write_lock);
    while (f->wserving != ticket) pthread_cond_wait(&write_turn, &write_lock);
    pthread_mutex_unlock(&write_lock);
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            err = errno;
            rc = -1;
            break;
        }
        s += w;
        n -= (size_t)w;
    }
    pthread_mutex_lock(&write_lock);
    f->wserving++;
    pthread_mutex_unlock(&write_lock);
    pthread_cond_broadcast(&write_turn);
    GIL_END_ALLOW_THREADS
    if (rc < 0) {
        errno = err;
        gp_err_from_errno(gp_exc_OSError);
    }
    return rc;
}

static int sf_flush(sysfile *f) {
    if (!f->len) return 0;
    size_t n = f->len;
    /* detach the full buffer: other threads may print into a fresh one
     * while this one is written out without the GIL */
    char *full = f->buf;
    char *fresh = gp_mem_alloc(f->cap);
    if (!fresh) return -1;
    f->buf = fresh;
    f->len = 0;
    int rc = write_all(f, full, n);
    gp_mem_free(full);
    return rc;
}

static int sf_write(sysfile *f, const char *s, size_t n) {
    if (f->closed) {
        gp_err_set_str(gp_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    if (f->unbuffered) {
        if (sf_flush(f) < 0) return -1;
        return write_all(f, s, n);
    }
    /* a loop: while the flush has the GIL released, other threads may
     * fill the fresh buffer again */
    while (f->len + n > f->cap) {
        if (sf_flush(f) < 0) return -1;
        if (n >= f->cap) return write_all(f, s, n);
    }
    memcpy(f->buf + f->len, s, n);
    f->len += n;
    if (f->line_buffered && memchr(s, '\n', n)) return sf_flush(f);
    return 0;
}

static gp_obj *make_file(int fd, const char *name, bool readable, bool writable) {
    sysfile *f = (sysfile *)gp_obj_alloc(&gp_sysfile_type);
    if (!f) return NULL;
    f->fd = fd;
    f->name = name;
    f->readable = readable;
    f->writable = writable;
    if (writable) {
        f->cap = 8192;
        f->buf = gp_mem_alloc(f->cap);
        if (!f->buf) { gp_decref((gp_obj *)f); return NULL; }
        f->line_buffered = isatty(fd);
        f->unbuffered = fd == 2 || gp_sysio_unbuffered;
    }
    return (gp_obj *)f;
}

static void sf_dealloc(gp_obj *o) {
    sysfile *f = (sysfile *)o;
    if (f->writable && f->len && !f->closed) {
        ssize_t w = write(f->fd, f->buf, f->len);
        (void)w;
    }
    if (f->owns_fd && !f->closed) close(f->fd);
    gp_xdecref(f->name_obj);
    gp_mem_free(f->buf);
    gp_mem_free(f->ibuf);
    gp_obj_free(o);
}

static gp_obj *sf_repr(gp_obj *o) {
    sysfile *f = (sysfile *)o;
    if (f->name_obj) {
        if (f->binary)
            return gp_str_from_format("<_io.Buffered%s name=%R>", f->readable ? "Reader" : "Writer", f->name_obj);
        return gp_str_from_format("<_io.TextIOWrapper name=%R mode='%s' encoding='UTF-8'>", f->name_obj, f->mode);
    }
    return gp_str_from_format("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", f->name,
                              f->readable ? "r" : "w");
}

/* Files open() made for reading and writing ("r+", "w+"): before a
 * write, the read-ahead is given back (the fd moves back to the logical
 * position); before a read, pending writes go out. */
static int sf_drop_readahead(sysfile *f) {
    if (!f->name_obj || !f->readable) return 0;
    size_t unread = f->ilen - f->ipos;
    if (unread && lseek(f->fd, -(off_t)unread, SEEK_CUR) < 0) {
        gp_err_from_errno(gp_exc_OSError);
        return -1;
    }
    f->ipos = f->ilen = 0;
    f->eof = false;
    return 0;
}

static int sf_before_read(sysfile *f) {
    if (f->closed) {
        gp_err_set_str(gp_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    if (f->name_obj && f->writable && f->len) return sf_flush(f);
    return 0;
}

static gp_obj *std_files[3];

/* The error handler of a text stream: as CPython's in a UTF-8 locale,
 * stdin/stdout pass lone surrogates made by surrogateescape back as their
 * bytes, stderr backslash-escapes what UTF-8 cannot hold, files are strict. */
static const char *sf_errors(sysfile *f) {
    if ((gp_obj *)f == std_files[2]) return "backslashreplace";
    if ((gp_obj *)f == std_files[0] || (gp_obj *)f == std_files[1]) return "surrogateescape";
    return "strict";
}

static gp_obj *m_write(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("write", nargs, kwnames, 1, 1) < 0) return NULL;
    sysfile *f = (sysfile *)self;
    if (!f->writable) return gp_err_set_str(gp_exc_OSError, "not writable");
    gp_obj *s = args[0];
    if (sf_drop_readahead(f) < 0) return NULL;
    if (f->binary) {
        if (!GP_BYTES_CHECK(s)) {
            /* bytearray, memoryview: through bytes() */
            if (GP_TYPE(s) != &gp_bytearray_type && GP_TYPE(s) != &gp_memoryview_type)
                return gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", s);
            gp_obj *b = gp_call1((gp_obj *)&gp_bytes_type, s);
            if (!b) return NULL;
            int rc = sf_write(f, GP_BYTES_DATA(b), (size_t)GP_BYTES_SIZE(b));
            gp_obj *n = rc < 0 ? NULL : gp_int_from_i64(GP_BYTES_SIZE(b));
            gp_decref(b);
            return n;
        }
        if (sf_write(f, GP_BYTES_DATA(s), (size_t)GP_BYTES_SIZE(s)) < 0) return NULL;
        return gp_int_from_i64(GP_BYTES_SIZE(s));
    }
    if (!GP_STR_CHECK(s)) return gp_err_format(gp_exc_TypeError, "write() argument must be str, not %T", s);
    if (!((gp_strobj *)s)->ascii && memchr(GP_STR_DATA(s), 0xED, (size_t)GP_STR_NBYTES(s))) {
        /* may hold a lone surrogate, which UTF-8 proper cannot: encode */
        gp_obj *b = gp_str_encode_impl(s, NULL, gp_str_intern_cstr(sf_errors(f)));
        if (!b) return NULL;
        int rc = sf_write(f, GP_BYTES_DATA(b), (size_t)GP_BYTES_SIZE(b));
        gp_decref(b);
        return rc < 0 ? NULL : gp_int_from_i64(GP_STR_LEN(s));
    }
    if (sf_write(f, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s)) < 0) return NULL;
    return gp_int_from_i64(GP_STR_LEN(s));
}

static gp_obj *m_flush(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    sysfile *f = (sysfile *)self;
    if (f->writable && sf_flush(f) < 0) return NULL;
    return GP_NONE_NEW();
}

/* Fills the input buffer; 0 at EOF, -1 on error. */
static int fill(sysfile *f) {
    if (f->eof) return 0;
    if (f->ipos > 0) {
        memmove(f->ibuf, f->ibuf + f->ipos, f->ilen - f->ipos);
        f->ilen -= f->ipos;
        f->ipos = 0;
    }
    if (f->ilen == f->icap) {
        size_t nc = f->icap ? f->icap * 2 : 4096;
        char *nb = gp_mem_realloc(f->ibuf, nc);
        if (!nb) return -1;
        f->ibuf = nb;
        f->icap = nc;
    }
    ssize_t r;
    gil_t *gil = gp_main_interp->gil;
    /* read into memory of our own: another thread may grow (realloc)
     * ibuf while this one waits without the GIL */
    size_t room = f->icap - f->ilen;
    char *tmp = gp_mem_alloc(room);
    if (!tmp) return -1;
    GIL_BEGIN_ALLOW_THREADS(gil)
    do {
        r = read(f->fd, tmp, room);
    } while (r < 0 && errno == EINTR);
    GIL_END_ALLOW_THREADS
    if (r > 0) {
        if (f->ilen + (size_t)r > f->icap) {
            char *nb = gp_mem_realloc(f->ibuf, f->ilen + (size_t)r);
            if (!nb) {
                gp_mem_free(tmp);
                return -1;
            }
            f->ibuf = nb;
            f->icap = f->ilen + (size_t)r;
        }
        memcpy(f->ibuf + f->ilen, tmp, (size_t)r);
    }
    gp_mem_free(tmp);
    if (r < 0) {
        gp_err_from_errno(gp_exc_OSError);
        return -1;
    }
    if (r == 0) {
        f->eof = true;
        return 0;
    }
    f->ilen += (size_t)r;
    return 1;
}

/* One line including its newline (empty at EOF); size < 0: no limit. */
gp_obj *gp_sysio_readline(gp_obj *self, gp_ssize size) {
    sysfile *f = (sysfile *)self;
    if (sf_before_read(f) < 0) return NULL;
    if (!f->readable) return gp_err_set_str(gp_exc_OSError, "not readable");
    gp_sys_flush_all();
    for (;;) {
        char *start = f->ibuf ? f->ibuf + f->ipos : NULL;
        size_t avail = f->ilen - f->ipos;
        char *nl = start ? memchr(start, '\n', avail) : NULL;
        if (nl || f->eof || (size >= 0 && avail >= (size_t)size)) {
            size_t n = nl ? (size_t)(nl - start) + 1 : avail;
            if (size >= 0 && n > (size_t)size) n = (size_t)size;
            gp_obj *s = f->binary ? gp_bytes_new(start ? start : "", n) : gp_str_new(start ? start : "", n);
            f->ipos += n;
            return s;
        }
        int r = fill(f);
        if (r < 0) return NULL;
    }
}

static gp_obj *m_readline(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("readline", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_ssize size = -1;
    if (nargs && args[0] != gp_None) {
        size = gp_index_ssize(args[0]);
        if (size == -1 && gp_err_occurred()) return NULL;
    }
    return gp_sysio_readline(self, size);
}

/* Bytes of the read-ahead holding the next nchars characters (bytes in
 * binary mode); -1 when it holds fewer. */
static gp_ssize utf8_span(sysfile *f, gp_ssize nchars) {
    const unsigned char *p = (const unsigned char *)(f->ibuf ? f->ibuf + f->ipos : "");
    size_t avail = f->ilen - f->ipos;
    if (f->binary) return avail >= (size_t)nchars ? nchars : -1;
    size_t i = 0;
    for (gp_ssize k = 0; k < nchars; k++) {
        if (i >= avail) return -1;
        unsigned c = p[i];
        size_t len = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        if (i + len > avail) return -1;
        i += len;
    }
    return (gp_ssize)i;
}

/* seek(offset, whence=0) / tell(): the fd position less the read-ahead. */
static gp_obj *m_seek(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("seek", nargs, kwnames, 1, 2) < 0) return NULL;
    sysfile *f = (sysfile *)self;
    if (sf_before_read(f) < 0) return NULL;
    if (f->writable && sf_flush(f) < 0) return NULL;
    if (!GP_INT_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t off = gp_int_as_ssize(args[0]);
    int whence = nargs > 1 ? (int)gp_int_as_ssize(args[1]) : 0;
    if (gp_err_occurred()) return NULL;
    if (whence < 0 || whence > 2) return gp_err_format(gp_exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (!f->binary && whence != 0 && off != 0) {
        gp_obj *io = gp_import_cstr("io");
        gp_obj *exc = io ? gp_getattr_str(io, "UnsupportedOperation") : NULL;
        gp_xdecref(io);
        if (!exc) return NULL;
        gp_err_set_str((gp_type *)exc, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
        gp_decref(exc);
        return NULL;
    }
    if (!f->binary && whence == 0 && off < 0) return gp_err_format(gp_exc_ValueError, "negative seek position %lld", (long long)off);
    if (whence == 1) off -= (int64_t)(f->ilen - f->ipos);
    f->ipos = f->ilen = 0;
    f->eof = false;
    off_t r = lseek(f->fd, (off_t)off, whence);
    if (r < 0) {
        if (errno == EINVAL) return gp_err_format(gp_exc_OSError, "[Errno 22] Invalid argument");
        return gp_err_from_errno(gp_exc_OSError);
    }
    return gp_int_from_i64(r);
}

static gp_obj *m_tell(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("tell", nargs, kwnames, 0, 0) < 0) return NULL;
    sysfile *f = (sysfile *)self;
    if (sf_before_read(f) < 0) return NULL;
    if (f->writable && sf_flush(f) < 0) return NULL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(r - (off_t)(f->ilen - f->ipos));
}

static gp_obj *m_seekable(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_bool_new(lseek(((sysfile *)self)->fd, 0, SEEK_CUR) >= 0);
}

static gp_obj *m_truncate(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("truncate", nargs, kwnames, 0, 1) < 0) return NULL;
    sysfile *f = (sysfile *)self;
    if (sf_before_read(f) < 0) return NULL;
    if (!f->writable) return gp_err_set_str(gp_exc_OSError, "File not open for writing");
    if (sf_flush(f) < 0 || sf_drop_readahead(f) < 0) return NULL;
    off_t size = nargs && args[0] != gp_None ? (off_t)gp_int_as_ssize(args[0]) : lseek(f->fd, 0, SEEK_CUR);
    if (gp_err_occurred()) return NULL;
    if (ftruncate(f->fd, size) < 0) return gp_err_from_errno(gp_exc_OSError);
    return gp_int_from_i64(size);
}

static gp_obj *m_writelines(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("writelines", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_obj *it = gp_iter(args[0]);
    if (!it) return NULL;
    gp_obj *line;
    while ((line = gp_iternext(it))) {
        gp_obj *r = m_write(self, &line, 1, NULL);
        gp_decref(line);
        if (!r) { gp_decref(it); return NULL; }
        gp_decref(r);
    }
    gp_decref(it);
    if (gp_err_occurred()) return NULL;
    return GP_NONE_NEW();
}

static gp_obj *m_read(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("read", nargs, kwnames, 0, 1) < 0) return NULL;
    sysfile *f = (sysfile *)self;
    if (sf_before_read(f) < 0) return NULL;
    if (!f->readable) return gp_err_set_str(gp_exc_OSError, "not readable");
    gp_ssize size = -1;
    if (nargs && args[0] != gp_None) {
        size = gp_index_ssize(args[0]);
        if (size == -1 && gp_err_occurred()) return NULL;
    }
    /* text files count characters: size UTF-8 characters span more bytes */
    while (!f->eof && (size < 0 || utf8_span(f, size) < 0))
        if (fill(f) < 0) return NULL;
    size_t n = f->ilen - f->ipos;
    if (size >= 0) {
        gp_ssize span = utf8_span(f, size);
        n = span < 0 ? n : (size_t)span;
    }
    gp_obj *s = f->binary ? gp_bytes_new(f->ibuf ? f->ibuf + f->ipos : "", n)
                          : gp_str_new(f->ibuf ? f->ibuf + f->ipos : "", n);
    f->ipos += n;
    return s;
}

static bool f_is_binary(gp_obj *self) { return ((sysfile *)self)->binary; }

static gp_obj *m_readlines(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    for (;;) {
        gp_obj *line = gp_sysio_readline(self, -1);
        if (!line) { gp_decref(l); return NULL; }
        if ((f_is_binary(self) ? GP_BYTES_SIZE(line) : GP_STR_NBYTES(line)) == 0) { gp_decref(line); return l; }
        int rc = gp_list_append(l, line);
        gp_decref(line);
        if (rc < 0) { gp_decref(l); return NULL; }
    }
}

static gp_obj *m_fileno(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_int_from_i64(((sysfile *)self)->fd);
}
static gp_obj *m_isatty(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_bool_new(isatty(((sysfile *)self)->fd));
}
static gp_obj *m_readable(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_bool_new(((sysfile *)self)->readable);
}
static gp_obj *m_writable(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_bool_new(((sysfile *)self)->writable);
}
static gp_obj *m_close(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    sysfile *f = (sysfile *)self;
    if (f->closed) return GP_NONE_NEW();
    int rc = f->writable ? sf_flush(f) : 0;
    f->closed = true;
    if (f->owns_fd) close(f->fd);
    if (rc < 0) return NULL;
    return GP_NONE_NEW();
}
static gp_obj *m_enter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (((sysfile *)self)->closed) return gp_err_set_str(gp_exc_ValueError, "I/O operation on closed file.");
    return gp_incref(self);
}
static gp_obj *m_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_obj *r = m_close(self, NULL, 0, NULL);
    if (!r) return NULL;
    gp_decref(r);
    return GP_NONE_NEW();
}
static gp_obj *m_iter(gp_obj *self) { return gp_incref(self); }
static gp_obj *m_next(gp_obj *self) {
    if (((sysfile *)self)->closed) return gp_err_set_str(gp_exc_ValueError, "I/O operation on closed file.");
    gp_obj *line = gp_sysio_readline(self, -1);
    if (line && (((sysfile *)self)->binary ? GP_BYTES_SIZE(line) : GP_STR_NBYTES(line)) == 0) {
        gp_decref(line);
        return NULL;
    }
    return line;
}

static gp_obj *g_encoding(gp_obj *o) { return gp_str_from_cstr("utf-8"); }
static gp_obj *g_errors(gp_obj *o) { return gp_str_from_cstr(sf_errors((sysfile *)o)); }
static gp_obj *g_name(gp_obj *o) {
    sysfile *f = (sysfile *)o;
    return f->name_obj ? gp_incref(f->name_obj) : gp_str_from_cstr(f->name);
}
static gp_obj *g_mode(gp_obj *o) {
    sysfile *f = (sysfile *)o;
    return gp_str_from_cstr(f->mode[0] ? f->mode : f->readable ? "r" : "w");
}
static gp_obj *g_closed(gp_obj *o) { return gp_bool_new(((sysfile *)o)->closed); }
static gp_obj *g_line_buffering(gp_obj *o) { return gp_bool_new(((sysfile *)o)->line_buffered); }

static const gp_getsetdef sf_getsets[] = {
    {"encoding", g_encoding, NULL},
    {"errors", g_errors, NULL},
    {"name", g_name, NULL},
    {"mode", g_mode, NULL},
    {"closed", g_closed, NULL},
    {"line_buffering", g_line_buffering, NULL},
    {NULL, NULL, NULL},
};

static const gp_methoddef sf_methods[] = {
    {"write", m_write, 0, NULL},
    {"flush", m_flush, 0, NULL},
    {"readline", m_readline, 0, NULL},
    {"read", m_read, 0, NULL},
    {"readlines", m_readlines, 0, NULL},
    {"writelines", m_writelines, 0, NULL},
    {"seek", m_seek, 0, NULL},
    {"tell", m_tell, 0, NULL},
    {"seekable", m_seekable, 0, NULL},
    {"truncate", m_truncate, 0, NULL},
    {"fileno", m_fileno, 0, NULL},
    {"isatty", m_isatty, 0, NULL},
    {"readable", m_readable, 0, NULL},
    {"writable", m_writable, 0, NULL},
    {"close", m_close, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_sysfile_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(sysfile),
    .dealloc = sf_dealloc,
    .repr = sf_repr,
    .iter = m_iter,
    .iternext = m_next,
    .methods = sf_methods,
    .getsets = sf_getsets,
};


/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True) */
static gp_obj *bi_open(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"file", "mode", "buffering", "encoding", "errors", "newline",
                                     "closefd", "opener", NULL};
    gp_obj *a[8] = {NULL};
    if (gp_parse_args("open", args, nargs, kwnames, kw, 8, 1, a) < 0) return NULL;
    gp_obj *file = a[0];
    const char *mode = "r";
    if (a[1]) {
        if (!GP_STR_CHECK(a[1])) return gp_err_format(gp_exc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = GP_STR_DATA(a[1]);
    }
    bool rd = false, wr = false, bin = false, plus = false;
    int flags = 0, kinds = 0;
    for (const char *m = mode; *m; m++) {
        switch (*m) {
        case 'r': rd = true; kinds++; break;
        case 'w': wr = true; kinds++; flags |= O_CREAT | O_TRUNC; break;
        case 'a': wr = true; kinds++; flags |= O_CREAT | O_APPEND; break;
        case 'x': wr = true; kinds++; flags |= O_CREAT | O_EXCL; break;
        case 'b': bin = true; break;
        case 't': break;
        case '+': plus = true; break;
        default: return gp_err_format(gp_exc_ValueError, "invalid mode: '%s'", mode);
        }
    }
    if (kinds != 1 || strlen(mode) > 6)
        return gp_err_set_str(gp_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (plus) rd = wr = true;
    flags |= (rd && wr) ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    int fd;
    if (GP_INT_CHECK(file)) {
        fd = (int)gp_int_as_ssize(file);
    } else {
        if (!GP_STR_CHECK(file)) return gp_err_format(gp_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        const char *path = GP_STR_DATA(file);
        GIL_BEGIN_ALLOW_THREADS(gp_main_interp->gil)
        do {
            fd = open(path, flags | O_CLOEXEC, 0666);
        } while (fd < 0 && errno == EINTR);
        GIL_END_ALLOW_THREADS
        if (fd < 0) return gp_err_from_errno_filename(gp_exc_OSError, file);
        if (flags & O_APPEND) lseek(fd, 0, SEEK_END); /* tell() starts at the end */
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            return gp_err_from_errno_filename(gp_exc_OSError, file);
        }
    }
    sysfile *f = (sysfile *)make_file(fd, "<file>", rd, wr);
    if (!f) {
        if (!GP_INT_CHECK(file)) close(fd);
        return NULL;
    }
    f->binary = bin;
    f->owns_fd = !(a[6] && a[6] == gp_False);
    f->line_buffered = false;
    f->unbuffered = false;
    f->name_obj = gp_incref(file);
    snprintf(f->mode, sizeof f->mode, "%s", mode);
    return (gp_obj *)f;
}

static const gp_methoddef open_def = {"open", bi_open, 0, "Open file and return a stream."};

int gp_sysio_add_open(gp_obj *builtins) {
    gp_obj *f = gp_cfunc_new(&open_def, NULL, NULL);
    if (!f) return -1;
    int rc = gp_dict_set_cstr(builtins, "open", f);
    gp_decref(f);
    return rc;
}

int gp_sysio_init(gp_obj *sysdict) {
    if (gp_type_ready(&gp_sysfile_type) < 0) return -1;
    static const char *names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    static const char *attrs[3] = {"stdin", "stdout", "stderr"};
    static const char *dattrs[3] = {"__stdin__", "__stdout__", "__stderr__"};
    for (int i = 0; i < 3; i++) {
        std_files[i] = make_file(i, names[i], i == 0, i != 0);
        if (!std_files[i]) return -1;
        if (gp_dict_set_cstr(sysdict, attrs[i], std_files[i]) < 0) return -1;
        if (gp_dict_set_cstr(sysdict, dattrs[i], std_files[i]) < 0) return -1;
    }
    return 0;
}

static int write_to(const char *attr, int idx, const char *s, size_t n) {
    gp_obj *f = gp_sys_get(attr);
    if (f && GP_TYPE(f) == &gp_sysfile_type) return sf_write((sysfile *)f, s, n);
    if (f && f != gp_None) {
        gp_obj *str = gp_str_new(s, n);
        if (!str) return -1;
        gp_obj *r = gp_call_method(f, "write", &str, 1);
        gp_decref(str);
        if (!r) return -1;
        gp_decref(r);
        return 0;
    }
    if (std_files[idx]) return sf_write((sysfile *)std_files[idx], s, n);
    return 0;
}

int gp_sys_write_stdout(const char *s, size_t n) { return write_to("stdout", 1, s, n); }
int gp_sys_write_stderr(const char *s, size_t n) { return write_to("stderr", 2, s, n); }

void gp_sys_flush_all(void) {
    gp_obj *saved = gp_err_fetch();
    for (int i = 1; i < 3; i++) {
        if (std_files[i] && sf_flush((sysfile *)std_files[i]) < 0) gp_err_clear();
    }
    gp_obj *out = gp_sys_get("stdout");
    if (out && out != std_files[1] && out != gp_None) {
        gp_obj *r = gp_call_method(out, "flush", NULL, 0);
        if (r) gp_decref(r);
        else gp_err_clear();
    }
    gp_err_restore(saved);
}

/* In a child after fork() (thread.c): a thread of the parent may have held
 * the write lock or a ticket that will never be served here (reset for
 * the standard files; another file a parent thread was writing at the
 * fork stays stuck in the child). */
void gp_sysio_after_fork_child(void) {
    pthread_mutex_init(&write_lock, NULL);
    pthread_cond_init(&write_turn, NULL);
    for (int i = 0; i < 3; i++) {
        sysfile *f = (sysfile *)std_files[i];
        if (f) f->wserving = f->wnext;
    }
}
