/* policy_io.c — see policy_io.h. */
#include "policy_io.h"
#include "policy_rules.h"
#include "policy_xml.h"
#include "../plan/plan_load.h"
#include "../util/xml_safe.h"

xmlDocPtr policy_load_file(const char *path, const char *datadir, diag_list *diags)
{
    xml_limits limits;
    xml_limits_default(&limits);
    xmlDocPtr doc = plan_read(path, "policy", EHCP_POLICY_NS, &limits, diags);
    if (!doc) return NULL;
    xsd_schema *xsd = xsd_schema_load(datadir, "policy.xsd", diags);
    int errors = xsd ? xsd_schema_validate(xsd, doc, path, diags) : 1;
    xsd_schema_free(xsd);
    if (errors == 0) errors = policy_check_file(doc, path, diags);
    if (errors) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

int budget_working_validate(xmlDocPtr plan, const char *plan_file, const char *datadir,
                            diag_list *diags)
{
    const xmlNode *bw = px_find(xmlDocGetRootElement(plan), EHCP_BUDGET_NS, "budget-working");
    if (!bw) return -1;
    xsd_schema *xsd = xsd_schema_load(datadir, "plan-budget.xsd", diags);
    if (!xsd) return 1;
    /* the block alone, as the root of its own document: the copy keeps each
     * node's line, so findings still point into the plan file */
    xmlDocPtr part = xmlNewDoc((const xmlChar *)"1.0");
    xmlDocSetRootElement(part, xmlDocCopyNode((xmlNode *)bw, part, 1));
    int errors = xsd_schema_validate(xsd, part, plan_file, diags);
    xmlFreeDoc(part);
    xsd_schema_free(xsd);
    return errors;
}
