package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<p>One</p><p>two</p>                  | One two",
      "a <b>bold</b> move                    | a bold move",
      "AT&amp;T &lt;b&gt; &#8217; &#x2014;   | AT&T <b> ’ —",
      "caf&eacute; &nbsp; cr&egrave;me       | café crème",
      "x < y and y > z                       | x < y and y > z",
      "Tom & Jerry &unknown; &#xZZ;          | Tom & Jerry &unknown; &#xZZ;",
      "<script>alert(1)</script>safe         | safe",
      "<!-- note -->kept                      | kept",
      "kept<!-- never closed                  | kept",
      "unclosed <tag                         | unclosed <tag",
      "&#0; &#55296; &#99999999;             | \uFFFD \uFFFD &#99999999;",
  })
  void stripsTagsAndDecodesReferences(String html, String text) {
    assertThat(Text.clean(html)).isEqualTo(text);
  }

  @Test
  void blankBecomesNull() {
    assertThat(Text.clean(" <br/> \n\t ")).isNull();
    assertThat(Text.clean(null)).isNull();
  }

  @Test
  void capsTheLength() {
    assertThat(Text.clean("x".repeat(Feeds.MAX_TEXT + 50))).hasSize(Feeds.MAX_TEXT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jane@x.com (Jane Doe)          | Jane Doe",
      "Jane Doe <jane@x.com>           | Jane Doe",
      "Jane Doe (jane@x.com)           | Jane Doe",
      "By <b>Jane</b> Doe              | By Jane Doe",
  })
  void takesNamesWithoutMailAddresses(String raw, String name) {
    assertThat(Text.person(raw)).isEqualTo(name);
  }

  @Test
  void bareMailAddressIsNoName() {
    assertThat(Text.person("jane@x.com")).isNull();
  }

  @Test
  void latin1EntityTableCoversItsRange() {
    assertThat(HtmlEntities.latin1Count()).isEqualTo(0xFF - 0xA0 + 1);
  }
}
