/** The DuckDB store: schema and migrations, bulk loading, idempotence and the aggregating queries. */
@NullMarked
package org.strata.store;

import org.jspecify.annotations.NullMarked;
