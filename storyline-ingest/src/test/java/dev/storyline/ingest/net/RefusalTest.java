package dev.storyline.ingest.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void namesInputAndReasonOnOneLine() {
    Refusal r = new Refusal("http://10.0.0.1/", "private address 10.0.0.1");
    assertThat(r.getMessage()).isEqualTo("http://10.0.0.1/: refused: private address 10.0.0.1");
    assertThat(r.input()).isEqualTo("http://10.0.0.1/");
    assertThat(r.reason()).isEqualTo("private address 10.0.0.1");
  }

  @Test
  void masksLineBreaksAndControlCharacters() {
    Refusal r = new Refusal("a\nb\rc\u0085d\u2028e\u0000f", "x\ny");
    assertThat(r.getMessage()).isEqualTo("a?b?c?d?e?f: refused: x?y");
  }

  @Test
  void cutsLongInputShort() {
    String input = "http://example.com/" + "a".repeat(10_000);
    String message = new Refusal(input, "too long").getMessage();
    assertThat(message).hasSizeLessThan(Refusal.MAX_ECHO_CHARS + 40).endsWith("...: refused: too long");
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String input = "a".repeat(Refusal.MAX_ECHO_CHARS - 1) + "\uD83D\uDE00" + "b";
    String message = new Refusal(input, "r").getMessage();
    assertThat(message).isEqualTo("a".repeat(Refusal.MAX_ECHO_CHARS - 1) + "...: refused: r");
  }
}
