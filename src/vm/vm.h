/*
 * vm.h — the compiler / virtual machine's internal interface: code
 * objects, functions, cells, frames, tracebacks and the eval entry points.
 *
 * Bytecode is an array of 32-bit words (8-bit opcode, 24-bit argument,
 * see opcodes.def). Frames live on a per-thread frame stack (frame.c), so
 * a Python call costs a bump of a pointer, not a malloc; generator frames
 * are the exception and live on the heap.
 */
#ifndef GP_VM_H
#define GP_VM_H

#include "../objects/object.h"
#include "../objects/types.h"
#include "state.h"

/* ---- opcodes ------------------------------------------------------------ */
#define OPF_JUMP 1
typedef enum {
#define OP(name, effect, flags) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} gp_opcode;

#define GP_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define GP_OPC(w) ((w) & 0xffu)
#define GP_OPARG(w) ((w) >> 8)
#define GP_MAX_OPARG 0xffffffu

extern const char *const gp_opcode_names[OP__COUNT];
extern const unsigned char gp_opcode_flags[OP__COUNT];
int gp_opcode_stack_effect(int op, uint32_t arg, int jump);

/* ---- code objects (code.c) ----------------------------------------------- */
enum {
    GP_CO_VARARGS = 1, GP_CO_VARKEYWORDS = 2, GP_CO_GENERATOR = 4,
    GP_CO_NEWLOCALS = 8, GP_CO_MODULE = 16, GP_CO_CLASS = 32,
    GP_CO_COROUTINE = 128, /* async def (64 marks a docstring) */
    GP_CO_ASYNC_GENERATOR = 256, /* async def with yield */
};

/* One LOAD_GLOBAL cache entry per name of the code object. */
typedef struct gp_gcache {
    gp_obj *globals;          /* the dict the entry was filled from */
    uint64_t gver, bver;      /* globals' and builtins' versions then */
    gp_obj *value;            /* borrowed: valid while the versions hold */
} gp_gcache;

/* One attribute cache entry per name: what the lookup of that name on a
 * type's MRO found, valid while the type, its MRO tuple and the versions
 * of the MRO's dicts are unchanged (versions come from one global counter,
 * so they are never reused). */
#define GP_ACACHE_MRO 4
typedef struct gp_acache {
    gp_type *type;
    gp_obj *mro;
    uint64_t versions[GP_ACACHE_MRO];
    gp_obj *descr;            /* borrowed; NULL: the type has no such attribute */
} gp_acache;

typedef struct gp_code {
    gp_obj base;
    uint32_t *code;
    int ncode;
    int *lines;               /* line number of each instruction */
    gp_obj *consts, *names;   /* tuples */
    gp_obj *varnames, *cellvars, *freevars; /* tuples of str */
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int nlocals, ncells, nfrees, nlocalsplus;
    int stacksize, nblocks;
    int *cell2arg;            /* ncells entries: the argument a cell starts as, or -1; NULL if none */
    gp_obj *name, *qualname, *filename;
    int firstlineno;
    gp_gcache *gcache;        /* one per name */
    gp_acache *acache;        /* one per name */
    struct gp_weakref *weaklist; /* weakref.c */
} gp_code;

extern gp_type gp_code_type;
#define GP_CODE_CHECK(o) (GP_TYPE(o) == &gp_code_type)
gp_code *gp_code_new(void);   /* empty; the compiler fills it */
int gp_code_addr2line(gp_code *co, int instr);

/* ---- functions, methods, cells (function.c, cell.c) ---------------------- */
typedef struct gp_function {
    gp_obj base;
    gp_code *code;
    gp_obj *globals;
    gp_obj *builtins;         /* the builtins dict */
    gp_obj *name, *qualname;
    gp_obj *defaults;         /* tuple or NULL */
    gp_obj *kwdefaults;       /* dict or NULL */
    gp_obj *closure;          /* tuple of cells or NULL */
    gp_obj *doc, *dict, *module, *annotations;
    struct gp_weakref *weaklist; /* weakref.c */
} gp_function;
extern gp_type gp_function_type;
#define GP_FUNCTION_CHECK(o) (GP_TYPE(o) == &gp_function_type)
/* builtins: the namespace code running in globals sees (a frame's, or
 * gp_builtins_from_globals(globals)) */
gp_obj *gp_function_new(gp_code *code, gp_obj *globals, gp_obj *builtins);

typedef struct gp_cell { gp_obj base; gp_obj *ref; } gp_cell;
extern gp_type gp_cell_type;
gp_obj *gp_cell_new(gp_obj *v); /* v may be NULL (empty) */

/* ---- frames (frame.c) ---------------------------------------------------- */
enum { GP_BLOCK_FINALLY = 1, GP_BLOCK_HANDLER = 2 };
typedef struct gp_block { int type, handler, level; } gp_block;

struct gp_frame {
    gp_frame *prev;
    gp_code *code;            /* strong */
    gp_obj *func;             /* strong or NULL */
    gp_obj *globals;          /* strong */
    gp_obj *builtins;         /* strong */
    gp_obj *locals;           /* strong or NULL: module, class and exec frames */
    uint32_t *ip;             /* next instruction, while not running */
    gp_obj **sp;              /* stack top, while not running */
    gp_obj **stack;           /* value stack base (after localsplus) */
    gp_block *blocks;
    int iblock;
    bool is_entry;            /* returning leaves the C eval function */
    bool on_heap;             /* a generator's frame */
    bool yielded;             /* the last exit was a yield */
    bool borrowed;            /* code/globals/builtins are borrowed from func */
    gp_obj *gen;              /* borrowed: the generator owning this frame */
    void *chunk;              /* frame stack chunk (frame.c) */
    gp_obj *localsplus[];     /* locals, cells, free cells, then the stack, then blocks */
};

gp_frame *gp_frame_push(gp_thread *ts, gp_code *co, gp_obj *globals, gp_obj *locals);
/* A function call's frame: holds the function, borrows its code, globals
 * and builtins (the cheap path of every Python call). */
gp_frame *gp_frame_push_func(gp_thread *ts, gp_function *fn);
gp_frame *gp_frame_new_heap(gp_code *co, gp_obj *globals, gp_obj *locals);
/* Drops every reference the frame holds and releases its memory. */
void gp_frame_pop(gp_thread *ts, gp_frame *f);
void gp_frame_clear(gp_frame *f);
int gp_frame_lineno(gp_frame *f);
void gp_frame_stack_free(gp_thread *ts);
/* A dict snapshot of a function frame's fast locals (for locals()). */
gp_obj *gp_frame_locals_dict(gp_frame *f);

/* ---- generators (generator.c) -------------------------------------------- */
typedef struct gp_gen {
    gp_obj base;
    gp_frame *frame;          /* NULL once finished */
    gp_obj *name, *qualname;
    gp_obj *handled;          /* the generator's own exc_info while suspended */
    gp_obj *code;             /* gi_code, also once finished */
    bool running;
    struct gp_weakref *weaklist; /* weakref.c */
} gp_gen;
/* await x for x not a generator: x.__await__(), checked to be an iterator
 * (TypeError "object X can't be used in 'await' expression" otherwise). */
gp_obj *gp_gen_await_iter(gp_obj *x);
/* frameview.c: gi_frame's `frame` object for a generator (None once done) */
extern gp_type gp_frameview_type;
gp_obj *gp_frameview_new(gp_obj *gen);

/* Async generators (asyncgen.c): a gp_gen of type gp_asyncgen_type whose
 * `yield v` hands out gp_asyncgen_wrap(v) (steals v), so that __anext__'s
 * awaitable tells values from the futures its awaits pass through. */
extern gp_type gp_asyncgen_type, gp_asyncgen_asend_type, gp_asyncgen_wrapped_type;
gp_obj *gp_asyncgen_wrap(gp_obj *v);
gp_obj *gp_gen_throw_exc(gp_gen *g, gp_obj *exc); /* generator.c, for asyncgen.c */
void gp_gen_dealloc(gp_obj *o);
/* The cycle collector's view of generators, coroutines and async generators
 * (gc.h): traverse/clear, and PEP 442 finalization (close() when suspended
 * inside try/with). */
void gp_gen_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg);
void gp_gen_clear(gp_obj *o);
bool gp_gen_needs_close(gp_obj *o);
void gp_gen_finalize(gp_obj *o);
extern gp_type gp_gen_type;
extern gp_type gp_coro_type; /* async def: a gp_gen named coroutine (generator.c) */
#define GP_GEN_CHECK(o) (GP_TYPE(o) == &gp_gen_type || GP_TYPE(o) == &gp_coro_type)
gp_obj *gp_gen_new(gp_frame *f, gp_function *fn);
/* Resumes a generator: value is sent (NULL: throw the pending exception
 * into it). Returns the yielded value with *done = false, the return
 * value with *done = true, or NULL on error. */
gp_obj *gp_gen_send(gp_gen *g, gp_obj *value, bool *done);

/* ---- tracebacks (traceback.c) -------------------------------------------- */
typedef struct gp_traceback {
    gp_obj base;
    gp_obj *next;             /* tb_next or NULL */
    gp_code *code;
    int lineno;
} gp_traceback;
extern gp_type gp_traceback_type;
/* Prepends an entry for (code, lineno) to exc's traceback. */
int gp_traceback_add(gp_obj *exc, gp_code *code, int lineno);
/* The text gp_err_print would write for exc (with its chain when chain). */
gp_obj *gp_traceback_format(gp_obj *exc, bool chain);

/* match statements (match.c) */
int gp_match_is_sequence(gp_obj *o);                 /* 0/1, -1 on error */
int gp_match_is_mapping(gp_obj *o);
gp_obj *gp_match_keys(gp_obj *subject, gp_obj *keys); /* tuple of values, None, NULL on error */
gp_obj *gp_match_dict_without_keys(gp_obj *subject, gp_obj *keys);
gp_obj *gp_match_class(gp_obj *subject, gp_obj *cls, int npos, gp_obj *names);

/* ---- the eval loop (vm.c) ------------------------------------------------ */
/* Runs a pushed frame to completion (the frame is popped). */
gp_obj *gp_vm_run_frame(gp_thread *ts, gp_frame *f);
/* Executes a module-level / exec code object. */
gp_obj *gp_vm_eval_code(gp_code *co, gp_obj *globals, gp_obj *locals);
/* The call slot of gp_function_type. */
gp_obj *gp_vm_call_function(gp_obj *func, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
/* Fills a frame's fast locals from a call's arguments (CPython's rules and
 * messages); -1 on error. */
int gp_vm_bind_args(gp_function *fn, gp_frame *f, gp_obj *const *args, size_t nargs,
                    gp_obj *kwnames);
/* Creates a new frame's cells and copies in the closure's free cells. */
int gp_vm_init_cells(gp_function *fn, gp_frame *f);
/* Sets __context__ on a newly raised exception from the handled one. */
void gp_vm_chain_context(gp_thread *ts, gp_obj *exc);
/* Handles the eval-breaker's embedder bits (signals); -1 with an exception. */
int gp_vm_handle_pending(gp_thread *ts);
#define GP_PENDING_SIGNAL GIL_PENDING_USER(0)
#define GP_PENDING_GC GIL_PENDING_USER(1)     /* the cycle collector asked to run (gc.h) */
/* Async-signal-safe: records a SIGINT for the main thread (KeyboardInterrupt). */
void gp_vm_signal_sigint(void);
/* mod_signal.c: the C handler's half (async-signal-safe), the main
 * thread's half (runs the Python handlers; -1 with an exception), set-up. */
void gp_signal_trip(int signum);
int gp_signal_run_pending(gp_thread *ts);
void gp_signal_init_main(void);
void gp_signal_after_fork_child(void);

/* ---- compiler (compiler.c) ----------------------------------------------- */
/* Compiles source text; mode "exec", "eval" or "single". NULL + SyntaxError. */
gp_obj *gp_compile_source(const char *src, size_t len, const char *filename, const char *mode);
/* Converts a parser error into a pending SyntaxError / IndentationError. */
void gp_compile_raise_syntax_error(const char *type, const char *msg, const char *filename,
                                   int lineno, int offset, const char *text,
                                   int end_lineno, int end_offset);
/* Disassembles a code object (and nested ones) to stdout, for -X dis. */
void gp_dis(gp_code *co);

/* ---- imports (import.c), vm builtins (builtins_vm.c) ---------------------- */
typedef gp_obj *(*gp_module_initfn)(void);
int gp_import_register_builtin(const char *name, gp_module_initfn init);
gp_obj *gp_import_module(gp_obj *name, gp_obj *globals, gp_obj *fromlist, int level);
gp_obj *gp_import_cstr(const char *name);
const char *gp_import_lib_source(const char *name, size_t *len, int *is_package);
bool gp_import_is_initializing(gp_obj *module);
/* Loads the native module at path (native.c, include/gilpy.h): dlopen,
 * then gilpy_init_<last part of fullname>.  New reference or NULL. */
gp_obj *gp_native_load(gp_obj *fullname, const char *path);
int gp_vm_builtins_add(gp_obj *builtins_dict);

/* ---- run-time and interpreter set-up (state.c, run.c) --------------------- */
typedef struct gp_config {
    int gil_policy;           /* gil_policy */
    unsigned switch_interval_us;
    bool gilstats;
    const char *giltrace;
    bool unbuffered;
    bool dis;
} gp_config;
int gp_interp_init(const gp_config *cfg, int argc, char **argv);
void gp_interp_fini(void);
extern gp_interp *gp_main_interp;
/* Runs a file / string as __main__; returns the process exit status. */
int gp_run_main_source(const char *src, size_t len, const char *filename);
gp_obj *gp_run_main_module(void);
gp_obj *gp_builtins_from_globals(gp_obj *globals); /* frame.c */
/* Prints an uncaught exception (and computes the exit status, handling
 * SystemExit); flushes sys.stdout first. */
int gp_run_handle_uncaught(void);

/* ---- modules (src/modules) ------------------------------------------------ */
gp_obj *gp_mod_sys_init(int argc, char **argv);
gp_obj *gp_mod_math_init(void);
gp_obj *gp_mod_time_init(void);
gp_obj *gp_mod_socket_init(void); /* mod_socket.c: _socket */
gp_obj *gp_mod_select_init(void); /* mod_select.c: _select */
gp_obj *gp_mod_os_init(void);
/* sys.stdout / sys.stderr as C-level writers (the sys file objects). */
int gp_sys_write_stdout(const char *s, size_t n);
int gp_sys_write_stderr(const char *s, size_t n);
void gp_sys_flush_all(void);
gp_obj *gp_sys_get(const char *name); /* borrowed, NULL if absent */

#endif
