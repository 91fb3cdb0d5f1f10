#ifndef NEWSEVENTS_CLIBXML2_SHIM_H
#define NEWSEVENTS_CLIBXML2_SHIM_H

// libxml2's headers pull in ICU when it was built with ICU support; ICU's types then clash
// with the copy Foundation carries ("'UErrorCode' has different definitions in different modules").
// Read the build configuration first and switch the ICU part off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#endif
