/** Renders an assessment: metrics table, JSON, narrative, charts, HTML, PDF, DOCX and XLSX. */
@NullMarked
package org.strata.report;

import org.jspecify.annotations.NullMarked;
