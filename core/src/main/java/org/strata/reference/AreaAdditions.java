package org.strata.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Checks and joins the areas a user declares with the reference ones. */
final class AreaAdditions {
  private AreaAdditions() {}

  static void checkNew(
      List<Area> known, List<District> districts, List<PoliceForce> forces, List<Area> regions) {
    Set<String> codes = new HashSet<>();
    known.forEach(a -> codes.add(a.code()));
    Stream.of(
            districts.stream().map(District::code),
            forces.stream().map(PoliceForce::code),
            regions.stream().map(Area::code))
        .flatMap(x -> x)
        .filter(codes::contains)
        .findFirst()
        .ifPresent(
            code -> {
              throw new IllegalArgumentException("area code " + code + " is already a reference area");
            });
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** The regions, countries and England and Wales among the areas. */
  static List<Area> regionsOf(List<Area> areas) {
    return areas.stream()
        .filter(
            a ->
                a.level() == AreaLevel.REGION
                    || a.level() == AreaLevel.COUNTRY
                    || a.level() == AreaLevel.ENGLAND_AND_WALES)
        .toList();
  }
}
