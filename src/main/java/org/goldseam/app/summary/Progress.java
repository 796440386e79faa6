package org.goldseam.app.summary;

/** How far a summary or batch has come, for a progress bar: {@code done} of {@code total}, and what is happening. */
public record Progress(int done, int total, String message) {
    public static final Progress NONE = new Progress(0, 0, "");

    /** 0 to 100; 0 while the total is not known yet. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.round(100.0 * Math.min(done, total) / total);
    }
}
