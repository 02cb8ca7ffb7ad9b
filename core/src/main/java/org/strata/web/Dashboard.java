package org.strata.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strata.analysis.AnalysisSettings;
import org.strata.analysis.Analyst;
import org.strata.analysis.Assessment;
import org.strata.common.AppException;
import org.strata.common.UsageException;
import org.strata.reference.OffenceTaxonomy;
import org.strata.reference.Period;
import org.strata.report.JsonRenderer;
import org.strata.store.AreaQuery.AreaLine;
import org.strata.store.StoreReader;
import org.strata.store.PeriodQuery.DataSpan;
import org.strata.store.StoreBusyException;

/**
 * What the routes know of the store: the areas with data, their periods and their assessments.
 * Answers are cached until the store file changes (an ingest while serving), then read again; the
 * store is opened for each read and closed after (see {@link StoreReader}), so a writer can get in.
 */
final class Dashboard {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,16}");
  private static final int MAX_PERIOD_TEXT = 40;
  private static final OffenceTaxonomy TAXONOMY = OffenceTaxonomy.load();
  private static final int CACHED_ASSESSMENTS = 128;

  private final StoreReader store;
  private final Object computeLock = new Object();
  private final List<Runnable> onChange = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile List<AreaLine> areas;
  private volatile Map<String, AreaLine> byCode;
  private final Map<String, Optional<DataSpan>> spans = new ConcurrentHashMap<>();
  private final Map<String, Computed> assessments =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Computed> eldest) {
              return size() > CACHED_ASSESSMENTS;
            }
          });

  /** An assessment and its JSON, computed once per area and period. */
  record Computed(Assessment assessment, byte[] json) {}

  Dashboard(StoreReader store) {
    this.store = store;
    store.changed();
    loadAreas();
  }

  private void loadAreas() {
    List<AreaLine> list = List.copyOf(read(store::areas));
    Map<String, AreaLine> codes = new LinkedHashMap<>();
    for (AreaLine a : list) {
      codes.put(a.code().toUpperCase(Locale.ROOT), a);
    }
    byCode = codes;
    areas = list;
  }

  /** Runs when the store file changed and the caches were dropped. */
  void onChange(Runnable r) {
    onChange.add(r);
  }

  /** Drops every cached answer when the store file changed since the last request. */
  void refreshIfChanged() {
    if (store.changed()) {
      spans.clear();
      assessments.clear();
      loadAreas();
      onChange.forEach(Runnable::run);
    }
  }

  /** Where the store lives. */
  String storeLocation() {
    return store.location();
  }

  /** Every area with data, in hierarchy order. */
  List<AreaLine> areas() {
    return areas;
  }

  /** Areas whose name or code contains the query, case-insensitively; at most {@code limit}. */
  List<AreaLine> search(String query, int limit) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    List<AreaLine> out = new ArrayList<>();
    for (AreaLine a : areas) {
      if (out.size() < limit
          && (a.code().toLowerCase(Locale.ROOT).contains(q)
              || a.name().toLowerCase(Locale.ROOT).contains(q))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The area with this code.
   *
   * @throws HttpProblem 400 if the text is not shaped like a code, 404 if no area has data.
   */
  AreaLine requireArea(@Nullable String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw HttpProblem.badRequest("area: expected a GSS code such as E07000192");
    }
    AreaLine a = byCode.get(code.toUpperCase(Locale.ROOT));
    if (a == null) {
      throw HttpProblem.notFound("area " + code + ": not found in this store");
    }
    return a;
  }

  /** The first and last month with data for the area. */
  Optional<DataSpan> span(AreaLine area) {
    return spans.computeIfAbsent(area.code(), c -> {
      return read(() -> store.span(c));
    });
  }

  /**
   * The period asked for, or the latest twelve months with data (fewer if the data is shorter).
   *
   * @throws HttpProblem 400 if the text is not a period, 404 if the area has no data.
   */
  Period period(AreaLine area, @Nullable String text) {
    if (text != null && !text.isBlank()) {
      if (text.length() > MAX_PERIOD_TEXT) {
        throw HttpProblem.badRequest("period: expected at most " + MAX_PERIOD_TEXT + " characters");
      }
      try {
        return Period.parse(text);
      } catch (UsageException e) {
        throw HttpProblem.badRequest(e.getMessage());
      }
    }
    DataSpan s = span(area).orElseThrow(() -> HttpProblem.notFound("area " + area.code() + ": no data"));
    return latestYear(s);
  }

  /**
   * Periods worth offering: the latest twelve months and the same months in earlier years that
   * the data cover whole (an assessment needs every month of its period, so a period the data
   * only touch would answer "not found").
   */
  List<Period> periodChoices(AreaLine area) {
    List<Period> out = new ArrayList<>();
    span(area).ifPresent(s -> {
      Period p = latestYear(s);
      while (out.size() < 6 && (out.isEmpty() || !p.start().isBefore(s.first()))) {
        out.add(p);
        p = p.previous();
      }
    });
    return out;
  }

  static Period latestYear(DataSpan s) {
    YearMonth start = s.last().minusMonths(11);
    return new Period(start.isBefore(s.first()) ? s.first() : start, s.last());
  }

  /**
   * The assessment of an area for a period, computed on first use.
   *
   * @throws HttpProblem 404 if the store holds no data for the area and period.
   */
  Computed assessment(AreaLine area, Period period) {
    String key = area.code() + "|" + period.label();
    Computed c = assessments.get(key);
    if (c != null) {
      return c;
    }
    synchronized (computeLock) {
      c = assessments.get(key);
      if (c == null) {
        c = compute(area, period);
        assessments.put(key, c);
      }
      return c;
    }
  }

  private Computed compute(AreaLine area, Period period) {
    Assessment a;
    try {
      a = new Analyst(TAXONOMY, AnalysisSettings.defaults())
          .assess(read(() -> store.input(area.code(), period, List.of(), 0)));
    } catch (UsageException e) {
      throw HttpProblem.notFound("area " + area.code() + ", period " + period.label() + ": no data to assess");
    }
    try {
      return new Computed(a, JsonRenderer.mapper().writeValueAsBytes(a));
    } catch (JsonProcessingException e) {
      throw new AppException("cannot write the assessment of " + area.code() + " as JSON", e);
    }
  }

  /** The store's read-only queries. */
  StoreReader store() {
    return store;
  }

  /**
   * Runs a read of the store.
   *
   * @throws HttpProblem 503 while another process writes the store past the reader's wait.
   */
  <T> T read(java.util.function.Supplier<T> query) {
    try {
      return query.get();
    } catch (StoreBusyException e) {
      throw new HttpProblem(503, "the store is being updated (" + e.holder() + "); retry in a few seconds");
    }
  }
}
