package org.w3id.medkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one input, a file or an http(s) URL, into {@link InputText}: checks size, binary content and UTF-8,
 * removes a byte-order mark, turns CRLF and CR into LF. Every failure is an {@link InputException} whose message
 * names the input and, where it applies, the line and the bad bytes.
 *
 * <p>Built with {@link #create()}; a built reader is immutable and thread-safe.
 */
public final class InputReader {
    /** Default cap on an input's size: far above any real list, low enough to refuse a wrong file at once. */
    public static final long DEFAULT_MAX_BYTES = 128L * 1024 * 1024;

    private final long maxBytes;
    private final Duration timeout;

    private InputReader(Builder b) {
        this.maxBytes = b.maxBytes;
        this.timeout = b.timeout;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Reads {@code input}: a URL when it starts with {@code http://} or {@code https://}, a file path otherwise. */
    public InputText read(String input) {
        String lower = input.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return decode(input, fetch(input), true);
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*"))
            throw new InputException(input + ": only files and http(s) URLs can be read");
        return decode(input, readFile(input), false);
    }

    /** Reads a list packaged in the jar, such as the bundled seed list; {@code name} is what messages call it. */
    public InputText readResource(String resource, String name) {
        try (InputStream in = InputReader.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new InputException(name + ": missing from the build");
            return decode(name, in.readAllBytes(), false);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private byte[] readFile(String input) {
        Path path = Path.of(input);
        try {
            if (Files.isDirectory(path))
                throw new InputException(input + ": is a directory, not a Markdown file");
            long size = Files.size(path);
            if (size > maxBytes)
                throw new InputException(input + ": " + size + " bytes, more than the limit of " + maxBytes);
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private byte[] fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InputException(url + ": not a valid URL (" + e.getMessage() + ")");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "text/markdown, text/plain;q=0.9, */*;q=0.1").GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200)
                    throw new InputException(url + ": the server answered HTTP " + response.statusCode());
                byte[] bytes = readBy(body, deadline, url);
                if (bytes.length > maxBytes)
                    throw new InputException(url + ": more than the limit of " + maxBytes + " bytes");
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw noAnswer(url);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(url + ": cannot be reached (" + why + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url + ": interrupted while reading");
        }
    }

    /**
     * Reads the body, at most one byte over the limit, by the deadline. The request timeout covers only the wait for
     * the headers: a server that sends them and then stalls would block a plain read for ever. So the read runs on a
     * daemon thread that is given up at the deadline (closing the stream, which ends the read once the client
     * notices).
     */
    private byte[] readBy(InputStream body, long deadline, String url) throws IOException, InterruptedException {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "medkg-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<byte[]> read = reader.submit(
                    () -> body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
            try {
                return read.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                read.cancel(true);
                body.close();
                throw noAnswer(url);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io)
                    throw io;
                throw new InputException(url + ": cannot be read (" + e.getCause() + ")");
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private InputException noAnswer(String url) {
        return new InputException(url + ": no answer within " + seconds(timeout) + " s");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    private static InputText decode(String name, byte[] bytes, boolean fromUrl) {
        String checksum = sha256(bytes);
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            start = 3;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0)
                throw new InputException(name + ":" + lineAt(bytes, i)
                        + ": binary content (a NUL byte at offset " + i + "), not a Markdown list");
        }
        String text = strictUtf8(name, bytes, start);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank())
            throw new InputException(name + ": the input is empty");
        return new InputText(name, text, checksum, fromUrl);
    }

    private static String strictUtf8(String name, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            StringBuilder bad = new StringBuilder();
            for (int i = at; i < Math.min(bytes.length, at + result.length()); i++)
                bad.append(bad.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            throw new InputException(name + ":" + lineAt(bytes, at) + ": bytes that are not UTF-8 (" + bad
                    + " at offset " + at + ")");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new InputException(name + ": cannot be decoded as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++)
            if (bytes[i] == '\n')
                line++;
        return line;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Settings for an {@link InputReader}. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private Duration timeout = Duration.ofSeconds(20);

        private Builder() {
        }

        /** The largest input accepted, in bytes. */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1)
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            this.maxBytes = maxBytes;
            return this;
        }

        /** How long to wait for a URL to connect and to answer. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            this.timeout = timeout;
            return this;
        }

        public InputReader build() {
            return new InputReader(this);
        }
    }
}
