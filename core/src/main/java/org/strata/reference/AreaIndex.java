package org.strata.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The lookup maps behind {@link AreaRegistry}: by code, by normalised name, by CSP and force. */
final class AreaIndex {
  private static final int MAX_SUGGESTIONS = 3;
  private static final List<AreaLevel> NAME_PRIORITY =
      List.of(
          AreaLevel.DISTRICT,
          AreaLevel.CSP,
          AreaLevel.POLICE_FORCE_AREA,
          AreaLevel.COUNTY,
          AreaLevel.REGION,
          AreaLevel.COUNTRY,
          AreaLevel.ENGLAND_AND_WALES);
  private static final List<String> FORCE_SUFFIXES =
      List.of(" police service", " constabulary", " police");

  private final Map<String, Area> byCode = new HashMap<>();
  private final Map<String, Area> byName = new HashMap<>();
  private final Map<String, District> districts = new HashMap<>();
  private final Map<String, District> districtsByName = new HashMap<>();
  private final Map<String, PoliceForce> forces = new HashMap<>();
  private final Map<String, Area> cspsByCode = new HashMap<>();
  private final Map<String, Area> cspsByName = new HashMap<>();
  private final Set<String> legacy = new HashSet<>();
  private final Map<String, Integer> cspSizes;
  private final Set<String> displayNames = new LinkedHashSet<>();

  AreaIndex(
      List<District> districtList,
      List<PoliceForce> forceList,
      List<Area> areas,
      List<LegacyCsp> legacyCsps) {
    cspSizes = AreaRegistry.cspSizes(districtList);
    for (Area a : areas) {
      byCode.put(a.code(), a);
    }
    for (AreaLevel level : NAME_PRIORITY) {
      for (Area a : areas) {
        if (a.level() == level) {
          byName.putIfAbsent(Names.key(a.name()), a);
          displayNames.add(a.name());
        }
      }
    }
    indexDistricts(districtList);
    indexForces(forceList);
    for (LegacyCsp c : legacyCsps) {
      Area district = byCode.get(c.districtCode());
      cspsByCode.put(c.code(), district);
      cspsByName.put(Names.key(c.name()), district);
      legacy.add(c.code());
      legacy.add(Names.key(c.name()));
    }
  }

  private void indexDistricts(List<District> districtList) {
    for (District d : districtList) {
      Area own = byCode.get(d.code());
      districts.put(d.code(), d);
      districtsByName.put(Names.key(d.name()), d);
      Area csp = cspSizes.get(d.cspCode()) > 1 ? byCode.get(d.cspCode()) : own;
      cspsByCode.put(d.cspCode(), csp);
      cspsByName.putIfAbsent(Names.key(d.cspName()), csp);
      byCode.putIfAbsent(d.cspCode(), csp);
      byName.putIfAbsent(Names.key(d.cspName()), csp);
    }
    for (District d : districtList) {
      String shortKey = Names.key(Names.shortForm(d.name()));
      districtsByName.putIfAbsent(shortKey, d);
      byName.putIfAbsent(shortKey, byCode.get(d.code()));
    }
  }

  private void indexForces(List<PoliceForce> forceList) {
    for (PoliceForce f : forceList) {
      forces.put(f.code(), f);
    }
    for (PoliceForce f : forceList) {
      for (String name : List.of(f.name(), f.slug(), f.policeUkName())) {
        forces.putIfAbsent(forceKey(name), f);
      }
    }
  }

  private static String forceKey(String name) {
    String k = Names.key(name);
    for (String suffix : FORCE_SUFFIXES) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        return k.substring(0, k.length() - suffix.length());
      }
    }
    return k;
  }

  private static String code(String text) {
    return text.strip().toUpperCase(Locale.ROOT);
  }

  @Nullable Area byCode(String code) {
    return byCode.get(code(code));
  }

  @Nullable Area byName(String name) {
    return byName.get(Names.key(name));
  }

  @Nullable District district(String code) {
    return districts.get(code(code));
  }

  @Nullable District districtByName(String name) {
    return districtsByName.get(Names.key(name));
  }

  @Nullable PoliceForce force(String text) {
    PoliceForce f = forces.get(code(text));
    return f != null ? f : forces.get(forceKey(text));
  }

  @Nullable Area cspByCode(String code) {
    return cspsByCode.get(code(code));
  }

  @Nullable Area cspByName(String name) {
    return cspsByName.get(Names.key(name));
  }

  boolean isLegacy(String codeOrName) {
    return legacy.contains(code(codeOrName)) || legacy.contains(Names.key(codeOrName));
  }

  int cspSize(String cspCode) {
    return cspSizes.getOrDefault(cspCode, 0);
  }

  /** Up to three area names within two edits of the text, or containing it, closest first. */
  List<String> closeNames(String text) {
    String key = Names.key(text);
    if (key.length() < 3) {
      return List.of();
    }
    List<Map.Entry<String, Integer>> close = new ArrayList<>();
    for (String name : displayNames) {
      String k = Names.key(name);
      int d = Names.distance(key, k);
      boolean inside = (key.length() >= 4 && k.contains(key)) || (k.length() >= 4 && key.contains(k));
      if (d <= 2 || inside) {
        close.add(Map.entry(name, d));
      }
    }
    close.sort(
        Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    return close.stream().limit(MAX_SUGGESTIONS).map(Map.Entry::getKey).toList();
  }
}
