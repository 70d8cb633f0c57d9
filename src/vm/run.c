/*
 * run.c — running a program as __main__ and turning an uncaught exception
 * into the process's exit status: SystemExit(None) → 0, SystemExit(int)
 * → that int, SystemExit(other) → its str on stderr and 1; anything else
 * → the traceback on stderr and 1.
 */
#include <stdio.h>
#include <string.h>

#include "vm.h"

bool gp_run_dis;
bool gp_run_keyboard_interrupt;

static gp_obj *systemexit_code(gp_obj *exc) {
    gp_obj *code = gp_getattr_str(exc, "code");
    if (code) return code;
    gp_err_clear();
    gp_obj *args = ((gp_exc *)exc)->args;
    if (!args || !GP_TUPLE_CHECK(args) || GP_TUPLE_SIZE(args) == 0) return GP_NONE_NEW();
    if (GP_TUPLE_SIZE(args) == 1) return gp_incref(GP_TUPLE_GET(args, 0));
    return gp_incref(args);
}

int gp_run_handle_uncaught(void) {
    gp_obj *exc = gp_err_fetch();
    if (!exc) return 0;
    int status = 1;
    if (GP_HAS_FLAG(exc, GP_TF_EXC_SUB) && gp_type_is_subtype(GP_TYPE(exc), gp_exc_SystemExit)) {
        gp_obj *code = systemexit_code(exc);
        gp_sys_flush_all();
        if (code == gp_None) {
            status = 0;
        } else if (GP_INT_CHECK(code)) {
            int ovf = 0;
            int64_t v = gp_int_as_i64(code, &ovf);
            status = ovf ? -1 : (int)v;
        } else {
            gp_obj *s = gp_str(code);
            if (s) {
                gp_sys_write_stderr(GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s));
                gp_sys_write_stderr("\n", 1);
                gp_decref(s);
            }
            gp_err_clear();
            status = 1;
        }
        gp_xdecref(code);
        gp_decref(exc);
        gp_sys_flush_all();
        return status & 0xff;
    }
    if (GP_HAS_FLAG(exc, GP_TF_EXC_SUB) && gp_type_is_subtype(GP_TYPE(exc), gp_exc_KeyboardInterrupt))
        gp_run_keyboard_interrupt = true;
    gp_err_print(exc);
    gp_decref(exc);
    gp_sys_flush_all();
    return 1;
}

/* The __main__ module, created on first use and put in sys.modules
 * (borrowed; NULL with an exception set). */
gp_obj *gp_run_main_module(void) {
    gp_interp *in = gp_main_interp;
    gp_obj *main = in->main_module;
    if (!main) {
        main = gp_module_new("__main__");
        if (!main) return NULL;
        in->main_module = main;
    }
    if (gp_dict_set_cstr(GP_MODULE_DICT(main), "__builtins__", in->builtins_module) < 0 ||
        gp_dict_set_cstr(in->modules, "__main__", main) < 0)
        return NULL;
    return main;
}

int gp_run_main_source(const char *src, size_t len, const char *filename) {
    gp_obj *co = gp_compile_source(src, len, filename, "exec");
    if (!co) return gp_run_handle_uncaught();
    if (gp_run_dis) {
        gp_dis((gp_code *)co);
        gp_decref(co);
        return 0;
    }
    gp_obj *main = gp_run_main_module();
    if (!main) {
        gp_decref(co);
        return gp_run_handle_uncaught();
    }
    gp_obj *d = GP_MODULE_DICT(main);
    if (filename[0] != '<') {
        gp_obj *fn = gp_str_from_cstr(filename);
        if (!fn || gp_dict_set_cstr(d, "__file__", fn) < 0) {
            gp_xdecref(fn);
            gp_decref(co);
            return gp_run_handle_uncaught();
        }
        gp_decref(fn);
    }
    gp_obj *res = gp_vm_eval_code((gp_code *)co, d, NULL);
    gp_decref(co);
    if (!res) return gp_run_handle_uncaught();
    gp_decref(res);
    gp_sys_flush_all();
    if (gp_err_occurred()) return gp_run_handle_uncaught();
    return 0;
}
