/** Reader for local police or partner extracts whose columns a YAML mapping names. */
@NullMarked
package org.strata.ingest.local;

import org.jspecify.annotations.NullMarked;
