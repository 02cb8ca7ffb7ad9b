/** Reader for perceptions survey results prepared by the analyst (CSV or XLSX). */
@NullMarked
package org.strata.ingest.survey;

import org.jspecify.annotations.NullMarked;
