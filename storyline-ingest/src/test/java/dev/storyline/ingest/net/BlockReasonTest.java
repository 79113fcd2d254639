package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockReasonTest {

  private static String reason(String literal) throws Refusal {
    return AddressGuard.blockReason(Host.parse(literal, literal).address());
  }

  @Test
  void passesPublicAddresses() throws Refusal {
    assertThat(reason("93.184.215.14")).isNull();
    assertThat(reason("1.1.1.1")).isNull();
    assertThat(reason("2606:4700::1")).isNull();
    assertThat(reason("2a00:1450:4001:80b::200e")).isNull();
  }

  @Test
  void passesNeighboursJustOutsideBlockedRanges() throws Refusal {
    assertThat(reason("9.255.255.255")).isNull();
    assertThat(reason("11.0.0.0")).isNull();
    assertThat(reason("100.63.255.255")).isNull();
    assertThat(reason("100.128.0.0")).isNull();
    assertThat(reason("172.15.255.255")).isNull();
    assertThat(reason("172.32.0.0")).isNull();
    assertThat(reason("198.17.255.255")).isNull();
    assertThat(reason("198.20.0.0")).isNull();
    assertThat(reason("223.255.255.255")).isNull();
    assertThat(reason("2001:1::1")).isNull();
    assertThat(reason("2001:db9::1")).isNull();
  }

  @Test
  void namesLoopback() throws Refusal {
    assertThat(reason("127.0.0.1")).isEqualTo("loopback address 127.0.0.1");
    assertThat(reason("::1")).isEqualTo("loopback address ::1");
  }

  @Test
  void judgesIpv4MappedAddressesByTheAddressInside() throws Refusal {
    assertThat(reason("::ffff:93.184.215.14")).isNull();
    assertThat(reason("::ffff:192.168.0.1")).isEqualTo("IPv4-mapped address ::ffff:192.168.0.1 of a private address 192.168.0.1");
  }

  @Test
  void judgesAddressesTheJdkUnwrappedFromIpv4MappedForm() throws Exception {
    // The JDK turns a mapped literal into an Inet4Address; it must be judged all the same.
    InetAddress jdk = InetAddress.getByName("::ffff:127.0.0.1");
    assertThat(AddressGuard.blockReason(jdk)).isEqualTo("loopback address 127.0.0.1");
  }

  @Test
  void judges6to4ByTheAddressInside() throws Refusal {
    assertThat(reason("2002:5db8:d70e::1")).isNull();
    assertThat(reason("2002:a9fe:a9fe::")).isEqualTo("6to4 address 2002:a9fe:a9fe:: of a link-local address 169.254.169.254");
  }

  @Test
  void refusesEveryIpv6AddressOutsideGlobalUnicast() throws Refusal {
    assertThat(reason("4000::1")).isEqualTo("reserved address 4000::1");
    assertThat(reason("::2:1")).isEqualTo("deprecated IPv4-compatible address ::2:1");
    assertThat(reason("1::")).isEqualTo("reserved address 1::");
  }

  @Test
  void refusesEveryAddressOfEveryBlockedIpv4RangeAtRandom() throws Refusal {
    long seed = System.nanoTime();
    System.out.println("refusesEveryAddressOfEveryBlockedIpv4RangeAtRandom seed " + seed);
    Random random = new Random(seed);
    String[][] ranges = {{"0.0.0.0", "8"}, {"10.0.0.0", "8"}, {"100.64.0.0", "10"}, {"127.0.0.0", "8"},
        {"169.254.0.0", "16"}, {"172.16.0.0", "12"}, {"192.0.0.0", "24"}, {"192.0.2.0", "24"}, {"192.168.0.0", "16"},
        {"198.18.0.0", "15"}, {"198.51.100.0", "24"}, {"203.0.113.0", "24"}, {"224.0.0.0", "4"}, {"240.0.0.0", "4"}};
    for (String[] r : ranges) {
      long base = ipv4Value(r[0]);
      int bits = Integer.parseInt(r[1]);
      for (int i = 0; i < 200; i++) {
        long address = base | (random.nextLong() & ((1L << (32 - bits)) - 1));
        String text = Long.toString(address);
        assertThat(reason(text)).as("seed %d: %s in %s/%s", seed, text, r[0], r[1]).isNotNull();
        String mapped = "::ffff:" + Long.toHexString(address >>> 16) + ":" + Long.toHexString(address & 0xffff);
        assertThat(reason(mapped)).as("seed %d: %s", seed, mapped).startsWith("IPv4-mapped address");
      }
    }
  }

  private static long ipv4Value(String dotted) {
    return Long.parseLong(HostLiterals.parseIpv4(dotted).map(a -> Integer.toUnsignedString(
        java.nio.ByteBuffer.wrap(a.getAddress()).getInt())).orElseThrow());
  }
}
