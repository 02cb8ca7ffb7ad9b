/** The pages and tables of a batch of assessments: the index, the force summary and summary.csv/xlsx. */
@NullMarked
package org.strata.report.batch;

import org.jspecify.annotations.NullMarked;
