package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class AddressGuardVetTest {

  private static final AddressGuard GUARD = AddressGuard.STRICT;

  private static AbstractThrowableAssert<?, ?> refused(String url, String reason) {
    return assertThatThrownBy(() -> GUARD.vet(url)).isInstanceOf(Refusal.class)
        .hasMessage(url + ": refused: " + reason);
  }

  @Test
  void refusesDottedLoopback() {
    refused("http://127.0.0.1/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesDecimalSpelledLoopback() {
    refused("http://2130706433/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesHexSpelledLoopback() {
    refused("http://0x7f.1/", "loopback address 127.0.0.1");
    refused("http://0x7f000001/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesOctalSpelledLoopback() {
    refused("http://017700000001/", "loopback address 127.0.0.1");
    refused("http://0177.0.0.1/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesShortenedLoopback() {
    refused("http://127.1/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesLoopbackWithTrailingDot() {
    refused("http://127.0.0.1./", "loopback address 127.0.0.1");
  }

  @Test
  void refusesOtherLoopbackAddresses() {
    refused("http://127.255.0.9:8080/x", "loopback address 127.255.0.9");
  }

  @Test
  void refusesIpv6Loopback() {
    refused("http://[::1]/", "loopback address ::1");
    refused("http://[0:0:0:0:0:0:0:1]:8080/", "loopback address ::1");
  }

  @Test
  void refusesIpv4MappedLoopbackInEverySpelling() {
    String reason = "IPv4-mapped address ::ffff:127.0.0.1 of a loopback address 127.0.0.1";
    refused("http://[::ffff:127.0.0.1]/", reason);
    refused("http://[::ffff:7f00:1]/", reason);
    refused("http://[0:0:0:0:0:ffff:127.0.0.1]/", reason);
    refused("http://[::FFFF:7F00:0001]/", reason);
  }

  @Test
  void refusesIpv4CompatibleAddresses() {
    refused("http://[::127.0.0.1]/", "deprecated IPv4-compatible address ::7f00:1");
    refused("http://[::93.184.215.14]/", "deprecated IPv4-compatible address ::5db8:d70e");
  }

  @Test
  void refusesCloudMetadataAddress() {
    refused("http://169.254.169.254/latest/meta-data/", "link-local address 169.254.169.254");
    refused("http://0xa9fea9fe/latest/meta-data/", "link-local address 169.254.169.254");
  }

  @Test
  void refusesCarrierGradeNatAddress() {
    refused("http://100.64.0.1/", "shared (carrier-grade NAT) address 100.64.0.1");
  }

  @Test
  void refusesPrivateAddresses() {
    refused("http://10.0.0.1/", "private address 10.0.0.1");
    refused("http://172.31.255.255/", "private address 172.31.255.255");
    refused("https://192.168.1.1:8443/admin", "private address 192.168.1.1");
  }

  @Test
  void refusesUniqueLocalIpv6() {
    refused("http://[fd00::1]/", "unique-local address fd00::1");
  }

  @Test
  void refusesZoneIdentifiers() {
    refused("http://[fe80::1%25eth0]/", "IPv6 zone identifier not allowed");
    refused("http://[2606:4700::1%25eth0]/", "IPv6 zone identifier not allowed");
  }

  @Test
  void refusesLinkLocalIpv6() {
    refused("http://[fe80::1]/", "link-local address fe80::1");
  }

  @Test
  void refusesNat64() {
    refused("http://[64:ff9b::7f00:1]/", "NAT64 address 64:ff9b::7f00:1");
    refused("http://[64:ff9b::93.184.215.14]/", "NAT64 address 64:ff9b::5db8:d70e");
  }

  @Test
  void refusesUnspecifiedAddresses() {
    refused("http://0/", "this-network address 0.0.0.0");
    refused("http://0.0.0.0:8080/", "this-network address 0.0.0.0");
    refused("http://[::]/", "unspecified address ::");
  }

  @Test
  void refusesMulticastAndBroadcast() {
    refused("http://224.0.0.1/", "multicast address 224.0.0.1");
    refused("http://255.255.255.255/", "broadcast address 255.255.255.255");
    refused("http://[ff02::1]/", "multicast address ff02::1");
  }

  @Test
  void refusesLocalhostByName() {
    refused("http://LOCALHOST/", "reserved name localhost (RFC 6761)");
    refused("http://localhost./", "reserved name localhost (RFC 6761)");
    refused("http://admin.localhost:8080/", "reserved name admin.localhost (RFC 6761)");
  }

  @Test
  void refusesFullWidthSpellingOfLoopback() {
    refused("http://１２７。０。０。１/", "loopback address 127.0.0.1");
  }

  @Test
  void judgesTheHostAfterUserInformation() {
    refused("http://example.com@127.0.0.1/", "loopback address 127.0.0.1");
    refused("http://example.com:80@127.0.0.1/", "loopback address 127.0.0.1");
  }

  @Test
  void refusesMalformedNumericHostsInsteadOfTakingThemForNames() {
    refused("http://1.2.3.256/", "malformed IPv4 address");
    refused("http://example.999/", "malformed IPv4 address");
    refused("http://4294967296/", "malformed IPv4 address");
  }

  @Test
  void refusesPercentEncodedHosts() {
    assertThatThrownBy(() -> GUARD.vet("http://127.0.0.%31/")).isInstanceOf(Refusal.class)
        .hasMessageStartingWith("http://127.0.0.%31/: refused: invalid character '%'");
  }

  @Test
  void refusesBackslashTrick() {
    assertThatThrownBy(() -> GUARD.vet("http://127.0.0.1\\@example.com/")).isInstanceOf(Refusal.class)
        .hasMessageStartingWith("http://127.0.0.1\\@example.com/: refused: not a URL");
  }

  @Test
  void refusesOtherSchemes() {
    refused("ftp://example.com/file", "scheme ftp is not http or https");
    refused("file:///etc/passwd", "scheme file is not http or https");
    refused("gopher://127.0.0.1:6379/_INFO", "scheme gopher is not http or https");
    refused("jar:http://example.com/a.jar!/", "scheme jar is not http or https");
  }

  @Test
  void refusesUrlsWithoutHost() {
    refused("http:///path", "missing host");
    refused("http:example.com", "missing host");
    refused("http://:80/", "missing host");
    refused("/relative/path", "not an absolute URL");
  }

  @Test
  void refusesInvalidPorts() {
    refused("http://example.com:0/", "invalid port :0");
    refused("http://example.com:65536/", "invalid port :65536");
    refused("http://example.com:8a/", "invalid port :8a");
  }

  @Test
  void refusesOverlongUrls() {
    String url = "http://example.com/" + "a".repeat(HttpUrl.MAX_URL_CHARS);
    assertThatThrownBy(() -> GUARD.vet(url)).isInstanceOf(Refusal.class)
        .hasMessageEndingWith(": refused: URL longer than 8000 characters");
  }

  @Test
  void passesPublicAddresses() throws Refusal {
    assertThat(GUARD.vet("http://93.184.215.14/").toString()).isEqualTo("http://93.184.215.14/");
    assertThat(GUARD.vet("https://[2606:4700::1]:443/a?b#c").toString()).isEqualTo("https://[2606:4700::1]:443/a?b#c");
    assertThat(GUARD.vet("http://[::ffff:93.184.215.14]/").toString()).isEqualTo("http://[::ffff:93.184.215.14]/");
  }

  @Test
  void passesNamesWithoutLookingThemUp() throws Refusal {
    assertThat(GUARD.vet("http://example.com/").toString()).isEqualTo("http://example.com/");
    assertThat(GUARD.vet("https://no-such-host.invalid/x").getHost()).isEqualTo("no-such-host.invalid");
  }

  @Test
  void rewritesIpHostsToCanonicalForm() throws Refusal {
    assertThat(GUARD.vet("http://0x5d.0270.55054/p").toString()).isEqualTo("http://93.184.215.14/p");
    assertThat(GUARD.vet("http://[2606:4700:0:0:0:0:0:0001]/").toString()).isEqualTo("http://[2606:4700::1]/");
  }

  @Test
  void keepsPathQueryFragmentAndUserInformationAsGiven() throws Refusal {
    String url = "https://user:pw@EXAMPLE.com:8443/a%2Fb/c?q=%20x&y#frag%21";
    assertThat(GUARD.vet(url).toString()).isEqualTo("https://user:pw@example.com:8443/a%2Fb/c?q=%20x&y#frag%21");
  }

  @Test
  void convertsInternationalNamesToAscii() throws Refusal {
    assertThat(GUARD.vet("http://münchen.de/").getHost()).isEqualTo("xn--mnchen-3ya.de");
  }

  @Test
  void allowlistOpensOneAddressInAnySpelling() throws Refusal {
    AddressGuard guard = new AddressGuard(List.of("127.0.0.1"));
    assertThat(guard.vet("http://127.0.0.1:8080/feed").toString()).isEqualTo("http://127.0.0.1:8080/feed");
    assertThat(guard.vet("http://127.1:8080/").getHost()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> guard.vet("http://127.0.0.2/")).isInstanceOf(Refusal.class)
        .hasMessage("http://127.0.0.2/: refused: loopback address 127.0.0.2");
  }

  @Test
  void allowlistMatchesNamesInAnyCase() throws Refusal {
    AddressGuard guard = new AddressGuard(List.of("LocalHost", "[::1]", "Intranet.Example."));
    assertThat(guard.vet("http://localhost:8080/").getHost()).isEqualTo("localhost");
    assertThat(guard.vet("http://[0::1]/").getHost()).isEqualTo("[::1]");
    assertThat(guard.allowlisted("intranet.example")).isTrue();
    assertThat(guard.allowlisted("LOCALHOST.")).isTrue();
    assertThat(guard.allowlisted("sub.localhost")).isFalse();
    assertThatThrownBy(() -> guard.vet("http://sub.localhost/")).isInstanceOf(Refusal.class);
  }

  @Test
  void refusesAllowlistEntriesThatAreNotHosts() {
    assertThatThrownBy(() -> new AddressGuard(List.of("1.2.3.256"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1.2.3.256: refused: malformed IPv4 address");
    assertThatThrownBy(() -> new AddressGuard(List.of("http://x/"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEveryUrlInTheFixture() throws IOException {
    for (String line : fixture("refused-urls.tsv")) {
      String[] f = line.split("\t");
      assertThatThrownBy(() -> GUARD.vet(f[0])).as(f[0]).isInstanceOf(Refusal.class)
          .hasMessageStartingWith(f[0] + ": refused: " + f[1]);
    }
  }

  @Test
  void passesEveryUrlInTheFixture() throws IOException, Refusal {
    for (String line : fixture("passed-urls.tsv")) {
      String[] f = line.split("\t");
      assertThat(GUARD.vet(f[0]).toString()).as(f[0]).isEqualTo(f[1]);
    }
  }

  @Test
  void writesOneLineMessagesNamingTheInput() {
    String url = "http://127.0.0.1/\r\nHost: evil";
    assertThatThrownBy(() -> GUARD.vet(url)).isInstanceOf(Refusal.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "\r").startsWith("http://127.0.0.1/??Host: evil: refused: "))
        .satisfies(e -> assertThat(((Refusal) e).input()).isEqualTo(url));
  }

  static List<String> fixture(String name) throws IOException {
    try (InputStream in = AddressGuardVetTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
