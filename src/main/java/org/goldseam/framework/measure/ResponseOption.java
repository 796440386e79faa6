package org.goldseam.framework.measure;

/** A labelled point of the response scale, such as 0 = "Not at all". */
public record ResponseOption(int score, String label) {
}
