/*
 * trace_html.c: the GIL timeline as one self-contained HTML page.
 *
 * gil_trace_stop writes this instead of JSON when the path ends in .html
 * or .htm.  The page needs nothing from the network: the timeline is inline
 * SVG whose x axis is microseconds since the trace started (the viewBox is
 * the zoom; a few lines of inline JS move it on wheel and drag), rows are
 * the GIL holder track, one row per thread (named as the embedder named
 * it), and the waiting-threads counter; below it the statistics table of
 * gil_stats_report.  Thread rows show holding, waiting and blocked (after
 * a drop around a blocking call, until it wants the GIL again) slices and
 * a tick for every drop request the thread made.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gil_internal.h"

#define GIL__ROW_H 22   /* px per row in the SVG */
#define GIL__BAR_H 16   /* px of a slice inside its row */
#define GIL__MAX_RECTS 400000 /* then the page says it is cut */

/* The holder track's colours, by tid & 7 (as the .c0 .. .c7 classes). */
static const char *const gil__palette[8] = {
    "#2e9e4f", "#3a6fd8", "#c2489c", "#d98a1c",
    "#19a3a3", "#7d4fc4", "#8f6d32", "#5b8f1f"};

int gil__trace_is_html(const char *path) {
  size_t n = strlen(path);
  return (n >= 5 && strcasecmp(path + n - 5, ".html") == 0) ||
         (n >= 4 && strcasecmp(path + n - 4, ".htm") == 0);
}

static void gil__html_str(FILE *f, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '<': fputs("&lt;", f); break;
    case '>': fputs("&gt;", f); break;
    case '&': fputs("&amp;", f); break;
    case '"': fputs("&quot;", f); break;
    default: fputc(*s, f);
    }
  }
}

typedef struct gil__hev {
  uint64_t ts;
  uint32_t type, arg;
  int row;
  size_t order;
} gil__hev;

typedef struct gil__hrow {
  gil__tracebuf *b;
  uint64_t wait_from, hold_from, block_from;
  int waiting, holding, blocked;
} gil__hrow;

static int gil__hrow_cmp(const void *a, const void *b) {
  const gil__hrow *x = a, *y = b;
  return (x->b->tid > y->b->tid) - (x->b->tid < y->b->tid);
}

typedef struct gil__hw {
  FILE *f;
  uint64_t t0;
  size_t rects;
} gil__hw;

static double gil__hus(const gil__hw *w, uint64_t ts) {
  return ts > w->t0 ? (double)(ts - w->t0) / 1000.0 : 0.0;
}

static uint64_t gil__hrel(const gil__hw *w, uint64_t ts) {
  return ts > w->t0 ? ts - w->t0 : 0;
}

/* ns as microseconds with 2 decimals, integer-only (printf's %f was most
 * of the writing time of a busy trace). */
static void gil__hput(FILE *f, uint64_t ns) {
  char buf[32], *p = buf + sizeof buf;
  *--p = 0;
  uint64_t frac = ns % 1000 / 10, us = ns / 1000;
  *--p = (char)('0' + frac % 10);
  *--p = (char)('0' + frac / 10);
  *--p = '.';
  do {
    *--p = (char)('0' + us % 10);
    us /= 10;
  } while (us);
  fputs(p, f);
}

/* A slice on row y (0 = holder track). cls picks the colour. */
static void gil__hrect(gil__hw *w, const char *cls, int row, uint64_t from,
                       uint64_t to, const char *title) {
  if (w->rects >= GIL__MAX_RECTS)
    return;
  w->rects++;
  uint64_t a = gil__hrel(w, from), b = gil__hrel(w, to);
  fprintf(w->f, "<rect class=\"%s\" x=\"", cls);
  gil__hput(w->f, a);
  fprintf(w->f, "\" y=\"%d\" width=\"",
          row * GIL__ROW_H + (GIL__ROW_H - GIL__BAR_H) / 2);
  gil__hput(w->f, b > a + 10 ? b - a : 10);
  if (title) { /* a tooltip: what the holder ran when it let go */
    fprintf(w->f, "\" height=\"%d\"><title>", GIL__BAR_H);
    gil__html_str(w->f, title);
    fputs("</title></rect>\n", w->f);
    return;
  }
  fprintf(w->f, "\" height=\"%d\"/>\n", GIL__BAR_H);
}

static void gil__hmark(gil__hw *w, const char *cls, int row, uint64_t ts) {
  if (w->rects >= GIL__MAX_RECTS)
    return;
  w->rects++;
  uint64_t a = gil__hrel(w, ts);
  fprintf(w->f, "<line class=\"%s\" x1=\"", cls);
  gil__hput(w->f, a);
  fputs("\" x2=\"", w->f);
  gil__hput(w->f, a);
  fprintf(w->f, "\" y1=\"%d\" y2=\"%d\"/>\n", row * GIL__ROW_H + 1,
          row * GIL__ROW_H + 6);
}

/* ---- the statistics table --------------------------------------------- */

typedef struct gil__htab {
  FILE *f;
  double wall_ns;
  gil_stats sum; /* the fields shown, over the rows shown */
} gil__htab;

static int gil__htab_row(void *ud, const gil_thread_t *t, const char *name,
                         const gil_stats *s) {
  gil__htab *h = ud;
  double wall = h->wall_ns > 0 ? h->wall_ns : 1;
  fprintf(h->f, "<tr class=\"st\"><td>");
  gil__html_str(h->f, name && *name ? name : "?");
  fprintf(h->f,
          "%s</td><td>%.3f</td><td>%.1f%%</td><td>%.3f</td><td>%.1f%%</td>"
          "<td>%llu</td><td>%llu</td><td>%llu</td><td>%.3f</td><td>%.3f</td>"
          "</tr>\n",
          t || !name || name[0] == '(' ? "" : " (ended)",
          (double)s->hold_ns / 1e6, 100.0 * (double)s->hold_ns / wall,
          (double)s->wait_ns / 1e6, 100.0 * (double)s->wait_ns / wall,
          (unsigned long long)s->acquisitions,
          (unsigned long long)s->voluntary_drops,
          (unsigned long long)s->forced_drops, (double)s->max_wait_ns / 1e6,
          (double)s->convoy_ns / 1e6);
  h->sum.hold_ns += s->hold_ns;
  h->sum.wait_ns += s->wait_ns;
  h->sum.acquisitions += s->acquisitions;
  h->sum.voluntary_drops += s->voluntary_drops;
  h->sum.forced_drops += s->forced_drops;
  h->sum.convoy_ns += s->convoy_ns;
  if (s->max_wait_ns > h->sum.max_wait_ns)
    h->sum.max_wait_ns = s->max_wait_ns;
  return 0;
}

static void gil__html_table(gil_t *g, FILE *f) {
  gil__htab h = {.f = f, .wall_ns = (double)gil_stats_elapsed_ns(g)};
  fprintf(f, "<h2>Statistics</h2>\n<p>Policy %s, switch interval %.3f ms, "
             "%.3f ms since the statistics were last reset.</p>\n",
          g->ops->name, gil_get_interval_us(g) / 1e3, h.wall_ns / 1e6);
  fprintf(f, "<table id=\"stats\"><tr><th>thread</th><th>hold ms</th>"
             "<th>hold</th><th>wait ms</th><th>wait</th><th>acquired</th>"
             "<th>voluntary drops</th><th>forced drops</th>"
             "<th>longest wait ms</th><th>convoy ms</th></tr>\n");
  gil_stats_foreach_all(g, gil__htab_row, &h);
  gil_stats all = h.sum;
  gil__htab_row(&h, NULL, "(total)", &all);
  fprintf(f, "</table>\n");
}

/* ---- the page ------------------------------------------------------------ */

static const char gil__html_head[] =
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
    "<title>GIL timeline</title>\n<style>\n"
    "body{font:13px sans-serif;margin:12px;color:#222;background:#fff}\n"
    "#tlw{display:flex;border:1px solid #bbb}\n"
    "#labels{flex:0 0 170px;border-right:1px solid #bbb;background:#f6f6f6}\n"
    ".rowlabel{height:22px;line-height:22px;padding:0 6px;white-space:nowrap;"
    "overflow:hidden;text-overflow:ellipsis}\n"
    "#plot{flex:1;min-width:0}\n"
    "#tl,#ax{display:block;width:100%;cursor:grab}\n"
    ".h{fill:#2e9e4f}.w{fill:#e8553e}.b{fill:#b9b9c8}\n"
    ".r{stroke:#1a3fb5;stroke-width:2px;vector-effect:non-scaling-stroke}\n"
    ".k{stroke:#555;stroke-width:1px;vector-effect:non-scaling-stroke}\n"
    ".cnt{fill:#f0a53a;stroke:none}\n"
    ".c0{fill:#2e9e4f}.c1{fill:#3a6fd8}.c2{fill:#c2489c}.c3{fill:#d98a1c}"
    ".c4{fill:#19a3a3}.c5{fill:#7d4fc4}.c6{fill:#8f6d32}.c7{fill:#5b8f1f}\n"
    ".band{fill:#fafafa}\n"
    "table{border-collapse:collapse;margin-top:6px}\n"
    "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}\n"
    "td:first-child,th:first-child{text-align:left}\n"
    ".key span{display:inline-block;width:12px;height:10px;margin:0 4px 0 "
    "12px}\n"
    ".sw{display:inline-block;width:9px;height:9px;margin-right:6px}\n"
    "</style></head><body>\n";

static const char gil__html_js[] =
    "<script>\n"
    "(function(){\n"
    "var tl=document.getElementById('tl'),ax=document.getElementById('ax'),"
    "info=document.getElementById('info');\n"
    "var S=+tl.dataset.span,H=+tl.dataset.height,x0=0,w=S,drag=null;\n"
    "function nice(v){var p=Math.pow(10,Math.floor(Math.log10(v))),m=v/p;"
    "return (m<2?1:m<5?2:5)*p;}\n"
    "function fmt(us){return us>=1e6?(us/1e6).toFixed(3)+' s':us>=1e3?"
    "(us/1e3).toFixed(3)+' ms':us.toFixed(1)+' us';}\n"
    "function draw(){tl.setAttribute('viewBox',x0+' 0 '+w+' '+H);"
    "var W=ax.clientWidth||1000,st=nice(w/8),s='';\n"
    "for(var t=Math.ceil(x0/st)*st;t<=x0+w;t+=st){var px=(t-x0)/w*W;"
    "s+='<line x1=\"'+px+'\" x2=\"'+px+'\" y1=\"0\" y2=\"6\" stroke=\"#666\"/>'"
    "+'<text x=\"'+(px+3)+'\" y=\"16\" font-size=\"11\">'+fmt(t)+'</text>';}\n"
    "ax.innerHTML=s;info.textContent='showing '+fmt(x0)+' .. '+fmt(x0+w)+"
    "' (wheel: zoom, drag: pan, double-click: all)';}\n"
    "tl.addEventListener('wheel',function(e){e.preventDefault();"
    "var r=tl.getBoundingClientRect(),fx=(e.clientX-r.left)/r.width,"
    "m=x0+fx*w,k=e.deltaY<0?0.8:1.25;w=Math.min(S,Math.max(S*1e-6+0.01,w*k));"
    "x0=Math.max(0,Math.min(S-w,m-fx*w));draw();},{passive:false});\n"
    "tl.addEventListener('mousedown',function(e){drag={x:e.clientX,x0:x0};});\n"
    "window.addEventListener('mouseup',function(){drag=null;});\n"
    "window.addEventListener('mousemove',function(e){if(!drag)return;"
    "var r=tl.getBoundingClientRect();x0=Math.max(0,Math.min(S-w,drag.x0-"
    "(e.clientX-drag.x)/r.width*w));draw();});\n"
    "tl.addEventListener('dblclick',function(){x0=0;w=S;draw();});\n"
    "window.addEventListener('resize',draw);draw();\n"
    "})();\n</script>\n";

int gil__trace_write_html(gil_t *g, FILE *f, gil__tracebuf *bufs,
                          uint64_t end) {
  size_t n = 0, nb = 0;
  for (gil__tracebuf *b = bufs; b; b = b->next, nb++)
    n += b->n;
  gil__hev *all = malloc((n ? n : 1) * sizeof *all);
  gil__hrow *rows = calloc(nb ? nb : 1, sizeof *rows);
  /* the waiting counter as (time, count) steps */
  uint64_t *cts = malloc((n + 2) * sizeof *cts);
  int *cn = malloc((n + 2) * sizeof *cn);
  if (!all || !rows || !cts || !cn) {
    free(all);
    free(rows);
    free(cts);
    free(cn);
    return GIL_ENOMEM;
  }
  size_t r = 0;
  for (gil__tracebuf *b = bufs; b; b = b->next)
    rows[r++].b = b;
  qsort(rows, nb, sizeof *rows, gil__hrow_cmp); /* attach order */
  gil__tracebuf **bv = malloc((nb ? nb : 1) * sizeof *bv);
  uint32_t *ord = malloc((n ? n : 1) * sizeof *ord);
  size_t *pos = calloc(nb ? nb : 1, sizeof *pos);
  int rc = bv && ord && pos ? 0 : GIL_ENOMEM;
  if (rc == 0) {
    for (size_t i = 0; i < nb; i++)
      bv[i] = rows[i].b;
    rc = gil__trace_merge(bv, nb, ord);
  }
  for (size_t k = 0; rc == 0 && k < n; k++) { /* in time order */
    uint32_t b = ord[k];
    const gil__event *ev = &bv[b]->ev[pos[b]++];
    all[k] = (gil__hev){ev->ts_ns, ev->type, ev->arg, (int)b, k};
  }
  free(bv);
  free(ord);
  free(pos);
  if (rc < 0) {
    free(all);
    free(rows);
    free(cts);
    free(cn);
    return rc;
  }

  gil__hw w = {.f = f, .t0 = g->trace_t0_ns, .rects = 0};
  double span = gil__hus(&w, end);
  if (span <= 0)
    span = 1;
  int nrows = (int)nb + 2; /* holder, threads..., counter */
  int height = nrows * GIL__ROW_H;

  fputs(gil__html_head, f);
  fprintf(f, "<h1>GIL timeline</h1>\n<p>libgil %s, policy %s, %zu thread%s, "
             "%.3f ms traced.</p>\n",
          GIL_VERSION_STRING, g->ops->name, nb, nb == 1 ? "" : "s",
          span / 1e3);
  fprintf(f, "<p class=\"key\"><span class=\"h\" style=\"background:#2e9e4f"
             "\"></span>holding<span style=\"background:#e8553e\"></span>"
             "waiting<span style=\"background:#b9b9c8\"></span>blocked "
             "(in a blocking call)<span style=\"background:#1a3fb5;width:3px"
             "\"></span>drop request<span style=\"background:#f0a53a\">"
             "</span>threads waiting</p>\n");
  fprintf(f, "<div id=\"tlw\"><div id=\"labels\">\n"
             "<div class=\"rowlabel\" data-kind=\"holder\">GIL holder</div>\n");
  for (size_t i = 0; i < nb; i++) {
    fprintf(f, "<div class=\"rowlabel\" data-kind=\"thread\" data-tid=\"%d\" "
               "title=\"",
            rows[i].b->tid);
    gil__html_str(f, rows[i].b->name);
    fprintf(f, "\"><span class=\"sw\" style=\"background:%s\"></span>",
            gil__palette[rows[i].b->tid & 7]);
    gil__html_str(f, rows[i].b->name);
    fputs("</div>\n", f);
  }
  fprintf(f, "<div class=\"rowlabel\" data-kind=\"counter\">waiting threads"
             "</div>\n<div class=\"rowlabel\"></div></div>\n");
  fprintf(f, "<div id=\"plot\"><svg id=\"tl\" viewBox=\"0 0 %.2f %d\" preserveAspectRatio=\"none\" "
             "height=\"%d\" data-span=\"%.2f\" data-height=\"%d\">\n",
          span, height, height, span, height);
  for (int i = 0; i < nrows; i += 2)
    fprintf(f, "<rect class=\"band\" x=\"0\" y=\"%d\" width=\"%.2f\" "
               "height=\"%d\"/>\n",
            i * GIL__ROW_H, span, GIL__ROW_H);

  int nwait = 0, maxwait = 0;
  size_t nc = 0;
  cts[nc] = g->trace_t0_ns;
  cn[nc++] = 0;
  for (size_t i = 0; i < n; i++) {
    gil__hev *e = &all[i];
    gil__hrow *row = &rows[e->row];
    int y = e->row + 1;
    char cls[4];
    snprintf(cls, sizeof cls, "c%d", row->b->tid & 7);
    int was = nwait;
    switch (e->type) {
    case GIL__EV_REQUEST:
      gil__hmark(&w, "r", y, e->ts);
      break;
    case GIL__EV_WANT:
      if (row->blocked) {
        gil__hrect(&w, "b", y, row->block_from, e->ts, NULL);
        row->blocked = 0;
      }
      if (!row->waiting) {
        row->waiting = 1;
        row->wait_from = e->ts;
        nwait++;
      }
      break;
    case GIL__EV_TAKE:
      if (row->blocked) {
        gil__hrect(&w, "b", y, row->block_from, e->ts, NULL);
        row->blocked = 0;
      }
      if (row->waiting) {
        gil__hrect(&w, "w", y, row->wait_from, e->ts, NULL);
        row->waiting = 0;
        nwait--;
      }
      row->holding = 1;
      row->hold_from = e->ts;
      break;
    case GIL__EV_DROP:
      if (row->holding) {
        gil__hrect(&w, "h", y, row->hold_from, e->ts, NULL);
        gil__hrect(&w, cls, 0, row->hold_from, e->ts,
                   gil__tb_label_at(row->b, e->arg));
        row->holding = 0;
      }
      if ((e->arg & GIL__DROP_REASON_MASK) == GIL__DROP_BLOCKING) {
        row->blocked = 1;
        row->block_from = e->ts;
      }
      break;
    case GIL__EV_DETACH:
      if (row->blocked) {
        gil__hrect(&w, "b", y, row->block_from, e->ts, NULL);
        row->blocked = 0;
      }
      gil__hmark(&w, "k", y, e->ts);
      break;
    default:
      break;
    }
    if (nwait != was) {
      cts[nc] = e->ts;
      cn[nc++] = nwait;
      if (nwait > maxwait)
        maxwait = nwait;
    }
  }
  for (size_t j = 0; j < nb; j++) {
    int y = (int)j + 1;
    char cls[4];
    snprintf(cls, sizeof cls, "c%d", rows[j].b->tid & 7);
    if (rows[j].waiting)
      gil__hrect(&w, "w", y, rows[j].wait_from, end, NULL);
    if (rows[j].blocked)
      gil__hrect(&w, "b", y, rows[j].block_from, end, NULL);
    if (rows[j].holding) {
      gil__hrect(&w, "h", y, rows[j].hold_from, end, NULL);
      gil__hrect(&w, cls, 0, rows[j].hold_from, end, NULL);
    }
  }
  /* The counter: a step polygon in the last row, full height = maxwait. */
  int base = (nrows - 1) * GIL__ROW_H + GIL__ROW_H - 2;
  double scale = maxwait ? (double)(GIL__ROW_H - 4) / maxwait : 0;
  fprintf(f, "<polygon class=\"cnt\" points=\"0,%d", base);
  int prev = 0;
  for (size_t i = 0; i < nc; i++) { /* integer output: see gil__hput */
    uint64_t x = gil__hrel(&w, cts[i]);
    fputc(' ', f);
    gil__hput(f, x);
    fprintf(f, ",%d ", base - (int)(prev * scale + 0.5));
    gil__hput(f, x);
    fprintf(f, ",%d", base - (int)(cn[i] * scale + 0.5));
    prev = cn[i];
  }
  fprintf(f, " %.2f,%d %.2f,%d\"/>\n</svg>\n", span,
          base - (int)(prev * scale + 0.5), span, base);
  fprintf(f, "<svg id=\"ax\" height=\"20\"></svg></div></div>\n<p id=\"info\"></p>\n");
  if (w.rects >= GIL__MAX_RECTS)
    fprintf(f, "<p><b>The trace was cut at %d slices.</b></p>\n",
            GIL__MAX_RECTS);
  for (size_t j = 0; j < nb; j++)
    if (rows[j].b->overflow) {
      fputs("<p><b>Events of ", f);
      gil__html_str(f, rows[j].b->name);
      fputs(" were dropped (buffer full).</b></p>\n", f);
    }
  fprintf(f, "<p>Most waiting threads at once: %d.</p>\n", maxwait);
  gil__html_table(g, f);
  fputs(gil__html_js, f);
  fputs("</body></html>\n", f);
  free(all);
  free(rows);
  free(cts);
  free(cn);
  return ferror(f) ? GIL_EIO : 0;
}
