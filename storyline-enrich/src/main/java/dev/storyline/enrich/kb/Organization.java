package dev.storyline.enrich.kb;

/**
 * An organisation with its CAMEO actor code.
 *
 * @param name its English name
 * @param code CAMEO actor code (IGOUNO, USAMIL, ...)
 * @param kind IGO, NGO, GOV, MIL, MED, REB, PTY or BUS
 * @param iso3 its country, or null for international bodies
 */
public record Organization(String name, String code, String kind, String iso3) {}
