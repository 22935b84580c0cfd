package org.w3id.medkg.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One build's dumps on disk, as {@link DumpWriter} writes them in the background: {@link #written()} completes with
 * the folder once all six files are in it, or fails with {@link Unavailable} saying why there will be none.
 * Thread-safe.
 */
final class BuildDumps {
    private final CompletableFuture<Path> written = new CompletableFuture<>();

    /** The folder holding all six dumps, once they are written. */
    CompletableFuture<Path> written() {
        return written;
    }

    void done(Path folder) {
        written.complete(folder);
    }

    void failed(Unavailable why) {
        written.completeExceptionally(why);
    }

    /**
     * Why a build has no dumps: they could not be written ({@code retry} false: asking again will not help), or a
     * newer build replaced this one before they were (asking again gets the newer build's).
     */
    static final class Unavailable extends RuntimeException {
        private final boolean retry;

        Unavailable(String message, boolean retry) {
            super(message, null, false, false);
            this.retry = retry;
        }

        boolean retry() {
            return retry;
        }
    }
}
