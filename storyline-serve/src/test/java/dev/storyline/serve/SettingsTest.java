package dev.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.ingest.net.FetchSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path data;

  @Test
  void defaultsFileSaysWhatTheFetcherDefaultsAre() {
    assertThat(Settings.defaultsOnly().fetch(List.of())).isEqualTo(FetchSettings.defaults());
  }

  @Test
  void dataFolderSettingsOverrideTheDefaults() throws Exception {
    Files.writeString(data.resolve(Settings.FILE), "fetch.host-delay = 3s\nfetch.allow-hosts = intranet.example, 10.0.0.5\n");
    FetchSettings f = Settings.load(data).fetch(List.of("127.0.0.1"));
    assertThat(f.hostDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(f.allowHosts()).containsExactly("intranet.example", "10.0.0.5", "127.0.0.1");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheFileAndKey() throws Exception {
    Files.writeString(data.resolve(Settings.FILE), "fetch.hostdelay = 3s\n");
    assertThatThrownBy(() -> Settings.load(data)).hasMessageContaining("settings.properties: unknown setting fetch.hostdelay");
  }

  @Test
  void readsDurationsInTheirUsualUnits() {
    assertThat(Settings.parseDuration("15m", "x")).isEqualTo(Duration.ofMinutes(15));
    assertThat(Settings.parseDuration("1d", "x")).isEqualTo(Duration.ofDays(1));
    assertThat(Settings.parseDuration("500ms", "x")).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> Settings.parseDuration("soon", "--every")).hasMessage("--every: not a duration (like 30s, 15m, 2h, 1d): soon");
  }
}
