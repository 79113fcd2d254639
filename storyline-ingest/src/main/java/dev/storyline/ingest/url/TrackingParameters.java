package dev.storyline.ingest.url;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Query parameters that record how a reader reached an article and never which article it is.
 * Names are matched as the trackers spell them, case and all: a site's own parameter that merely
 * resembles one in another case is left alone.
 */
final class TrackingParameters {

  /** Google Analytics campaign tags (Urchin Tracking Module): utm_source, utm_medium, utm_campaign and kin. */
  static final String GOOGLE_ANALYTICS_PREFIX = "utm_";

  /** Google Analytics cross-domain linker values. */
  static final Set<String> GOOGLE_ANALYTICS = Set.of("_ga", "_gl");

  /** Google Ads click ids: gclid, gbraid and wbraid (iOS), dclid (Display and Video 360), gclsrc (Search Ads 360). */
  static final Set<String> GOOGLE_ADS = Set.of("gclid", "gbraid", "wbraid", "dclid", "gclsrc");

  /** Facebook's outbound click id. */
  static final Set<String> FACEBOOK = Set.of("fbclid");

  /** Instagram's share id. */
  static final Set<String> INSTAGRAM = Set.of("igshid");

  /** Microsoft Advertising's click id, and the outlet id of Microsoft Start (MSN) links ("ocid=msedgntp"). */
  static final Set<String> MICROSOFT = Set.of("msclkid", "ocid");

  /** Mailchimp campaign and subscriber ids. */
  static final Set<String> MAILCHIMP = Set.of("mc_cid", "mc_eid");

  /** Yandex Direct's click id and Yandex search's click id. */
  static final Set<String> YANDEX = Set.of("yclid", "ysclid");

  /** Twitter (X): embedded-tweet and share links ("ref_src=twsrc^tfw") and its ads click id. */
  static final Set<String> TWITTER = Set.of("ref_src", "twclid");

  /** The New York Times share links: social medium id and share type ("smid=tw-nytimes&smtyp=cur"). */
  static final Set<String> NYT = Set.of("smid", "smtyp");

  /** BBC: AT Internet (now Piano Analytics) campaign tags on feeds and shares ("at_medium=RSS&at_campaign=..."). */
  static final Set<String> BBC = Set.of(
      "at_medium", "at_campaign", "at_link_id", "at_link_origin", "at_link_type", "at_ptr_name", "at_bbc_team", "at_format");

  /** comScore campaign tags, long used on BBC links ("ns_mchannel=social&ns_source=twitter"). */
  static final Set<String> COMSCORE = Set.of("ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee");

  /** The Guardian's campaign code ("CMP=share_btn_tw"), which it spells in capitals. */
  static final Set<String> GUARDIAN = Set.of("CMP");

  /** Adobe Analytics (SiteCatalyst) campaign and keyword ids. */
  static final Set<String> ADOBE = Set.of("s_cid", "s_kwcid");

  /** SimpleReach, a publisher analytics service, on its share buttons ("sr_share=twitter"). */
  static final Set<String> SIMPLEREACH = Set.of("sr_share");

  /** Yahoo: syndication and newsletter ids ("ncid=...") and the consent page's return marks. */
  static final Set<String> YAHOO = Set.of("ncid", "guccounter", "guce_referrer", "guce_referrer_sig");

  /** HubSpot and Marketo email tracking. */
  static final Set<String> EMAIL_TOOLS = Set.of("_hsenc", "_hsmi", "mkt_tok");

  /** TikTok and LinkedIn ad click ids. */
  static final Set<String> SOCIAL_ADS = Set.of("ttclid", "li_fat_id");

  /**
   * Campaign codes on many publishers' own newsletter and share links ("cmpid=", "ito="). No
   * vendor documents them, but they never take part in choosing the article.
   */
  static final Set<String> PUBLISHER_CAMPAIGNS = Set.of("cmpid", "ito");

  private static final Set<String> ALL = union(List.of(GOOGLE_ANALYTICS, GOOGLE_ADS, FACEBOOK, INSTAGRAM,
      MICROSOFT, MAILCHIMP, YANDEX, TWITTER, NYT, BBC, COMSCORE, GUARDIAN, ADOBE, SIMPLEREACH, YAHOO,
      EMAIL_TOOLS, SOCIAL_ADS, PUBLISHER_CAMPAIGNS));

  private TrackingParameters() {}

  /** Whether a parameter of this (percent-normalised) name only tracks the reader. */
  static boolean tracks(String name) {
    return name.startsWith(GOOGLE_ANALYTICS_PREFIX) || ALL.contains(name);
  }

  private static Set<String> union(List<Set<String>> sets) {
    Set<String> all = new HashSet<>();
    sets.forEach(all::addAll);
    return Set.copyOf(all);
  }
}
