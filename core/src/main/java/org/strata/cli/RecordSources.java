package org.strata.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.strata.common.AppException;
import org.strata.ingest.ons.OnsCspReader;
import org.strata.ingest.population.PopulationReader;
import org.strata.reference.Period;
import org.strata.store.LoadOutcome;
import org.strata.store.RecordLoader;
import org.strata.ingest.local.LocalIncidentReader;
import org.strata.ingest.local.LocalMapping;
import org.strata.ingest.survey.SurveyReader;
import org.strata.store.DuckDbStore;
import org.strata.store.LocalIncidentLoader;
import org.strata.store.SurveyLoader;

/** Reads one aggregate source file with the reader for its kind and loads it. */
final class RecordSources {
  private RecordSources() {}

  static LoadOutcome load(
      String kind, Path path, @Nullable Period period, @Nullable Path mapping, DuckDbStore store) {
    RecordLoader loader = new RecordLoader(store);
    String sha = IngestCommand.sha256(path);
    long bytes;
    try {
      bytes = Files.size(path);
    } catch (java.io.IOException e) {
      throw new AppException("cannot read " + path + ": " + e.getMessage(), e);
    }
    var f = new RecordLoader.SourceFile(kind, path.toString(), sha, bytes);
    var earlier = loader.findLoaded(kind, sha);
    if (earlier.isPresent()) {
      return new LoadOutcome(path.toString(), 0, 0, 0, true, "already loaded (same content as " + earlier.get() + ")");
    }
    return switch (kind) {
      case "ons-csp" -> {
        OnsCspReader.Outcome read = new OnsCspReader(store.areas()).readWithSource(path, period);
        yield loader.loadOffenceCounts(f, read.result(), read.note());
      }
      case "population" -> loader.loadPopulation(f, new PopulationReader().read(path));
      case "survey" -> new SurveyLoader(store).load(f, new SurveyReader(store.areas()).read(path));
      case "local" -> new LocalIncidentLoader(store).load(
          f, new LocalIncidentReader(store.areas(), LocalMapping.read(java.util.Objects.requireNonNull(mapping))).read(path));
      case "areas" -> loader.loadGeography(f, new org.strata.ingest.geography.GeographyReader().read(path));
      case "lsoa-lookup" -> loader.loadLsoaLookup(f, new org.strata.ingest.lookup.LsoaLookupReader().read(path));
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
