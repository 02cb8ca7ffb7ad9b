package org.strata.demo;

/** A fictional neighbourhood: a rectangle of its district's grid with a weight for crime. */
record Lsoa(
    String code, String name, int district, double west, double south, double east, double north,
    double weight, String[] streets) {}
