/** Maps: boundaries read from TopoJSON or GeoJSON, choropleths and point-density grids painted as figures. */
@NullMarked
package org.strata.report.map;

import org.jspecify.annotations.NullMarked;
