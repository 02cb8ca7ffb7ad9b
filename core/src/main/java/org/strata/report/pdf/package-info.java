/** Writes the document as PDF with openhtmltopdf: embedded fonts, page numbers, a contents page. */
@NullMarked
package org.strata.report.pdf;

import org.jspecify.annotations.NullMarked;
