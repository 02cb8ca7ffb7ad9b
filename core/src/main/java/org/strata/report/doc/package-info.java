/** The format-neutral document every renderer walks: sections of paragraphs, tables and figures. */
@NullMarked
package org.strata.report.doc;

import org.jspecify.annotations.NullMarked;
