package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void splitsClassAttributeAtRunsOfWhitespace() {
    assertThat(Tokens.split("post  entry\tcomment-list", Tokens.WHITESPACE))
        .containsExactly("post", "entry", "comment-list");
  }

  @Test
  void keepsEmptyFirstPartOfNameOpeningWithSeparator() {
    assertThat(Tokens.split("_ad--slot_", Tokens.NAME_PARTS)).containsExactly("", "ad", "slot");
  }

  @Test
  void splitsExactlyAsThePatternWouldOnRandomText() {
    long seed = System.nanoTime();
    System.out.println("TokensTest seed " + seed);
    Random random = new Random(seed);
    Pattern parts = Pattern.compile("[-_]+");
    Pattern spaces = Pattern.compile("\\s+");
    String alphabet = "ab-_ \t";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(Tokens.split(text, Tokens.NAME_PARTS)).as("seed %d, text '%s'", seed, text)
          .isEqualTo(Arrays.asList(parts.split(text)));
      assertThat(Tokens.split(text, Tokens.WHITESPACE)).as("seed %d, text '%s'", seed, text)
          .isEqualTo(Arrays.asList(spaces.split(text)));
    }
  }
}
