package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

class HostLiteralsFuzzTest {

  /** Any text parses to an address whose canonical text parses back to it, or to nothing; never an exception. */
  @FuzzTest(maxDuration = "60s")
  void parsesOrDeclines(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Optional<Inet4Address> v4 = HostLiterals.parseIpv4(text);
    if (v4.isPresent()) {
      assertThat(HostLiterals.endsInNumber(text)).isTrue();
      assertThat(HostLiterals.parseIpv4(HostLiterals.format(v4.get()))).isEqualTo(v4);
    }
    Optional<Inet6Address> v6 = HostLiterals.parseIpv6(text);
    if (v6.isPresent()) {
      String canonical = HostLiterals.format(v6.get());
      assertThat(HostLiterals.parseIpv6(canonical).orElseThrow().getAddress()).isEqualTo(v6.get().getAddress());
    }
  }
}
