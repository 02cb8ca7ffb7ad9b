/** Writes the document as an editable Word file with Apache POI: real heading styles, tables, pictures. */
@NullMarked
package org.strata.report.docx;

import org.jspecify.annotations.NullMarked;
