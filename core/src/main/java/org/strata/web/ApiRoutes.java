package org.strata.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strata.common.AppException;
import org.strata.reference.Period;
import org.strata.report.JsonRenderer;
import org.strata.report.MetricsCsvRenderer;
import org.strata.store.AreaQuery.AreaLine;

/** The JSON API: health, areas, one area, its assessment and its metrics (JSON or CSV). */
final class ApiRoutes {
  private static final int SEARCH_LIMIT = 50;
  private final Dashboard dashboard;

  ApiRoutes(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  void register(Javalin app) {
    PageRoutes.get(app, "/api/health", this::health);
    PageRoutes.get(app, "/api/areas", this::areas);
    PageRoutes.get(app, "/api/areas/{code}", this::area);
    PageRoutes.get(app, "/api/areas/{code}/assessment", this::assessment);
    PageRoutes.get(app, "/api/areas/{code}/metrics", this::metrics);
  }

  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("areas", dashboard.areas().size());
    send(ctx, 200, body);
  }

  private void areas(Context ctx) {
    String q = ctx.queryParam("q");
    List<AreaLine> found =
        q == null || q.isBlank() ? dashboard.areas() : dashboard.search(bounded(q, "q"), SEARCH_LIMIT);
    send(ctx, 200, Map.of("areas", found.stream().map(ApiRoutes::areaJson).toList()));
  }

  private void area(Context ctx) {
    AreaLine a = dashboard.requireArea(ctx.pathParam("code"));
    Map<String, Object> body = areaJson(a);
    dashboard.span(a).ifPresent(s -> {
      body.put("firstMonth", s.first().toString());
      body.put("lastMonth", s.last().toString());
    });
    List<String> periods = new ArrayList<>();
    for (Period p : dashboard.periodChoices(a)) {
      periods.add(p.label());
    }
    body.put("defaultPeriod", periods.isEmpty() ? null : periods.get(0));
    body.put("periods", periods);
    body.put("assessment", "/api/areas/" + a.code() + "/assessment");
    body.put("metrics", "/api/areas/" + a.code() + "/metrics");
    send(ctx, 200, body);
  }

  private void assessment(Context ctx) {
    AreaLine a = dashboard.requireArea(ctx.pathParam("code"));
    Period p = dashboard.period(a, ctx.queryParam("period"));
    ctx.status(200).contentType("application/json; charset=utf-8").result(dashboard.assessment(a, p).json());
  }

  private void metrics(Context ctx) {
    AreaLine a = dashboard.requireArea(ctx.pathParam("code"));
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json").toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("csv")) {
      throw HttpProblem.badRequest("format: expected json or csv");
    }
    Period p = dashboard.period(a, ctx.queryParam("period"));
    var assessment = dashboard.assessment(a, p).assessment();
    if (format.equals("json")) {
      send(ctx, 200, Map.of("metrics", assessment.metrics()));
      return;
    }
    StringWriter w = new StringWriter();
    try {
      MetricsCsvRenderer.write(assessment, w);
    } catch (IOException e) {
      throw new AppException("cannot write metrics of " + a.code(), e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"metrics-" + a.code() + ".csv\"");
    ctx.status(200).contentType("text/csv; charset=utf-8").result(w.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, Object> areaJson(AreaLine a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    m.put("level", a.level());
    m.put("parentCode", a.parentCode());
    m.put("population", a.population());
    m.put("populationYear", a.populationYear());
    m.put("data", a.data() == null || a.data().isBlank() ? List.of() : List.of(a.data().split(" ")));
    return m;
  }

  static String bounded(String text, String name) {
    if (text.length() > 100) {
      throw HttpProblem.badRequest(name + ": expected at most 100 characters");
    }
    return text;
  }

  /** Writes a JSON body with a status. */
  static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8")
          .result(JsonRenderer.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new AppException("cannot write JSON response", e);
    }
  }
}
