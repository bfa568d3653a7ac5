/* fuzz_page.c — libFuzzer harness for the layout engine: the bytes are read
 * as a page document (xml_safe_read_memory), checked against
 * schema/page.xsd (page_check, as ehcp render does before layout), and,
 * when valid, laid out into a PDF with a small page limit so one input
 * cannot take minutes. The promise under test: no crash, no leak, no hang;
 * a too-long document gives an error, not a runaway. Needs EHCP_DATADIR. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include "layout/layout.h"
#include "page/page.h"
#include "pdf/pdf_finish.h"
#include "util/diag.h"
#include "util/xml_safe.h"
#include "util/xmem.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    xmlInitParser();
    xml_safe_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *datadir = getenv("EHCP_DATADIR");
    if (!datadir) datadir = ".";
    xml_limits limits;
    xml_limits_default(&limits);
    diag_list *diags = diag_list_create();
    xmlDocPtr doc = xml_safe_read_memory((const char *)data, size, "fuzz.xhtml", &limits, diags);
    if (doc && page_check(doc, datadir, diags) == 0) {
        layout_options opt;
        layout_options_default(&opt);
        opt.datadir = datadir;
        opt.created = 1767225600;
        opt.max_pages = 8;
        bytebuf pdf;
        bytebuf_init(&pdf);
        pdf_finish_info info;
        pdf_finish_info_init(&info);
        (void)layout_render_pdf(doc, &opt, &pdf, &info, diags);
        pdf_finish_info_free(&info);
        bytebuf_free(&pdf);
    }
    if (doc) xmlFreeDoc(doc);
    diag_list_destroy(diags);
    return 0;
}
