/** Writes every table of the document to a workbook, one sheet each, numbers as numbers. */
@NullMarked
package org.strata.report.xlsx;

import org.jspecify.annotations.NullMarked;
