/*
 * compile_trystar.c — try ... except* (PEP 654).
 *
 * The handler keeps three values above the usual  prev_handled  slot:
 *   orig   the exception that left the try body,
 *   list   what the clauses raised (plus, at the end, what none handled),
 *   rest   the part no clause has matched yet (None once all is matched).
 * Each clause splits rest with CHECK_EG_MATCH and runs its body on the
 * matching part inside a try block that appends whatever the body raises
 * to list. PREP_RERAISE_STAR then works out what the statement raises:
 * the unhandled and re-raised parts regrouped as in orig, plus the new
 * exceptions, or nothing.
 *
 * break, continue and return cannot leave an except* body
 * (compiler.c refuses them through FB_STAR_HANDLER).
 */
#include "compiler_internal.h"

/* name = None; del name */
static int clear_name(compiler *c, const char *name) {
    if (!name) return 0;
    TRY(emit_const(c, GP_NONE_NEW()));
    TRY(compile_nameop(c, name, GP_CTX_STORE));
    return compile_nameop(c, name, GP_CTX_DEL);
}

/* One clause; stack on entry and exit: prev orig list rest. */
static int compile_star_clause(compiler *c, gp_excepthandler *h, int next) {
    int nomatch = new_label(c), raised = new_label(c);
    TRY(nomatch); TRY(raised);
    TRY(compile_expr(c, h->type));
    TRY(emit0(c, OP_CHECK_EG_MATCH));                 /* prev orig list rest match bool */
    TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, nomatch));
    if (h->name) TRY(compile_nameop(c, h->name, GP_CTX_STORE));
    else TRY(emit0(c, OP_POP_TOP));
    TRY(emit_jump(c, OP_SETUP_FINALLY, raised));
    TRY(push_fblock(c, h->loc, FB_TRY_EXCEPT, -1, -1));
    TRY(push_fblock(c, h->loc, FB_STAR_HANDLER, -1, -1));
    TRY(compile_stmts(c, &h->body));
    pop_fblock(c);
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(clear_name(c, h->name));
    TRY(emit_jump(c, OP_JUMP, next));
    /* the body raised: prev orig list rest prev2 exc2 */
    bind_label(c, raised);
    TRY(clear_name(c, h->name));
    TRY(emit(c, OP_LIST_APPEND, 3));
    TRY(emit0(c, OP_POP_EXCEPT));
    TRY(emit_jump(c, OP_JUMP, next));
    bind_label(c, nomatch);
    return emit0(c, OP_POP_TOP);                      /* the None match */
}

int gp_compile_try_star(compiler *c, gp_stmt *s) {
    int handler = new_label(c), end = new_label(c), nothing = new_label(c);
    TRY(handler); TRY(end); TRY(nothing);
    TRY(emit_jump(c, OP_SETUP_FINALLY, handler));
    TRY(push_fblock(c, s->loc, FB_TRY_EXCEPT, -1, -1));
    TRY(compile_stmts(c, &s->v.try_.body));
    pop_fblock(c);
    TRY(emit0(c, OP_POP_BLOCK));
    TRY(compile_stmts(c, &s->v.try_.orelse));
    TRY(emit_jump(c, OP_JUMP, end));
    bind_label(c, handler);
    /* prev exc -> prev orig list rest */
    TRY(emit0(c, OP_DUP_TOP));
    TRY(emit(c, OP_BUILD_LIST, 0));
    TRY(emit0(c, OP_ROT_TWO));
    for (size_t i = 0; i < s->v.try_.handlers.n; i++) {
        gp_excepthandler *h = s->v.try_.handlers.items[i];
        int save = c->u->lineno;
        c->u->lineno = h->loc.lineno;
        int next = new_label(c);
        TRY(next);
        TRY(compile_star_clause(c, h, next));
        bind_label(c, next);
        c->u->lineno = save;
    }
    TRY(emit(c, OP_LIST_APPEND, 1));                  /* prev orig list */
    TRY(emit0(c, OP_PREP_RERAISE_STAR));              /* prev exc bool */
    TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, nothing));
    TRY(emit0(c, OP_RERAISE));
    bind_label(c, nothing);
    TRY(emit0(c, OP_POP_TOP));
    TRY(emit0(c, OP_POP_EXCEPT));
    bind_label(c, end);
    return 0;
}
