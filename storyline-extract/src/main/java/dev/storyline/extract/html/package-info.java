/**
 * HTML pages: decoding bytes of any state into a DOM, and finding the article body in it by the
 * weight of its prose against links, short lines and marked furniture.
 */
package dev.storyline.extract.html;
