/*
 * main.c — the gilpy command line, shaped like python3's:
 *
 *   gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
 *
 * Options: -c, -m, -u, -V/--version, -h/--help, -X NAME[=VALUE] (kept in
 * sys._xoptions; gilpolicy=, switchinterval=, gilstats, giltrace= and dis
 * are gilpy's own), and CPython's no-op flags (-B -E -I -O -s -S -q).
 * With no program and a terminal on stdin, an interactive prompt.
 *
 * The interpreter runs on a thread with a large stack, so that deep
 * recursion through C (repr of nested containers, callbacks) meets the
 * recursion limit long before the C stack ends.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/vm.h"

#ifdef GP_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

#define GILPY_VERSION "0.1.0"
#define INTERP_STACK_SIZE ((size_t)512 * 1024 * 1024)

extern bool gp_run_dis;
extern bool gp_run_keyboard_interrupt;
extern bool gp_sysio_unbuffered;

static const char usage_line[] = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static void print_help(void) {
    printf("%s", usage_line);
    printf("gilpy %s: a Python 3.11 runtime built on libgil, an embeddable GIL.\n\n"
           "Options (and corresponding environment variables):\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-m mod : run library module as a script (terminates option list)\n"
           "-u     : force the stdout and stderr streams to be unbuffered\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "-X opt : set implementation-specific option; gilpy's are:\n"
           "         -X gilpolicy=fair|cpython|legacy  the GIL algorithm (default fair)\n"
           "         -X switchinterval=USEC            the GIL switch interval in microseconds (default 5000)\n"
           "         -X gilstats                       print GIL statistics at exit\n"
           "         -X giltrace=FILE                  trace the GIL: FILE.html a timeline page, else Chrome JSON (Perfetto)\n"
           "         -X dis                            print the bytecode instead of running\n"
           "-B -E -I -O -q -s -S : accepted for compatibility, ignored\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n",
           GILPY_VERSION);
}

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "%sTry `python -h' for more information.\n", usage_line);
    return 2;
}

typedef struct opts {
    gp_config cfg;
    const char *command;    /* -c */
    const char *module;     /* -m */
    const char *file;       /* script, or "-" */
    int argc;               /* sys.argv */
    char **argv;
    char **xopts;
    int nxopts;
} opts;

static char *read_stream(FILE *f, size_t *len) {
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static int set_xoptions(opts *o) {
    gp_obj *x = gp_sys_get("_xoptions");
    for (int i = 0; i < o->nxopts; i++) {
        const char *s = o->xopts[i];
        const char *eq = strchr(s, '=');
        gp_obj *k = eq ? gp_str_new(s, (size_t)(eq - s)) : gp_str_from_cstr(s);
        gp_obj *v = eq ? gp_str_from_cstr(eq + 1) : gp_bool_new(true);
        if (!k || !v || gp_dict_set(x, k, v) < 0) { gp_xdecref(k); gp_xdecref(v); return -1; }
        gp_decref(k);
        gp_decref(v);
    }
    return 0;
}

static int set_path0(const char *dir) {
    gp_obj *path = gp_sys_get("path");
    gp_obj *d = gp_str_from_cstr(dir);
    if (!d) return -1;
    int rc = gp_list_append(path, d);
    gp_decref(d);
    return rc;
}

/* ---- interactive prompt --------------------------------------------------- */

static char *read_line(const char *prompt) {
#ifdef GP_HAVE_LIBEDIT
    char *l = readline(prompt);
    if (l && *l) add_history(l);
    return l;
#else
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 0;
    char *line = NULL;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) { free(line); return NULL; }
    if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
    return line;
#endif
}

/* Bracket depth and whether the text ends a block opener (':' or '\'). */
static void scan_text(const char *s, int *depth, bool *opener) {
    char q = 0;
    *opener = false;
    for (; *s; s++) {
        if (q) {
            if (*s == '\\' && s[1]) s++;
            else if (*s == q) q = 0;
            continue;
        }
        if (*s == '#') { while (*s && *s != '\n') s++; if (!*s) break; continue; }
        if (*s == '\'' || *s == '"') q = *s;
        else if (*s == '(' || *s == '[' || *s == '{') (*depth)++;
        else if (*s == ')' || *s == ']' || *s == '}') (*depth)--;
    }
}

static int repl(void) {
    fprintf(stderr, "Python 3.11.7 (gilpy %s) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            GILPY_VERSION);
    gp_interp *in = gp_main_interp;
    gp_obj *main = gp_module_new("__main__");
    if (!main) return gp_run_handle_uncaught();
    in->main_module = main;
    gp_obj *d = GP_MODULE_DICT(main);
    gp_dict_set_cstr(d, "__builtins__", in->builtins_module);
    gp_dict_set_cstr(in->modules, "__main__", main);
    for (;;) {
        char *line = read_line(">>> ");
        if (!line) { fputs("\n", stderr); break; }
        size_t cap = strlen(line) + 2, n = 0;
        char *buf = malloc(cap);
        if (!buf) { free(line); break; }
        n = (size_t)sprintf(buf, "%s\n", line);
        int depth = 0;
        bool opener;
        scan_text(line, &depth, &opener);
        size_t ll = strlen(line);
        while (ll && (line[ll - 1] == ' ' || line[ll - 1] == '\t')) ll--;
        bool block = ll && (line[ll - 1] == ':' || line[ll - 1] == '\\');
        free(line);
        while (depth > 0 || block) {
            char *more = read_line("... ");
            if (!more) break;
            size_t ml = strlen(more);
            if (block && ml == 0 && depth <= 0) { free(more); break; }
            char *nb = realloc(buf, n + ml + 2);
            if (!nb) { free(more); break; }
            buf = nb;
            n += (size_t)sprintf(buf + n, "%s\n", more);
            scan_text(more, &depth, &opener);
            free(more);
            if (!block && depth <= 0) break;
        }
        gp_obj *co = gp_compile_source(buf, n, "<stdin>", "single");
        free(buf);
        gp_obj *res = co ? gp_vm_eval_code((gp_code *)co, d, NULL) : NULL;
        gp_xdecref(co);
        if (!res) {
            if (gp_err_matches(gp_exc_SystemExit)) return gp_run_handle_uncaught();
            gp_obj *exc = gp_err_fetch();
            gp_err_print(exc);
            gp_xdecref(exc);
        } else {
            gp_decref(res);
        }
        gp_sys_flush_all();
    }
    return 0;
}

/* ---- running ---------------------------------------------------------------- */

static int run_file(opts *o) {
    const char *file = o->file;
    char *src;
    size_t len;
    if (strcmp(file, "-") == 0) {
        if (set_path0("") < 0) return gp_run_handle_uncaught();
        src = read_stream(stdin, &len);
        if (!src) { fprintf(stderr, "gilpy: out of memory\n"); return 1; }
        int rc = gp_run_main_source(src, len, "<stdin>");
        free(src);
        return rc;
    }
    struct stat st;
    char mainpy[PATH_MAX];
    if (stat(file, &st) == 0 && S_ISDIR(st.st_mode)) {
        /* a directory runs its __main__.py */
        snprintf(mainpy, sizeof mainpy, "%s/__main__.py", file);
        if (access(mainpy, R_OK) != 0) {
            char *rp = realpath(file, NULL);
            fprintf(stderr, "gilpy: can't find '__main__' module in '%s'\n", rp ? rp : file);
            free(rp);
            return 1;
        }
        file = mainpy;
    }
    FILE *f = fopen(file, "rb");
    if (!f) {
        int err = errno;
        char cwd[PATH_MAX], abs[PATH_MAX + 256];
        const char *shown = file;
        if (file[0] != '/' && getcwd(cwd, sizeof cwd)) {
            /* A path too long to show whole is shown cut, never overflowed. */
            if (snprintf(abs, sizeof abs, "%s/%s", cwd, file) >= 0) shown = abs;
        }
        fprintf(stderr, "gilpy: can't open file '%s': [Errno %d] %s\n", shown, err, strerror(err));
        return 2;
    }
    src = read_stream(f, &len);
    fclose(f);
    if (!src) { fprintf(stderr, "gilpy: out of memory\n"); return 1; }
    /* sys.path[0]: the script's directory, absolute */
    char dir[PATH_MAX];
    char *rp = realpath(file, NULL);
    if (rp) {
        char *slash = strrchr(rp, '/');
        if (slash == rp) snprintf(dir, sizeof dir, "/");
        else { *slash = 0; snprintf(dir, sizeof dir, "%s", rp); }
        free(rp);
    } else {
        snprintf(dir, sizeof dir, ".");
    }
    if (set_path0(dir) < 0) { free(src); return gp_run_handle_uncaught(); }
    const char *text = src;
    if (len >= 3 && (unsigned char)src[0] == 0xef && (unsigned char)src[1] == 0xbb && (unsigned char)src[2] == 0xbf) {
        text += 3;
        len -= 3;
    }
    /* CPython 3.11 names the main script by its absolute path (tracebacks,
     * __file__), without resolving symlinks; sys.argv[0] stays as given */
    char absfile[PATH_MAX];
    const char *shown = file;
    if (file[0] != '/' && getcwd(absfile, sizeof absfile)) {
        size_t l = strlen(absfile);
        const char *rel = file;
        while (rel[0] == '.' && rel[1] == '/') rel += 2;
        size_t rl = strlen(rel);
        if (l + 1 + rl < sizeof absfile) {
            absfile[l] = '/';
            memcpy(absfile + l + 1, rel, rl + 1);
            shown = absfile;
        }
    }
    int rc = gp_run_main_source(text, len, shown);
    free(src);
    return rc;
}

/* -m NAME: runpy finds NAME on sys.path or among the lib/ modules built
 * in (a package runs its __main__) and runs it in __main__'s namespace. */
static int run_module(opts *o) {
    if (set_path0("") < 0) return gp_run_handle_uncaught();
    gp_obj *path = gp_sys_get("path");
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd)) {
        gp_obj *c = gp_str_from_cstr(cwd);
        if (!c) return gp_run_handle_uncaught();
        GP_SETREF(GP_LIST_ITEMS(path)[0], c);
    }
    if (!gp_run_main_module()) return gp_run_handle_uncaught();
    gp_obj *runpy = gp_import_cstr("runpy");
    gp_obj *fn = runpy ? gp_getattr_str(runpy, "_run_module_as_main") : NULL;
    gp_xdecref(runpy);
    gp_obj *name = fn ? gp_str_from_cstr(o->module) : NULL;
    gp_obj *res = name ? gp_call1(fn, name) : NULL;
    gp_xdecref(fn);
    gp_xdecref(name);
    if (!res) return gp_run_handle_uncaught();
    gp_decref(res);
    gp_sys_flush_all();
    return gp_err_occurred() ? gp_run_handle_uncaught() : 0;
}

static int run(opts *o) {
    if (gp_interp_init(&o->cfg, o->argc, o->argv) < 0) return 1;
    int rc;
    int xrc = set_xoptions(o);
    /* the -X list lives in sys._xoptions from here on (a forked child never
     * returns to main() to free it) */
    free(o->xopts);
    o->xopts = NULL;
    if (xrc < 0) {
        rc = gp_run_handle_uncaught();
    } else if (o->command) {
        if (set_path0("") < 0) rc = gp_run_handle_uncaught();
        else rc = gp_run_main_source(o->command, strlen(o->command), "<string>");
    } else if (o->module) {
        rc = run_module(o);
    } else if (o->file && strcmp(o->file, "-") != 0) {
        rc = run_file(o);
    } else if (isatty(0)) {
        if (set_path0("") < 0) rc = gp_run_handle_uncaught();
        else rc = repl();
    } else {
        o->file = "-";
        rc = run_file(o);
    }
    gp_interp_fini();
    return rc;
}

/* The signals the launching thread blocks and Python's main thread takes:
 * all but those the CPU raises in the faulting thread.  A signal sent to
 * the process (kill) then reaches Python's main thread when it can take
 * it, and is handled before os.kill returns there, as in CPython. */
static void async_signals(sigset_t *set) {
    sigfillset(set);
    static const int sync_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS};
    for (size_t i = 0; i < sizeof sync_signals / sizeof sync_signals[0]; i++) sigdelset(set, sync_signals[i]);
}

static void *interp_thread(void *arg) {
    opts *o = arg;
    /* this thread is Python's main thread: it takes SIGINT (the launching
     * thread blocks it), so a blocking call here is interrupted at once */
    sigset_t set;
    async_signals(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    static int rc;
    rc = run(o);
    /* a forked child (os.fork) has no launcher thread to return to:
     * leaving this thread would end the process with status 0 */
    extern bool gp_forked_child; /* thread.c */
    if (gp_forked_child) {
        fflush(stdout);
        if (gp_run_keyboard_interrupt) {
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
        }
        fflush(stderr);
        _exit(rc); /* not exit(): the parent's launcher state is not ours to tear down */
    }
    return &rc;
}

static int parse_switch_interval(const char *v, unsigned *out) {
    char *end;
    errno = 0;
    unsigned long us = strtoul(v, &end, 10);
    if (errno || *end || us == 0 || us > 4000000000UL) return -1;
    *out = (unsigned)us;
    return 0;
}

int main(int argc, char **argv) {
    opts o;
    memset(&o, 0, sizeof o);
    o.cfg.gil_policy = GIL_POLICY_FAIR;
    o.xopts = calloc((size_t)argc + 1, sizeof(char *));
    if (!o.xopts) return 1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) { printf("Python 3.11.7\n"); return 0; }
        if (strcmp(a, "--help") == 0) { print_help(); return 0; }
        if (a[1] == '-') return usage_error("unknown option %s\n", a);
        /* a cluster of single-letter flags, e.g. -uB, or -cCODE / -X opt */
        for (int j = 1; a[j]; j++) {
            char c = a[j];
            if (c == 'c' || c == 'm' || c == 'X') {
                const char *val = a[j + 1] ? a + j + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) return usage_error("Argument expected for the -%s option\n", c == 'c' ? "c" : c == 'm' ? "m" : "X");
                if (c == 'c') { o.command = val; goto done; }
                if (c == 'm') { o.module = val; goto done; }
                o.xopts[o.nxopts++] = (char *)val;
                if (strncmp(val, "gilpolicy=", 10) == 0) {
                    int p = gil_policy_from_name(val + 10);
                    if (p < 0) {
                        fprintf(stderr, "gilpy: unknown GIL policy '%s' (expected fair, cpython or legacy)\n", val + 10);
                        return 2;
                    }
                    o.cfg.gil_policy = p;
                } else if (strncmp(val, "switchinterval=", 15) == 0) {
                    if (parse_switch_interval(val + 15, &o.cfg.switch_interval_us) < 0) {
                        fprintf(stderr, "gilpy: -X switchinterval= needs a positive number of microseconds\n");
                        return 2;
                    }
                } else if (strncmp(val, "gil=", 4) == 0) {
                    /* CPython 3.13's option: gilpy always has its GIL */
                    if (strcmp(val + 4, "0") == 0) {
                        fprintf(stderr, "Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build\n");
                        return 1;
                    }
                    if (strcmp(val + 4, "1") != 0) {
                        fprintf(stderr, "Fatal Python error: config_read_gil: -X gil must be \"0\" or \"1\"\n");
                        return 1;
                    }
                } else if (strcmp(val, "gilstats") == 0) {
                    o.cfg.gilstats = true;
                } else if (strncmp(val, "giltrace=", 9) == 0) {
                    o.cfg.giltrace = val + 9;
                } else if (strcmp(val, "dis") == 0) {
                    gp_run_dis = true;
                }
                break;
            }
            switch (c) {
            case 'V': printf("Python 3.11.7\n"); return 0;
            case 'h': case '?': print_help(); return 0;
            case 'u': o.cfg.unbuffered = true; gp_sysio_unbuffered = true; break;
            case 'B': case 'E': case 'I': case 'O': case 'q': case 's': case 'S': case 'b': case 'd': case 'v':
            case 'i': case 'R': break;
            default: {
                char opt[3] = {'-', c, 0};
                return usage_error("Unknown option: %s\n", opt);
            }
            }
        }
    }
done:
    if (o.command) {
        /* sys.argv = ['-c', args after the command] */
        o.argc = argc - i;
        o.argv = argv + i;
        argv[i] = (char *)"-c";
    } else if (o.module) {
        o.argc = argc - i;
        o.argv = argv + i;
        argv[i] = (char *)o.module;
    } else if (i < argc) {
        o.file = argv[i];
        o.argc = argc - i;
        o.argv = argv + i;
    } else {
        static char *empty[] = {(char *)"", NULL};
        o.argc = 1;
        o.argv = empty;
    }
    if (o.command || o.module) {
        /* argv[i] was overwritten above: i indexes the -c/-m value */
    }

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, INTERP_STACK_SIZE);
    pthread_t t;
    int rc;
    sigset_t set, old;
    async_signals(&set);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    if (pthread_create(&t, &attr, interp_thread, &o) != 0) {
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        rc = run(&o);
    } else {
        void *res;
        pthread_join(t, &res);
        rc = *(int *)res;
    }
    pthread_attr_destroy(&attr);
    free(o.xopts);
    fflush(stdout);
    if (gp_run_keyboard_interrupt) {
        signal(SIGINT, SIG_DFL);
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
        kill(getpid(), SIGINT);
    }
    return rc;
}
