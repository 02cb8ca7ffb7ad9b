package org.strata.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.strata.common.BadInputException;
import org.strata.common.UsageException;

/**
 * The two offence taxonomies, the crosswalk between them and a harm weight for every category.
 *
 * <p>ONS categories are the 23 headline columns of Table C2 (total recorded crime excluding fraud,
 * ten groups and their subgroups); police.uk categories are the 14 published crime types plus an
 * "All crime" total of the 13 that are crimes (anti-social behaviour is an incident, not in the
 * total). The crosswalk is each category's {@link Offence#comparable()} headline name. In each
 * taxonomy the categories other than the total that carry one never overlap, so counts summed by
 * comparable name are not double-counted.
 *
 * <p>Instances are immutable; {@link #load()} returns a cached instance with the default weights
 * and {@link #withHarmWeights(Path)} a copy with some weights replaced.
 */
public final class OffenceTaxonomy {
  private static final String DEFAULT_WEIGHTS = "cchi_harm.csv";

  private final Map<Taxonomy, List<Offence>> offences;
  private final Map<Taxonomy, Map<String, Offence>> byKey;
  private final Map<String, HarmWeight> weights;

  private OffenceTaxonomy(
      Map<Taxonomy, List<Offence>> offences,
      Map<Taxonomy, Map<String, Offence>> byKey,
      Map<String, HarmWeight> weights) {
    this.offences = offences;
    this.byKey = byKey;
    this.weights = Map.copyOf(weights);
  }

  /** Returns the taxonomy read from this package's resources, loaded once and cached. */
  public static OffenceTaxonomy load() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OffenceTaxonomy INSTANCE = create();
  }

  private static OffenceTaxonomy create() {
    Map<Taxonomy, List<Offence>> offences = new EnumMap<>(Taxonomy.class);
    offences.put(Taxonomy.ONS, OffenceTables.read("ons_offences.csv", Taxonomy.ONS));
    offences.put(
        Taxonomy.POLICE_UK, OffenceTables.read("policeuk_crime_types.csv", Taxonomy.POLICE_UK));
    offences.put(Taxonomy.LOCAL, List.of());
    Map<Taxonomy, Map<String, Offence>> byKey = new EnumMap<>(Taxonomy.class);
    for (var e : offences.entrySet()) {
      Map<String, Offence> keys = new HashMap<>();
      e.getValue().forEach(o -> keys.put(Names.key(o.name()), o));
      byKey.put(e.getKey(), keys);
    }
    for (CSVRecord r : ReferenceCsv.read("ons_offence_aliases.csv")) {
      Offence target = byKey.get(Taxonomy.ONS).get(Names.key(r.get("name")));
      byKey
          .get(Taxonomy.ONS)
          .putIfAbsent(Names.key(r.get("alias")), Objects.requireNonNull(target));
    }
    OffenceTaxonomy bare = new OffenceTaxonomy(offences, byKey, Map.of());
    Map<String, HarmWeight> weights = bare.weightMap(defaultWeights(bare));
    for (Offence o : bare.all()) {
      if (!weights.containsKey(weightKey(o.taxonomy(), o.name()))) {
        throw new IllegalStateException(DEFAULT_WEIGHTS + " has no weight for " + o.name());
      }
    }
    return new OffenceTaxonomy(offences, byKey, weights);
  }

  private static List<HarmWeight> defaultWeights(OffenceTaxonomy bare) {
    InputStream in =
        Objects.requireNonNull(OffenceTaxonomy.class.getResourceAsStream(DEFAULT_WEIGHTS));
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new HarmWeightsReader(bare::find).read(reader, Path.of(DEFAULT_WEIGHTS), "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference resource " + DEFAULT_WEIGHTS, e);
    }
  }

  private Map<String, HarmWeight> weightMap(List<HarmWeight> list) {
    Map<String, HarmWeight> out = new HashMap<>(weights);
    list.forEach(w -> out.put(weightKey(w.taxonomy(), w.category()), w));
    return out;
  }

  private static String weightKey(Taxonomy t, String name) {
    return t.key() + "|" + name;
  }

  /**
   * Returns a copy whose harm weights are those of a user's CSV file (columns {@code taxonomy},
   * {@code category}, {@code cchi_days}, optionally {@code basis} and {@code source}), keeping the
   * default weight of every category the file does not name.
   *
   * @throws BadInputException if the file cannot be read, lacks a column, names an unknown taxonomy
   *     or category, names a category twice, or gives days that are not a number >= 0.
   */
  public OffenceTaxonomy withHarmWeights(Path csv) {
    List<HarmWeight> read = new HarmWeightsReader(this::find).read(csv);
    return new OffenceTaxonomy(offences, byKey, weightMap(read));
  }

  /** The 23 ONS headline categories in Table C2's column order. */
  public List<Offence> ons() {
    return offences.get(Taxonomy.ONS);
  }

  /** The police.uk total "All crime" then the 14 crime types, anti-social behaviour included. */
  public List<Offence> policeUk() {
    return offences.get(Taxonomy.POLICE_UK);
  }

  /** Every category of a taxonomy in its order; empty for {@link Taxonomy#LOCAL}. */
  public List<Offence> offences(Taxonomy taxonomy) {
    return offences.get(taxonomy);
  }

  private List<Offence> all() {
    List<Offence> all = new ArrayList<>(ons());
    all.addAll(policeUk());
    return all;
  }

  /**
   * Finds a category by name, ignoring case, line breaks, runs of spaces, trailing spaces and
   * "[note N]" marks; ONS names also match the names of the quarterly open-data layout ("Domestic
   * burglary", "Other theft offences" …).
   */
  public Optional<Offence> find(Taxonomy taxonomy, String name) {
    return Optional.ofNullable(byKey.get(taxonomy).get(Names.key(name)));
  }

  /**
   * Returns the category {@link #find} finds.
   *
   * @throws UsageException if the taxonomy has no category of that name.
   */
  public Offence requireOffence(Taxonomy taxonomy, String name) {
    return find(taxonomy, name)
        .orElseThrow(
            () ->
                new UsageException(
                    "offence \""
                        + name
                        + "\": expected a category of taxonomy "
                        + taxonomy.key()
                        + ", found no match"));
  }

  /**
   * The category that counts all crime in a taxonomy.
   *
   * @throws IllegalArgumentException if the taxonomy is {@link Taxonomy#LOCAL}, which has none.
   */
  public Offence total(Taxonomy taxonomy) {
    return offences.get(taxonomy).stream()
        .filter(Offence::isTotal)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(taxonomy.key() + " has no total"));
  }

  /** The categories directly below a category, in order. */
  public List<Offence> children(Offence offence) {
    return offences.get(offence.taxonomy()).stream()
        .filter(o -> offence.name().equals(o.parent()))
        .toList();
  }

  /** The category directly above a category; empty for a total and for anti-social behaviour. */
  public Optional<Offence> parentOf(Offence offence) {
    String parent = offence.parent();
    return parent == null ? Optional.empty() : find(offence.taxonomy(), parent);
  }

  /**
   * The categories of another taxonomy that share a category's comparable headline name, e.g.
   * police.uk "Violence and sexual offences" → ONS "Violence against the person" and "Sexual
   * offences"; empty when the category has no comparable name.
   */
  public List<Offence> crosswalk(Offence offence, Taxonomy to) {
    String comparable = offence.comparable();
    if (comparable == null) {
      return List.of();
    }
    return offences.get(to).stream().filter(o -> comparable.equals(o.comparable())).toList();
  }

  /**
   * The harm weight of a category.
   *
   * @throws IllegalArgumentException if the category is not one of this taxonomy's.
   */
  public HarmWeight harmWeight(Offence offence) {
    HarmWeight w = weights.get(weightKey(offence.taxonomy(), offence.name()));
    if (w == null) {
      throw new IllegalArgumentException(
          "no harm weight for " + offence.taxonomy().key() + " \"" + offence.name() + "\"");
    }
    return w;
  }

  /**
   * The harm weight of a category in Cambridge Crime Harm Index days.
   *
   * @throws IllegalArgumentException if the category is not one of this taxonomy's.
   */
  public double harmDays(Offence offence) {
    return harmWeight(offence).days();
  }
}
