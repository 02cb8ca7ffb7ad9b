/** Writes the document as one self-contained, printable HTML file with inline SVG figures. */
@NullMarked
package org.strata.report.html;

import org.jspecify.annotations.NullMarked;
