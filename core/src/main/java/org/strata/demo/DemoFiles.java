package org.strata.demo;

import java.nio.file.Path;

/**
 * The files the demonstration generator wrote, in the formats users bring, ready for the same
 * loaders: declared geography, police.uk monthly street files, the ONS quarterly open-data table,
 * population estimates, a residents' survey, boundaries and the assessment config.
 */
public record DemoFiles(
    Path geography,
    Path policeUk,
    Path onsTable,
    Path p1Table,
    Path population,
    Path survey,
    Path districtBoundaries,
    Path lsoaBoundaries,
    Path config,
    String subjectCode,
    String period,
    long incidentRows) {}
