package org.strata.ingest.policeuk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ApiClientTest {
  @Test
  void backsOffDoublingOrAsAskedButNeverBeyondAMinute() {
    assertThat(ApiClient.backoff(1, OptionalLong.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(ApiClient.backoff(4, OptionalLong.empty())).isEqualTo(Duration.ofSeconds(8));
    assertThat(ApiClient.backoff(1, OptionalLong.of(5))).isEqualTo(Duration.ofSeconds(5));
    assertThat(ApiClient.backoff(3, OptionalLong.of(1))).isEqualTo(Duration.ofSeconds(4));
    assertThat(ApiClient.backoff(2, OptionalLong.of(3600))).isEqualTo(Duration.ofSeconds(60));
  }
}
