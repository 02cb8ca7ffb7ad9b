/** The police.uk aggregation as an Apache Spark job: street-level CSVs to Parquet counts. */
@NullMarked
package org.strata.spark;

import org.jspecify.annotations.NullMarked;
