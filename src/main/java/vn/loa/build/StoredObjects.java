package vn.loa.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The caches Loa keeps between builds (parsed documents, render and check digests), one file each: a header
 * (magic, format version, the caller's stamp, payload length, SHA-256 of the payload) and the Java-serialised
 * payload. A file is written to a temporary name, forced to disk and renamed over the old one, so a reader sees a
 * whole old cache or a whole new one. Anything doubtful (missing, cut short, wrong version or stamp, checksum
 * mismatch) reads as "no cache": the build is then only slower, never wrong.
 */
final class StoredObjects {
    private static final int MAGIC = 0x4C4F4143; // "LOAC"
    static final int FORMAT_VERSION = 2;
    private static final int CHECKSUM_BYTES = 32;

    private StoredObjects() {
    }

    /** The object stored in {@code file} under {@code stamp}, or null when missing, stale, damaged or unreadable. */
    static Object read(Path file, String stamp) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION || !stamp.equals(in.readUTF())) {
                return null;
            }
            long length = in.readLong();
            byte[] checksum = in.readNBytes(CHECKSUM_BYTES);
            long payloadStart = Files.size(file) - length;
            if (length < 0 || checksum.length != CHECKSUM_BYTES || payloadStart != headerLength(stamp)) {
                return null; // cut short or grown: not the file that was committed
            }
            MessageDigest digest = sha256();
            Object value;
            // Deserialised while hashed; thrown away below unless the whole payload matches its checksum.
            try (ObjectInputStream objects = new ObjectInputStream(new DigestInputStream(in, digest))) {
                value = objects.readObject();
                objects.transferTo(OutputStream.nullOutputStream());
            }
            return Arrays.equals(checksum, digest.digest()) ? value : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes through a temporary file and a rename, so a crash never leaves half a cache.
     *
     * @throws IOException when the cache could not be saved (the old file, if any, is left as it was)
     */
    static void write(Path file, String stamp, Serializable value) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            FaultPoints.reach(FaultPoints.CACHE_SAVE, file);
            MessageDigest digest = sha256();
            long length;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                int headerLength = headerLength(stamp);
                channel.position(headerLength);
                CountingStream counted = new CountingStream(new DigestOutputStream(
                    new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), digest));
                ObjectOutputStream objects = new ObjectOutputStream(counted);
                objects.writeObject(value);
                objects.flush(); // not closed: that would close the channel before the header is written
                length = counted.count;
                channel.write(ByteBuffer.wrap(header(stamp, length, digest.digest())), 0);
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static byte[] header(String stamp, long length, byte[] checksum) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(header)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeUTF(stamp);
            out.writeLong(length);
            out.write(checksum);
        }
        return header.toByteArray();
    }

    private static int headerLength(String stamp) throws IOException {
        return header(stamp, 0, new byte[CHECKSUM_BYTES]).length;
    }

    /** Counts the bytes that pass, for the header's payload length. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
