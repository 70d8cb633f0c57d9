/*
 * traceback.c — traceback objects and the printing of uncaught
 * exceptions in CPython's exact format (gp_err_print): the chain of
 * causes and contexts first, then "Traceback (most recent call last):",
 * one "  File ..., line N, in name" entry per frame with its source line
 * (read lazily from the file, indentation stripped), then "Type: message".
 * Exception groups nest their members in CPython 3.11's boxes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static void tb_dealloc(gp_obj *o) {
    gp_traceback *tb = (gp_traceback *)o;
    gp_xdecref(tb->next);
    gp_xdecref((gp_obj *)tb->code);
    gp_obj_free(o);
}

static gp_obj *tb_get_next(gp_obj *o) {
    gp_obj *n = ((gp_traceback *)o)->next;
    return n ? gp_incref(n) : GP_NONE_NEW();
}
static gp_obj *tb_get_lineno(gp_obj *o) { return gp_int_from_i64(((gp_traceback *)o)->lineno); }
static gp_obj *tb_get_code(gp_obj *o) { return gp_incref((gp_obj *)((gp_traceback *)o)->code); }

static const gp_getsetdef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_code", tb_get_code, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_traceback_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "traceback",
    .basicsize = sizeof(gp_traceback),
    .dealloc = tb_dealloc,
    .getsets = tb_getsets,
};

int gp_traceback_add(gp_obj *exc, gp_code *code, int lineno) {
    gp_exc *e = (gp_exc *)exc;
    gp_traceback *tb = (gp_traceback *)gp_obj_alloc(&gp_traceback_type);
    if (!tb) {
        gp_err_clear();
        return -1;
    }
    gp_obj *old = e->traceback;
    tb->next = (old && old != gp_None) ? old : NULL;
    if (old == gp_None) gp_decref(old);
    tb->code = (gp_code *)gp_incref((gp_obj *)code);
    tb->lineno = lineno;
    e->traceback = (gp_obj *)tb;
    return 0;
}

/* ---- printing ------------------------------------------------------------- */

typedef struct out { gp_strbuf b; } out;

static void put(out *o, const char *s) { gp_strbuf_addc(&o->b, s); }
static void putn(out *o, const char *s, size_t n) { gp_strbuf_add(&o->b, s, n); }

/* The text of line `lineno` of a file, stripped; malloc'd or NULL. */
static char *read_line(const char *filename, int lineno) {
    if (!filename || filename[0] == '<' || lineno < 1) return NULL;
    FILE *f = fopen(filename, "r");
    if (!f) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int ln = 0;
    char *res = NULL;
    while ((n = getline(&line, &cap, f)) >= 0) {
        if (++ln == lineno) {
            char *s = line;
            while (*s == ' ' || *s == '\t' || *s == '\f') s++;
            size_t len = strlen(s);
            while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
                len--;
            res = strndup(s, len);
            break;
        }
    }
    free(line);
    fclose(f);
    return res;
}

static void print_tb(out *o, gp_obj *tb) {
    int count = 0;
    const char *lastfile = NULL;
    int lastline = -1;
    const char *lastname = NULL;
    int repeat = 0;
    for (gp_obj *t = tb; t && t != gp_None; t = ((gp_traceback *)t)->next) {
        gp_traceback *e = (gp_traceback *)t;
        const char *file = GP_STR_DATA(e->code->filename);
        const char *name = GP_STR_DATA(e->code->name);
        /* CPython folds runs of identical entries (deep recursion) */
        if (lastfile && strcmp(file, lastfile) == 0 && e->lineno == lastline && strcmp(name, lastname) == 0) {
            repeat++;
            if (repeat >= 3) continue;
        } else {
            if (repeat >= 3) {
                char buf[96];
                snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", repeat - 2,
                         repeat - 2 == 1 ? "" : "s");
                put(o, buf);
            }
            repeat = 0;
        }
        lastfile = file;
        lastline = e->lineno;
        lastname = name;
        char buf[64];
        put(o, "  File \"");
        put(o, file);
        snprintf(buf, sizeof buf, "\", line %d, in ", e->lineno);
        put(o, buf);
        put(o, name);
        put(o, "\n");
        char *src = read_line(file, e->lineno);
        if (src) {
            if (*src) {
                put(o, "    ");
                put(o, src);
                put(o, "\n");
            }
            free(src);
        }
        count++;
    }
    if (repeat >= 3) {
        char buf[96];
        snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
        put(o, buf);
    }
}

static void put_obj_str(out *o, gp_obj *v) {
    gp_obj *s = gp_str(v);
    if (!s) {
        gp_err_clear();
        put(o, "<exception str() failed>");
        return;
    }
    putn(o, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    gp_decref(s);
}

static void put_type_name(out *o, gp_obj *exc) {
    gp_type *t = GP_TYPE(exc);
    gp_obj *mod = (t->flags & GP_TF_HEAPTYPE) ? gp_getattr_str((gp_obj *)t, "__module__") : NULL;
    if (!mod) gp_err_clear();
    if (mod && GP_STR_CHECK(mod) && !gp_str_eq_cstr(mod, "builtins") && !gp_str_eq_cstr(mod, "__main__")) {
        putn(o, GP_STR_DATA(mod), (size_t)GP_STR_NBYTES(mod));
        put(o, ".");
    }
    gp_xdecref(mod);
    gp_obj *qn = (t->flags & GP_TF_HEAPTYPE) ? gp_getattr_str((gp_obj *)t, "__qualname__") : NULL;
    if (qn && GP_STR_CHECK(qn)) {
        putn(o, GP_STR_DATA(qn), (size_t)GP_STR_NBYTES(qn));
    } else {
        gp_err_clear();
        put(o, gp_type_name(t));
    }
    gp_xdecref(qn);
}

static void print_syntax_error(out *o, gp_obj *exc) {
    gp_obj *args = ((gp_exc *)exc)->args;
    gp_obj *msg = NULL, *details = NULL;
    if (args && GP_TUPLE_CHECK(args) && GP_TUPLE_SIZE(args) >= 1) msg = GP_TUPLE_GET(args, 0);
    if (args && GP_TUPLE_CHECK(args) && GP_TUPLE_SIZE(args) >= 2) details = GP_TUPLE_GET(args, 1);
    if (details && GP_TUPLE_CHECK(details) && GP_TUPLE_SIZE(details) >= 4) {
        gp_obj *fn = GP_TUPLE_GET(details, 0), *ln = GP_TUPLE_GET(details, 1);
        gp_obj *off = GP_TUPLE_GET(details, 2), *text = GP_TUPLE_GET(details, 3);
        put(o, "  File \"");
        if (GP_STR_CHECK(fn)) putn(o, GP_STR_DATA(fn), (size_t)GP_STR_NBYTES(fn));
        else put(o, "<string>");
        put(o, "\", line ");
        put_obj_str(o, ln);
        put(o, "\n");
        if (text && GP_STR_CHECK(text)) {
            const char *s = GP_STR_DATA(text);
            size_t n = (size_t)GP_STR_NBYTES(text);
            size_t lead = 0;
            while (lead < n && (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f')) lead++;
            size_t end = n;
            while (end > lead && (s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == ' ')) end--;
            put(o, "    ");
            putn(o, s + lead, end - lead);
            put(o, "\n");
            int64_t col = 0;
            if (GP_INT_CHECK(off)) {
                int ovf;
                col = gp_int_as_i64(off, &ovf);
            }
            col -= (int64_t)lead;
            if (col < 1) col = 1;
            put(o, "    ");
            for (int64_t i = 1; i < col && i < 1000; i++) put(o, " ");
            put(o, "^\n");
        }
    }
    put_type_name(o, exc);
    if (msg) {
        put(o, ": ");
        put_obj_str(o, msg);
    }
    put(o, "\n");
}

/* add_note(): each note on its own line after the message */
static void print_notes(out *o, gp_obj *exc) {
    gp_obj *notes = gp_getattr_opt(exc, gp_str_intern_cstr("__notes__"));
    if (!notes) {
        gp_err_clear();
        return;
    }
    if (GP_LIST_CHECK(notes) || GP_TUPLE_CHECK(notes)) {
        gp_ssize n = GP_LIST_CHECK(notes) ? GP_LIST_SIZE(notes) : GP_TUPLE_SIZE(notes);
        for (gp_ssize i = 0; i < n; i++) {
            gp_obj *note = GP_LIST_CHECK(notes) ? GP_LIST_ITEMS(notes)[i] : GP_TUPLE_GET(notes, i);
            if (GP_STR_CHECK(note)) putn(o, GP_STR_DATA(note), (size_t)GP_STR_NBYTES(note));
            else put_obj_str(o, note);
            put(o, "\n");
        }
    } else {
        put_obj_str(o, notes);
        put(o, "\n");
    }
    gp_decref(notes);
}

static bool is_syntax_error(gp_obj *exc) {
    return gp_type_is_subtype(GP_TYPE(exc), gp_exc_SyntaxError);
}

/* "Type: message" and the notes (or a SyntaxError's own block). */
static void print_exc_only(out *o, gp_obj *exc) {
    if (is_syntax_error(exc)) {
        print_syntax_error(o, exc);
        return;
    }
    put_type_name(o, exc);
    gp_obj *s = gp_str(exc);
    if (!s) {
        gp_err_clear();
        put(o, ": <exception str() failed>\n");
        return;
    }
    if (GP_STR_NBYTES(s) > 0) {
        put(o, ": ");
        putn(o, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
    }
    gp_decref(s);
    put(o, "\n");
    print_notes(o, exc);
}

/* Exception groups print their members in nested boxes, each line behind
 * a margin of two spaces per level and "| " (or "+ " on the first line of
 * a top-level group), as CPython 3.11 does. */
typedef struct pctx {
    int depth;          /* group nesting; 0 outside any group */
    bool need_close;    /* the last member's box still needs its bottom line */
} pctx;

#define GROUP_MAX_WIDTH 15
#define GROUP_MAX_DEPTH 10

static void put_indent(out *o, int depth) {
    for (int i = 0; i < depth; i++) put(o, "  ");
}

/* Copies text line by line behind the current margin. */
static void emit_text(out *o, pctx *ctx, const char *s, size_t n, char margin) {
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n') j++;
        if (j < n) j++;
        if (ctx->depth) {
            char m[3] = {margin, ' ', 0};
            put_indent(o, ctx->depth);
            put(o, m);
        }
        putn(o, s + i, j - i);
        i = j;
    }
}

static void emit_buf(out *o, pctx *ctx, out *tmp, char margin) {
    if (tmp->b.data && !tmp->b.failed) emit_text(o, ctx, tmp->b.data, tmp->b.len, margin);
    gp_strbuf_free(&tmp->b);
    gp_strbuf_init(&tmp->b);
}

static void emit_str(out *o, pctx *ctx, const char *s) { emit_text(o, ctx, s, strlen(s), '|'); }

static void print_chain(out *o, pctx *ctx, gp_obj *exc, int depth);

static void print_group(out *o, pctx *ctx, gp_obj *exc) {
    gp_exc *e = (gp_exc *)exc;
    out tmp;
    gp_strbuf_init(&tmp.b);
    bool toplevel = ctx->depth == 0;
    if (toplevel) ctx->depth++;
    if (e->traceback && e->traceback != gp_None) {
        static const char hdr[] = "Exception Group Traceback (most recent call last):\n";
        emit_text(o, ctx, hdr, sizeof hdr - 1, toplevel ? '+' : '|');
        print_tb(&tmp, e->traceback);
        emit_buf(o, ctx, &tmp, '|');
    }
    print_exc_only(&tmp, exc);
    emit_buf(o, ctx, &tmp, '|');
    gp_strbuf_free(&tmp.b);
    gp_obj *excs = gp_exc_group_exceptions(exc);
    gp_ssize num = excs && GP_TUPLE_CHECK(excs) ? GP_TUPLE_SIZE(excs) : 0;
    gp_ssize n = num <= GROUP_MAX_WIDTH ? num : GROUP_MAX_WIDTH + 1;
    ctx->need_close = false;
    for (gp_ssize i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) ctx->need_close = true;   /* a nested group may close it */
        bool truncated = i >= GROUP_MAX_WIDTH;
        char line[96];
        if (truncated) snprintf(line, sizeof line, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else snprintf(line, sizeof line, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        put_indent(o, ctx->depth);
        put(o, line);
        ctx->depth++;
        if (!truncated) {
            print_chain(o, ctx, GP_TUPLE_GET(excs, i), 0);
        } else {
            gp_ssize more = num - GROUP_MAX_WIDTH;
            snprintf(line, sizeof line, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
            emit_str(o, ctx, line);
        }
        if (last && ctx->need_close) {
            put_indent(o, ctx->depth);
            put(o, "+------------------------------------\n");
            ctx->need_close = false;
        }
        ctx->depth--;
    }
    if (toplevel) ctx->depth = 0;
}

static void print_one(out *o, pctx *ctx, gp_obj *exc) {
    gp_exc *e = (gp_exc *)exc;
    if (gp_exc_is_group(exc)) {
        if (ctx->depth > GROUP_MAX_DEPTH) {
            char line[64];
            snprintf(line, sizeof line, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
            emit_str(o, ctx, line);
            return;
        }
        print_group(o, ctx, exc);
        return;
    }
    out tmp;
    gp_strbuf_init(&tmp.b);
    if (e->traceback && e->traceback != gp_None) {
        put(&tmp, "Traceback (most recent call last):\n");
        print_tb(&tmp, e->traceback);
    }
    print_exc_only(&tmp, exc);
    emit_buf(o, ctx, &tmp, '|');
    gp_strbuf_free(&tmp.b);
}

static void print_chain(out *o, pctx *ctx, gp_obj *exc, int depth) {
    gp_exc *e = (gp_exc *)exc;
    if (depth < 100) {
        if (e->cause && e->cause != gp_None && GP_HAS_FLAG(e->cause, GP_TF_EXC_SUB)) {
            print_chain(o, ctx, e->cause, depth + 1);
            emit_str(o, ctx, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && e->context != gp_None && !e->suppress_context &&
                   GP_HAS_FLAG(e->context, GP_TF_EXC_SUB)) {
            print_chain(o, ctx, e->context, depth + 1);
            emit_str(o, ctx, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(o, ctx, exc);
}

gp_obj *gp_traceback_format(gp_obj *exc, bool chain) {
    out o;
    gp_strbuf_init(&o.b);
    pctx ctx = {0, false};
    if (chain) print_chain(&o, &ctx, exc, 0);
    else print_one(&o, &ctx, exc);
    return gp_strbuf_finish(&o.b);
}

void gp_err_print(gp_obj *exc) {
    if (!exc) return;
    gp_obj *saved = gp_err_fetch();
    out o;
    gp_strbuf_init(&o.b);
    pctx ctx = {0, false};
    if (GP_HAS_FLAG(exc, GP_TF_EXC_SUB)) print_chain(&o, &ctx, exc, 0);
    else {
        put(&o, "TypeError: print_exception(): Exception expected for value, ");
        put(&o, gp_type_name(GP_TYPE(exc)));
        put(&o, " found\n");
    }
    gp_sys_flush_all();
    if (o.b.data && !o.b.failed) {
        if (gp_sys_write_stderr(o.b.data, o.b.len) < 0) {
            gp_err_clear();
            fwrite(o.b.data, 1, o.b.len, stderr);
        }
    }
    gp_strbuf_free(&o.b);
    gp_sys_flush_all();
    if (gp_err_occurred()) gp_err_clear();
    gp_err_restore(saved);
}
