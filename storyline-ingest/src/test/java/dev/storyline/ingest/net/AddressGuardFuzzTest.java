package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;

class AddressGuardFuzzTest {

  /** Whatever the URL, vet either refuses it or returns a URL whose host is public and which vets to itself. */
  @FuzzTest(maxDuration = "60s")
  void vetsOrRefuses(byte[] data) {
    String url = new String(data, StandardCharsets.UTF_8);
    URI vetted;
    try {
      vetted = AddressGuard.STRICT.vet(url);
    } catch (Refusal e) {
      assertThat(e.getMessage()).doesNotContain("\n", "\r").contains(": refused: ");
      return;
    }
    assertThat(vetted.getScheme()).isIn("http", "https");
    try {
      assertThat(AddressGuard.STRICT.vet(vetted.toString())).isEqualTo(vetted);
      Host host = Host.parse(url, HttpUrl.parse(vetted.toString()).host());
      assertThat(host.isLocalhostName()).isFalse();
      if (host.address() != null) {
        assertThat(AddressGuard.blockReason(host.address())).isNull();
      }
    } catch (Refusal e) {
      throw new AssertionError("vetted URL " + vetted + " of " + url + " is refused on a second look", e);
    }
  }
}
