/* test_layout_util.h — helpers shared by the layout tests (header-only, each
 * test file is its own program): read a page document, render it to PDF
 * bytes, write them to a temporary file, extract text with pdftotext. */
#ifndef TEST_LAYOUT_UTIL_H
#define TEST_LAYOUT_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "layout/layout.h"
#include "util/xml_safe.h"
#include "util/diag.h"

typedef struct {
    bytebuf pdf;
    pdf_finish_info info;
    diag_list *diags;
    int rc;
} rendered;

static inline const char *test_datadir(void)
{
    const char *d = getenv("EHCP_DATADIR");
    return d && *d ? d : ".";
}

static inline void test_options(layout_options *o)
{
    layout_options_default(o);
    o->datadir = test_datadir();
    o->created = 1767225600;
}

static inline xmlDocPtr read_page(const char *path, diag_list *diags)
{
    xml_limits lim;
    xml_limits_default(&lim);
    return xml_safe_read_file(path, &lim, diags);
}

static inline xmlDocPtr read_page_memory(const char *text, diag_list *diags)
{
    xml_limits lim;
    xml_limits_default(&lim);
    return xml_safe_read_memory(text, strlen(text), "tests/pages/generated.xhtml", &lim, diags);
}

static inline void render_doc(xmlDocPtr doc, const layout_options *o, rendered *r)
{
    bytebuf_init(&r->pdf);
    pdf_finish_info_init(&r->info);
    r->diags = diag_list_create();
    r->rc = layout_render_pdf(doc, o, &r->pdf, &r->info, r->diags);
}

static inline void rendered_free(rendered *r)
{
    bytebuf_free(&r->pdf);
    pdf_finish_info_free(&r->info);
    diag_list_destroy(r->diags);
}

/* Pages in Cairo's output: each page object says "/Type /Page %n". */
static inline int count_pages(const bytebuf *pdf)
{
    int n = 0;
    const char *needle = "/Type /Page %";
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= pdf->len; i++)
        if (memcmp(pdf->data + i, needle, k) == 0) n++;
    return n;
}

static inline int bytes_contain(const bytebuf *b, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= b->len; i++)
        if (memcmp(b->data + i, needle, k) == 0) return 1;
    return 0;
}

static inline int has_diag(diag_list *d, const char *rule, const char *text)
{
    for (size_t i = 0; i < diag_count(d); i++) {
        const diag *g = diag_get(d, i);
        if (strcmp(g->rule, rule) == 0 && (!text || strstr(g->message, text))) return 1;
    }
    return 0;
}

/* The text of the PDF in content order (pdftotext -raw); pages end in \f.
 * Caller frees. */
static inline char *pdf_text(const bytebuf *pdf)
{
    char path[] = "/tmp/ehcp-layout-test-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    if (write(fd, pdf->data, pdf->len) != (ssize_t)pdf->len) { close(fd); unlink(path); return NULL; }
    close(fd);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "pdftotext -raw -enc UTF-8 %s - 2>/dev/null", path);
    FILE *p = popen(cmd, "r");
    bytebuf text;
    bytebuf_init(&text);
    char buf[4096];
    size_t n;
    while (p && (n = fread(buf, 1, sizeof buf, p)) > 0) bytebuf_append(&text, buf, n);
    if (p) pclose(p);
    unlink(path);
    bytebuf_append(&text, "", 1);
    return (char *)text.data;
}

static inline int count_substr(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

#endif
