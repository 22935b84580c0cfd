package org.w3id.medkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.medkg.Child;
import org.w3id.medkg.MedkgException;

/** A dump is replaced whole or not at all: a writer killed mid-write leaves the old dump. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AtomicDumpTest {
    private static final byte[] OLD = "<http://example.org/old> <http://example.org/p> \"old\" .\n"
            .getBytes(StandardCharsets.UTF_8);

    /** 48 MB, long enough that a kill lands while it is being written. */
    static byte[] newContent() {
        byte[] b = new byte[48 * 1024 * 1024];
        Arrays.fill(b, (byte) 'n');
        byte[] end = "\nEND\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(end, 0, b, b.length - end.length, end.length);
        return b;
    }

    @Test
    void aWriterKilledMidWriteLeavesTheOldOrTheNewDumpWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("medkg.nt");
        byte[] fresh = newContent();
        int killedMidWrite = 0;
        for (long delay : new long[] {0, 40, 90, 150, 230, 320}) {
            Files.write(target, OLD);
            try (Child child = Child.start(dir, DumpWriterChild.class.getName(), target.toString())) {
                child.await(Pattern.compile("^writing"), Duration.ofSeconds(60));
                Thread.sleep(delay);
                child.kill();
            }
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, OLD) || Arrays.equals(now, fresh),
                    "after kill -9 the dump has " + now.length + " bytes: neither the old nor the new one");
            try (var files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")))
                    killedMidWrite++;
            }
        }
        assertTrue(killedMidWrite > 0, "no kill landed during a write; the test showed nothing");
    }

    @Test
    void aFailedWriteLeavesTheOldDumpAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("medkg.ttl");
        Files.write(target, OLD);
        Path blocker = dir.resolve("sub");
        Files.writeString(blocker, "a file where a folder should be");
        assertThrows(MedkgException.class, () -> Dumps.writeAtomically(blocker.resolve("medkg.ttl"), new byte[10]));
        assertThrows(MedkgException.class, () -> Dumps.write(blocker, java.util.Map.of("medkg.ttl", new byte[10])));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void aDumpIsReadableByEveryone(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("medkg.ttl");
        Dumps.writeAtomically(target, OLD);
        assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ),
                "a dump a web server cannot read: " + Files.getPosixFilePermissions(target));
    }
}
