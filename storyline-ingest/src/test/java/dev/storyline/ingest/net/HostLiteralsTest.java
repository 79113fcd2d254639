package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HostLiteralsTest {

  private static String ipv4(String host) {
    return HostLiterals.parseIpv4(host).map(HostLiterals::format).orElse("none");
  }

  private static String ipv6(String text) {
    return HostLiterals.parseIpv6(text).map(HostLiterals::format).orElse("none");
  }

  @Test
  void readsDottedQuad() {
    assertThat(ipv4("93.184.215.14")).isEqualTo("93.184.215.14");
  }

  @Test
  void readsSingleDecimalNumberAsWholeAddress() {
    assertThat(ipv4("2130706433")).isEqualTo("127.0.0.1");
    assertThat(ipv4("0")).isEqualTo("0.0.0.0");
  }

  @Test
  void readsHexPartsWithEitherPrefixCase() {
    assertThat(ipv4("0x7f.1")).isEqualTo("127.0.0.1");
    assertThat(ipv4("0X7F000001")).isEqualTo("127.0.0.1");
  }

  @Test
  void readsBareHexPrefixAsZero() {
    assertThat(ipv4("0x.0x.0x.0x")).isEqualTo("0.0.0.0");
    assertThat(ipv4("127.0x.0.1")).isEqualTo("127.0.0.1");
  }

  @Test
  void readsLeadingZeroAsOctal() {
    assertThat(ipv4("0177.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(ipv4("017700000001")).isEqualTo("127.0.0.1");
    assertThat(ipv4("010.0.0.1")).isEqualTo("8.0.0.1");
  }

  @Test
  void letsTheLastPartFillTheRemainingBytes() {
    assertThat(ipv4("127.1")).isEqualTo("127.0.0.1");
    assertThat(ipv4("10.1.65535")).isEqualTo("10.1.255.255");
    assertThat(ipv4("169.16689662")).isEqualTo("169.254.169.254");
  }

  @Test
  void allowsOneTrailingDot() {
    assertThat(ipv4("127.0.0.1.")).isEqualTo("127.0.0.1");
    assertThat(ipv4("127.0.0.1..")).isEqualTo("none");
  }

  @Test
  void rejectsOverflowingParts() {
    assertThat(ipv4("256.0.0.1")).isEqualTo("none");
    assertThat(ipv4("1.2.3.256")).isEqualTo("none");
    assertThat(ipv4("127.16777216")).isEqualTo("none");
    assertThat(ipv4("4294967296")).isEqualTo("none");
    assertThat(ipv4("0x100000000")).isEqualTo("none");
  }

  @Test
  void rejectsOverflowHiddenInAVeryLongNumberInsteadOfWrapping() {
    // 2^64 + 1 would wrap to 1 in a 64-bit accumulator.
    assertThat(ipv4("18446744073709551617")).isEqualTo("none");
    assertThat(ipv4("0".repeat(500) + "1")).isEqualTo("0.0.0.1");
  }

  @Test
  void rejectsFiveParts() {
    assertThat(ipv4("1.2.3.4.5")).isEqualTo("none");
  }

  @Test
  void rejectsEmptyPartsAndDigitsOutsideTheRadix() {
    assertThat(ipv4("1..2")).isEqualTo("none");
    assertThat(ipv4("")).isEqualTo("none");
    assertThat(ipv4("09.1.1.1")).isEqualTo("none");
    assertThat(ipv4("0x1g")).isEqualTo("none");
  }

  @Test
  void rejectsDigitsOfOtherScripts() {
    assertThat(ipv4("١٢٧.0.0.1")).isEqualTo("none");
  }

  @Test
  void tellsNumericHostsFromNames() {
    assertThat(HostLiterals.endsInNumber("example.com")).isFalse();
    assertThat(HostLiterals.endsInNumber("1.2.3.4.example")).isFalse();
    assertThat(HostLiterals.endsInNumber("0xg")).isFalse();
    assertThat(HostLiterals.endsInNumber("")).isFalse();
    assertThat(HostLiterals.endsInNumber(".")).isFalse();
    assertThat(HostLiterals.endsInNumber("example.0x")).isTrue();
    assertThat(HostLiterals.endsInNumber("example.123.")).isTrue();
    assertThat(HostLiterals.endsInNumber("999.999.999.999")).isTrue();
  }

  @Test
  void readsIpv6InEveryCompression() {
    assertThat(ipv6("::1")).isEqualTo("::1");
    assertThat(ipv6("::")).isEqualTo("::");
    assertThat(ipv6("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(ipv6("2606:4700::1")).isEqualTo("2606:4700::1");
    assertThat(ipv6("1:2:3:4:5:6:7::")).isEqualTo("1:2:3:4:5:6:7:0");
    assertThat(ipv6("FE80:0000::0001")).isEqualTo("fe80::1");
  }

  @Test
  void readsIpv4Tails() {
    assertThat(ipv6("::ffff:127.0.0.1")).isEqualTo("::ffff:127.0.0.1");
    assertThat(ipv6("::ffff:7f00:1")).isEqualTo("::ffff:127.0.0.1");
    assertThat(ipv6("0:0:0:0:0:ffff:127.0.0.1")).isEqualTo("::ffff:127.0.0.1");
    assertThat(ipv6("::127.0.0.1")).isEqualTo("::7f00:1");
    assertThat(ipv6("64:ff9b::127.0.0.1")).isEqualTo("64:ff9b::7f00:1");
  }

  @Test
  void rejectsMalformedIpv6() {
    assertThat(ipv6("1::2::3")).isEqualTo("none");
    assertThat(ipv6(":1")).isEqualTo("none");
    assertThat(ipv6("1:")).isEqualTo("none");
    assertThat(ipv6("12345::")).isEqualTo("none");
    assertThat(ipv6("1:2:3:4:5:6:7:8:9")).isEqualTo("none");
    assertThat(ipv6("1:2:3:4:5:6:7:8::")).isEqualTo("none");
    assertThat(ipv6("1:2:3:4:5:6:7")).isEqualTo("none");
    assertThat(ipv6("fe80::1%eth0")).isEqualTo("none");
    assertThat(ipv6("")).isEqualTo("none");
  }

  @Test
  void rejectsIpv4TailsWithLeadingZerosOrMissingParts() {
    assertThat(ipv6("::ffff:127.0.0.01")).isEqualTo("none");
    assertThat(ipv6("::ffff:127.1")).isEqualTo("none");
    assertThat(ipv6("::ffff:127.0.0.1.1")).isEqualTo("none");
    assertThat(ipv6("::ffff:256.0.0.1")).isEqualTo("none");
    assertThat(ipv6("1:2:3:4:5:6:7:1.2.3.4")).isEqualTo("none");
  }

  @Test
  void keepsIpv4MappedAddressesIpv6() {
    Optional<?> a = HostLiterals.parseIpv6("::ffff:127.0.0.1");
    assertThat(a).get().isInstanceOf(java.net.Inet6Address.class);
  }

  @Test
  void formatsByRfc5952() {
    assertThat(ipv6("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
    assertThat(ipv6("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(ipv6("2001:0:0:1:0:0:0:1")).isEqualTo("2001:0:0:1::1");
    assertThat(ipv6("1:0:0:0:0:0:0:0")).isEqualTo("1::");
  }

  @Test
  void readsEveryRandomSpellingOfAnIpv4AddressBack() {
    long seed = System.nanoTime();
    System.out.println("readsEveryRandomSpellingOfAnIpv4AddressBack seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      long address = random.nextLong() & 0xffffffffL;
      int parts = 1 + random.nextInt(4);
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < parts; p++) {
        boolean last = p == parts - 1;
        long value = last ? address & ((1L << (8 * (4 - p))) - 1) : (address >>> (8 * (3 - p))) & 0xff;
        text.append(p == 0 ? "" : ".").append(spell(value, random));
      }
      String expected = ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
      assertThat(ipv4(text.toString())).as("seed %d: %s", seed, text).isEqualTo(expected);
    }
  }

  private static String spell(long value, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> Long.toString(value);
      case 1 -> (random.nextBoolean() ? "0x" : "0X") + Long.toHexString(value);
      default -> "0" + Long.toOctalString(value);
    };
  }

  @Test
  void formatsRandomIpv6AddressesToTextTheJdkReadsBack() throws Exception {
    long seed = System.nanoTime();
    System.out.println("formatsRandomIpv6AddressesToTextTheJdkReadsBack seed " + seed);
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      byte[] b = new byte[16];
      random.nextBytes(b);
      for (int j = 0; j < 16; j++) {
        b[j] = random.nextInt(3) == 0 ? 0 : b[j];
      }
      String text = Ipv6Text.format(b);
      assertThat(Ipv6Text.parse(text)).as("seed %d: %s", seed, text).get().isEqualTo(b);
      // A trusted cross-check for the formatter; the guard itself never lets the JDK read literals.
      assertThat(InetAddress.getByName("[" + text + "]").getAddress()).as("seed %d: %s", seed, text)
          .isEqualTo(AddressRanges.mappedIpv4(b) != null ? java.util.Arrays.copyOfRange(b, 12, 16) : b);
    }
  }
}
