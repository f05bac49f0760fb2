package dev.microcred.deploy.importer;

import java.util.Locale;

/** One status line, redrawn in place: how much of the file is done, what became of it, how fast. */
final class ProgressBar {
    private static final int WIDTH = 30;

    private ProgressBar() {
    }

    static String line(ImportState state, long totalLines, double linesPerSecond) {
        double done = totalLines == 0 ? 1 : (double) state.lines() / totalLines;
        int filled = (int) Math.round(done * WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d lines  created %,d  duplicate %,d  rejected %,d  %,.0f/s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(done * 100), state.lines(), totalLines,
                state.created(), state.duplicates(), state.rejected(), linesPerSecond);
    }
}
