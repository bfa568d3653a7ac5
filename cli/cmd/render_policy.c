/* render_policy.c — see render_policy.h. */
#include "render_policy.h"
#include <string.h>
#include "commands.h"
#include "../page/page.h"
#include "../plan/plan_load.h"
#include "../policy/policy_io.h"
#include "../policy/policy_pages.h"
#include "../util/xml_safe.h"

#define XHTML_NS "http://www.w3.org/1999/xhtml"

static int is_element(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           !strcmp((const char *)n->ns->href, XHTML_NS) && !strcmp((const char *)n->name, name);
}

static xmlNodePtr body_of(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next)
        if (is_element(n, "body")) return n;
    return NULL;
}

/* The body's direct <section> child with this id, or NULL. */
static xmlNodePtr section_with_id(xmlNodePtr body, const char *id)
{
    for (xmlNodePtr n = body->children; n; n = n->next) {
        if (!is_element(n, "section")) continue;
        xmlChar *v = xmlGetProp(n, (const xmlChar *)"id");
        int hit = v && !strcmp((const char *)v, id);
        xmlFree(v);
        if (hit) return n;
    }
    return NULL;
}

int render_policy_add_sections(xmlDocPtr page, xmlDocPtr plan, xmlDocPtr policy,
                               const char *datadir, const char *format,
                               diag_list *diags)
{
    xmlNodePtr body = body_of(page);
    if (!body) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "PAGE", NULL,
                 "the plan's page document has no <body> to add the policy pages to");
        return -1;
    }
    xmlDocPtr input = policy_pages_input(plan, policy);
    if (!input) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "POLICY", NULL,
                 "the policy pages could not be made from this plan and policy");
        return -1;
    }
    const char *params[] = { "format", format, NULL };
    xmlDocPtr extra = page_from_template(input, datadir, "policy-section", params, diags);
    xmlFreeDoc(input);
    if (!extra) return -1;
    /* The plan's own signature (or, without one, its word list) stays last,
     * as the sign-off closes the document the family reads. */
    xmlNodePtr before = section_with_id(body, "sign-off");
    if (!before) before = section_with_id(body, "hard-words");
    int status = 0;
    xmlNodePtr from = body_of(extra);
    for (xmlNodePtr n = from ? from->children : NULL; n && status == 0; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        /* a deep copy into page's dictionary and namespaces: the nodes of
         * extra are freed with it below */
        xmlNodePtr copy = xmlDocCopyNode(n, page, 1);
        if (!copy) status = -1;
        else if (!(before ? xmlAddPrevSibling(before, copy) : xmlAddChild(body, copy))) {
            xmlFreeNode(copy);
            status = -1;
        }
    }
    xmlFreeDoc(extra);
    if (status) {
        diag_add(diags, NULL, 0, 0, DIAG_ERROR, "PAGE", NULL,
                 "out of memory while adding the policy pages");
        return -1;
    }
    /* The copies carry their own xmlns declarations; reconcile so the page
     * uses one XHTML namespace, then check the whole page document again. */
    xmlReconciliateNs(page, xmlDocGetRootElement(page));
    return page_check(page, datadir, diags) == 0 ? 0 : -1;
}

int render_review_attach_plan(xmlDocPtr review, xmlDocPtr plan)
{
    xmlNodePtr root = xmlDocGetRootElement(review);
    xmlNodePtr plan_root = xmlDocGetRootElement(plan);
    if (!root || !plan_root) return -1;
    xmlNodePtr copy = xmlDocCopyNode(plan_root, review, 1);
    if (!copy) return -1;
    if (!xmlAddChild(root, copy)) {
        xmlFreeNode(copy);
        return -1;
    }
    return 0;
}

/* 1 when path can be opened: a file that fails to load after that has
 * errors in it (exit 1), not an I/O problem (exit 2). */
static int readable(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f) fclose(f);
    return f != NULL;
}

int render_extras_load(render_extras *x, const char *datadir, FILE *err)
{
    diag_list *d = diag_list_create();
    int status = 0;
    if (x->policy_path) {
        x->policy = policy_load_file(x->policy_path, datadir, d);
        if (!x->policy) status = readable(x->policy_path) ? EXIT_INVALID : EXIT_USAGE;
    }
    if (status == 0 && x->plan_path) {
        xml_limits limits;
        xml_limits_default(&limits);
        x->plan = plan_read(x->plan_path, "plan", EHCP_PLAN_NS, &limits, d);
        xsd_schema *xsd = x->plan ? xsd_schema_load(datadir, "ehcp.xsd", d) : NULL;
        if (x->plan && (!xsd || xsd_schema_validate(xsd, x->plan, x->plan_path, d) != 0)) {
            xmlFreeDoc(x->plan);
            x->plan = NULL;
        }
        xsd_schema_free(xsd);
        if (!x->plan) status = readable(x->plan_path) ? EXIT_INVALID : EXIT_USAGE;
    }
    diag_sort(d);
    diag_print_text(err, d);
    diag_list_destroy(d);
    return status;
}

void render_extras_free(render_extras *x)
{
    xmlFreeDoc(x->policy);
    xmlFreeDoc(x->plan);
    x->policy = x->plan = NULL;
}
