/*
 * frame.c — execution frames. Function frames come from a per-thread
 * frame stack made of large chunks: pushing a frame bumps a pointer,
 * popping one moves it back (frames die in LIFO order). Generator frames
 * outlive their caller, so they are allocated on the heap instead.
 *
 * A frame's memory: the struct, then localsplus (fast locals, cells, free
 * cells), then the value stack, then the block stack.
 */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

#define CHUNK_SIZE (256 * 1024)

typedef struct chunk {
    struct chunk *prev, *next;
    char *end;
    char data[];
} chunk;

static size_t frame_size(gp_code *co) {
    size_t n = sizeof(gp_frame) + (size_t)(co->nlocalsplus + co->stacksize) * sizeof(gp_obj *) +
               (size_t)co->nblocks * sizeof(gp_block);
    return (n + 15) & ~(size_t)15;
}

static void frame_init_common(gp_frame *f, gp_code *co) {
    memset(f->localsplus, 0, (size_t)co->nlocalsplus * sizeof(gp_obj *));
    f->stack = f->localsplus + co->nlocalsplus;
    f->sp = f->stack;
    f->blocks = (gp_block *)(f->stack + co->stacksize);
    f->iblock = 0;
    f->ip = co->code;
    f->is_entry = false;
    f->yielded = false;
    f->gen = NULL;
}

/* The builtins namespace code running in `globals` sees: its
 * __builtins__ (a module or a dict, as exec(code, {'__builtins__': ...})
 * sets it), else the interpreter's.  Borrowed. */
gp_obj *gp_builtins_from_globals(gp_obj *globals) {
    static gp_obj *key;
    gp_obj *main = gp_main_interp->builtins;
    if (!GP_DICT_CHECK(globals)) return main;
    if (!key) key = gp_str_intern_cstr("__builtins__");
    gp_obj *b = gp_dict_get_str(globals, key);
    if (!b || b == gp_main_interp->builtins_module) return main;
    if (GP_TYPE(b) == &gp_module_type) b = GP_MODULE_DICT(b);
    return GP_DICT_CHECK(b) ? b : main;
}

static void frame_init(gp_frame *f, gp_code *co, gp_obj *globals, gp_obj *locals) {
    f->code = (gp_code *)gp_incref((gp_obj *)co);
    f->func = NULL;
    f->globals = gp_incref(globals);
    f->builtins = gp_incref(gp_builtins_from_globals(globals));
    f->locals = gp_xincref(locals);
    f->borrowed = false;
    frame_init_common(f, co);
}

/* Room for a frame of co on the thread's frame stack; NULL + exception. */
static gp_frame *frame_alloc(gp_thread *ts, gp_code *co) {
    if (GP_UNLIKELY(ts->depth >= ts->interp->recursion_limit)) {
        gp_err_set_str(gp_exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    size_t need = frame_size(co);
    chunk *c = ts->fchunk;
    if (GP_UNLIKELY(!c || ts->ftop + need > c->end)) {
        chunk *n = c ? c->next : NULL;
        if (n && (size_t)(n->end - n->data) < need) {
            /* a cached chunk too small for this frame: drop it */
            c->next = NULL;
            chunk *x = n;
            while (x) { chunk *nx = x->next; free(x); x = nx; }
            n = NULL;
        }
        if (!n) {
            size_t sz = need > CHUNK_SIZE ? need : CHUNK_SIZE;
            n = malloc(sizeof(chunk) + sz);
            if (!n) { gp_err_nomemory(); return NULL; }
            n->prev = c;
            n->next = NULL;
            n->end = n->data + sz;
            if (c) c->next = n;
        }
        c = n;
        ts->fchunk = c;
        ts->ftop = c->data;
    }
    gp_frame *f = (gp_frame *)ts->ftop;
    ts->ftop += need;
    f->chunk = c;
    f->on_heap = false;
    f->prev = ts->frame;
    ts->frame = f;
    ts->depth++;
    return f;
}

gp_frame *gp_frame_push(gp_thread *ts, gp_code *co, gp_obj *globals, gp_obj *locals) {
    gp_frame *f = frame_alloc(ts, co);
    if (f) frame_init(f, co, globals, locals);
    return f;
}

gp_frame *gp_frame_push_func(gp_thread *ts, gp_function *fn) {
    gp_code *co = fn->code;
    gp_frame *f = frame_alloc(ts, co);
    if (!f) return NULL;
    f->code = co;
    f->func = gp_incref((gp_obj *)fn);
    f->globals = fn->globals;
    f->builtins = fn->builtins;
    f->locals = NULL;
    f->borrowed = true;
    frame_init_common(f, co);
    return f;
}

gp_frame *gp_frame_new_heap(gp_code *co, gp_obj *globals, gp_obj *locals) {
    gp_frame *f = gp_mem_alloc(frame_size(co));
    if (!f) return NULL;
    f->chunk = NULL;
    f->on_heap = true;
    frame_init(f, co, globals, locals);
    f->prev = NULL;
    return f;
}

void gp_frame_clear(gp_frame *f) {
    gp_code *co = f->code;
    if (!co) return;
    for (int i = 0; i < co->nlocalsplus; i++) GP_CLEAR(f->localsplus[i]);
    while (f->sp > f->stack) {
        gp_obj *v = *--f->sp;
        gp_xdecref(v);
    }
    GP_CLEAR(f->locals);
    if (f->borrowed) {
        /* code, globals and builtins belong to func: drop it last */
        f->globals = f->builtins = NULL;
        f->code = NULL;
        GP_CLEAR(f->func);
        return;
    }
    GP_CLEAR(f->func);
    GP_CLEAR(f->globals);
    GP_CLEAR(f->builtins);
    f->code = NULL;
    gp_decref((gp_obj *)co);
}

void gp_frame_pop(gp_thread *ts, gp_frame *f) {
    if (ts->frame == f) ts->frame = f->prev;
    gp_frame_clear(f);
    if (f->on_heap) return; /* the generator owns and frees it */
    ts->depth--;
    ts->fchunk = f->chunk;
    ts->ftop = (char *)f;
}

void gp_frame_stack_free(gp_thread *ts) {
    chunk *c = ts->fchunk;
    while (c && c->prev) c = c->prev;
    while (c) { chunk *n = c->next; free(c); c = n; }
    ts->fchunk = NULL;
    ts->ftop = NULL;
}

int gp_frame_lineno(gp_frame *f) {
    int i = (int)(f->ip - f->code->code) - 1;
    return gp_code_addr2line(f->code, i);
}

gp_obj *gp_frame_locals_dict(gp_frame *f) {
    if (f->locals) return gp_incref(f->locals);
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
    gp_code *co = f->code;
    for (int i = 0; i < co->nlocals; i++) {
        gp_obj *v = f->localsplus[i];
        if (v && gp_dict_set(d, GP_TUPLE_GET(co->varnames, i), v) < 0) { gp_decref(d); return NULL; }
    }
    for (int i = 0; i < co->ncells + co->nfrees; i++) {
        gp_obj *cell = f->localsplus[co->nlocals + i];
        gp_obj *name = i < co->ncells ? GP_TUPLE_GET(co->cellvars, i) : GP_TUPLE_GET(co->freevars, i - co->ncells);
        if (cell && GP_TYPE(cell) == &gp_cell_type && ((gp_cell *)cell)->ref &&
            gp_dict_set(d, name, ((gp_cell *)cell)->ref) < 0) {
            gp_decref(d);
            return NULL;
        }
    }
    return d;
}
