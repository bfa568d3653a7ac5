/* datadir.h — where schema/, templates/ and fonts/ are found at run time:
 * $EHCP_DATADIR, else the folder above the executable's folder when it holds
 * schema/ehcp.xsd (a build tree), else the compiled-in install path. */
#ifndef EHCP_DATADIR_H
#define EHCP_DATADIR_H
/* Returns a newly allocated path; never NULL. */
char *datadir_find(void);
/* datadir + "/" + rel, newly allocated. */
char *datadir_path(const char *datadir, const char *rel);
#endif
