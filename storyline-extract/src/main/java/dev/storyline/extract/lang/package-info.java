/** Language identification of extracted text. */
package dev.storyline.extract.lang;
