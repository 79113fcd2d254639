package dev.storyline.events;

import dev.storyline.enrich.Tsv;
import java.util.HashMap;
import java.util.Map;

/** The CAMEO event codes with their names and GDELT Goldstein values, from {@code cameo-codes.tsv}. */
public final class CameoCodes {

  private final Map<String, Double> goldstein = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  public CameoCodes() {
    for (String[] r : Tsv.read(CameoCodes.class, "cameo-codes.tsv", 3)) {
      goldstein.put(r[0], Double.valueOf(r[1]));
      names.put(r[0], r[2]);
    }
  }

  public boolean exists(String code) {
    return names.containsKey(code);
  }

  public double goldstein(String code) {
    Double g = goldstein.get(code);
    if (g == null) {
      throw new IllegalArgumentException("unknown CAMEO code " + code);
    }
    return g;
  }

  public String name(String code) {
    return names.getOrDefault(code, code);
  }

  /**
   * GDELT's QuadClass for a code: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-09),
   * 3 verbal conflict (10-14), 4 material conflict (15-20), as GDELT 2.0 event data assigns them.
   */
  public static int quadClass(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 01..20: " + code);
    }
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }
}
