/* pdf_finish.c — the PDF/UA finishing pass (see pdf_finish.h): the info
 * record, the catalog entries and metadata Cairo 1.16 cannot write, and a
 * deterministic write with qpdf. The tag work is in pdf_finish_tags.c. */
#include "pdf_finish.h"
#include "pdf_finish_internal.h"
#include "pdf_qpdf.h"
#include "pdf_xmp.h"
#include <stdlib.h>
#include <string.h>

void pdf_finish_info_init(pdf_finish_info *info)
{
    memset(info, 0, sizeof *info);
}

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i]);
    free(v);
}

void pdf_finish_info_free(pdf_finish_info *info)
{
    if (!info) return;
    free(info->lang);
    free(info->title);
    free(info->author);
    free(info->subject);
    free(info->producer);
    free_strings(info->figure_alts, info->n_figures);
    free_strings(info->th_scopes, info->n_th);
    free_strings(info->link_contents, info->n_links);
    pdf_tagrec_free(&info->tags);
    memset(info, 0, sizeof *info);
}

static void append_string(char ***v, size_t *n, const char *s)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = xstrdup(s ? s : "");
}

void pdf_finish_info_add_figure(pdf_finish_info *info, const char *alt)
{
    append_string(&info->figure_alts, &info->n_figures, alt);
}

void pdf_finish_info_add_th(pdf_finish_info *info, const char *scope)
{
    append_string(&info->th_scopes, &info->n_th, scope);
}

void pdf_finish_info_add_link(pdf_finish_info *info, const char *contents)
{
    append_string(&info->link_contents, &info->n_links, contents);
}

static const char *info_lang(const pdf_finish_info *info)
{
    return info->lang && info->lang[0] ? info->lang : "en-GB";
}

static void set_text(qpdf_data q, qpdf_oh dict, const char *key, const char *text)
{
    if (text && text[0]) qpdf_oh_replace_key(q, dict, key, qpdf_oh_new_unicode_string(q, text));
}

/* A fresh Info dictionary: Cairo's carries the time of the run, which
 * would make the output differ from run to run. */
static void write_docinfo(qpdf_data q, const pdf_finish_info *info)
{
    char date[32];
    qpdf_oh d = qpdf_make_indirect_object(q, qpdf_oh_new_dictionary(q));
    set_text(q, d, "/Title", info->title);
    set_text(q, d, "/Author", info->author);
    set_text(q, d, "/Subject", info->subject);
    set_text(q, d, "/Creator", info->producer);
    set_text(q, d, "/Producer", info->producer);
    pdf_xmp_pdf_date(info->created, date);
    qpdf_oh_replace_key(q, d, "/CreationDate", qpdf_oh_new_string(q, date));
    qpdf_oh_replace_key(q, d, "/ModDate", qpdf_oh_new_string(q, date));
    qpdf_oh_replace_key(q, qpdf_get_trailer(q), "/Info", d);
}

/* Cairo's Info dictionary, replaced by write_docinfo, as null: never
 * parsed (see the end of pdf_finish_direct.c). Before any new object is
 * made: that makes qpdf parse every object of the file. */
static void drop_cairo_docinfo(qpdf_data q)
{
    qpdf_oh old = qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Info");
    if (qpdf_oh_is_indirect(q, old))
        qpdf_replace_object(q, qpdf_oh_get_object_id(q, old), qpdf_oh_get_generation(q, old),
                            qpdf_oh_new_null(q));
}

static void write_catalog(qpdf_data q, const pdf_finish_info *info)
{
    drop_cairo_docinfo(q);
    qpdf_oh root = qpdf_get_root(q);
    qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_unicode_string(q, info_lang(info)));
    qpdf_oh_replace_key(q, root, "/ViewerPreferences",
                        qpdf_oh_parse(q, "<< /DisplayDocTitle true >>"));
    qpdf_oh_replace_key(q, root, "/MarkInfo", qpdf_oh_parse(q, "<< /Marked true >>"));
    char *xmp = pdf_xmp_build(info, info_lang(info));
    qpdf_oh meta = qpdf_oh_new_stream(q);
    qpdf_oh_replace_stream_data(q, meta, (const unsigned char *)xmp, strlen(xmp),
                                qpdf_oh_new_null(q), qpdf_oh_new_null(q));
    qpdf_oh dict = qpdf_oh_get_dict(q, meta);
    qpdf_oh_replace_key(q, dict, "/Type", qpdf_oh_new_name(q, "/Metadata"));
    qpdf_oh_replace_key(q, dict, "/Subtype", qpdf_oh_new_name(q, "/XML"));
    qpdf_oh_replace_key(q, root, "/Metadata", meta);
    free(xmp);
    write_docinfo(q, info);
}

/* release (may be NULL): the input bytes, freed once qpdf has written. */
static int write_pdf(qpdf_data q, bytebuf *out, bytebuf *release, diag_list *diags)
{
    if (qpdf_init_write_memory(q) & QPDF_ERRORS) goto failed;
    qpdf_set_deterministic_ID(q, QPDF_TRUE);
    qpdf_set_object_stream_mode(q, qpdf_o_disable);
    qpdf_set_compress_streams(q, QPDF_TRUE);
    qpdf_set_minimum_pdf_version(q, "1.7");
    if (qpdf_write(q) & QPDF_ERRORS) goto failed;
    /* qpdf reads stream data from the input until the write ends; after
     * it, the input is garbage, and qpdf's output is copied twice (its
     * buffer, then out): free the input first (peak memory) */
    if (release) bytebuf_free(release);
    bytebuf_append(out, qpdf_get_buffer(q), qpdf_get_buffer_length(q));
    return 0;
failed:;
    qpdf_error e = qpdf_get_error(q);
    diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
             "could not write the finished PDF: %s",
             e ? qpdf_get_error_message_detail(q, e) : "unknown error");
    return -1;
}

static int finish(const unsigned char *in, size_t in_len, bytebuf *release,
                  const pdf_finish_info *info, bytebuf *out, diag_list *diags)
{
    qpdf_data q = pdfq_open(in, in_len, "PDF from the layout engine", diags);
    if (!q) return -1;
    int rc = -1;
    if (!qpdf_oh_is_dictionary(q, qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot"))) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                 "the PDF has no structure tree; the layout engine must open a "
                 "\"Document\" tag before drawing");
        goto done;
    }
    if (pdf_finish_tags(q, info, in, in_len, diags) || pdf_finish_links(q, info, diags))
        goto done;
    write_catalog(q, info);
    if (qpdf_has_error(q)) {
        qpdf_error e = qpdf_get_error(q);
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, PDF_FINISH_RULE, NULL,
                 "could not finish the PDF: %s", qpdf_get_error_message_detail(q, e));
        goto done;
    }
    rc = write_pdf(q, out, release, diags);
done:
    qpdf_cleanup(&q);
    return rc;
}

int pdf_finish(const unsigned char *in, size_t in_len, const pdf_finish_info *info,
               bytebuf *out, diag_list *diags)
{
    return finish(in, in_len, NULL, info, out, diags);
}

int pdf_finish_consume(bytebuf *in, const pdf_finish_info *info, bytebuf *out,
                       diag_list *diags)
{
    int rc = finish(in->data, in->len, in, info, out, diags);
    bytebuf_free(in);
    return rc;
}
