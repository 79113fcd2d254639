package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressGuardResolveTest {

  /** Names looked up, so tests can show that literals never reach DNS. */
  private final List<String> lookedUp = new ArrayList<>();

  /** A DNS of fixed answers, so that no test needs the network. */
  private AddressGuard guard(List<String> allow, Map<String, List<String>> answers) {
    return new AddressGuard(allow, name -> {
      lookedUp.add(name);
      List<String> a = answers.get(name);
      if (a == null) {
        throw new UnknownHostException(name);
      }
      InetAddress[] out = new InetAddress[a.size()];
      for (int i = 0; i < out.length; i++) {
        String text = a.get(i);
        out[i] = text.contains(":") ? HostLiterals.parseIpv6(text).orElseThrow() : HostLiterals.parseIpv4(text).orElseThrow();
      }
      return out;
    });
  }

  private static List<String> texts(InetAddress[] addresses) {
    return java.util.Arrays.stream(addresses).map(HostLiterals::format).toList();
  }

  @Test
  void refusesLoopbackLiteralsInEverySpellingWithoutDns() {
    AddressGuard g = guard(List.of(), Map.of());
    for (String host : List.of("127.0.0.1", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "[::1]", "::1",
        "[::ffff:127.0.0.1]", "::ffff:7f00:1")) {
      assertThatThrownBy(() -> g.resolve(host)).as(host).isInstanceOf(Refusal.class)
          .hasMessageStartingWith(host + ": refused: ");
    }
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void returnsPublicLiteralsWithoutDns() throws Exception {
    AddressGuard g = guard(List.of(), Map.of());
    assertThat(texts(g.resolve("93.184.215.14"))).containsExactly("93.184.215.14");
    assertThat(texts(g.resolve("0x5db8d70e"))).containsExactly("93.184.215.14");
    assertThat(texts(g.resolve("[2606:4700::1]"))).containsExactly("2606:4700::1");
    assertThat(texts(g.resolve("2606:4700::1"))).containsExactly("2606:4700::1");
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void returnsIpv4MappedLiteralsAsIpv4() throws Exception {
    InetAddress[] a = guard(List.of(), Map.of()).resolve("[::ffff:93.184.215.14]");
    assertThat(a).hasSize(1);
    assertThat(a[0]).isInstanceOf(Inet4Address.class);
    assertThat(HostLiterals.format(a[0])).isEqualTo("93.184.215.14");
  }

  @Test
  void returnsEveryAddressOfAPublicName() throws Exception {
    AddressGuard g = guard(List.of(), Map.of("news.example", List.of("93.184.215.14", "2606:4700::1")));
    assertThat(texts(g.resolve("NEWS.example"))).containsExactly("93.184.215.14", "2606:4700::1");
    assertThat(lookedUp).containsExactly("news.example");
  }

  @Test
  void refusesANameWhenAnyOfItsAddressesIsBlocked() {
    AddressGuard g = guard(List.of(), Map.of("rebind.example", List.of("93.184.215.14", "10.0.0.7")));
    assertThatThrownBy(() -> g.resolve("rebind.example")).isInstanceOf(Refusal.class)
        .hasMessage("rebind.example: refused: resolves to private address 10.0.0.7");
  }

  @Test
  void refusesANameResolvingToMetadataOrMappedLoopback() {
    AddressGuard g = guard(List.of(), Map.of("meta.example", List.of("169.254.169.254"),
        "mapped.example", List.of("::ffff:127.0.0.1")));
    assertThatThrownBy(() -> g.resolve("meta.example")).isInstanceOf(Refusal.class)
        .hasMessage("meta.example: refused: resolves to link-local address 169.254.169.254");
    assertThatThrownBy(() -> g.resolve("mapped.example")).isInstanceOf(Refusal.class)
        .hasMessageContaining("resolves to IPv4-mapped address ::ffff:127.0.0.1");
  }

  @Test
  void refusesLocalhostBeforeAskingDns() {
    AddressGuard g = guard(List.of(), Map.of("localhost", List.of("93.184.215.14")));
    assertThatThrownBy(() -> g.resolve("LOCALHOST")).isInstanceOf(Refusal.class)
        .hasMessage("LOCALHOST: refused: reserved name localhost (RFC 6761)");
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void refusesMalformedNumericHostsBeforeAskingDns() {
    AddressGuard g = guard(List.of(), Map.of());
    assertThatThrownBy(() -> g.resolve("1.2.3.999")).isInstanceOf(Refusal.class)
        .hasMessage("1.2.3.999: refused: malformed IPv4 address");
    assertThatThrownBy(() -> g.resolve("[fe80::1%eth0]")).isInstanceOf(Refusal.class)
        .hasMessage("[fe80::1%eth0]: refused: IPv6 zone identifier not allowed");
    assertThat(lookedUp).isEmpty();
  }

  @Test
  void passesLookupFailuresOn() {
    AddressGuard g = guard(List.of(), Map.of());
    assertThatThrownBy(() -> g.resolve("missing.example")).isInstanceOf(UnknownHostException.class);
  }

  @Test
  void allowlistedNameMayResolveToBlockedAddresses() throws Exception {
    AddressGuard g = guard(List.of("Feeds.Intranet"), Map.of("feeds.intranet", List.of("10.1.2.3")));
    assertThat(texts(g.resolve("FEEDS.intranet"))).containsExactly("10.1.2.3");
  }

  @Test
  void allowlistedAddressDoesNotOpenNamesResolvingToIt() {
    AddressGuard g = guard(List.of("10.1.2.3"), Map.of("other.example", List.of("10.1.2.3")));
    assertThatThrownBy(() -> g.resolve("other.example")).isInstanceOf(Refusal.class);
  }

  @Test
  void allowlistedLoopbackResolvesWhileItsNeighbourStaysRefused() throws Exception {
    AddressGuard g = new AddressGuard(List.of("127.0.0.1"));
    assertThat(texts(g.resolve("127.0.0.1"))).containsExactly("127.0.0.1");
    assertThat(texts(g.resolve("0x7f000001"))).containsExactly("127.0.0.1");
    assertThatThrownBy(() -> g.resolve("127.0.0.2")).isInstanceOf(Refusal.class)
        .hasMessage("127.0.0.2: refused: loopback address 127.0.0.2");
  }

  @Test
  void allowlistedLocalhostResolvesThroughTheSystemResolver() throws Exception {
    AddressGuard g = new AddressGuard(List.of("LocalHost"));
    InetAddress[] a = g.resolve("localhost");
    assertThat(a).isNotEmpty().allSatisfy(x -> assertThat(x.isLoopbackAddress()).isTrue());
    assertThat(g.allowlisted("localhost")).isTrue();
  }

  @Test
  void strictGuardRefusesLocalhostAndIpv6Loopback() {
    assertThatThrownBy(() -> AddressGuard.STRICT.resolve("localhost")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> AddressGuard.STRICT.resolve("[::1]")).isInstanceOf(Refusal.class)
        .hasMessage("[::1]: refused: loopback address ::1");
  }
}
