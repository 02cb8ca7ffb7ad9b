package org.strata.demo;

import java.util.List;

/**
 * The fictional geography of the demonstration data set: the region of Northmoor (a placeholder
 * in the North Sea, so that no coordinate falls on a real place) with three police force areas.
 * Northmoor Police's five CSPs get incident-level data; the other two forces and the real forces of
 * England and Wales get only aggregate counts, so that every comparator has numbers. Codes use the
 * 999 series, which ONS does not issue.
 */
final class DemoWorld {
  static final String REGION = "E12999901";
  static final String REGION_NAME = "Northmoor and Fens";
  static final String FORCE = "E23999901";
  static final String FORCE_NAME = "Northmoor";
  static final String FORCE_POLICE_UK = "Northmoor Police";
  /** The CSP the demo report is written for. */
  static final String SUBJECT = "E07999901";

  /** A fictional district: where it lies (a cell of the force's grid) and how much crime it has. */
  record DemoDistrict(
      String code, String name, String cspCode, String cspName, String pfa, long population,
      double crimeLevel, int col, int row) {}

  record DemoForce(String code, String name, List<DemoDistrict> districts) {}

  static final List<DemoDistrict> NORTHMOOR =
      List.of(
          new DemoDistrict("E07999901", "Ashby Vale", "E07999901", "Ashby Vale", FORCE, 98_400, 0.74, 0, 0),
          new DemoDistrict("E07999902", "Kestrel Bay", "E07999902", "Kestrel Bay", FORCE, 123_100, 1.12, 1, 0),
          new DemoDistrict("E06999903", "Marlow Heath", "E06999903", "Marlow Heath", FORCE, 186_300, 1.32, 2, 0),
          new DemoDistrict("E07999904", "Redwater", "E22999904", "Redwater and Stoke Edge", FORCE, 71_200, 1.0, 0, 1),
          new DemoDistrict("E07999905", "Stoke Edge", "E22999904", "Redwater and Stoke Edge", FORCE, 64_500, 0.92, 1, 1),
          new DemoDistrict("E07999906", "Thornbury Wolds", "E07999906", "Thornbury Wolds", FORCE, 88_700, 0.62, 2, 1));

  static final List<DemoForce> OTHER_FORCES =
      List.of(
          new DemoForce("E23999902", "Fenwick", List.of(
              new DemoDistrict("E07999911", "Fenwick Marsh", "E07999911", "Fenwick Marsh", "E23999902", 142_000, 1.05, 0, 0),
              new DemoDistrict("E06999912", "Oldport", "E06999912", "Oldport", "E23999902", 231_000, 1.25, 0, 0))),
          new DemoForce("E23999903", "Harrowdale", List.of(
              new DemoDistrict("E07999921", "Harrow Fells", "E07999921", "Harrow Fells", "E23999903", 109_000, 0.85, 0, 0),
              new DemoDistrict("E07999922", "Dale Minster", "E07999922", "Dale Minster", "E23999903", 156_000, 0.98, 0, 0))));

  /** Population of England and Wales outside Northmoor region, for the national totals. */
  static final long REST_OF_ENGLAND_AND_WALES = 60_200_000L;
  static final long REST_OF_ENGLAND = 57_040_000L;

  private DemoWorld() {}
}
