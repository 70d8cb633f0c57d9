/*
 * parser_target.c — assignment and deletion targets.
 *
 * Targets are parsed as ordinary expressions and then checked and given
 * their Store/Del context here, with CPython's messages for what cannot be
 * assigned to ("cannot assign to function call", "cannot delete literal").
 */
#include "parser.h"

/* The first sub-expression that cannot be a target, or NULL. */
const gp_expr *gp_parse_invalid_target(const gp_expr *e, bool del)
{
    switch (e->kind) {
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        for (size_t i = 0; i < e->v.list.elts.n; i++) {
            const gp_expr *bad = gp_parse_invalid_target(e->v.list.elts.items[i], del);
            if (bad)
                return bad;
        }
        return NULL;
    case GP_EXPR_STARRED:
        if (del)
            return e;
        return gp_parse_invalid_target(e->v.starred.value, del);
    case GP_EXPR_NAME:
    case GP_EXPR_SUBSCRIPT:
    case GP_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(gp_expr *e, gp_expr_ctx ctx)
{
    switch (e->kind) {
    case GP_EXPR_NAME: e->v.name.ctx = ctx; break;
    case GP_EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case GP_EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case GP_EXPR_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        e->v.list.ctx = ctx;
        for (size_t i = 0; i < e->v.list.elts.n; i++)
            set_ctx(e->v.list.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

void gp_parse_set_store(gp_parser *p, gp_expr *e)
{
    const gp_expr *bad = gp_parse_invalid_target(e, false);
    if (bad)
        gp_parse_error_node(p, &bad->loc, "cannot assign to %s", gp_parse_expr_name(bad));
    set_ctx(e, GP_CTX_STORE);
}

void gp_parse_set_del(gp_parser *p, gp_expr *e)
{
    const gp_expr *bad = gp_parse_invalid_target(e, true);
    if (bad)
        gp_parse_error_node(p, &bad->loc, "cannot delete %s", gp_parse_expr_name(bad));
    set_ctx(e, GP_CTX_DEL);
}
