package org.strata.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answers to requests it refuses before any route runs (a malformed address or header,
 * 400/431): the same security headers as every other page and a plain one-line body, no server
 * details.
 */
final class ErrorPages extends ErrorHandler {
  ErrorPages() {
    setShowServlet(false);
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField("Content-Security-Policy", Guard.CSP));
    fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
    fields.put(new HttpField("X-Frame-Options", "DENY"));
    fields.put(new HttpField("Referrer-Policy", "no-referrer"));
    fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    String body = status + " " + (status == 431 ? "request headers too large" : "bad request: the address or"
        + " headers are malformed") + "\n";
    return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
  }
}
