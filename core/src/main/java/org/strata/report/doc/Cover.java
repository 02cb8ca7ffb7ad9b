package org.strata.report.doc;

import org.jspecify.annotations.Nullable;

/**
 * What the cover shows: title, subtitle (the period), the organisation and its logo, the date of
 * issue and whether the data are synthetic.
 *
 * @param logo the logo's bytes (PNG, JPEG or SVG) or null for none
 * @param logoType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 */
public record Cover(
    String title, String subtitle, String organisation, byte @Nullable [] logo, String logoType,
    String issued, boolean synthetic) {}
