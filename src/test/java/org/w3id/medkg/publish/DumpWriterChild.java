package org.w3id.medkg.publish;

import java.nio.file.Path;
import java.util.Arrays;

/** Child process of {@link AtomicDumpTest}: writes a large dump over and over until it is killed. */
public final class DumpWriterChild {
    private DumpWriterChild() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        byte[] content = AtomicDumpTest.newContent();
        System.out.println("writing " + Arrays.hashCode(content));
        System.out.flush();
        for (int i = 0; i < 10_000; i++)
            Dumps.writeAtomically(target, content);
    }
}
